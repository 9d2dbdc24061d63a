//! A document's snapshot gives the same article as its HTML, on every page
//! of the shared extraction corpora. Skipped, with a message, when
//! `../shared` is not beside the checkout.
//!
//! The snapshot is written here from the parsed HTML by the rules
//! `www/snapshot.js` follows in a browser: elements and text only, and no
//! template contents. (tests/js/ checks the JavaScript writer.)

use std::path::{Path, PathBuf};

use gisty::dom::{Dom, Edge};
use gisty::snapshot::{Snapshot, ELEMENT, END, HTML, MATHML, OTHER, SVG, TEXT};

fn shared() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
    if dir.is_dir() {
        Some(dir)
    } else {
        println!("skipped: {} not found", dir.display());
        None
    }
}

/// The corpus pages: UTF-8 ones as they are, others decoded lossily (both
/// paths get the same string, which is all this test needs).
fn pages(data: &Path) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    let list = |dir: PathBuf| -> Vec<PathBuf> {
        std::fs::read_dir(dir)
            .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default()
    };
    for dir in list(data.join("readability-pages")) {
        paths.push(dir.join("source.html"));
    }
    paths.extend(list(data.join("trafilatura-eval/html")));
    paths.retain(|p| p.is_file());
    paths.sort();
    paths
}

/// Writes `dom` as a snapshot, with lengths in UTF-16 units.
struct Writer {
    ops: Vec<u32>,
    text: String,
}

impl Writer {
    fn string(&mut self, s: &str) {
        self.ops.push(s.encode_utf16().count() as u32);
        self.text.push_str(s);
    }

    fn write(dom: &Dom) -> Writer {
        let mut w = Writer {
            ops: Vec::new(),
            text: String::new(),
        };
        for edge in dom.traverse(dom.document()) {
            match edge {
                Edge::Open(id) => {
                    if let Some(e) = dom.element(id) {
                        let ns = match &*e.name.ns {
                            "http://www.w3.org/1999/xhtml" => HTML,
                            "http://www.w3.org/2000/svg" => SVG,
                            "http://www.w3.org/1998/Math/MathML" => MATHML,
                            _ => OTHER,
                        };
                        w.ops.push(ELEMENT);
                        w.ops.push(ns);
                        w.string(&e.name.local);
                        w.ops.push(e.attrs.len() as u32);
                        for a in &e.attrs {
                            let name = match &a.name.prefix {
                                Some(prefix) => format!("{}:{}", &**prefix, &*a.name.local),
                                None => a.name.local.to_string(),
                            };
                            w.string(&name);
                            w.string(&a.value);
                        }
                    } else if let Some(t) = dom.text(id) {
                        w.ops.push(TEXT);
                        w.string(t);
                    }
                }
                Edge::Close(id) => {
                    if dom.element(id).is_some() {
                        w.ops.push(END);
                    }
                }
            }
        }
        w
    }
}

#[test]
fn snapshots_give_the_same_articles_as_html() {
    let Some(data) = shared() else { return };
    let paths = pages(&data);
    assert!(
        paths.len() > 500,
        "corpus incomplete: {} pages",
        paths.len()
    );
    let builder = {
        let mut b = gisty::Builder::new();
        b.url("http://fakehost/test/page.html");
        b
    };
    let mut differ = Vec::new();
    for path in &paths {
        let bytes = std::fs::read(path).unwrap_or_default();
        let html = String::from_utf8_lossy(&bytes);
        let from_html = builder.extract(&html);
        let w = Writer::write(&Dom::parse(&html));
        let snapshot = Snapshot {
            ops: &w.ops,
            text: &w.text,
        };
        let from_snapshot = builder.extract_snapshot(&snapshot);
        if format!("{from_html:?}") != format!("{from_snapshot:?}") {
            differ.push(path.display().to_string());
        }
    }
    println!(
        "{} pages, {} with a different article from the snapshot",
        paths.len(),
        differ.len()
    );
    assert!(
        differ.is_empty(),
        "different: {:?}",
        &differ[..differ.len().min(10)]
    );
}
