//! Page model → scores of the containers that paragraphs point to.
//!
//! In: the [`Page`] and one pass's [`Stats`]. Out: [`Scores`]: each
//! paragraph gives points (for its length and commas) to the containers
//! above it, less the further up; a container starts from a score for its
//! tag and names and ends scaled down by its link density. Paragraphs the
//! page's JSON-LD `articleBody` also holds count more.

use super::page::{flag, Page, Pass, Stats};
use super::rules::{self, score};
use crate::parse::dom::{Dom, NodeId};

/// Scores of the containers that received paragraph points.
pub(super) struct Scores {
    pub score: Vec<f32>,
    pub candidate: Vec<bool>,
    pub list: Vec<NodeId>,
}

impl Scores {
    pub fn get(&self, id: NodeId) -> Option<f32> {
        let i = id.index();
        self.candidate[i].then(|| self.score[i])
    }
}

pub(super) fn score_paragraphs(
    dom: &Dom,
    page: &Page,
    stats: &Stats,
    root: NodeId,
    pass: Pass,
) -> Scores {
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
