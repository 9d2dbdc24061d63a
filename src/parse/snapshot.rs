//! A live document's snapshot → DOM.
//!
//! In: a [`Snapshot`], the tree of a document a browser has already parsed,
//! as `www/snapshot.js` writes it. Out: the same [`Dom`] the parse stage
//! builds from HTML, so every later stage runs unchanged.
//!
//! Why: inside a page, the browser's own parser has already done the work.
//! Walking its tree into a snapshot costs less than serializing it to HTML
//! and parsing that again, the most expensive stage.
//!
//! # Format
//!
//! A snapshot is a list of `u32` operations and one string holding every
//! name, value and text the operations refer to, one after another. Each
//! length counts UTF-16 code units, as JavaScript's `length` does, so the
//! writer never measures UTF-8.
//!
//! | operation | followed by | meaning |
//! |---|---|---|
//! | [`ELEMENT`] | namespace, name length, attribute count, then a name length and a value length per attribute | an element, child of the innermost open one; it stays open until its [`END`] |
//! | [`TEXT`] | length | a text node |
//! | [`END`] | — | closes the innermost open element |
//! | [`CUT`] | — | the writer stopped here at its node limit: the tree is truncated |
//!
//! Namespaces are [`HTML`], [`SVG`], [`MATHML`] or [`OTHER`]. Elements
//! still open at the end are closed. Comments, doctypes and a
//! `<template>`'s contents are left out: no stage reads them.
//!
//! A snapshot from a page is untrusted input like HTML: a malformed one is
//! an error, never a panic, and the parse limits apply.

use html5ever::{local_name, namespace_prefix, ns, Attribute, LocalName, Namespace, QualName};

use crate::error::{Error, ErrorCode};
use crate::options::Limits;
use crate::parse::dom::{Dom, ParseStop};

/// Operation: an element opens.
pub const ELEMENT: u32 = 1;
/// Operation: a text node.
pub const TEXT: u32 = 2;
/// Operation: the innermost open element closes.
pub const END: u32 = 3;
/// Operation: the writer stopped before the end of the document.
pub const CUT: u32 = 4;

/// Namespace code: HTML.
pub const HTML: u32 = 0;
/// Namespace code: SVG.
pub const SVG: u32 = 1;
/// Namespace code: MathML.
pub const MATHML: u32 = 2;
/// Namespace code: any other namespace, or none.
pub const OTHER: u32 = 3;

/// A document's tree as operations over one string; see the module docs.
#[derive(Clone, Copy, Debug)]
pub struct Snapshot<'a> {
    pub ops: &'a [u32],
    pub text: &'a str,
}

/// Builds the DOM a snapshot describes, stopping early at `limits` the way
/// the HTML parser does.
pub fn build(snapshot: &Snapshot, limits: Limits) -> Result<Dom, Error> {
    let mut reader = Reader {
        ops: snapshot.ops,
        at: 0,
        text: snapshot.text,
        pos: 0,
    };
    let mut dom = Dom::empty();
    // Open elements, innermost last; the document is never closed.
    let mut open = vec![dom.document()];
    while let Some(op) = reader.next_op() {
        let parent = *open.last().unwrap_or(&dom.document());
        // The depth a new child gets: the document is 0, `<html>` 1.
        let depth = open.len();
        match op {
            ELEMENT => {
                let (name, count) = reader.element_start()?;
                // Checked before the attributes are read, as the parser
                // checks a tag before tokenizing it.
                if count > limits.max_attributes {
                    dom.stop_early(ParseStop::Attributes);
                    break;
                }
                let attrs = reader.attributes(count, name.ns != ns!(html))?;
                open.push(dom.append_element(parent, name, attrs));
                if let Some(stop) = over_limits(&dom, depth, limits) {
                    dom.stop_early(stop);
                    break;
                }
            }
            TEXT => {
                let text = reader.string()?;
                if text.is_empty() {
                    continue;
                }
                dom.append_text(parent, text);
                if let Some(stop) = over_limits(&dom, depth, limits) {
                    dom.stop_early(stop);
                    break;
                }
            }
            END => {
                if open.len() > 1 {
                    open.pop();
                }
            }
            CUT => {
                dom.stop_early(ParseStop::Nodes);
                break;
            }
            other => return Err(malformed(&format!("unknown operation {other}"))),
        }
    }
    Ok(dom)
}

/// Which limit the node just added at `depth` reached, if any: the same
/// tests, made at the same point, as the parser's, so both inputs stop with
/// the same tree.
fn over_limits(dom: &Dom, depth: usize, limits: Limits) -> Option<ParseStop> {
    if dom.len() >= limits.max_nodes {
        Some(ParseStop::Nodes)
    } else if depth >= limits.max_depth {
        Some(ParseStop::Depth)
    } else {
        None
    }
}

fn malformed(what: &str) -> Error {
    Error::new(
        ErrorCode::InvalidInput,
        format!("the document snapshot is malformed: {what}"),
    )
}

/// Reads operations and the strings they point into, in order.
struct Reader<'a> {
    ops: &'a [u32],
    at: usize,
    text: &'a str,
    /// Byte offset of the next string in `text`.
    pos: usize,
}

impl<'a> Reader<'a> {
    fn next_op(&mut self) -> Option<u32> {
        let op = *self.ops.get(self.at)?;
        self.at += 1;
        Some(op)
    }

    fn number(&mut self) -> Result<u32, Error> {
        self.next_op()
            .ok_or_else(|| malformed("the operations end inside an element or text"))
    }

    /// The next string, its length read from the operations.
    fn string(&mut self) -> Result<&'a str, Error> {
        let units = self.number()? as usize;
        let end = utf16_end(self.text, self.pos, units)
            .ok_or_else(|| malformed("a length runs past the end of the text"))?;
        let s = self.text.get(self.pos..end).unwrap_or_default();
        self.pos = end;
        Ok(s)
    }

    /// An element's name and how many attributes follow.
    fn element_start(&mut self) -> Result<(QualName, usize), Error> {
        let ns = namespace(self.number()?);
        let local = LocalName::from(self.string()?);
        let count = self.number()? as usize;
        Ok((QualName::new(None, ns, local), count))
    }

    /// `count` attributes of an element, `foreign` if it is SVG or MathML.
    fn attributes(&mut self, count: usize, foreign: bool) -> Result<Vec<Attribute>, Error> {
        let mut attrs = Vec::with_capacity(count);
        for _ in 0..count {
            let name = self.string()?;
            let value = self.string()?;
            attrs.push(Attribute {
                name: attribute_name(name, foreign),
                value: value.into(),
            });
        }
        Ok(attrs)
    }
}

fn namespace(code: u32) -> Namespace {
    match code {
        HTML => ns!(html),
        SVG => ns!(svg),
        MATHML => ns!(mathml),
        _ => ns!(),
    }
}

/// An attribute's name as the parser gives it: on SVG and MathML elements
/// the `xlink:`, `xml:` and `xmlns` names are in their namespaces; every
/// other name is a plain local name.
fn attribute_name(name: &str, foreign: bool) -> QualName {
    if foreign {
        if name == "xmlns" {
            return QualName::new(None, ns!(xmlns), local_name!("xmlns"));
        }
        if let Some((prefix, local)) = name.split_once(':') {
            let (prefix, ns) = match prefix {
                "xlink" => (namespace_prefix!("xlink"), ns!(xlink)),
                "xml" => (namespace_prefix!("xml"), ns!(xml)),
                "xmlns" => (namespace_prefix!("xmlns"), ns!(xmlns)),
                _ => return QualName::new(None, ns!(), LocalName::from(name)),
            };
            return QualName::new(Some(prefix), ns, LocalName::from(local));
        }
    }
    QualName::new(None, ns!(), LocalName::from(name))
}

/// The byte offset in `text` that lies `units` UTF-16 code units after
/// `from`, or `None` past the end or inside a surrogate pair. (`from` is on
/// a character boundary, and so is the result.)
fn utf16_end(text: &str, from: usize, units: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    // Most names, values and texts are ASCII: one unit per byte.
    if let Some(run) = bytes.get(from..from.checked_add(units)?) {
        if run.is_ascii() {
            return Some(from + units);
        }
    }
    let mut i = from;
    let mut left = units;
    while left > 0 {
        let (len, n) = match *bytes.get(i)? {
            0..=0x7f => (1, 1),
            0xc0..=0xdf => (2, 1),
            0xe0..=0xef => (3, 1),
            _ => (4, 2),
        };
        if n > left {
            return None;
        }
        i += len;
        left -= n;
    }
    Some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build_default(ops: &[u32], text: &str) -> Result<Dom, Error> {
        build(&Snapshot { ops, text }, Limits::default())
    }

    fn build_within(ops: &[u32], text: &str, limits: Limits) -> Dom {
        build(&Snapshot { ops, text }, limits).unwrap()
    }

    fn serialize(dom: &Dom) -> String {
        let mut out = String::new();
        for edge in dom.traverse(dom.document()) {
            match edge {
                crate::parse::dom::Edge::Open(id) => match (dom.element(id), dom.text(id)) {
                    (Some(e), _) => {
                        out.push('<');
                        out.push_str(&e.name.local);
                        for a in &e.attrs {
                            out.push_str(&format!(" {}={:?}", &*a.name.local, &*a.value));
                        }
                        out.push('>');
                    }
                    (None, Some(t)) => out.push_str(t),
                    _ => {}
                },
                crate::parse::dom::Edge::Close(id) => {
                    if let Some(e) = dom.element(id) {
                        out.push_str(&format!("</{}>", &*e.name.local));
                    }
                }
            }
        }
        out
    }

    #[test]
    fn builds_elements_attributes_and_text() {
        // <html><body><p class="a">Hi <b>there</b></p></body></html>
        let text = "htmlbodypclassaHi bthere";
        let ops = [
            ELEMENT, HTML, 4, 0, ELEMENT, HTML, 4, 0, ELEMENT, HTML, 1, 1, 5, 1, TEXT, 3, ELEMENT,
            HTML, 1, 0, TEXT, 5, END, END, END, END,
        ];
        let dom = build_default(&ops, text).unwrap();
        assert_eq!(
            serialize(&dom),
            r#"<html><body><p class="a">Hi <b>there</b></p></body></html>"#
        );
        assert!(!dom.truncated);
        assert!(dom.body().is_some());
    }

    #[test]
    fn lengths_count_utf16_units() {
        // "é" is one unit (two bytes), "😀" two units (four bytes).
        let text = "pcafé 😀!";
        let ops = [ELEMENT, HTML, 1, 0, TEXT, 8];
        let dom = build_default(&ops, text).unwrap();
        assert_eq!(serialize(&dom), "<p>café 😀!</p>");
        // A length that ends inside the surrogate pair is refused.
        let err = build_default(&[ELEMENT, HTML, 1, 0, TEXT, 6], text).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput);
    }

    #[test]
    fn adjacent_text_is_joined_and_empty_text_dropped() {
        let ops = [ELEMENT, HTML, 1, 0, TEXT, 2, TEXT, 0, TEXT, 3];
        let dom = build_default(&ops, "pab cd").unwrap();
        let p = dom.find(dom.document(), &local_name!("p")).unwrap();
        assert_eq!(dom.children(p).count(), 1);
        assert_eq!(dom.text_content(p), "ab cd");
    }

    #[test]
    fn foreign_attributes_get_their_namespaces() {
        let text = "svgxlink:href#aviewBox0 0 1 1";
        let ops = [ELEMENT, SVG, 3, 2, 10, 2, 7, 7];
        let dom = build_default(&ops, text).unwrap();
        let svg = dom.children(dom.document()).next().unwrap();
        let svg = dom.element(svg).unwrap();
        assert_eq!(svg.name.ns, ns!(svg));
        assert_eq!(svg.attrs[0].name.ns, ns!(xlink));
        assert_eq!(&*svg.attrs[0].name.local, "href");
        assert_eq!(svg.attr("viewBox"), Some("0 0 1 1"));
        assert_eq!(svg.attr("href"), None);
    }

    #[test]
    fn malformed_snapshots_are_errors() {
        let cases: [(&[u32], &str); 5] = [
            (&[9], ""),
            (&[ELEMENT, HTML], "p"),
            (&[ELEMENT, HTML, 5, 0], "p"),
            (&[TEXT, u32::MAX], "x"),
            (&[ELEMENT, HTML, 1, 1, 1], "pa"),
        ];
        for (ops, text) in cases {
            let err = build_default(ops, text).unwrap_err();
            assert_eq!(err.code(), ErrorCode::InvalidInput, "{ops:?}");
        }
    }

    #[test]
    fn stray_ends_and_unclosed_elements_are_tolerated() {
        let ops = [
            END, ELEMENT, HTML, 1, 0, TEXT, 1, END, END, ELEMENT, HTML, 1, 0,
        ];
        let dom = build_default(&ops, "pxi").unwrap();
        assert_eq!(serialize(&dom), "<p>x</p><i></i>");
        assert!(!dom.truncated);
    }

    #[test]
    fn a_cut_marks_the_tree_truncated() {
        let ops = [ELEMENT, HTML, 1, 0, TEXT, 1, CUT, TEXT, 1];
        let dom = build_default(&ops, "pxy").unwrap();
        assert_eq!(serialize(&dom), "<p>x</p>");
        assert!(dom.truncated);
    }

    #[test]
    fn limits_stop_the_tree_early() {
        // Nesting deeper than the limit.
        let mut ops = Vec::new();
        for _ in 0..10 {
            ops.extend([ELEMENT, HTML, 1, 0]);
        }
        let text = "b".repeat(10);
        let limits = Limits {
            max_depth: 4,
            ..Limits::default()
        };
        let dom = build_within(&ops, &text, limits);
        assert_eq!(dom.stop, Some(ParseStop::Depth));
        assert_eq!(dom.len(), 5);

        let limits = Limits {
            max_nodes: 3,
            ..Limits::default()
        };
        let dom = build_within(&ops, &text, limits);
        assert_eq!(dom.stop, Some(ParseStop::Nodes));
        assert!(dom.truncated);

        // An element with more attributes than allowed is not built.
        let ops = [ELEMENT, HTML, 1, 0, ELEMENT, HTML, 1, 3, 1, 0, 1, 0, 1, 0];
        let limits = Limits {
            max_attributes: 2,
            ..Limits::default()
        };
        let dom = build_within(&ops, "pbabc", limits);
        assert_eq!(dom.stop, Some(ParseStop::Attributes));
        assert_eq!(dom.len(), 2);
    }
}
