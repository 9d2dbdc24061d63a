//! DOM → article: finds the element that holds the main article.
//!
//! In: the [`Dom`] and its [`Metadata`]. Out: the article's root node, a new
//! `<div>` holding the chosen blocks, already cleaned of boilerplate (see
//! [`crate::extract::clean`]).
//!
//! The method, in short:
//! 1. [`Page::analyze`] marks what can never be content (scripts, hidden
//!    blocks, form controls) and reads each element's class/id/role hints.
//! 2. [`Stats::compute`] sums, bottom-up in one walk, the visible text, link
//!    text and commas of every element.
//! 3. Paragraphs give points (for length and commas) to the containers above
//!    them, less the further up; containers start from a score for their
//!    tag and names, and end scaled down by their link density. Paragraphs
//!    the page's JSON-LD `articleBody` also holds count more.
//! 4. The best container is refined (several close runners-up below one
//!    ancestor mean the article is that ancestor), joined by siblings that
//!    look like part of it, and by the lead or subtitle set above it.
//! 5. [`crate::extract::clean`] plans what to drop inside. When too little text is
//!    left, the whole is tried again with looser rules; a looser pass must
//!    find much more to be preferred. When the page shows far less text
//!    than its `articleBody`, that text stands in for the page's.
//!
//! Nothing is changed in the tree until the final choice is made.

use html5ever::local_name;

pub(crate) mod clean;
mod hints;
pub(crate) mod rules;

use crate::metadata::Metadata;
use crate::parse::dom::{Dom, Edge, NodeData, NodeId};
use crate::parse::visible::{is_modal_dialog, is_visible};
use crate::text::{hash_words, lower_words};
use hints::{Hints, Matcher};
use rules::score;

/// The node holding the main article, if the page has any body.
pub fn find_article(dom: &mut Dom, meta: &Metadata) -> Option<NodeId> {
    let body = dom.body()?;
    let mut page = Page::analyze(dom, body);
    if let Some(evidence) = meta.article_body.as_deref().and_then(Evidence::new) {
        page.mark_attested(dom, body, &evidence);
    }
    let mut best: Option<(Choice, clean::Plan)> = None;
    for pass in Pass::SEQUENCE {
        let stats = Stats::compute(dom, &page, body, pass);
        let choice = choose(dom, &page, &stats, body, pass);
        let plan = clean::plan(dom, &page, &stats, &choice, pass, meta.title.as_deref());
        #[cfg(feature = "trace")]
        trace::pass(dom, &page, pass, &choice.roots, &plan);
        let enough = plan.kept_chars >= score::MIN_ARTICLE_CHARS;
        // A looser pass must find clearly more to be preferred: a short
        // article is often just short, and loose rules let boilerplate in.
        let better = best.as_ref().is_none_or(|(_, b)| {
            plan.kept_chars as f32 > b.kept_chars as f32 * score::LOOSER_PASS_GAIN
        });
        if better {
            best = Some((choice, plan));
        }
        if enough {
            break;
        }
    }
    let (choice, plan) = best?;
    #[cfg(feature = "trace")]
    trace::chosen(dom, &choice);
    if let Some(body_text) = meta.article_body.as_deref() {
        if page_hides_the_article(plan.kept_chars, body_text) {
            return Some(from_structured_text(dom, body_text));
        }
    }
    Some(apply(dom, &choice, &plan))
}

/// Whether the page's JSON-LD `articleBody` holds far more text than the
/// page shows: the article is rendered by script, or kept behind a wall.
fn page_hides_the_article(kept_chars: u32, body_text: &str) -> bool {
    let body_chars = body_text.chars().filter(|c| !c.is_whitespace()).count() as u32;
    body_chars >= score::STRUCTURED_MIN_CHARS
        && kept_chars.saturating_mul(score::STRUCTURED_RATIO) < body_chars
}

/// A new `<div>` holding the text as paragraphs (split at line breaks).
fn from_structured_text(dom: &mut Dom, text: &str) -> NodeId {
    let wrapper = dom.create_element(local_name!("div"));
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let p = dom.create_element(local_name!("p"));
        let t = dom.create_text(line);
        dom.append_child(p, t);
        dom.append_child(wrapper, p);
    }
    wrapper
}

/// Moves the chosen blocks into a new `<div>` and removes what the plan
/// drops. The page's own tree is left in pieces afterwards.
fn apply(dom: &mut Dom, choice: &Choice, plan: &clean::Plan) -> NodeId {
    for &n in &plan.drop {
        dom.detach(n);
    }
    let roots: Vec<NodeId> = choice
        .roots
        .iter()
        .copied()
        .filter(|r| !plan.drop.contains(r))
        .collect();
    if let [single] = roots.as_slice() {
        if dom.is(*single, &local_name!("div")) || dom.is(*single, &local_name!("article")) {
            return *single;
        }
    }
    let wrapper = dom.create_element(local_name!("div"));
    for n in roots {
        dom.append_child(wrapper, n);
    }
    wrapper
}

// ---- the page, analysed once ---------------------------------------------

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
                        trace::junk(dom, id);
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
    fn mark_attested(&mut self, dom: &Dom, root: NodeId, evidence: &Evidence) {
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
    const SEQUENCE: [Pass; 4] = [
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
                            trace::junk(dom, id);
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

// ---- scoring ---------------------------------------------------------------

/// Scores of the containers that received paragraph points.
struct Scores {
    score: Vec<f32>,
    candidate: Vec<bool>,
    list: Vec<NodeId>,
}

impl Scores {
    fn get(&self, id: NodeId) -> Option<f32> {
        let i = id.index();
        self.candidate[i].then(|| self.score[i])
    }
}

fn score_paragraphs(dom: &Dom, page: &Page, stats: &Stats, root: NodeId, pass: Pass) -> Scores {
    let n = dom.len();
    let mut sc = Scores {
        score: vec![0.0; n],
        candidate: vec![false; n],
        list: Vec::new(),
    };
    let mut walk = dom.descendants(root);
    while let Some(id) = walk.next() {
        let i = id.index();
        if stats.excluded[i] {
            walk.skip_children();
            continue;
        }
        if page.flags[i] & flag::ELEMENT == 0 {
            continue;
        }
        if page.flags[i] & flag::PARAGRAPH != 0 {
            if let Some(parent) = dom.parent(id) {
                let weight = if page.flags[i] & flag::ATTESTED != 0 {
                    score::ATTESTED_BOOST
                } else {
                    1.0
                };
                add_paragraph(
                    dom,
                    page,
                    &mut sc,
                    parent,
                    root,
                    stats.text[i],
                    stats.commas[i],
                    pass,
                    weight,
                );
            }
        } else if page.flags[i] & flag::TEXT_CONTAINER != 0 {
            // Loose text in a container is a paragraph of its own: the
            // container is its parent when it also holds blocks (or
            // `<br><br>` paragraphs), else the container *is* the paragraph.
            let holds_blocks = stats.has_block_child[i] || page.flags[i] & flag::BR_PARAGRAPHS != 0;
            let from = if holds_blocks {
                Some(id)
            } else {
                dom.parent(id)
            };
            if let Some(from) = from {
                add_paragraph(
                    dom,
                    page,
                    &mut sc,
                    from,
                    root,
                    stats.loose[i],
                    stats.loose_commas[i],
                    pass,
                    1.0,
                );
            }
        }
    }
    for &c in &sc.list {
        sc.score[c.index()] *= 1.0 - stats.link_density(c);
    }
    sc
}

/// Gives a paragraph's points to `from` and its ancestors up to the root.
#[allow(clippy::too_many_arguments)]
fn add_paragraph(
    dom: &Dom,
    page: &Page,
    sc: &mut Scores,
    from: NodeId,
    root: NodeId,
    len: u32,
    commas: u32,
    pass: Pass,
    weight: f32,
) {
    if len < score::MIN_PARAGRAPH_CHARS {
        return;
    }
    let length_points = ((len / score::CHARS_PER_POINT) as f32).min(score::MAX_LENGTH_POINTS);
    let points = (1.0 + commas as f32 + length_points) * weight;
    let mut node = Some(from);
    for level in 0..score::ANCESTOR_LEVELS {
        let Some(a) = node else { break };
        if page.flags[a.index()] & flag::ELEMENT == 0 {
            break;
        }
        let i = a.index();
        if !sc.candidate[i] {
            sc.candidate[i] = true;
            sc.score[i] = tag_score(dom, a) + pass.weight(page.hints(a));
            sc.list.push(a);
        }
        let divider = match level {
            0 => 1.0,
            1 => score::GRANDPARENT_DIVIDER,
            l => l as f32 * score::ANCESTOR_DIVIDER_PER_LEVEL,
        };
        sc.score[i] += points / divider;
        if a == root {
            break;
        }
        node = dom.parent(a);
    }
}

fn tag_score(dom: &Dom, id: NodeId) -> f32 {
    let Some(tag) = dom.tag(id) else { return 0.0 };
    let name: &str = tag;
    rules::TAG_SCORES
        .iter()
        .find(|(t, _)| *t == name)
        .map_or(0.0, |&(_, s)| s)
}

// ---- choosing --------------------------------------------------------------

/// The chosen article: sibling blocks, in document order.
pub(crate) struct Choice {
    pub roots: Vec<NodeId>,
    /// Visible text of the blocks, before cleaning.
    pub text: u32,
    /// The block the others were chosen around; cleaning judges the
    /// others like any block inside the article.
    pub top: NodeId,
}

impl Choice {
    /// The whole body, when nothing better stands out.
    fn whole(stats: &Stats, body: NodeId) -> Choice {
        Choice {
            roots: vec![body],
            text: stats.text[body.index()],
            top: body,
        }
    }
}

fn choose(dom: &Dom, page: &Page, stats: &Stats, body: NodeId, pass: Pass) -> Choice {
    let sc = score_paragraphs(dom, page, stats, body, pass);
    let mut ranked: Vec<NodeId> = sc.list.clone();
    ranked.sort_by(|a, b| {
        sc.score[b.index()]
            .partial_cmp(&sc.score[a.index()])
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.cmp(b))
    });
    let Some(&first) = ranked.first() else {
        return Choice::whole(stats, body);
    };
    if first == body {
        return Choice::whole(stats, body);
    }
    #[cfg(feature = "trace")]
    trace::candidates(dom, stats, &sc.score, &ranked);
    let top = refine_top(dom, stats, &sc, &ranked, first, body);
    if top == body {
        return Choice::whole(stats, body);
    }
    let mut roots = with_siblings(dom, page, stats, &sc, top, body);
    if let Some(&first_root) = roots.first() {
        if let Some(lead) = find_lead(dom, page, first_root, body) {
            roots.insert(0, lead);
        }
    }
    let text = roots.iter().map(|r| stats.text[r.index()]).sum();
    Choice { roots, text, top }
}

/// Moves up from the best candidate when that describes the article
/// better: to an ancestor shared by several close runners-up, to a parent
/// that scores higher, and past wrappers with a single child.
fn refine_top(
    dom: &Dom,
    stats: &Stats,
    sc: &Scores,
    ranked: &[NodeId],
    first: NodeId,
    body: NodeId,
) -> NodeId {
    let mut top = first;
    let top_score = sc.score[first.index()];
    // Close runners-up: the article may be split into several blocks.
    let close: Vec<NodeId> = ranked
        .iter()
        .skip(1)
        .take(score::TOP_CANDIDATES - 1)
        .copied()
        .filter(|&c| sc.score[c.index()] >= top_score * score::CLOSE_CANDIDATE_SHARE)
        .collect();
    if close.len() >= score::MIN_CLOSE_CANDIDATES {
        let mut ancestor = dom.parent(first);
        while let Some(a) = ancestor {
            if dom.is(a, &local_name!("html")) {
                break;
            }
            let holds = close.iter().filter(|&&c| is_ancestor(dom, a, c)).count();
            if holds >= score::MIN_CLOSE_CANDIDATES {
                top = a;
                break;
            }
            ancestor = dom.parent(a);
        }
    }
    // A parent that scores higher than the child holds more of the article.
    let mut last = sc.get(top).unwrap_or(0.0);
    let floor = last / score::PARENT_SCORE_FLOOR_DIVIDER;
    let mut parent = dom.parent(top);
    while let Some(p) = parent {
        if p == body || dom.is(p, &local_name!("html")) {
            break;
        }
        match sc.get(p) {
            None => {}
            Some(s) if s < floor => break,
            Some(s) if s > last => {
                top = p;
                break;
            }
            Some(s) => last = s,
        }
        parent = dom.parent(p);
    }
    // A wrapper whose only child with visible text is the article is the
    // article.
    while let Some(p) = dom.parent(top) {
        if p == body || dom.is(p, &local_name!("html")) {
            break;
        }
        let filled = dom
            .element_children(p)
            .filter(|c| !stats.excluded[c.index()] && stats.text[c.index()] > 0)
            .count();
        if filled != 1 {
            break;
        }
        top = p;
    }
    top
}

/// Whether `a` is a proper ancestor of `b` (bounded by tree depth).
fn is_ancestor(dom: &Dom, a: NodeId, b: NodeId) -> bool {
    dom.ancestors(b).any(|x| x == a)
}

/// The best candidate and those of its siblings that belong to the article.
fn with_siblings(
    dom: &Dom,
    page: &Page,
    stats: &Stats,
    sc: &Scores,
    top: NodeId,
    body: NodeId,
) -> Vec<NodeId> {
    let Some(parent) = dom.parent(top) else {
        return vec![top];
    };
    let _ = body;
    let top_score = sc.get(top).unwrap_or(0.0);
    let threshold = (top_score * score::SIBLING_SHARE).max(score::SIBLING_MIN_SCORE);
    let top_class = dom.attr(top, "class").unwrap_or("").trim();
    let mut roots = Vec::new();
    for s in dom.element_children(parent) {
        let i = s.index();
        if s == top {
            roots.push(s);
            continue;
        }
        if stats.excluded[i] {
            continue;
        }
        let mut bonus = 0.0;
        let class = dom.attr(s, "class").unwrap_or("").trim();
        if !top_class.is_empty() && class == top_class {
            bonus = top_score * score::SIBLING_SHARE;
        }
        if sc.get(s).is_some_and(|v| v + bonus >= threshold) {
            roots.push(s);
            continue;
        }
        if is_paragraph_like(dom, page, stats, s) && paragraph_joins(dom, stats, s) {
            roots.push(s);
        }
    }
    roots
}

/// The article's lead, when it sits before the chosen blocks rather than in
/// them: a block named as a lead among the blocks before the first one, at
/// its level or up to [`score::LEAD_LEVELS`] levels above.
fn find_lead(dom: &Dom, page: &Page, first_root: NodeId, body: NodeId) -> Option<NodeId> {
    let mut budget = score::LEAD_SEARCH_NODES;
    let mut node = first_root;
    for _ in 0..score::LEAD_LEVELS {
        let mut sibling = dom.node(node).prev_sibling;
        while let Some(s) = sibling {
            let mut walk = dom.descendants(s);
            while let Some(d) = walk.next() {
                budget = budget.checked_sub(1)?;
                if page.has(d, flag::JUNK) {
                    walk.skip_children();
                    continue;
                }
                if !page.hints(d).has(Hints::LEAD) && !is_subtitle(dom, d) {
                    continue;
                }
                // Measured here: blocks the pass set aside have no sums.
                let (text, links) = visible_text(dom, page, d, &mut budget)?;
                if (score::LEAD_MIN_CHARS..=score::LEAD_MAX_CHARS).contains(&text)
                    && (links as f32) < text as f32 * score::SIBLING_PARAGRAPH_LINK_DENSITY
                {
                    return Some(d);
                }
                walk.skip_children();
            }
            sibling = dom.node(s).prev_sibling;
        }
        node = dom.parent(node)?;
        if node == body {
            break;
        }
    }
    None
}

/// A subtitle: an `<h2>` or `<p>` right after the page's `<h1>`.
fn is_subtitle(dom: &Dom, id: NodeId) -> bool {
    if !(dom.is(id, &local_name!("h2")) || dom.is(id, &local_name!("p"))) {
        return false;
    }
    let mut prev = dom.node(id).prev_sibling;
    while let Some(p) = prev {
        if dom.element(p).is_some() {
            return dom.is(p, &local_name!("h1"));
        }
        prev = dom.node(p).prev_sibling;
    }
    false
}

/// Visible text length and link text length below `id`, counting the
/// nodes visited against `budget`; `None` when it runs out.
fn visible_text(dom: &Dom, page: &Page, id: NodeId, budget: &mut usize) -> Option<(u32, u32)> {
    let mut text = 0;
    let mut links = 0;
    let mut in_link = 0u32;
    let mut walk = dom.traverse(id);
    while let Some(edge) = walk.next() {
        match edge {
            Edge::Open(n) => {
                *budget = budget.checked_sub(1)?;
                if page.has(n, flag::JUNK) {
                    walk.skip_subtree();
                    continue;
                }
                if page.has(n, flag::ANCHOR) {
                    in_link += 1;
                }
                let len = page.text_len[n.index()];
                text += len;
                if in_link > 0 {
                    links += len;
                }
            }
            Edge::Close(n) => {
                if page.has(n, flag::ANCHOR) && !page.has(n, flag::JUNK) {
                    in_link = in_link.saturating_sub(1);
                }
            }
        }
    }
    Some((text, links))
}

/// Whether a paragraph beside the article is part of it: long with few
/// links, or short with none, reading as a sentence.
fn paragraph_joins(dom: &Dom, stats: &Stats, id: NodeId) -> bool {
    let len = stats.text[id.index()];
    if len > score::SIBLING_PARAGRAPH_CHARS {
        return stats.link_density(id) < score::SIBLING_PARAGRAPH_LINK_DENSITY;
    }
    len > 0 && stats.links[id.index()] == 0 && ends_sentence(&dom.text_content(id))
}

/// A `<p>`, or a container holding only inline content.
fn is_paragraph_like(dom: &Dom, page: &Page, stats: &Stats, id: NodeId) -> bool {
    dom.is(id, &local_name!("p"))
        || (page.has(id, flag::TEXT_CONTAINER) && !stats.has_block_child[id.index()])
}

/// Whether the text reads as a finished sentence.
fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with(rules::SENTENCE_ENDS) || t.contains(". ")
}

/// Prints the choices made, to stderr, when built with the `trace`
/// feature: a tool for studying pages, never part of a release build.
#[cfg(feature = "trace")]
mod trace {
    use super::*;

    fn enabled() -> bool {
        std::env::var_os("GISTY_TRACE").is_some()
    }

    pub fn describe(dom: &Dom, id: NodeId) -> String {
        let tag = dom.tag(id).map_or("?", |t| &**t);
        let ident = dom.attr(id, "id").unwrap_or("");
        let class = dom
            .attr(id, "class")
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(".");
        format!("{tag}#{ident}.{class}")
    }

    fn snippet(dom: &Dom, id: NodeId) -> String {
        let text = dom.text_content(id);
        let words: Vec<&str> = text.split_whitespace().collect();
        let limit = if std::env::var_os("GISTY_TRACE_FULL").is_some() {
            3000
        } else {
            90
        };
        words.join(" ").chars().take(limit).collect()
    }

    pub fn junk(dom: &Dom, id: NodeId) {
        if enabled() && dom.text_content(id).len() > 300 {
            eprintln!("  junk {} [{}]", describe(dom, id), snippet(dom, id));
        }
    }

    pub fn chosen(dom: &Dom, choice: &Choice) {
        if enabled() {
            let roots: Vec<String> = choice.roots.iter().map(|&r| describe(dom, r)).collect();
            eprintln!("chosen {roots:?}");
        }
    }

    pub fn candidates(dom: &Dom, stats: &Stats, score: &[f32], ranked: &[NodeId]) {
        if !enabled() {
            return;
        }
        for &c in ranked.iter().take(8) {
            eprintln!(
                "  candidate {:.1} {} text {} links {:.2}",
                score[c.index()],
                describe(dom, c),
                stats.text[c.index()],
                stats.link_density(c)
            );
        }
    }

    pub fn pass(dom: &Dom, page: &Page, pass: Pass, roots: &[NodeId], plan: &clean::Plan) {
        if !enabled() {
            return;
        }
        let roots: Vec<String> = roots.iter().map(|&r| describe(dom, r)).collect();
        eprintln!("pass {pass:?}\n  roots {roots:?} kept {}", plan.kept_chars);
        for &(d, reason) in &plan.reasons {
            if !page.has(d, flag::JUNK) {
                eprintln!(
                    "    drop {} ({reason}) [{}]",
                    describe(dom, d),
                    snippet(dom, d)
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article_text(html: &str) -> String {
        let mut dom = Dom::parse(html);
        let meta = crate::metadata::read(&dom, None);
        let root = find_article(&mut dom, &meta).expect("article");
        let text = dom.text_content(root);
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn prose(words: &str, n: usize) -> String {
        (0..n)
            .map(|i| format!("<p>{words}, sentence {i} of the story, which goes on a while.</p>"))
            .collect()
    }

    #[test]
    fn measures_collapsed_text() {
        assert_eq!(measure_text("  a  b, c "), (8, 1));
        assert_eq!(measure_text(" \n "), (0, 0));
        assert_eq!(measure_text("東京、大阪"), (5, 1));
        assert_eq!(measure_text("é,\u{a0}ß，x"), (6, 2));
        assert_eq!(measure_text("a\u{b}\u{c}b\u{1f}"), (4, 0));
    }

    #[test]
    fn finds_article_among_navigation_and_footer() {
        let html = format!(
            "<body><nav><a href=/>Home</a><a href=/a>About us</a></nav>\
             <div id=main>{}</div><footer>Copyright the company, all rights</footer></body>",
            prose("The river rose in the night", 8)
        );
        let text = article_text(&html);
        assert!(text.contains("sentence 7"));
        assert!(!text.contains("Home"));
        assert!(!text.contains("Copyright"));
    }

    #[test]
    fn page_without_article_tag_uses_the_densest_block() {
        let html = format!(
            "<body><div class=a><div>{}</div></div><div class=b>{}</div></body>",
            prose("Short note", 1),
            prose(
                "A long report about the weather, the roads, and the harbour",
                10
            )
        );
        let text = article_text(&html);
        assert!(text.contains("harbour"));
        assert!(!text.contains("Short note"));
    }

    #[test]
    fn hidden_blocks_are_ignored() {
        let html = format!(
            "<body><div>{}<p hidden>SECRET one</p><p style='display: none'>SECRET two</p>\
             <p aria-hidden=true>SECRET three</p><p style='visibility:hidden'>SECRET four</p></div></body>",
            prose("Visible words here", 6)
        );
        let text = article_text(&html);
        assert!(text.contains("Visible"));
        assert!(!text.contains("SECRET"));
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
