//! The pipeline's stages import only from the stages before them: a stage
//! never reaches back up (HTML → DOM → metadata / article → rendered
//! content → sentences → summary). Read from the sources themselves, so a
//! new import that runs against the flow fails here.

use std::fs;
use std::path::Path;

/// The stages in pipeline order; a file may import its own stage and the
/// ones listed before it. `text` (string helpers), `options` and `error`
/// sit below every stage.
const STAGES: &[&str] = &[
    "text",
    "parse",
    "metadata",
    "extract",
    "render",
    "summarize",
];
const SHARED: &[&str] = &["options", "error", "text"];

fn rank(stage: &str) -> Option<usize> {
    STAGES.iter().position(|s| *s == stage)
}

/// The stages a source file names as `crate::stage`.
fn imported_stages(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (at, _) in source.match_indices("crate::") {
        let rest = &source[at + "crate::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() && !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

#[test]
fn no_stage_imports_a_later_one() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut checked = 0;
    let mut problems = Vec::new();
    for stage in STAGES {
        let dir = src.join(stage);
        let Ok(entries) = fs::read_dir(&dir) else {
            panic!("src/{stage}/ is missing");
        };
        for entry in entries {
            let path = entry.expect("directory entry").path();
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let source = fs::read_to_string(&path).expect("readable source");
            checked += 1;
            for imported in imported_stages(&source) {
                let allowed = SHARED.contains(&imported.as_str())
                    || rank(&imported).is_some_and(|r| r <= rank(stage).unwrap_or(0));
                if !allowed {
                    problems.push(format!("{} imports crate::{imported}", path.display()));
                }
            }
        }
    }
    assert!(checked >= STAGES.len(), "only {checked} files read");
    assert!(
        problems.is_empty(),
        "imports against the flow:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_checker_sees_imports() {
    let names = imported_stages("use crate::parse::dom::Dom;\n/// [`crate::summarize::Summary`]");
    assert_eq!(names, ["parse", "summarize"]);
}
