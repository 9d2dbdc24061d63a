//! DOM → what is known of each node before any choice, and per pass the
//! sums of every element.
//!
//! In: the [`Dom`] and the body. Out: a [`Page`] (each node's flags, its
//! class/id/role [`Hints`], the length and commas of its text), the
//! [`Evidence`] of the page's JSON-LD `articleBody`, and for each [`Pass`]
//! the [`Stats`]: visible text, link text and commas summed bottom-up over
//! every element, with what the pass sets aside. Scoring, choosing and
//! cleaning all read this one model of the page.

use html5ever::local_name;

use super::hints::{Hints, Matcher};
use super::rules::{self, score};
use crate::parse::dom::{Dom, Edge, NodeData, NodeId};
use crate::parse::visible::{is_modal_dialog, is_visible};
use crate::text::{hash_words, lower_words};

/// Node flags computed once per page.
pub(crate) mod flag {
    /// Never content: scripts, styles, hidden blocks, form controls, SVG.
    pub const JUNK: u8 = 1;
    /// Breaks text into blocks ([`crate::extract::crate::parse::rules::BLOCK_TAGS`]).
    pub const BLOCK: u8 = 1 << 1;
    /// Scored as a paragraph ([`crate::extract::rules::PARAGRAPH_TAGS`]).
    pub const PARAGRAPH: u8 = 1 << 2;
    /// Its loose text is scored ([`crate::extract::rules::TEXT_CONTAINER_TAGS`]).
    pub const TEXT_CONTAINER: u8 = 1 << 3;
    /// A link.
    pub const ANCHOR: u8 = 1 << 4;
    /// An element (not text, not comment).
    pub const ELEMENT: u8 = 1 << 5;
    /// Holds `<br><br>`: paragraphs written with line breaks.
    pub const BR_PARAGRAPHS: u8 = 1 << 6;
    /// A paragraph the page's JSON-LD `articleBody` also holds.
    pub const ATTESTED: u8 = 1 << 7;
}

/// What is known of each node before any choice: flags, hints, text sizes.
pub(crate) struct Page {
    pub flags: Vec<u8>,
    pub hints: Vec<Hints>,
    /// For text nodes: length with whitespace runs collapsed to one.
    pub text_len: Vec<u32>,
    /// For text nodes: number of commas.
    pub text_commas: Vec<u32>,
}

impl Page {
    pub fn analyze(dom: &Dom, root: NodeId) -> Page {
        let n = dom.len();
        let mut page = Page {
            flags: vec![0; n],
            hints: vec![Hints::default(); n],
            text_len: vec![0; n],
            text_commas: vec![0; n],
        };
        let mut matcher = Matcher::default();
        let mut walk = dom.descendants(root);
        while let Some(id) = walk.next() {
            let i = id.index();
            match &dom.node(id).data {
                NodeData::Text(t) => {
                    let (len, commas) = measure_text(t);
                    page.text_len[i] = len;
                    page.text_commas[i] = commas;
                }
                NodeData::Element(_) => {
                    let f = element_flags(dom, id);
                    page.flags[i] = f;
                    if f & flag::JUNK != 0 {
                        #[cfg(feature = "trace")]
                        super::trace::junk(dom, id);
                        walk.skip_children();
                        continue;
                    }
                    page.hints[i] = matcher.element_hints(dom, id);
                }
                _ => {}
            }
        }
        page.mark_br_paragraphs(dom, root);
        page
    }

    /// Marks the paragraphs whose text the page's JSON-LD `articleBody`
    /// also holds: the publisher's own word on what the article is.
    pub fn mark_attested(&mut self, dom: &Dom, root: NodeId, evidence: &Evidence) {
        let mut walk = dom.descendants(root);
        while let Some(id) = walk.next() {
            if self.has(id, flag::JUNK) {
                walk.skip_children();
                continue;
            }
            if dom.is(id, &local_name!("p")) && evidence.attests(&dom.text_content(id)) {
                self.flags[id.index()] |= flag::ATTESTED;
            }
        }
    }

    /// Marks elements holding two `<br>` in a row (blank text between).
    fn mark_br_paragraphs(&mut self, dom: &Dom, root: NodeId) {
        for id in dom.descendants(root) {
            if !dom.is(id, &local_name!("br")) {
                continue;
            }
            let mut next = dom.node(id).next_sibling;
            while let Some(s) = next {
                if dom.text(s).is_some_and(|t| t.trim().is_empty()) {
                    next = dom.node(s).next_sibling;
                    continue;
                }
                if dom.is(s, &local_name!("br")) {
                    if let Some(p) = dom.parent(id) {
                        self.flags[p.index()] |= flag::BR_PARAGRAPHS;
                    }
                }
                break;
            }
        }
    }

    pub fn has(&self, id: NodeId, f: u8) -> bool {
        self.flags[id.index()] & f != 0
    }

    pub fn hints(&self, id: NodeId) -> Hints {
        self.hints[id.index()]
    }
}

/// Length of `text` once whitespace runs are collapsed, and its commas.
/// Text that is only whitespace counts zero.
fn measure_text(text: &str) -> (u32, u32) {
    let mut m = Measure::default();
    // Read byte by byte: page text is mostly ASCII, whose classes come
    // from a table; other characters are decoded at their first byte.
    for (i, &b) in text.as_bytes().iter().enumerate() {
        if let Some(&class) = ASCII_CLASSES.get(usize::from(b)) {
            m.push(class & ASCII_SPACE != 0, class & ASCII_COMMA != 0);
        } else if is_utf8_lead(b) {
            if let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) {
                m.push(c.is_whitespace(), rules::COMMAS.contains(&c));
            }
        }
    }
    m.finish()
}

/// The running sums of [`measure_text`].
#[derive(Default)]
struct Measure {
    len: u32,
    commas: u32,
    in_space: bool,
    any: bool,
}

impl Measure {
    fn push(&mut self, space: bool, comma: bool) {
        if space {
            self.in_space = true;
            return;
        }
        if self.in_space {
            self.len += 1;
            self.in_space = false;
        }
        self.any = true;
        self.len += 1;
        self.commas += u32::from(comma);
    }

    fn finish(self) -> (u32, u32) {
        if !self.any {
            return (0, 0);
        }
        (self.len + u32::from(self.in_space), self.commas)
    }
}

/// Whether a byte of UTF-8 text starts a character: every byte but the
/// continuation bytes, `10xxxxxx`.
fn is_utf8_lead(b: u8) -> bool {
    b & 0xC0 != 0x80
}

/// Classes of the ASCII characters for [`measure_text`]: whitespace (the
/// ASCII part of `char::is_whitespace`: tab to carriage return, and
/// space), and commas of [`rules::COMMAS`].
const ASCII_CLASSES: [u8; 128] = ascii_classes();
const ASCII_SPACE: u8 = 1;
const ASCII_COMMA: u8 = 2;

const fn ascii_classes() -> [u8; 128] {
    let mut classes = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        if matches!(b as u8, b'\t'..=b'\r' | b' ') {
            classes[b] |= ASCII_SPACE;
        }
        b += 1;
    }
    let mut i = 0;
    while i < rules::COMMAS.len() {
        let c = rules::COMMAS[i] as usize;
        if c < 128 {
            classes[c] |= ASCII_COMMA;
        }
        i += 1;
    }
    classes
}

fn element_flags(dom: &Dom, id: NodeId) -> u8 {
    let Some(tag) = dom.tag(id) else {
        // A formula's shown symbols are text; SVG is drawn, not read.
        return match dom.element(id) {
            Some(e)
                if e.is_mathml()
                    && !crate::parse::rules::MATHML_HIDDEN.contains(&&*e.name.local) =>
            {
                flag::ELEMENT
            }
            _ => flag::ELEMENT | flag::JUNK,
        };
    };
    let name: &str = tag;
    let mut f = flag::ELEMENT;
    if rules::NEVER_CONTENT_TAGS.contains(&name) || !is_visible(dom, id) || is_modal_dialog(dom, id)
    {
        f |= flag::JUNK;
    }
    if crate::parse::rules::BLOCK_TAGS.contains(&name) {
        f |= flag::BLOCK;
    }
    if rules::PARAGRAPH_TAGS.contains(&name) {
        f |= flag::PARAGRAPH;
    }
    if rules::TEXT_CONTAINER_TAGS.contains(&name) {
        f |= flag::TEXT_CONTAINER;
    }
    if *tag == local_name!("a") {
        f |= flag::ANCHOR;
    }
    f
}

// ---- evidence from the page's structured data -------------------------

/// The words of the page's JSON-LD `articleBody`, as hashed runs of
/// [`score::EVIDENCE_SHINGLE`] words, to tell which paragraphs it holds.
pub(crate) struct Evidence {
    /// Sorted hashes of the body's word runs.
    shingles: Vec<u64>,
}

impl Evidence {
    /// `None` when the body is too short to say much.
    pub fn new(body: &str) -> Option<Evidence> {
        let words: Vec<String> = lower_words(body).collect();
        if words.len() < score::EVIDENCE_MIN_WORDS {
            return None;
        }
        let mut shingles: Vec<u64> = words
            .windows(score::EVIDENCE_SHINGLE)
            .map(hash_words)
            .collect();
        shingles.sort_unstable();
        shingles.dedup();
        Some(Evidence { shingles })
    }

    /// Whether most runs of words of `text` are in the body.
    pub fn attests(&self, text: &str) -> bool {
        let words: Vec<String> = lower_words(text).collect();
        let mut total = 0usize;
        let mut found = 0usize;
        for w in words.windows(score::EVIDENCE_SHINGLE) {
            total += 1;
            if self.shingles.binary_search(&hash_words(w)).is_ok() {
                found += 1;
            }
        }
        total > 0 && found * score::EVIDENCE_SHARE >= total
    }
}

// ---- one pass: rules that a retry loosens --------------------------------

/// Which rules a pass applies; later passes loosen them.
#[derive(Copy, Clone, Debug)]
pub(crate) struct Pass {
    /// Drop blocks whose names mark them as furniture before scoring.
    pub strip_unlikely: bool,
    /// Let class and id names weigh on scores and cleaning.
    pub weigh_names: bool,
    /// Drop blocks inside the article that look like boilerplate.
    pub clean_conditionally: bool,
}

impl Pass {
    pub const SEQUENCE: [Pass; 4] = [
        Pass {
            strip_unlikely: true,
            weigh_names: true,
            clean_conditionally: true,
        },
        Pass {
            strip_unlikely: false,
            weigh_names: true,
            clean_conditionally: true,
        },
        Pass {
            strip_unlikely: false,
            weigh_names: false,
            clean_conditionally: true,
        },
        Pass {
            strip_unlikely: false,
            weigh_names: false,
            clean_conditionally: false,
        },
    ];

    /// The class weight of an element under this pass.
    pub fn weight(self, hints: Hints) -> f32 {
        if self.weigh_names {
            hints.weight()
        } else {
            0.0
        }
    }
}

// ---- sizes of every element, bottom-up ------------------------------------

/// Sums over each element's visible subtree, for one pass.
pub(crate) struct Stats {
    /// Excluded from this pass: junk, or unlikely furniture when stripping.
    pub excluded: Vec<bool>,
    /// Visible text length.
    pub text: Vec<u32>,
    /// Text length inside links.
    pub links: Vec<u32>,
    pub commas: Vec<u32>,
    /// Text not inside any block descendant: the element's loose text.
    pub loose: Vec<u32>,
    pub loose_commas: Vec<u32>,
    /// Whether some child is a block.
    pub has_block_child: Vec<bool>,
}

impl Stats {
    pub fn compute(dom: &Dom, page: &Page, root: NodeId, pass: Pass) -> Stats {
        let n = dom.len();
        let mut s = Stats {
            excluded: vec![false; n],
            text: vec![0; n],
            links: vec![0; n],
            commas: vec![0; n],
            loose: vec![0; n],
            loose_commas: vec![0; n],
            has_block_child: vec![false; n],
        };
        // Depth inside tables and code, where names are not trusted to mark
        // furniture (layout tables carry all sorts of names).
        let mut shielded = 0usize;
        let mut walk = dom.traverse(root);
        while let Some(edge) = walk.next() {
            match edge {
                Edge::Open(id) => {
                    let i = id.index();
                    if page.flags[i] & flag::JUNK != 0
                        || (pass.strip_unlikely
                            && shielded == 0
                            && id != root
                            && is_unlikely(dom, page, id))
                    {
                        #[cfg(feature = "trace")]
                        if pass.strip_unlikely && page.flags[i] & flag::JUNK == 0 {
                            super::trace::junk(dom, id);
                        }
                        s.excluded[i] = true;
                        walk.skip_subtree();
                        continue;
                    }
                    if is_shield(dom, id) {
                        shielded += 1;
                    }
                    if page.text_len[i] > 0 {
                        s.text[i] = page.text_len[i];
                        s.commas[i] = page.text_commas[i];
                        s.loose[i] = page.text_len[i];
                        s.loose_commas[i] = page.text_commas[i];
                    }
                }
                Edge::Close(id) => {
                    let i = id.index();
                    if s.excluded[i] {
                        continue;
                    }
                    if is_shield(dom, id) {
                        shielded = shielded.saturating_sub(1);
                    }
                    if id == root {
                        continue;
                    }
                    let Some(p) = dom.parent(id) else { continue };
                    let pi = p.index();
                    s.text[pi] += s.text[i];
                    s.commas[pi] += s.commas[i];
                    s.links[pi] += if page.flags[i] & flag::ANCHOR != 0 {
                        s.text[i]
                    } else {
                        s.links[i]
                    };
                    if page.flags[i] & flag::BLOCK != 0 {
                        s.has_block_child[pi] = true;
                    } else {
                        s.loose[pi] += s.loose[i];
                        s.loose_commas[pi] += s.loose_commas[i];
                    }
                }
            }
        }
        s
    }

    /// Share of the text inside links, 0 to 1.
    pub fn link_density(&self, id: NodeId) -> f32 {
        let i = id.index();
        if self.text[i] == 0 {
            0.0
        } else {
            (self.links[i] as f32 / self.text[i] as f32).min(1.0)
        }
    }
}

fn is_shield(dom: &Dom, id: NodeId) -> bool {
    dom.is(id, &local_name!("table")) || dom.is(id, &local_name!("code"))
}

/// Furniture by its names or role: a block, never the body (inline
/// elements, links among them, belong to the text around them).
fn is_unlikely(dom: &Dom, page: &Page, id: NodeId) -> bool {
    page.hints(id).is_unlikely() && page.has(id, flag::BLOCK) && !dom.is(id, &local_name!("body"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_collapsed_text() {
        assert_eq!(measure_text("  a  b, c "), (8, 1));
        assert_eq!(measure_text(" \n "), (0, 0));
        assert_eq!(measure_text("東京、大阪"), (5, 1));
        assert_eq!(measure_text("é,\u{a0}ß，x"), (6, 2));
        assert_eq!(measure_text("a\u{b}\u{c}b\u{1f}"), (4, 0));
    }

    #[test]
    fn structured_body_attests_its_own_paragraphs() {
        let body = "The river rose two metres overnight. Residents said the water came quickly \
                    after midnight, when the rain reached the valley. The mayor said no one was hurt, \
                    but dozens of shops and homes will need weeks of repair and cleaning, and the \
                    bridge stays closed until engineers finish their survey of its old stone piers.";
        let evidence = Evidence::new(body).expect("long enough");
        assert!(evidence.attests("The mayor said no one was hurt, but dozens of SHOPS and homes"));
        assert!(!evidence.attests("Great article! I live near the ferry and saw it all happen."));
        assert!(Evidence::new("Too short to tell.").is_none());
    }
}
