//! The article's Markdown, read back by a CommonMark parser (pulldown-cmark,
//! with GFM tables, strikethrough, task lists and footnotes), has the block
//! structure and the text of the sanitized HTML it was written beside:
//! the same headings (and levels), list items, code blocks, quotes, table
//! cells and images, the same words in the same order, and never any HTML.
//!
//! On pages written for each construct, exactly; over the readability-pages
//! corpus (skipped, with a message, when `../shared` is absent), on nearly
//! every page: a table whose cells hold lists or headings, or span rows or
//! columns, cannot be a pipe table, and is written as its blocks or rows.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;
use std::path::Path;

use gisty::internals::{Dom, Edge, NodeData};
use pulldown_cmark::{Event, Options, Parser, Tag};

/// The structure and words of a document.
#[derive(Debug, Default, PartialEq)]
struct Shape {
    /// Headings (with their levels), items, code blocks, quotes, cells and
    /// images, in document order.
    kinds: Vec<String>,
    words: Vec<String>,
    /// Raw HTML met (Markdown only).
    html: usize,
}

fn words_of(text: &str, out: &mut Vec<String>) {
    out.extend(
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase),
    );
}

fn html_shape(html: &str) -> Shape {
    let dom = Dom::parse(&format!("<body>{html}"));
    let body = dom.body().expect("body");
    let mut shape = Shape::default();
    let mut text = String::new();
    for edge in dom.traverse(body) {
        let id = match edge {
            Edge::Open(id) => id,
            Edge::Close(id) => {
                if dom.tag(id).is_some_and(|t| !INLINE.contains(&&**t)) {
                    text.push(' ');
                }
                continue;
            }
        };
        match &dom.node(id).data {
            NodeData::Text(t) => text.push_str(t),
            _ => {
                let Some(tag) = dom.tag(id) else { continue };
                if !INLINE.contains(&&**tag) {
                    text.push(' ');
                }
                let kind = match &**tag {
                    h @ ("h1" | "h2" | "h3" | "h4" | "h5" | "h6") => h.to_string(),
                    "li" => "item".into(),
                    "pre" => "code".into(),
                    "blockquote" => "quote".into(),
                    "td" | "th" => "cell".into(),
                    "img" => "image".into(),
                    _ => continue,
                };
                shape.kinds.push(kind);
            }
        }
    }
    words_of(&text, &mut shape.words);
    shape
}

/// Elements inside a line of text, which do not separate words.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "del", "dfn", "em", "i", "img", "ins", "kbd",
    "mark", "q", "s", "samp", "small", "strong", "sub", "sup", "time", "u", "var", "wbr", "span",
];

fn markdown_shape(markdown: &str) -> Shape {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES;
    let mut shape = Shape::default();
    let mut text = String::new();
    let mut in_image = 0;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(tag) => {
                let kind = match tag {
                    Tag::Heading { level, .. } => format!("h{}", level as u8),
                    Tag::Item => "item".into(),
                    Tag::CodeBlock(_) => "code".into(),
                    Tag::BlockQuote(_) => "quote".into(),
                    Tag::TableCell => "cell".into(),
                    Tag::Image { .. } => {
                        in_image += 1;
                        "image".into()
                    }
                    Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. } => continue,
                    _ => {
                        text.push(' ');
                        continue;
                    }
                };
                text.push(' ');
                shape.kinds.push(kind);
            }
            Event::End(pulldown_cmark::TagEnd::Image) => in_image -= 1,
            Event::End(
                pulldown_cmark::TagEnd::Emphasis
                | pulldown_cmark::TagEnd::Strong
                | pulldown_cmark::TagEnd::Strikethrough
                | pulldown_cmark::TagEnd::Link,
            ) => {}
            Event::End(_) | Event::SoftBreak | Event::HardBreak => text.push(' '),
            // An image's alt text is its attribute, not text, as in HTML.
            Event::Text(t) | Event::Code(t) if in_image == 0 => text.push_str(&t),
            Event::Html(_) | Event::InlineHtml(_) => shape.html += 1,
            _ => {}
        }
    }
    words_of(&text, &mut shape.words);
    shape
}

fn article(html: &str) -> gisty::Article {
    gisty::Builder::new()
        .url("https://example.org/news/story.html")
        .markdown(true)
        .extract(html)
        .expect("an article")
}

/// A page with every construct the Markdown writes.
const EVERY_CONSTRUCT: &str = r#"<html><head><title>Tides</title></head><body><article>
<h1>Tides and <em>the moon</em></h1>
<p>The moon pulls the oceans toward it, and the water rises on the near side of the earth; a second bulge forms on the far side.</p>
<h2>Why two a day</h2>
<p>Most coasts see <strong>two high tides</strong> a day, <del>three</del> never. See <a href="/tables">the tables</a> and <code>tide --now</code>.<br>A line after a break.</p>
<ul><li>Spring tides, when sun and moon line up<ul><li>the highest of the month</li></ul></li><li><input type="checkbox" checked> Neap tides, at the quarters</li></ul>
<ol start="4"><li>Fourth point</li><li>Fifth point, with <b>bold</b> text</li></ol>
<blockquote><p>The sea is the same sea.</p><blockquote><p>Nested, as quotes are.</p></blockquote></blockquote>
<pre class="language-python"><code>def height(t):
    return "```" * t</code></pre>
<figure><img src="/img/tide.jpg" alt="A tide chart [2024]" title="Chart"><figcaption>High and low water, hour by hour</figcaption></figure>
<table><thead><tr><th>Port</th><th align="right">High | m</th></tr></thead><tbody><tr><td>Brest</td><td>7.1</td></tr><tr><td>Dover</td><td>6.7</td></tr></tbody></table>
<hr>
<p>1. This line is not a list, # nor a heading, and *these* [are] not marks &amp;amp; never &lt;b&gt;tags&lt;/b&gt;.</p>
</article></body></html>"#;

#[test]
fn every_construct_reads_back_as_the_html_it_came_with() {
    let a = article(EVERY_CONSTRUCT);
    let markdown = a.markdown.as_deref().expect("markdown");
    let html = html_shape(&a.content);
    let md = markdown_shape(markdown);
    assert_eq!(md.html, 0, "{markdown}");
    assert_eq!(md.kinds, html.kinds, "{markdown}");
    assert_eq!(md.words, html.words, "{markdown}");
    // And the constructs are written as Markdown, not as text.
    for expected in [
        "# Tides and *the moon*",
        "## Why two a day",
        "**two high tides**",
        "~~three~~",
        "[the tables](https://example.org/tables)",
        "`tide --now`",
        "- [x] Neap tides",
        "  - the highest of the month",
        "4. Fourth point",
        "> > Nested",
        "````python",
        "![A tide chart \\[2024\\]](https://example.org/img/tide.jpg \"Chart\")",
        "| Port | High \\| m |\n| --- | ---: |",
        "1\\. This line",
    ] {
        assert!(
            markdown.contains(expected),
            "{expected:?} not in\n{markdown}"
        );
    }
}

#[test]
fn without_the_option_there_is_no_markdown() {
    let a = gisty::Builder::new()
        .url("https://example.org/news/story.html")
        .extract(EVERY_CONSTRUCT)
        .expect("an article");
    assert!(a.markdown.is_none());
    assert_eq!(a.content, article(EVERY_CONSTRUCT).content);
}

/// Share of corpus pages whose structure must read back unchanged.
const STRUCTURE_AGREES: f64 = 0.97;
/// Mean share of words the corpus pages must keep: the words both have,
/// counted with repeats, over the larger count.
const WORDS_KEPT: f64 = 0.995;

fn shared_words(a: &[String], b: &[String]) -> f64 {
    let longest = a.len().max(b.len());
    if longest == 0 {
        return 1.0;
    }
    let mut counts: HashMap<&str, i64> = HashMap::new();
    for w in a {
        *counts.entry(w).or_default() += 1;
    }
    let mut both = 0;
    for w in b {
        if let Some(n) = counts.get_mut(w.as_str()).filter(|n| **n > 0) {
            *n -= 1;
            both += 1;
        }
    }
    both as f64 / longest as f64
}

#[test]
fn corpus_pages_read_back_as_their_html() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/readability-pages");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("skipped: {} not found", dir.display());
        return;
    };
    let (mut pages, mut agree, mut kept) = (0usize, 0usize, 0.0f64);
    let mut names: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    names.sort();
    for page in names {
        let Ok(html) = std::fs::read_to_string(page.join("source.html")) else {
            continue;
        };
        let Ok(a) = gisty::Builder::new()
            .url("http://fakehost/test/page.html")
            .markdown(true)
            .extract(&html)
        else {
            continue;
        };
        let markdown = a.markdown.unwrap_or_default();
        let (html, md) = (html_shape(&a.content), markdown_shape(&markdown));
        assert_eq!(md.html, 0, "{}: raw HTML in\n{markdown}", page.display());
        pages += 1;
        agree += usize::from(md.kinds == html.kinds);
        kept += shared_words(&html.words, &md.words);
    }
    let (agree, kept) = (agree as f64 / pages as f64, kept / pages as f64);
    println!("{pages} pages: structure agrees on {agree:.3}, words kept {kept:.4}");
    assert!(agree >= STRUCTURE_AGREES, "structure agrees on {agree:.3}");
    assert!(kept >= WORDS_KEPT, "words kept {kept:.4}");
}
