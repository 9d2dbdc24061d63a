//! Scores → the blocks that make up the article.
//!
//! In: the [`Page`], one pass's [`Stats`] and the container [`Scores`].
//! Out: a [`Choice`]: the best container, moved up when several close
//! runners-up share an ancestor or a parent scores higher, joined by the
//! siblings that look like part of it and by the lead or subtitle set
//! above it.

use html5ever::local_name;

use super::candidates::{score_paragraphs, Scores};
use super::hints::Hints;
use super::page::{flag, Page, Pass, Stats};
use super::rules::{self, score};
use crate::parse::dom::{Dom, Edge, NodeId};

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

pub(super) fn choose(dom: &Dom, page: &Page, stats: &Stats, body: NodeId, pass: Pass) -> Choice {
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
    super::trace::candidates(dom, stats, &sc.score, &ranked);
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
