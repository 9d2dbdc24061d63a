//! Generates the atom types (`LocalName`, `Prefix`, `Namespace` and their
//! macros) from `names.txt`, and the named character reference table from
//! `entities.txt`.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// Namespace prefixes and URLs, as the `ns!` macro names them.
const NAMESPACES: &[(&str, &str)] = &[
    ("", ""),
    ("*", "*"),
    ("html", "http://www.w3.org/1999/xhtml"),
    ("xml", "http://www.w3.org/XML/1998/namespace"),
    ("xmlns", "http://www.w3.org/2000/xmlns/"),
    ("xlink", "http://www.w3.org/1999/xlink"),
    ("svg", "http://www.w3.org/2000/svg"),
    ("mathml", "http://www.w3.org/1998/Math/MathML"),
];

fn main() {
    let here = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    println!("cargo:rerun-if-changed=names.txt");
    println!("cargo:rerun-if-changed=entities.txt");
    write_atoms(&here.join("names.txt"), &out.join("atoms.rs"));
    write_entities(&here.join("entities.txt"), &out.join("entities.rs"));
}

/// Lines of a data file, without blank lines and `#` comments.
fn data_lines(path: &Path) -> Vec<String> {
    fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

fn write_atoms(names: &Path, to: &Path) {
    let mut local = string_cache_codegen::AtomType::new("LocalName", "local_name!");
    // The tokenizer lower-cases names before the tree builder restores the
    // camel case of SVG's, so both forms are atoms.
    for name in data_lines(names) {
        local.atom(&name);
        local.atom(&name.to_ascii_lowercase());
    }
    let mut code = Vec::new();
    local
        .with_macro_doc("The interned `LocalName` of an element or attribute name.")
        .write_to(&mut code)
        .unwrap();
    string_cache_codegen::AtomType::new("Prefix", "namespace_prefix!")
        .with_macro_doc("The interned `Prefix` of a namespace prefix.")
        .atoms(NAMESPACES.iter().map(|&(prefix, _)| prefix))
        .write_to(&mut code)
        .unwrap();
    string_cache_codegen::AtomType::new("Namespace", "namespace_url!")
        .with_macro_doc("The interned `Namespace` of a namespace URL.")
        .atoms(NAMESPACES.iter().map(|&(_, url)| url))
        .write_to(&mut code)
        .unwrap();
    let mut ns = String::from(
        "/// The `Namespace` of a prefix: `ns!(html)`, `ns!(svg)`, `ns!()` for none.\n\
         #[macro_export]\nmacro_rules! ns {\n",
    );
    for &(prefix, url) in NAMESPACES {
        writeln!(
            ns,
            "    ({prefix}) => {{ $crate::namespace_url!({url:?}) }};"
        )
        .unwrap();
    }
    ns.push_str("}\n");
    code.extend_from_slice(ns.as_bytes());
    fs::write(to, code).unwrap();
}

/// Writes the references sorted by bytes: all names in one string, the
/// offset where each starts (one more for the end), and its code points.
fn write_entities(entities: &Path, to: &Path) {
    let mut rows: Vec<(String, u32, u32)> = data_lines(entities)
        .iter()
        .map(|line| {
            let mut fields = line.split_ascii_whitespace();
            let name = fields.next().unwrap().to_string();
            let mut code = || fields.next().map_or(0, |f| f.parse::<u32>().unwrap());
            let (first, second) = (code(), code());
            assert!(first != 0, "{name}: no code point");
            (name, first, second)
        })
        .collect();
    rows.sort();
    rows.dedup_by(|a, b| a.0 == b.0);
    let names: String = rows.iter().map(|r| r.0.as_str()).collect();
    assert!(names.len() < usize::from(u16::MAX), "offsets are u16");
    let mut offsets = String::new();
    let mut at = 0;
    for (name, _, _) in &rows {
        write!(offsets, "{at},").unwrap();
        at += name.len();
    }
    write!(offsets, "{at}").unwrap();
    let codes: String = rows.iter().map(|(_, a, b)| format!("({a},{b}),")).collect();
    // Where the names starting with each ASCII byte begin (and, at 128, the
    // end), so a lookup searches only the names sharing its first byte.
    let by_first_byte: String = (0..=128u8)
        .map(|byte| {
            let first = rows.partition_point(|r| r.0.as_bytes()[0] < byte);
            format!("{first},")
        })
        .collect();
    assert!(
        rows.iter().all(|r| r.0.as_bytes()[0] < 128),
        "names are ASCII"
    );
    let n = rows.len();
    let code = format!(
        "const ENTITY_COUNT: usize = {n};\n\
         static ENTITY_NAMES: &str = {names:?};\n\
         static ENTITY_OFFSETS: [u16; ENTITY_COUNT + 1] = [{offsets}];\n\
         static ENTITY_CODES: [(u32, u32); ENTITY_COUNT] = [{codes}];\n\
         static ENTITY_BY_FIRST_BYTE: [u16; 129] = [{by_first_byte}];\n"
    );
    fs::write(to, code).unwrap();
}
