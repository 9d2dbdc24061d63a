//! DOM → whether the page looks like an article, without full extraction.
//!
//! In: the parsed [`Dom`]. Out: `true` when the page has enough visible,
//! paragraph-like text outside page furniture to be worth extracting.
//!
//! Paragraph-like nodes are `<p>`, `<pre>`, `<article>`, and `<div>`s that
//! break their text with `<br>` instead of using paragraphs. Each one that
//! is visible, not named like furniture (comments, footers, sidebars: see
//! [`UNLIKELY_NAMES`](crate::parse::rules::UNLIKELY_NAMES)), not a paragraph inside a list
//! item, and longer than [`READERABLE_MIN_NODE_LEN`] adds
//! √(length − minimum) to a score; the page is readerable once the score
//! passes [`READERABLE_MIN_SCORE`].
//!
//! The text lengths of all candidates come from one walk over the tree
//! (positions in a running count of characters), so nested candidates cost
//! no more than flat ones: time is linear in the page size.

use html5ever::local_name;

use super::rules::{READERABLE_MIN_NODE_LEN, READERABLE_MIN_SCORE};
use super::{is_furniture_by_name, is_trim_space};
use crate::parse::dom::{Dom, Edge, NodeId};
use crate::parse::visible::is_visible;
use crate::text::utf16_len;

/// A quick check: does the page have paragraphs of real text?
pub fn is_readerable(dom: &Dom) -> bool {
    let Some(html) = dom.html() else {
        return false;
    };
    let mut score = 0.0;
    for len in candidate_lengths(dom, html) {
        if len >= READERABLE_MIN_NODE_LEN {
            score += ((len - READERABLE_MIN_NODE_LEN) as f64).sqrt();
            if score > READERABLE_MIN_SCORE {
                return true;
            }
        }
    }
    false
}

/// A candidate node being measured.
struct Measure {
    /// Where its first non-space character sits in the running count.
    first: Option<usize>,
    /// False once the node has closed.
    open: bool,
}

/// The trimmed text length (UTF-16 units) of every counted candidate below
/// `root`, in the order they close.
fn candidate_lengths(dom: &Dom, root: NodeId) -> Vec<usize> {
    let mut lengths = Vec::new();
    // Running count of text units seen, and the count just after the last
    // non-space character.
    let mut position = 0usize;
    let mut last_solid_end = 0usize;
    // Open candidates, innermost last; candidates still waiting for their
    // first non-space character, by index into `open`-time records.
    let mut measures: Vec<Measure> = Vec::new();
    let mut stack: Vec<(NodeId, usize)> = Vec::new();
    let mut waiting: Vec<usize> = Vec::new();
    let mut list_items = 0usize;
    for edge in dom.traverse(root) {
        match edge {
            Edge::Open(n) => {
                if dom.is(n, &local_name!("li")) {
                    list_items += 1;
                }
                if dom.element(n).is_some() && is_candidate(dom, n, list_items > 0) {
                    waiting.push(measures.len());
                    stack.push((n, measures.len()));
                    measures.push(Measure {
                        first: None,
                        open: true,
                    });
                }
                // Text outside every candidate is never measured (scripts
                // in the head, navigation...): skip it.
                let Some(text) = dom.text(n).filter(|_| !stack.is_empty()) else {
                    continue;
                };
                // The text is measured once; the spaces trimmed at either
                // end (short) are measured apart and taken off.
                let units = utf16_len(text);
                let solid = text.trim_start_matches(is_trim_space);
                if !solid.is_empty() {
                    let leading = text.len() - solid.len();
                    let first = position + text.get(..leading).map_or(0, utf16_len);
                    for &w in &waiting {
                        if let Some(m) = measures.get_mut(w).filter(|m| m.open) {
                            m.first = Some(first);
                        }
                    }
                    waiting.clear();
                    let trailing = solid.len() - solid.trim_end_matches(is_trim_space).len();
                    let trailing_units = solid.get(solid.len() - trailing..).map_or(0, utf16_len);
                    last_solid_end = position + (units - trailing_units);
                }
                position += units;
            }
            Edge::Close(n) => {
                if dom.is(n, &local_name!("li")) {
                    list_items = list_items.saturating_sub(1);
                }
                if stack.last().is_some_and(|&(top, _)| top == n) {
                    if let Some((_, index)) = stack.pop() {
                        if let Some(m) = measures.get_mut(index) {
                            m.open = false;
                            let len = m.first.map_or(0, |f| last_solid_end.saturating_sub(f));
                            lengths.push(len);
                        }
                    }
                }
            }
        }
    }
    lengths
}

/// Whether a node is a paragraph-like candidate that counts: visible, not
/// named like furniture, and not a paragraph inside a list item (lists of
/// teasers are not articles).
fn is_candidate(dom: &Dom, n: NodeId, in_list_item: bool) -> bool {
    let paragraph_like = match dom.tag(n) {
        Some(t) if *t == local_name!("p") => !in_list_item,
        Some(t) if *t == local_name!("pre") || *t == local_name!("article") => true,
        Some(t) if *t == local_name!("div") => dom
            .element_children(n)
            .any(|c| dom.is(c, &local_name!("br"))),
        _ => false,
    };
    paragraph_like && is_visible(dom, n) && !is_furniture_by_name(dom, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn readerable(body: &str) -> bool {
        is_readerable(&Dom::parse(&format!("<html><body>{body}</body></html>")))
    }

    fn para(chars: usize) -> String {
        let words = "lorem ipsum dolor sit amet ".repeat(chars / 27 + 1);
        format!("<p>{}</p>", &words[..chars])
    }

    #[test]
    fn long_paragraphs_are_readerable() {
        assert!(readerable(&para(600)));
        assert!(readerable(&[para(300), para(300), para(300)].concat()));
    }

    #[test]
    fn short_text_is_not() {
        assert!(!readerable(""));
        assert!(!readerable(&para(139).repeat(50)));
        // One node of 540 characters scores exactly the minimum, not more.
        assert!(!readerable(&para(540)));
        assert!(readerable(&para(545)));
    }

    #[test]
    fn furniture_hidden_and_list_paragraphs_do_not_count() {
        let long = para(2000);
        assert!(!readerable(
            &format!(r#"<div class="comments">{long}</div>"#)
                .replace("<p>", r#"<p class="comment-text">"#)
        ));
        assert!(!readerable(
            &long.replace("<p>", r#"<p style="display: none">"#)
        ));
        assert!(!readerable(&long.replace("<p>", "<p hidden>")));
        assert!(!readerable(
            &long.replace("<p>", r#"<p aria-hidden="true">"#)
        ));
        assert!(!readerable(&format!("<ul><li>{long}</li></ul>")));
        // A furniture word is rescued by a content word.
        assert!(readerable(
            &long.replace("<p>", r#"<p class="comment-content">"#)
        ));
    }

    #[test]
    fn br_divs_and_articles_count() {
        let text = "word ".repeat(200);
        assert!(readerable(&format!("<div>{text}<br>{text}</div>")));
        assert!(!readerable(&format!("<div>{text}</div>")));
        assert!(readerable(&format!("<article>{text}</article>")));
        assert!(readerable(&format!("<pre>{text}</pre>")));
    }

    #[test]
    fn leading_and_trailing_space_is_not_counted() {
        let padded = format!(
            "<p>{}{}{}</p>",
            " ".repeat(500),
            "x".repeat(500),
            "\n".repeat(500)
        );
        assert!(!readerable(&padded));
    }

    #[test]
    fn deeply_nested_br_divs_stay_fast() {
        let depth = 500;
        let html = format!(
            "{}{}{}",
            "<div>x<br>".repeat(depth),
            "word ".repeat(2000),
            "</div>".repeat(depth)
        );
        assert!(readerable(&html));
    }
}
