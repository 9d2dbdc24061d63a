//! Article → sanitized HTML and plain text.
//!
//! In: the [`Dom`] and the article's root node. Out: [`Rendered`]: HTML that
//! is safe to insert into a page, and the text with its block structure.

use html5ever::local_name;

use crate::article::{Block, BlockKind};
use crate::dom::Dom;
use crate::dom::NodeId;

/// The article rendered for callers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rendered {
    pub html: String,
    pub text: String,
    pub blocks: Vec<Block>,
}

/// Renders the paragraphs below `root`.
pub fn render(dom: &Dom, root: NodeId, _base_url: Option<&str>) -> Rendered {
    let mut out = Rendered::default();
    out.html.push_str("<div>");
    for p in dom
        .descendants(root)
        .filter(|&n| dom.is(n, &local_name!("p")))
    {
        let text = dom.text_content(p);
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            continue;
        }
        if !out.text.is_empty() {
            out.text.push_str("\n\n");
        }
        let start = out.text.len();
        out.text.push_str(&text);
        out.blocks.push(Block {
            range: start..out.text.len(),
            kind: BlockKind::Paragraph,
        });
        out.html.push_str("<p>");
        escape_text(&text, &mut out.html);
        out.html.push_str("</p>");
    }
    out.html.push_str("</div>");
    out
}

fn escape_text(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            _ => out.push(c),
        }
    }
}
