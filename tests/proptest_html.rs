//! Properties over random HTML-ish input: generated tags, attributes, text,
//! entities, comments and nesting, mixed with stray characters.
//!
//! For every input: no panic; a result's sentences are verbatim slices of
//! its text at the offsets it reports; `length` is the text's UTF-16 length;
//! `content` re-parses without hitting a limit and holds no markup that can
//! run code or load anything on insertion; the parser's tag scanner never
//! disagrees with html5ever, and reading plain markup without html5ever's
//! tokenizer builds the tree the tokenizer builds.
#![cfg(not(target_arch = "wasm32"))]

use gisty::internals::{Dom, NodeData, ParseStop};
use gisty::{Builder, Limits};
use proptest::prelude::*;

const TAGS: &[&str] = &[
    "p",
    "Div",
    "SPAN",
    "div",
    "span",
    "a",
    "b",
    "i",
    "em",
    "strong",
    "article",
    "section",
    "main",
    "nav",
    "header",
    "footer",
    "aside",
    "h1",
    "h2",
    "h3",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "tr",
    "td",
    "th",
    "tbody",
    "caption",
    "pre",
    "code",
    "blockquote",
    "figure",
    "figcaption",
    "img",
    "br",
    "hr",
    "script",
    "style",
    "title",
    "textarea",
    "noscript",
    "iframe",
    "xmp",
    "template",
    "select",
    "option",
    "form",
    "input",
    "button",
    "svg",
    "math",
    "foreignObject",
    "desc",
    "mi",
    "object",
    "embed",
    "base",
    "meta",
    "link",
    "html",
    "body",
    "head",
    "plaintext",
    "font",
    "nobr",
    "frameset",
    "frame",
    "image",
    "annotation-xml",
    "g",
    "animate",
    "set",
    "use",
    // Names whose end tags the tree builder treats apart, and names never
    // defined, for the end tags that can only be ignored.
    "p",
    "colgroup",
    "col",
    "thead",
    "tfoot",
    "optgroup",
    "applet",
    "marquee",
    "h4",
    "h6",
    "sarcasm",
    "x",
    "zz",
];

const ATTRS: &[&str] = &[
    "href",
    "src",
    "class",
    "id",
    "style",
    "onclick",
    "onerror",
    "onload",
    "title",
    "alt",
    "srcset",
    "action",
    "formaction",
    "xlink:href",
    "data-x",
    "lang",
    "dir",
    "encoding",
    "color",
    "srcdoc",
    "http-equiv",
    "content",
    "background",
    "poster",
    "ping",
    "a\0b",
    "=",
    "CLASS",
    "Data-Y",
];

const VALUES: &[&str] = &[
    "x",
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "jav&#x09;ascript:alert(1)",
    "java\tscript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:image/png;base64,AAAA",
    "https://example.org/a?b=c&amp;d",
    "/relative/path",
    "#frag",
    "expression(alert(1))",
    "url(javascript:alert(1))",
    "\"><script>alert(1)</script>",
    "text/html",
    "1 2 3",
    "a>b",
    "",
    "a&b=c&amp;d&#38;e",
    "&#150;&#0;&#x110000;&#xD800;&nbsp;&rsquo;",
    "line\r\nbreak\rhere",
    "x&",
    "&#12",
];

const TEXTS: &[&str] = &[
    "The river rose a metre overnight.",
    "Crews worked until dawn, and the bridge reopened at noon.",
    "Dr. Smith said it was fine.",
    "Why? Nobody knew!",
    "&amp;",
    "&lt;script&gt;",
    "&#x41;",
    "&notin",
    "&zzz;",
    "&rsquo;&nbsp;&NotEqualTilde;&#8217;&#x2014;&#150;",
    "a & b &amp c",
    "AT&T",
    "x < y <3 <<",
    "\r",
    "\u{feff}",
    "café crème",
    "Привет мир.",
    "你好，世界。",
    "مرحبا",
    "😀🎉",
    " ",
    "\n",
    "\r\n",
    "<",
    ">",
    "&",
    "\"",
    "'",
    "`",
    "]]>",
    "-->",
    "\u{200b}",
    "\0",
];

/// One piece of HTML-ish input.
fn piece() -> impl Strategy<Value = String> {
    let open = (
        prop::sample::select(TAGS),
        prop::collection::vec(
            (
                prop::sample::select(ATTRS),
                prop::sample::select(VALUES),
                0..4usize,
            ),
            0..4,
        ),
        any::<bool>(),
    )
        .prop_map(|(tag, attrs, self_closing)| {
            let mut s = format!("<{tag}");
            for (name, value, quoting) in attrs {
                match quoting {
                    0 => s.push_str(&format!(" {name}=\"{value}\"")),
                    1 => s.push_str(&format!(" {name}='{value}'")),
                    2 => s.push_str(&format!(" {name}={value}")),
                    _ => s.push_str(&format!(" {name}")),
                }
            }
            s.push_str(if self_closing { "/>" } else { ">" });
            s
        });
    let close = prop::sample::select(TAGS).prop_map(|t| format!("</{t}>"));
    let text = prop::sample::select(TEXTS).prop_map(str::to_string);
    let comment = prop::sample::select(TEXTS).prop_map(|t| format!("<!--{t}-->"));
    let special = prop::sample::select(
        &[
            "<![CDATA[x]]>",
            "<!doctype html>",
            "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">",
            "<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Transitional//EN' 'x'>",
            "<!doctype html system \"about:legacy-compat\">",
            "<!DOCTYPE x PUBLIC\"",
            "<!DOCTYPE",
            "<?xml?>",
            "<!-->",
            "</>",
            "<!--<script>",
            "</script>",
            "<a",
            "<",
        ][..],
    )
    .prop_map(str::to_string);
    let stray = any::<char>().prop_map(|c| c.to_string());
    prop_oneof![
        4 => open,
        3 => close,
        5 => text,
        1 => comment,
        1 => special,
        1 => stray,
    ]
}

/// A page: some generated markup, an article body of real sentences (so
/// that extraction usually succeeds), then more generated markup.
fn page() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(piece(), 0..60),
        prop::collection::vec(piece(), 0..60),
        0..3usize,
    )
        .prop_map(|(before, after, paragraphs)| {
            let mut html = before.concat();
            html.push_str("<article>");
            for i in 0..paragraphs {
                html.push_str(&format!(
                    "<p>Paragraph {i} tells of the storm. The water rose fast. Everyone left early.</p>"
                ));
            }
            html.push_str(&after.concat());
            html
        })
}

fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Elements that must never appear in `content`: they run script, load
/// resources or documents, change the page's URL base, or submit data.
const FORBIDDEN_ELEMENTS: &[&str] = &[
    "script",
    "style",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "form",
    "input",
    "button",
    "textarea",
    "select",
    "base",
    "meta",
    "link",
    "noscript",
    "template",
    "foreignobject",
    "animate",
    "set",
    "use",
    "handler",
    "listener",
    "portal",
    "svg",
    "math",
];

/// URL attributes, whose values may not use a script or document scheme.
/// Each comma-separated piece is checked, for `srcset`'s candidates.
const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "srcset",
    "action",
    "formaction",
    "xlink:href",
    "poster",
    "background",
    "data",
    "ping",
    "cite",
    "longdesc",
    "usemap",
];

/// Lower-cases and drops the characters browsers ignore in a URL scheme
/// (ASCII whitespace and controls), then tells whether it starts with a
/// scheme that runs code. Only the start counts: a URL is parsed from its
/// beginning, so `url(javascript:x)` is a relative path on the page's own
/// site, not a script.
fn dangerous_url(value: &str) -> bool {
    let squeezed: String = value
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control())
        .flat_map(char::to_lowercase)
        .collect();
    [
        "javascript:",
        "vbscript:",
        "data:text",
        "data:application",
        "data:image/svg",
    ]
    .iter()
    .any(|scheme| squeezed.starts_with(scheme))
}

/// What in `content` is not allowed (empty when it is clean).
fn content_problems(content: &str) -> Vec<String> {
    let dom = Dom::parse(content);
    let mut problems = Vec::new();
    if dom.truncated {
        problems.push(format!("re-parse stopped: {:?}", dom.stop));
    }
    for id in dom.descendants(dom.document()) {
        let NodeData::Element(element) = &dom.node(id).data else {
            continue;
        };
        let name = element.name.local.to_string().to_ascii_lowercase();
        if FORBIDDEN_ELEMENTS.contains(&name.as_str()) {
            problems.push(format!("element <{name}>"));
        }
        for attr in &element.attrs {
            let attr_name = attr.name.local.to_string().to_ascii_lowercase();
            let full = match &attr.name.prefix {
                Some(p) => format!("{p}:{attr_name}"),
                None => attr_name.clone(),
            };
            if attr_name.starts_with("on") || attr_name == "style" || attr_name == "srcdoc" {
                problems.push(format!("attribute {full} on <{name}>"));
            }
            if (URL_ATTRIBUTES.contains(&full.as_str())
                || URL_ATTRIBUTES.contains(&attr_name.as_str()))
                && attr.value.split(',').any(dangerous_url)
            {
                problems.push(format!("{full}={:?} on <{name}>", &*attr.value));
            }
        }
    }
    problems
}

/// End tags that can only be ignored are dropped before the tree builder
/// sees them (src/parse/dom.rs, `StrayEndTags`); here are the insertion
/// modes where one still acts, or where text waits for an end tag, each
/// read both ways: the trees must be the same node for node.
#[test]
fn dropped_end_tags_leave_the_tokenizers_tree() {
    let cases = [
        "</x><!doctype html><p>a",
        "</x></x><!doctype html><p>a",
        "<p>a</body></x><!--c--></x><!--d-->",
        "<p>a</html></x></x><!--c-->",
        "<table><colgroup></x></x><tr><td>a",
        "<table><colgroup><col></x>b</x><td>",
        "<p><em><table></x>The river rose.</x>\r<!--c-->",
        "<table></x>a</x> </x>\n</x><tr>",
        "<table><tr></x> </x>x</x><td>",
        "<h2></x></h1>The river rose.",
        "<h3>a</h5></x></x>b",
        "<b>a</x></b></x></b>c",
        "<svg><g></x></x></g></svg></x>",
        "<math><mi></x></mi></x></math>",
        "<template></x><td></x></td></template></x>",
        "<select><option></x></x></select></x>",
        "<frameset></x></frameset></x><!--c-->",
        "<frameset><frame></x></frameset></x></html></x><!--c-->",
        "<p>a</p></p></x></p>",
        "<br></br></x></br>",
        "<head></x></head></x><body></x></body></x>",
        "<image></x></img></x>",
        "<form></x></form></x></form>",
        "<li>a</x></li></x></li>",
        "<span><span><span></x></x></x>a</x>",
        "<noscript></x></noscript></x>",
        "<textarea></x></textarea></x>",
        "<title></x></title></x>",
        "<sarcasm></x></sarcasm></x></sarcasm>",
        "<template><tr><p></select></table><img>",
        "<template><caption></x></table></x>b",
        "<template><td></x></tr></x>c",
        "<template><tbody><tr></x></thead></x>d",
        "<table><colgroup></template></x><!--c-->",
        "<table><colgroup></col></x></x><!--c-->",
    ];
    for html in cases {
        let read = format!("{:?}", Dom::parse(html));
        let tokenized = format!("{:?}", Dom::parse_by_tokenizer(html, Limits::default()));
        assert_eq!(read, tokenized, "{html:?}");
    }
}

/// Pieces that put the tree builder in the insertion modes where an end
/// tag matching no open element may still act: tables and their parts,
/// templates, column groups, selects, framesets, after the body, foreign
/// content, with text, comments and many such end tags between.
fn mode_piece() -> impl Strategy<Value = String> {
    prop::sample::select(
        &[
            "<table>",
            "<caption>",
            "<colgroup>",
            "<col>",
            "<tbody>",
            "<tr>",
            "<td>",
            "<th>",
            "<template>",
            "<select>",
            "<option>",
            "<optgroup>",
            "<frameset>",
            "<frame>",
            "<p>",
            "<h2>",
            "<b>",
            "<svg>",
            "<math>",
            "<mi>",
            "<span>",
            "<body>",
            "<head>",
            "<noscript>",
            "</table>",
            "</caption>",
            "</colgroup>",
            "</col>",
            "</tbody>",
            "</tr>",
            "</td>",
            "</template>",
            "</select>",
            "</option>",
            "</frameset>",
            "</p>",
            "</br>",
            "</h1>",
            "</b>",
            "</svg>",
            "</span>",
            "</body>",
            "</html>",
            "</head>",
            "</x>",
            "</x>",
            "</zz>",
            "</em>",
            "</div>",
            "</li>",
            "</form>",
            "<!doctype html>",
            "<!--c-->",
            " ",
            "\n",
            "text",
            "\0",
        ][..],
    )
    .prop_map(str::to_string)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn summarize_never_panics_and_keeps_its_invariants(html in page()) {
        let mut builder = Builder::new();
        builder.limits(Limits { max_depth: 64, max_attributes: 8, ..Limits::default() });
        for builder in [Builder::new(), builder] {
            let Ok(gist) = builder.summarize(&html) else { continue };
            let text = &gist.article.text_content;
            prop_assert_eq!(gist.article.length, utf16_len(text));
            let mut last_index = None;
            for s in &gist.sentences {
                prop_assert_eq!(text.get(s.byte_range.clone()), Some(s.text.as_str()));
                prop_assert_eq!(s.start, utf16_len(&text[..s.byte_range.start]));
                prop_assert_eq!(s.end, utf16_len(&text[..s.byte_range.end]));
                prop_assert!(last_index < Some(s.index), "sentences in article order");
                last_index = Some(s.index);
            }
            let problems = content_problems(&gist.article.content);
            prop_assert!(problems.is_empty(), "{:?} in {:?}", problems, gist.article.content);
        }
    }

    #[test]
    fn the_tag_scanner_agrees_with_the_tokenizer(
        pieces in prop::collection::vec(piece(), 0..200)
    ) {
        let html = pieces.concat();
        let dom = Dom::parse(&html);
        prop_assert_ne!(dom.stop, Some(ParseStop::Desync), "{:?}", html);
    }

    #[test]
    fn plain_token_reading_builds_the_tokenizers_tree(
        pieces in prop::collection::vec(piece(), 0..200)
    ) {
        let html = pieces.concat();
        let limits = Limits::default();
        let read = format!("{:?}", Dom::parse_with_limits(&html, limits));
        let tokenized = format!("{:?}", Dom::parse_by_tokenizer(&html, limits));
        prop_assert_eq!(read, tokenized, "{:?}", html);
    }

    #[test]
    fn dropped_end_tags_keep_the_tree_in_every_mode(
        pieces in prop::collection::vec(mode_piece(), 0..40)
    ) {
        let html = pieces.concat();
        let read = format!("{:?}", Dom::parse(&html));
        let tokenized = format!("{:?}", Dom::parse_by_tokenizer(&html, Limits::default()));
        prop_assert_eq!(read, tokenized, "{:?}", html);
    }

    #[test]
    fn summarize_text_slices_its_input(
        parts in prop::collection::vec(prop::sample::select(TEXTS), 0..80)
    ) {
        let text = parts.join(" ");
        if let Ok(summary) = gisty::summarize_text(&text) {
            for s in &summary.sentences {
                prop_assert_eq!(text.get(s.byte_range.clone()), Some(s.text.as_str()));
                prop_assert_eq!(s.start, utf16_len(&text[..s.byte_range.start]));
            }
        }
    }
}

#[test]
fn the_content_checker_catches_what_it_should() {
    let bad = [
        "<p onclick=x>a</p>",
        "<a href=' jav&#x09;ascript:alert(1)'>a</a>",
        "<img src=x style=color:red>",
        "<svg><script>alert(1)</script></svg>",
        "<a href='data:text/html,x'>a</a>",
        "<iframe srcdoc=x></iframe>",
    ];
    for html in bad {
        assert!(!content_problems(html).is_empty(), "{html}");
    }
    let good = "<div><p>Text <a href=\"https://example.org/\">link</a> <img src=\"/a.png\" alt=\"\"></p></div>";
    assert!(content_problems(good).is_empty());
}
