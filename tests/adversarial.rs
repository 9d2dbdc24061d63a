//! Hostile and broken input: every case must finish within a time bound
//! proportional to its size and give a result or a documented error.
//!
//! The bound is relative to a normal page of the same size measured in the
//! same run (a generated article with navigation, links and paragraphs), so
//! it holds on a loaded machine and in debug builds alike:
//! `time ≤ SLOWDOWN_ALLOWED × normal time for that many bytes + FLOOR_MS`.
//!
//! `cargo test --release --test adversarial -- --nocapture` prints the
//! table of inputs, sizes, times and results. Unoptimized builds (a plain
//! `cargo test`) run the large inputs whose cost is plainly linear at 1/8 of
//! their size, to keep the suite quick; the structural cases (nesting,
//! attributes) always run in full.
#![cfg(not(target_arch = "wasm32"))]

use std::fmt::Write as _;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

use gisty::{Builder, ErrorCode, Limits};

/// How many times slower than a normal page of the same size a case may be.
const SLOWDOWN_ALLOWED: f64 = 20.0;
/// The bound of the cases of end tags matching no open element: each was
/// once a walk over the whole stack of open elements.
const STRAY_END_TAG_SLOWDOWN: f64 = 4.0;
/// Added to every bound: timer noise and fixed costs of tiny inputs.
const FLOOR_MS: f64 = 250.0;

const WORDS: &[&str] = &[
    "river",
    "council",
    "morning",
    "bridge",
    "engineers",
    "said",
    "water",
    "the",
    "of",
    "rose",
    "closed",
    "town",
    "after",
    "storm",
    "residents",
    "were",
    "told",
    "to",
    "stay",
    "indoors",
    "while",
    "crews",
    "cleared",
    "roads",
    "and",
    "inspected",
    "damage",
    "report",
    "found",
    "several",
    "homes",
    "flooded",
    "repairs",
    "will",
    "take",
    "weeks",
    "officials",
    "expect",
    "costs",
    "rise",
    "funding",
    "new",
    "defences",
    "was",
    "approved",
    "last",
    "year",
];

/// A deterministic stream of pseudo-random numbers (xorshift64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as usize
    }

    fn sentence(&mut self) -> String {
        let n = 8 + self.next() % 14;
        let mut s = String::new();
        for i in 0..n {
            let w = WORDS[self.next() % WORDS.len()];
            if i == 0 {
                let mut c = w.chars();
                let first = c.next().unwrap_or('x').to_ascii_uppercase();
                s.push(first);
                s.push_str(c.as_str());
            } else {
                s.push(' ');
                s.push_str(w);
            }
        }
        s.push('.');
        s
    }
}

/// A plausible article page of about `bytes` bytes: head, navigation, an
/// article of paragraphs with links and emphasis, a sidebar and a footer.
fn normal_page(bytes: usize) -> String {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut html = String::from(
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>Flood update | Town News</title>\
         <meta name=description content='The latest on the flood'><link rel=stylesheet href=/s.css></head><body>\
         <header><nav><ul><li><a href=/>Home</a><li><a href=/news>News</a><li><a href=/sport>Sport</a></ul></nav></header>\
         <main><article><h1>Flood update</h1><p class=byline>By A. Reporter</p>",
    );
    let mut paragraph = 0;
    while html.len() < bytes {
        paragraph += 1;
        html.push_str("<p>");
        for s in 0..(2 + rng.next() % 4) {
            if s == 1 {
                let _ = write!(
                    html,
                    "<a href=\"/story/{paragraph}\">{}</a> ",
                    rng.sentence()
                );
            } else if s == 2 {
                let _ = write!(html, "<em>{}</em> ", rng.sentence());
            } else {
                html.push_str(&rng.sentence());
                html.push(' ');
            }
        }
        html.push_str("</p>\n");
        if paragraph % 10 == 0 {
            let _ = write!(
                html,
                "<h2>Section {paragraph}</h2><figure><img src=/i/{paragraph}.jpg alt=photo><figcaption>{}</figcaption></figure>",
                rng.sentence()
            );
        }
    }
    html.push_str(
        "</article><aside><h3>Related</h3><ul><li><a href=/a>Other story</a></ul></aside></main>\
         <footer><p>Copyright Town News</p></footer></body></html>",
    );
    html
}

/// A short article to put before hostile markup, so a page still has
/// something to extract after the parser stops.
fn article_head() -> String {
    let mut rng = Rng(7);
    let mut html = String::from("<html><head><title>Notes</title></head><body><article>");
    for _ in 0..4 {
        html.push_str("<p>");
        for _ in 0..4 {
            html.push_str(&rng.sentence());
            html.push(' ');
        }
        html.push_str("</p>");
    }
    html.push_str("</article>");
    html
}

/// `bytes`, or an eighth of it in unoptimized builds (see the module doc).
fn big(bytes: usize) -> usize {
    if cfg!(debug_assertions) {
        bytes / 8
    } else {
        bytes
    }
}

fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len().max(1) + 1)
}

fn nested(open: &str, depth: usize) -> String {
    let mut s = article_head();
    s.push_str(&open.repeat(depth));
    s
}

/// Which outcomes a case may have.
#[derive(Clone, Copy, Debug)]
enum Expect {
    /// A result (with `truncated` set if the flag says so).
    Ok { truncated: bool },
    /// A result, truncated or not.
    OkAny,
    /// One of these error codes.
    Err(&'static [ErrorCode]),
    /// A result or one of these error codes (input that is arguably text).
    OkOr(&'static [ErrorCode]),
}

enum Entry {
    Html,
    Text,
}

struct Case {
    name: String,
    input: String,
    entry: Entry,
    expect: Expect,
    limits: Option<Limits>,
    /// How many times slower than a normal page it may be, when the case
    /// holds a bound of its own tighter than [`SLOWDOWN_ALLOWED`].
    slowdown: f64,
}

fn html(name: &str, input: String, expect: Expect) -> Case {
    Case {
        name: name.to_string(),
        input,
        entry: Entry::Html,
        expect,
        limits: None,
        slowdown: SLOWDOWN_ALLOWED,
    }
}

fn text(name: &str, input: String, expect: Expect) -> Case {
    Case {
        name: name.to_string(),
        input,
        entry: Entry::Text,
        expect,
        limits: None,
        slowdown: SLOWDOWN_ALLOWED,
    }
}

const NOT_READERABLE: &[ErrorCode] = &[ErrorCode::NotReaderable];
const NOT_TEXT: &[ErrorCode] = &[ErrorCode::InvalidInput];
const NOT_TEXT_OR_EMPTY: &[ErrorCode] = &[ErrorCode::InvalidInput, ErrorCode::NotReaderable];
const TOO_LARGE: &[ErrorCode] = &[ErrorCode::InputTooLarge];

/// Small snippets, one per class of HTML parse error the WHATWG spec names
/// (and a few tree-construction errors), each placed inside an article.
const PARSE_ERRORS: &[(&str, &str)] = &[
    ("abrupt-closing-of-empty-comment", "<!--> <!--->"),
    (
        "abrupt-doctype-public-identifier",
        "<!DOCTYPE html PUBLIC \"foo>",
    ),
    (
        "abrupt-doctype-system-identifier",
        "<!DOCTYPE html SYSTEM 'foo>",
    ),
    ("absence-of-digits-in-numeric-character-reference", "&#qux;"),
    ("cdata-in-html-content", "<![CDATA[foo]]>"),
    ("character-reference-outside-unicode-range", "&#x110000;"),
    ("control-character-in-input-stream", "a\u{1}b\u{7f}c"),
    ("control-character-reference", "&#x81; &#x0d;"),
    ("duplicate-attribute", "<p a=1 a=2>dup</p>"),
    ("end-tag-with-attributes", "<p>x</p class=y>"),
    ("end-tag-with-trailing-solidus", "<p>x</p/>"),
    ("eof-before-tag-name", "<"),
    ("eof-in-cdata", "<svg><![CDATA[foo"),
    ("eof-in-comment", "<!-- open"),
    ("eof-in-doctype", "<!DOCTYPE html"),
    ("eof-in-script-html-comment-like-text", "<script><!--"),
    ("eof-in-tag", "<div id="),
    ("incorrectly-closed-comment", "<!-- x --!>"),
    ("incorrectly-opened-comment", "<!ELEMENT br EMPTY>"),
    (
        "invalid-character-sequence-after-doctype-name",
        "<!DOCTYPE html TEST>",
    ),
    ("invalid-first-character-of-tag-name", "<42></42>"),
    ("missing-attribute-value", "<div id=>"),
    ("missing-doctype-name", "<!DOCTYPE>"),
    (
        "missing-doctype-public-identifier",
        "<!DOCTYPE html PUBLIC >",
    ),
    (
        "missing-doctype-system-identifier",
        "<!DOCTYPE html SYSTEM >",
    ),
    ("missing-end-tag-name", "</>"),
    (
        "missing-quote-before-doctype-public-identifier",
        "<!DOCTYPE html PUBLIC -//W3C//DTD HTML 4.01//EN>",
    ),
    (
        "missing-quote-before-doctype-system-identifier",
        "<!DOCTYPE html SYSTEM http://x>",
    ),
    (
        "missing-semicolon-after-character-reference",
        "&not in &#39 quote",
    ),
    (
        "missing-whitespace-after-doctype-public-keyword",
        "<!DOCTYPE html PUBLIC\"-//W3C//DTD HTML 4.01//EN\">",
    ),
    (
        "missing-whitespace-after-doctype-system-keyword",
        "<!DOCTYPE html SYSTEM\"x\">",
    ),
    ("missing-whitespace-before-doctype-name", "<!DOCTYPEhtml>"),
    (
        "missing-whitespace-between-attributes",
        "<div id=\"foo\"class=\"bar\">",
    ),
    (
        "missing-whitespace-between-doctype-public-and-system-identifiers",
        "<!DOCTYPE html PUBLIC \"a\"\"b\">",
    ),
    ("nested-comment", "<!-- <!-- nested --> -->"),
    ("noncharacter-character-reference", "&#xFFFE; &#x10FFFF;"),
    ("noncharacter-in-input-stream", "a\u{fdd0}b\u{ffff}c"),
    (
        "non-void-html-element-start-tag-with-trailing-solidus",
        "<div/><span/>",
    ),
    ("null-character-reference", "&#0;"),
    ("surrogate-character-reference", "&#xD800;"),
    ("surrogate-in-input-stream", "\u{fffd}"),
    (
        "unexpected-character-after-doctype-system-identifier",
        "<!DOCTYPE html SYSTEM \"x\" y>",
    ),
    (
        "unexpected-character-in-attribute-name",
        "<div foo<div> <div id'bar'>",
    ),
    (
        "unexpected-character-in-unquoted-attribute-value",
        "<div foo=b'ar'> <div a=b\"c>",
    ),
    ("unexpected-equals-sign-before-attribute-name", "<div =foo>"),
    ("unexpected-null-character", "<d\0iv a\0=b\0>x\0y</div>"),
    (
        "unexpected-question-mark-instead-of-tag-name",
        "<?xml-stylesheet type=\"text/css\" href=\"s.css\"?>",
    ),
    ("unexpected-solidus-in-tag", "<div / id=x>"),
    ("unknown-named-character-reference", "&unknownentity;"),
    ("misnested-formatting", "<b><i>a</b>b</i><p><b>c<p>d</b>e"),
    (
        "adoption-agency-furthest-block",
        "<a href=1><div>x</a>y</div>",
    ),
    (
        "stray-end-tags",
        "</div></span></table></html></body></head>",
    ),
    (
        "table-foster-parenting",
        "<table>text<div>div</div><tr>row text<td>cell</table>",
    ),
    (
        "select-in-table",
        "<table><tr><td><select><option>a<tr><td>b</table>",
    ),
    ("nested-forms", "<form><form><input></form></form>"),
    ("heading-in-heading", "<h1><h2>x</h1></h2>"),
    ("li-outside-list", "<li>one<li>two<dd>three<dt>four"),
    (
        "frameset-after-body",
        "<p>x</p><frameset><frame></frameset>",
    ),
    (
        "head-content-in-body",
        "<title>t2</title><meta charset=x><base href=/><style>a{}</style>",
    ),
    ("body-in-body", "<body class=a><body class=b><html lang=fr>"),
    ("svg-breakout", "<svg><p>breaks out</p><b>bold</b></svg>"),
    (
        "math-html-integration",
        "<math><annotation-xml encoding=text/html><p>html</p></annotation-xml></math>",
    ),
    (
        "template-in-table",
        "<table><template><tr><td>x</td></tr></template></table>",
    ),
    ("image-tag", "<image src=x><isindex>"),
    ("plaintext-at-end", "<plaintext><b>raw</b>"),
    (
        "noscript-in-head",
        "<head><noscript><link rel=x><p>p</p></noscript></head>",
    ),
];

fn cases() -> Vec<Case> {
    use Expect::*;
    let mut c = Vec::new();
    let head = article_head();
    c.push(html("empty", String::new(), Err(NOT_READERABLE)));
    c.push(html(
        "whitespace",
        " \n\t\r\n  ".repeat(1000),
        Err(NOT_READERABLE),
    ));
    c.push(html(
        "1 MB of markup, no text",
        repeat_to("<div class=x><span><i></i></span></div>\n", big(1 << 20)),
        Err(NOT_READERABLE),
    ));
    for (kind, open) in [
        ("div", "<div>"),
        ("b (formatting)", "<b>"),
        ("a (adoption agency)", "<a href=x><div>"),
        ("table/tr/td", "<table><tr><td>"),
        ("ul/li", "<ul><li>"),
        ("dl/dd", "<dl><dd>"),
        ("svg g", "<svg><g>"),
        ("math mrow", "<math><mrow>"),
        ("template", "<template>"),
        ("select/optgroup", "<select><optgroup>"),
        ("object", "<object>"),
        ("font with attrs", "<font color=red size=2>"),
        ("blockquote", "<blockquote>"),
    ] {
        c.push(html(
            &format!("100,000 nested {kind}"),
            nested(open, 100_000),
            Ok { truncated: true },
        ));
    }
    // End tags that match no open element, under a deep stack of elements
    // they would each walk: no slower than text of the same size.
    for (what, stray) in [
        ("</x>", "</x>"),
        ("</x> and a space", "</x> "),
        ("</em> (formatting, never opened)", "</em>"),
        ("</h1> (no heading opened)", "</h1>"),
    ] {
        let mut input = head.clone();
        input.push_str(&"<span>".repeat(505));
        input.push_str("Text under the spans.");
        input.push_str(&stray.repeat(big(2_000_000)));
        let mut case = html(
            &format!("505 open <span>s, 2,000,000 stray {what}"),
            input,
            OkAny,
        );
        case.slowdown = STRAY_END_TAG_SLOWDOWN;
        c.push(case);
    }
    let mut spaces = head.clone();
    spaces.push_str(&"<span>".repeat(505));
    spaces.push_str("Text under the spans.");
    spaces.push_str(&" ".repeat(big(8 << 20)));
    c.push(html("505 open <span>s, 8 MB of spaces", spaces, OkAny));
    let mut attrs = head.clone();
    attrs.push_str("<div");
    for i in 0..1_000_000 {
        let _ = write!(attrs, " a{i}");
    }
    attrs.push_str(">x</div>");
    c.push(html(
        "1,000,000 attributes on one element",
        attrs,
        Ok { truncated: true },
    ));
    let mut end_attrs = head.clone();
    end_attrs.push_str("<p>x</p");
    for i in 0..200_000 {
        let _ = write!(end_attrs, " b{i}=\"{i}\"");
    }
    end_attrs.push('>');
    c.push(html(
        "200,000 attributes on an end tag",
        end_attrs,
        Ok { truncated: true },
    ));
    let mut svg_attrs = head.clone();
    svg_attrs.push_str("<svg><style><g");
    for i in 0..200_000 {
        let _ = write!(svg_attrs, " c{i}");
    }
    svg_attrs.push_str("></style></svg>");
    c.push(html(
        "200,000 attributes inside <svg><style>",
        svg_attrs,
        Ok { truncated: true },
    ));
    let mut full_tags = head.clone();
    let full_tag: String = (0..999).map(|i| format!(" a{i}")).collect();
    for _ in 0..big(5_000) {
        let _ = write!(full_tags, "<p{full_tag}>x</p>");
    }
    c.push(html("5,000 tags of 999 attributes each", full_tags, OkAny));
    let mut html_attrs = head.clone();
    for i in 0..big(100_000) {
        let _ = write!(html_attrs, "<html x{i}=1><body y{i}>");
    }
    c.push(html(
        "100,000 <html>/<body> tags, new attributes each",
        html_attrs,
        OkAny,
    ));
    let mut afl = head.clone();
    for i in 0..400 {
        let _ = write!(afl, "<p><b class=c{i}></p>");
    }
    afl.push_str(&"<p>x</p>".repeat(big(100_000)));
    c.push(html(
        "400 open formatting elements, 100,000 paragraphs",
        afl,
        OkAny,
    ));
    let mut sentences = Rng(3);
    let mut big_text = String::from("<html><body><article><p>");
    while big_text.len() < big(10 << 20) {
        big_text.push_str(&sentences.sentence());
        big_text.push(' ');
    }
    c.push(html("10 MB single text node", big_text, OkAny));
    c.push(html(
        "5 MB attribute value (data URI)",
        format!(
            "{head}<img src=\"data:image/png;base64,{}\">",
            "QUJD".repeat(big(5 << 18))
        ),
        OkAny,
    ));
    c.push(html(
        "5 MB comment",
        format!("{head}<!--{}-->", "- <p> comment ".repeat(big(5 << 16))),
        OkAny,
    ));
    c.push(html(
        "unclosed everything",
        format!(
            "{head}{}",
            "<div><p><span><b><i><u><a href=x><table><tr><td><ul><li><select><option>text "
                .repeat(2_000)
        ),
        OkAny,
    ));
    c.push(html(
        "NUL bytes sprinkled (2%)",
        normal_page(64 << 10).replace(" river ", " ri\0ver "),
        OkAny,
    ));
    c.push(html("NUL bytes only", "\0".repeat(1 << 20), Err(NOT_TEXT)));
    for (name, snippet) in PARSE_ERRORS {
        c.push(html(
            &format!("parse error: {name}"),
            format!("{head}<div>{snippet}</div><p>Closing words of the page.</p>"),
            OkAny,
        ));
    }
    c.push(html(
        "JSON as HTML",
        repeat_to(
            "{\"id\": 1, \"title\": \"A story\", \"tags\": [\"a\", \"b\"], \"n\": null},\n",
            256 << 10,
        ),
        OkOr(NOT_READERABLE),
    ));
    let mut pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n".to_vec();
    let mut rng = Rng(11);
    for _ in 0..(256 << 10) {
        pdf.push((rng.next() & 0xff) as u8);
    }
    c.push(html(
        "PDF bytes (lossy)",
        String::from_utf8_lossy(&pdf).into_owned(),
        Err(NOT_TEXT_OR_EMPTY),
    ));
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0".to_vec();
    for _ in 0..(256 << 10) {
        png.push((rng.next() & 0xff) as u8);
    }
    c.push(html(
        "PNG bytes (lossy)",
        String::from_utf8_lossy(&png).into_owned(),
        Err(NOT_TEXT),
    ));
    c.push(html(
        "99% scripts",
        format!(
            "{head}{}",
            "<script>var a = [1,2,3].map(x => x < 2 ? '<p>' : \"</div>\"); if (a<b) {}</script>\n"
                .repeat(big(12_000))
        ),
        OkAny,
    ));
    c.push(html(
        "20 MB page (2.5 MB unoptimized)",
        normal_page(big(20 << 20)),
        OkAny,
    ));
    c.push(html(
        "33 MB page (over the 32 MiB default)",
        "<p>x</p>".repeat((33 << 20) / 8),
        Err(TOO_LARGE),
    ));
    c.push(html(
        "100,000 sibling paragraphs",
        format!("{head}{}", "<p>Short one.</p>".repeat(big(100_000))),
        OkAny,
    ));
    c.push(html(
        "100,000 links",
        format!(
            "{head}<p>{}</p>",
            "<a href=/x>link</a> ".repeat(big(100_000))
        ),
        OkAny,
    ));
    c.push(html(
        "entities only",
        format!(
            "{head}<p>{}</p>",
            "&amp;&lt;&#x41;&notin;&zzz;".repeat(big(40_000))
        ),
        OkAny,
    ));
    c.push(html(
        "emoji page",
        format!(
            "<article><p>{}</p></article>",
            "😀🎉🚀 ".repeat(big(50_000))
        ),
        OkOr(NOT_READERABLE),
    ));
    c.push(html(
        "mixed scripts page",
        format!(
            "<article><p>{}</p></article>",
            "Привет мир. 你好，世界。مرحبا بالعالم. Γειά σου κόσμε. שלום עולם. "
                .repeat(big(10_000))
        ),
        OkAny,
    ));

    let mut many = String::new();
    let mut rng = Rng(5);
    for i in 0..100_000 {
        many.push_str(&rng.sentence());
        many.push(if i % 7 == 6 { '\n' } else { ' ' });
    }
    c.push(text("text: 100,000 sentences", many, OkAny));
    c.push(text(
        "text: 5 MB sentence, no punctuation",
        repeat_to("word another thing ", 5 << 20),
        OkAny,
    ));
    c.push(text("text: 5 MB, no spaces", "x".repeat(5 << 20), OkAny));
    c.push(text(
        "text: numbers only",
        repeat_to("3.14 2,718 1000000 42. 7 0.5\n", 1 << 20),
        OkOr(NOT_READERABLE),
    ));
    c.push(text(
        "text: emoji only",
        "😀🎉🚀✔ ".repeat(100_000),
        OkOr(NOT_READERABLE),
    ));
    c.push(text(
        "text: mixed scripts",
        "Привет мир. 你好，世界。مرحبا بالعالم. Γειά σου κόσμε. हैलो वर्ल्ड। Hello. ".repeat(20_000),
        OkAny,
    ));
    c.push(text("text: empty", String::new(), OkOr(NOT_READERABLE)));
    c.push(text(
        "text: newlines only",
        "\n".repeat(1 << 20),
        OkOr(NOT_READERABLE),
    ));
    c.push(text("text: NUL bytes", "\0".repeat(4096), Err(NOT_TEXT)));
    let mut small = html(
        "maxNodes 1,000 on a 1 MB page",
        normal_page(1 << 20),
        Ok { truncated: true },
    );
    small.limits = Some(Limits {
        max_nodes: 1_000,
        ..Limits::default()
    });
    c.push(small);
    c
}

/// A short description of a result for the table.
fn describe<T>(result: &Result<T, gisty::Error>, truncated: impl Fn(&T) -> bool) -> String {
    match result {
        Ok(v) if truncated(v) => "ok, truncated".into(),
        Ok(_) => "ok".into(),
        Err(e) => e.code().as_str().into(),
    }
}

fn allowed(expect: Expect, outcome: Result<bool, ErrorCode>) -> bool {
    match (expect, outcome) {
        (Expect::Ok { truncated }, Ok(t)) => t == truncated,
        (Expect::OkAny | Expect::OkOr(_), Ok(_)) => true,
        (Expect::Err(codes) | Expect::OkOr(codes), Err(code)) => codes.contains(&code),
        _ => false,
    }
}

/// Milliseconds of one run of `f`.
fn time_ms(f: impl FnOnce()) -> f64 {
    let start = Instant::now();
    f();
    start.elapsed().as_secs_f64() * 1e3
}

/// Milliseconds per byte of a normal page, the best of three runs.
fn normal_ms_per_byte() -> f64 {
    let page = normal_page(2 << 20);
    let best = (0..3)
        .map(|_| time_ms(|| drop(gisty::summarize(&page))))
        .fold(f64::MAX, f64::min);
    best / page.len() as f64
}

#[test]
fn hostile_inputs_finish_in_bounded_time_with_a_result_or_a_documented_error() {
    let rate = normal_ms_per_byte();
    let mut table = String::new();
    let _ = writeln!(
        table,
        "normal page: {:.2} ms per 100 KB\n{:<58} {:>10} {:>9} {:>9}  result",
        rate * 100e3,
        "input",
        "bytes",
        "ms",
        "bound ms"
    );
    let mut failures = Vec::new();
    for case in cases() {
        let mut builder = Builder::new();
        if let Some(limits) = case.limits {
            builder.limits(limits);
        }
        let mut outcome = None;
        let mut shown = String::new();
        let ms = time_ms(|| {
            let run = catch_unwind(AssertUnwindSafe(|| match case.entry {
                Entry::Html => {
                    let r = builder.summarize(&case.input);
                    let o = r
                        .as_ref()
                        .map(|g| g.article.truncated)
                        .map_err(|e| e.code());
                    (o, describe(&r, |g| g.article.truncated))
                }
                Entry::Text => {
                    let r = builder.summarize_text(&case.input);
                    let o = r.as_ref().map(|s| s.truncated).map_err(|e| e.code());
                    (o, describe(&r, |s| s.truncated))
                }
            }));
            match run {
                Ok((o, d)) => {
                    outcome = Some(o);
                    shown = d;
                }
                Err(_) => shown = "PANIC".into(),
            }
        });
        let bound = case.slowdown * rate * case.input.len() as f64 + FLOOR_MS;
        let _ = writeln!(
            table,
            "{:<58} {:>10} {:>9.1} {:>9.0}  {}",
            case.name,
            case.input.len(),
            ms,
            bound,
            shown
        );
        match outcome {
            None => failures.push(format!("{}: panicked", case.name)),
            Some(o) if !allowed(case.expect, o) => failures.push(format!(
                "{}: got {shown}, expected {:?}",
                case.name, case.expect
            )),
            Some(_) if ms > bound => failures.push(format!(
                "{}: {ms:.0} ms, over the bound of {bound:.0} ms",
                case.name
            )),
            Some(_) => {}
        }
    }
    println!("{table}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_tag_with_too_many_attributes_stops_the_parse_before_it() {
    let mut rng = Rng(13);
    let paragraph = |rng: &mut Rng, marker: &str| {
        let mut p = String::from("<p>");
        for _ in 0..5 {
            p.push_str(&rng.sentence());
            p.push(' ');
        }
        p.push_str(&format!("The {marker} was seen by the river.</p>"));
        p
    };
    let mut page = String::from("<html><head><title>Birds</title></head><body><article>");
    page.push_str(&paragraph(&mut rng, "kestrel"));
    page.push_str(&paragraph(&mut rng, "heron"));
    page.push_str("<div");
    for i in 0..500 {
        let _ = write!(page, " a{i}=\"v\"");
    }
    page.push('>');
    page.push_str(&paragraph(&mut rng, "lapwing"));
    page.push_str("</div></article></body></html>");
    let gist = Builder::new()
        .limits(Limits {
            max_attributes: 100,
            ..Limits::default()
        })
        .summarize(&page)
        .expect("the text before the tag");
    assert!(gist.article.truncated);
    assert!(gist.article.text_content.contains("kestrel"));
    assert!(!gist.article.text_content.contains("lapwing"));
    // Under the limit, the same tag parses and nothing is cut.
    let gist = gisty::summarize(&page).unwrap();
    assert!(!gist.article.truncated);
    assert!(gist.article.text_content.contains("lapwing"));
}

#[test]
fn raw_text_does_not_hide_or_fake_tags_from_the_attribute_guard() {
    let limits = Limits {
        max_attributes: 50,
        ..Limits::default()
    };
    let many: String = (0..200).map(|i| format!(" a{i}")).collect();
    // Inside a script, `<x a0 a1 ...>` is text: nothing to stop for.
    let in_script = format!(
        "{}<script>var s = '<x{many}>';</script><p>after the script</p>",
        article_head()
    );
    let gist = Builder::new().limits(limits).summarize(&in_script).unwrap();
    assert!(!gist.article.truncated, "script text is not a tag");
    // Inside <svg>, <style> is not raw text: the tag is real.
    let in_svg = format!(
        "{}<svg><style><g{many}></g></style></svg><p>after</p>",
        article_head()
    );
    let gist = Builder::new().limits(limits).summarize(&in_svg).unwrap();
    assert!(gist.article.truncated, "a tag inside svg style is real");
    // After a quoted `>` in a script string, an end tag still ends it.
    let quoted = format!(
        "{}<script>a = \"</script><i{many}>\"</script><p>x</p>",
        article_head()
    );
    let gist = Builder::new().limits(limits).summarize(&quoted).unwrap();
    assert!(
        gist.article.truncated,
        "the script ended at its first end tag"
    );
}
