//! The tables of rendering: which elements and attributes the sanitized
//! HTML keeps, which go with their content, where lazy-loading pages hide
//! their image URLs. The algorithm that applies them is
//! [`crate::render::content`]; the URL schemes that are safe to hand back
//! are shared with metadata in [`crate::parse::rules`].

/// Elements the rendered HTML keeps, as themselves: text structure,
/// phrasing, lists, tables, figures, links and images. Everything else is
/// either dropped with its content ([`DROPPED_TAGS`]) or unwrapped (its
/// content kept, the tag not).
pub const KEPT_TAGS: &[&str] = &[
    "a",
    "abbr",
    "address",
    "article",
    "b",
    "bdi",
    "bdo",
    "blockquote",
    "br",
    "caption",
    "cite",
    "code",
    "col",
    "colgroup",
    "dd",
    "del",
    "details",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "rp",
    "rt",
    "ruby",
    "s",
    "samp",
    "section",
    "small",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "u",
    "ul",
    "var",
    "wbr",
];

/// Elements dropped from the rendered HTML with everything inside:
/// active content, embedded documents, forms' controls, metadata, and
/// what is never shown.
pub const DROPPED_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
    "applet", "param", "base", "meta", "link", "title", "head", "input", "button", "select",
    "option", "optgroup", "textarea", "datalist", "output", "keygen", "canvas", "audio", "video",
    "source", "track", "map", "area", "dialog", "portal", "slot", "menu", "svg", "math",
];

/// Elements with no closing tag.
pub const VOID_TAGS: &[&str] = &["br", "hr", "img", "wbr", "col"];

/// Attributes kept on any kept element.
pub const GLOBAL_ATTRS: &[&str] = &["title", "lang", "dir"];

/// Attributes kept on particular elements; URLs among them are checked
/// and resolved ([`URL_ATTRS`]).
pub const ELEMENT_ATTRS: &[(&str, &[&str])] = &[
    ("a", &["href"]),
    ("img", &["src", "srcset", "alt", "width", "height"]),
    ("td", &["colspan", "rowspan", "headers"]),
    ("th", &["colspan", "rowspan", "headers", "scope", "abbr"]),
    ("col", &["span"]),
    ("colgroup", &["span"]),
    ("ol", &["start", "reversed", "type"]),
    ("li", &["value"]),
    ("time", &["datetime"]),
    ("del", &["datetime", "cite"]),
    ("ins", &["datetime", "cite"]),
    ("blockquote", &["cite"]),
    ("q", &["cite"]),
    ("details", &["open"]),
    ("bdo", &["dir"]),
];

/// Attributes holding one URL.
pub const URL_ATTRS: &[&str] = &["href", "src", "cite"];

/// A `data:` image URL shorter than this is a lazy-loading placeholder (a
/// one-pixel GIF), not the picture.
pub const MAX_PLACEHOLDER_DATA_URL: usize = 200;

/// Attributes on `<img>` that lazy-loading scripts fill in for `src`.
pub const LAZY_SRC_ATTRS: &[&str] = &[
    "data-src",
    "data-original",
    "data-lazy-src",
    "data-url",
    "data-hi-res-src",
    "data-srcset",
    "data-lazy-srcset",
];

/// Block elements that hold no text: they break blocks for extraction but
/// not the rendered text, where a picture sits inside its paragraph.
pub const REPLACED_TAGS: &[&str] = &["img", "picture"];
