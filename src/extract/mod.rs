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

mod candidates;
mod choice;
pub(crate) mod clean;
mod hints;
mod page;
pub(crate) mod rules;
#[cfg(feature = "trace")]
mod trace;

use crate::metadata::Metadata;
use crate::parse::dom::{Dom, NodeId};
use choice::{choose, Choice};
use page::{Evidence, Page, Pass, Stats};
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
}
