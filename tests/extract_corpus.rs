//! Extraction quality on the shared corpora, scored as
//! `../shared/eval/score_extract.py` scores it. Skipped, with a message,
//! when `../shared` is not beside the checkout.
//!
//! - readability-pages: 4-token shingles of our text against the text of
//!   Readability's expected output; per page, true/false positives and
//!   negatives are normalised to sum to one; precision and recall are
//!   averaged over pages and F1 is taken from the two means.
//! - trafilatura-eval: snippets that must appear (`with`) and must not
//!   (`without`), found after whitespace normalisation; F1 over all pages.
//!
//! The parser builds the same tree on every page of both whether plain
//! markup is read without html5ever's tokenizer or not.
//!
//! And a document's snapshot gives the same article as its HTML on every
//! page of both: the snapshot is written here from the parsed HTML by the
//! rules `www/snapshot.js` follows in a browser (elements and text only, no
//! template contents; tests/js/api.test.mjs checks the JavaScript writer).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use gisty::internals::{Dom, Edge};
use gisty::snapshot::{Snapshot, ELEMENT, END, HTML, MATHML, OTHER, SVG, TEXT};
use gisty::Limits;

/// F1 the readability-pages corpus must reach.
const READABILITY_PAGES_F1: f64 = 0.97;
/// F1 the trafilatura-eval corpus must reach.
const TRAFILATURA_EVAL_F1: f64 = 0.94;

fn shared() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
    if dir.is_dir() {
        Some(dir)
    } else {
        println!("skipped: {} not found", dir.display());
        None
    }
}

/// Reads a page as the command-line tool does: UTF-8 when the bytes are
/// valid UTF-8, else the charset the page declares.
fn read_page(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap_or_default();
    if let Ok(s) = std::str::from_utf8(&bytes) {
        return s.to_string();
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let label = head.find("charset=").map(|at| {
        head[at + 8..]
            .trim_start_matches(['"', '\''])
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect::<String>()
    });
    let encoding = label
        .and_then(|l| encoding_rs::Encoding::for_label(l.as_bytes()))
        .unwrap_or(encoding_rs::UTF_8);
    encoding.decode(&bytes).0.into_owned()
}

fn extract_text(html: &str, url: &str) -> String {
    gisty::Builder::new()
        .url(url)
        .extract(html)
        .map(|a| a.text_content)
        .unwrap_or_default()
}

// ---- readability-pages ------------------------------------------------

/// Text of an expected fragment as the scorer reads it: block elements
/// become line breaks, script and style text is skipped.
fn text_of(html: &str) -> String {
    const BLOCKS: &[&str] = &[
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "pre",
        "blockquote",
        "section",
        "article",
        "figcaption",
        "table",
        "ul",
        "ol",
        "dd",
        "dt",
    ];
    const SKIP: &[&str] = &["script", "style", "noscript", "template"];
    let dom = Dom::parse(html);
    let mut out = String::new();
    let mut walk = dom.traverse(dom.document());
    while let Some(edge) = walk.next() {
        match edge {
            Edge::Open(id) => {
                if let Some(t) = dom.text(id) {
                    out.push_str(t);
                } else if let Some(e) = dom.element(id) {
                    let name: &str = &e.name.local;
                    if SKIP.contains(&name) {
                        walk.skip_subtree();
                    } else if BLOCKS.contains(&name) {
                        out.push('\n');
                    }
                }
            }
            Edge::Close(id) => {
                if let Some(e) = dom.element(id) {
                    if BLOCKS.contains(&&*e.name.local) {
                        out.push('\n');
                    }
                }
            }
        }
    }
    out
}

/// Words as the scorer's `\w+` finds them (letters, digits, underscore).
fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .collect()
}

fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let toks = tokens(text);
    let mut out = HashMap::new();
    if toks.len() < 4 {
        if !toks.is_empty() {
            out.insert(toks, 1);
        }
        return out;
    }
    for w in toks.windows(4) {
        *out.entry(w.to_vec()).or_insert(0) += 1;
    }
    out
}

/// Normalised (tp, fp, fn) of one page.
fn trio(truth: &str, pred: &str) -> (f64, f64, f64) {
    let t = shingles(truth);
    let p = shingles(pred);
    let mut tp = 0usize;
    let mut fp = 0usize;
    let mut fn_ = 0usize;
    for (k, &pc) in &p {
        let tc = t.get(k).copied().unwrap_or(0);
        tp += pc.min(tc);
        fp += pc.saturating_sub(tc);
    }
    for (k, &tc) in &t {
        fn_ += tc.saturating_sub(p.get(k).copied().unwrap_or(0));
    }
    let total = (tp + fp + fn_) as f64;
    if total == 0.0 {
        return (0.0, 0.0, 0.0);
    }
    (tp as f64 / total, fp as f64 / total, fn_ as f64 / total)
}

#[test]
fn readability_pages_text_f1() {
    let Some(data) = shared() else { return };
    let root = data.join("readability-pages");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    dirs.sort();
    let mut precisions = Vec::new();
    let mut recalls = Vec::new();
    for dir in dirs {
        let source = dir.join("source.html");
        if !source.exists() {
            continue;
        }
        let expected = text_of(&read_page(&dir.join("expected.html")));
        let got = extract_text(&read_page(&source), "http://fakehost/test/page.html");
        let (tp, fp, fn_) = trio(&expected, &got);
        let exact = fp == 0.0 && fn_ == 0.0;
        if tp + fp > 0.0 {
            precisions.push(if exact { 1.0 } else { tp / (tp + fp) });
        }
        if tp + fn_ > 0.0 {
            recalls.push(if exact { 1.0 } else { tp / (tp + fn_) });
        }
    }
    assert!(precisions.len() > 100, "corpus incomplete");
    let p = precisions.iter().sum::<f64>() / precisions.len() as f64;
    let r = recalls.iter().sum::<f64>() / recalls.len() as f64;
    let f1 = 2.0 * p * r / (p + r);
    println!("readability-pages: precision {p:.3} recall {r:.3} F1 {f1:.3}");
    assert!(
        f1 >= READABILITY_PAGES_F1,
        "F1 {f1:.3} < {READABILITY_PAGES_F1}"
    );
}

// ---- trafilatura-eval -----------------------------------------------------

/// Whitespace collapsed, and without the characters nobody sees (soft
/// hyphens, zero-width and directional marks), which gisty's text leaves
/// out and some of the corpus's snippets still hold.
fn norm_ws(s: &str) -> String {
    let seen: String = s
        .chars()
        .filter(|&c| {
            !matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
                | '\u{2060}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
        })
        .collect();
    seen.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn trafilatura_eval_snippet_f1() {
    let Some(data) = shared() else { return };
    let root = data.join("trafilatura-eval");
    let truth: serde_json::Value = match std::fs::read_to_string(root.join("truth.json")) {
        Ok(s) => serde_json::from_str(&s).expect("truth.json is JSON"),
        Err(_) => {
            println!("skipped: no trafilatura-eval truth.json");
            return;
        }
    };
    let Some(pages) = truth.as_object() else {
        panic!("truth.json is not an object");
    };
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (url, item) in pages {
        let file = item["file"].as_str().unwrap_or_default();
        let html = read_page(&root.join(file));
        let got = norm_ws(&extract_text(&html, url));
        let snippets = |key: &str| -> Vec<String> {
            item[key]
                .as_array()
                .map(|a| a.iter().filter_map(|s| s.as_str()).map(norm_ws).collect())
                .unwrap_or_default()
        };
        for w in snippets("with") {
            if got.contains(&w) {
                tp += 1;
            } else {
                fn_ += 1;
            }
        }
        fp += snippets("without")
            .iter()
            .filter(|w| got.contains(w.as_str()))
            .count();
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    let f1 = 2.0 * p * r / (p + r);
    println!("trafilatura-eval: precision {p:.3} recall {r:.3} F1 {f1:.3}");
    assert!(
        f1 >= TRAFILATURA_EVAL_F1,
        "F1 {f1:.3} < {TRAFILATURA_EVAL_F1}"
    );
}

// ---- the parser -------------------------------------------------------------

#[test]
fn plain_token_reading_builds_the_tokenizers_tree() {
    let limits = Limits::default();
    check_every_page("tree from plain token reading", |html| {
        let read = format!("{:?}", Dom::parse_with_limits(html, limits));
        read != format!("{:?}", Dom::parse_by_tokenizer(html, limits))
    });
}

/// Asks `differs` about every page of both corpora, prints how many pages
/// it found a difference on, and fails if any.
fn check_every_page(what: &str, differs: impl Fn(&str) -> bool) {
    let Some(data) = shared() else { return };
    let paths = pages(&data);
    assert!(
        paths.len() > 500,
        "corpus incomplete: {} pages",
        paths.len()
    );
    let differ: Vec<String> = paths
        .iter()
        .filter(|path| differs(&read_page(path)))
        .map(|path| path.display().to_string())
        .collect();
    println!(
        "{} pages, {} with a different {what}",
        paths.len(),
        differ.len()
    );
    assert!(
        differ.is_empty(),
        "different: {:?}",
        &differ[..differ.len().min(10)]
    );
}

// ---- snapshots -------------------------------------------------------------

/// Every page of both corpora.
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
    let builder = {
        let mut b = gisty::Builder::new();
        b.url("http://fakehost/test/page.html");
        b
    };
    check_every_page("article from the snapshot", |html| {
        let from_html = builder.extract(html);
        let w = Writer::write(&Dom::parse(html));
        let snapshot = Snapshot {
            ops: &w.ops,
            text: &w.text,
        };
        let from_snapshot = builder.extract_snapshot(&snapshot);
        format!("{from_html:?}") != format!("{from_snapshot:?}")
    });
}
