//! The JavaScript shell (`www/`) repeats a few definitions of the Rust side:
//! the error codes, and the snapshot format's operation and namespace codes
//! and node limit. This test reads those files and fails when a list there
//! drifts from its Rust definition.

use std::fs;
use std::path::Path;

use gisty::{snapshot, ErrorCode, Limits};

fn read(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

/// The text between `start` and the first `end` after it.
fn between<'a>(text: &'a str, start: &str, end: &str, file: &str) -> &'a str {
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("{file}: `{start}` not found"))
        + start.len();
    let len = text[from..]
        .find(end)
        .unwrap_or_else(|| panic!("{file}: no `{end}` after `{start}`"));
    &text[from..from + len]
}

/// The `NAME: 'VALUE'` entries of an object literal or type, in order,
/// comments and `readonly` skipped.
fn entries(block: &str) -> Vec<(String, String)> {
    block
        .lines()
        .map(str::trim)
        .filter(|line| line.contains(':') && !line.starts_with('/') && !line.starts_with('*'))
        .map(|line| {
            let (name, value) = line.split_once(':').unwrap();
            let name = name.trim().trim_start_matches("readonly ").trim();
            let value = value.trim().trim_end_matches([',', ';']).trim_matches('\'');
            (name.to_string(), value.to_string())
        })
        .collect()
}

/// The value of `const NAME = VALUE;` (or `NAME: VALUE;` in a declaration).
fn constant(text: &str, declaration: &str, file: &str) -> u64 {
    let value = between(text, declaration, ";", file).trim();
    value
        .replace('_', "")
        .parse()
        .unwrap_or_else(|e| panic!("{file}: `{declaration}` {value:?}: {e}"))
}

#[test]
fn error_codes_agree() {
    let rust: Vec<&str> = ErrorCode::ALL.iter().map(|code| code.as_str()).collect();

    let js = read("www/gisty.js");
    let js = entries(between(
        &js,
        "export const ErrorCode = Object.freeze({",
        "});",
        "gisty.js",
    ));
    for (name, value) in &js {
        assert_eq!(name, value, "www/gisty.js: ErrorCode.{name}");
    }
    let js: Vec<&str> = js.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(
        js[..rust.len()],
        rust,
        "www/gisty.js: ErrorCode starts with the module's codes, in order"
    );

    let dts = read("www/gisty.d.ts");
    let dts = entries(between(
        &dts,
        "export declare const ErrorCode: {",
        "};",
        "gisty.d.ts",
    ));
    let dts: Vec<&str> = dts
        .iter()
        .map(|(name, value)| {
            assert_eq!(name, value, "www/gisty.d.ts: ErrorCode.{name}");
            name.as_str()
        })
        .collect();
    assert_eq!(
        dts, js,
        "www/gisty.d.ts and www/gisty.js list the same codes"
    );

    let readme = read("README.md");
    let table = between(&readme, "### Errors", "\n\n```", "README.md");
    let documented: Vec<&str> = table
        .lines()
        .filter_map(|line| {
            line.strip_prefix("| `")?
                .split_once('`')
                .map(|(code, _)| code)
        })
        .collect();
    assert_eq!(documented, js, "the README's Errors table lists every code");
}

#[test]
fn snapshot_codes_agree() {
    let rust = [
        ("ELEMENT", snapshot::ELEMENT),
        ("TEXT", snapshot::TEXT),
        ("END", snapshot::END),
        ("CUT", snapshot::CUT),
        ("HTML", snapshot::HTML),
        ("SVG", snapshot::SVG),
        ("MATHML", snapshot::MATHML),
        ("OTHER", snapshot::OTHER),
    ];
    let js = read("www/snapshot.js");
    let dts = read("www/snapshot.d.ts");
    for (name, value) in rust {
        let value = u64::from(value);
        let written = constant(&js, &format!("export const {name} ="), "snapshot.js");
        assert_eq!(written, value, "www/snapshot.js: {name}");
        let declared = constant(
            &dts,
            &format!("export declare const {name}:"),
            "snapshot.d.ts",
        );
        assert_eq!(declared, value, "www/snapshot.d.ts: {name}");
    }
}

#[test]
fn snapshot_node_limit_agrees() {
    let rust = Limits::default().max_nodes as u64;
    let js = read("www/snapshot.js");
    assert_eq!(
        constant(&js, "export const DEFAULT_MAX_NODES =", "snapshot.js"),
        rust,
        "www/snapshot.js"
    );
    let dts = read("www/snapshot.d.ts");
    assert_eq!(
        constant(
            &dts,
            "export declare const DEFAULT_MAX_NODES:",
            "snapshot.d.ts"
        ),
        rust,
        "www/snapshot.d.ts"
    );
}
