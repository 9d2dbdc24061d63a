//! DOM → whether the page looks like an article, without full extraction.

use html5ever::local_name;

use crate::dom::Dom;

/// Characters of paragraph text a page needs to count as an article.
const MIN_TEXT: usize = 140;

/// A quick check: does the page have paragraphs of real text?
pub fn is_readerable(dom: &Dom) -> bool {
    let Some(body) = dom.body() else { return false };
    let total: usize = dom
        .descendants(body)
        .filter(|&n| dom.is(n, &local_name!("p")))
        .map(|p| dom.text_content(p).trim().chars().count())
        .sum();
    total >= MIN_TEXT
}
