//! The words about a page's markup that every stage after parsing shares.
//!
//! Stage-specific words live in each stage's own rules file; what is here
//! means the same wherever it is read.

use super::names::Word;
use Word::{Exact as E, Prefix as P};

/// ARIA roles of page furniture: menus, navigation, banners, dialogs. Such
/// an element holds no article text, for extraction (which drops it before
/// scoring in the strict pass) as for the byline and readerable checks.
pub const UNLIKELY_ROLES: &[&str] = &[
    "menu",
    "menubar",
    "complementary",
    "navigation",
    "alert",
    "alertdialog",
    "dialog",
    "banner",
    "contentinfo",
    "search",
];

/// Inline style declarations that hide an element (property, value).
pub const HIDING_STYLES: &[(&str, &str)] = &[("display", "none"), ("visibility", "hidden")];

/// A class that marks an `aria-hidden` image as the visible fallback of a
/// formula (Wikipedia's math), so it is not hidden after all. (Readability
/// makes the same exception.)
pub const ARIA_HIDDEN_EXCEPTION_CLASS: &str = "fallback-image";

/// Names so typical of page furniture that a block so named holds no
/// article text, unless a [`MAYBE_ARTICLE_NAMES`] word says otherwise:
/// extraction's strict first pass drops such blocks before scoring (a
/// later pass keeps them in case the page is odd), the byline search does
/// not look inside them, and the readerable check does not count them.
/// (Readability's `unlikelyCandidates` pattern, read as words, with
/// consent and newsletter boxes, modals and share bars added.)
pub const UNLIKELY_NAMES: &[Word] = &[
    E("ad"),
    E("ads"),
    P("adbreak"),
    P("agegate"),
    P("banner"),
    P("breadcrumb"),
    P("combx"),
    P("comment"),
    P("community"),
    P("cookie"),
    P("consent"),
    P("coverwrap"),
    P("disqus"),
    P("extra"),
    P("footer"),
    P("gdpr"),
    P("header"),
    P("legends"),
    P("menu"),
    P("modal"),
    P("newsletter"),
    P("pager"),
    P("pagination"),
    P("popup"),
    P("related"),
    P("remark"),
    P("replies"),
    P("rss"),
    P("share"),
    P("shoutbox"),
    P("sidebar"),
    P("skyscraper"),
    P("social"),
    P("sponsor"),
    P("supplemental"),
    P("yomremote"),
    P("ai2html"),
];

/// Words that rescue an otherwise unlikely block: `article-header` or
/// `main-sidebar-and-content` may well hold the article.
pub const MAYBE_ARTICLE_NAMES: &[Word] = &[
    E("and"),
    P("article"),
    E("body"),
    P("column"),
    P("content"),
    E("main"),
    P("shadow"),
];

/// Class-name prefixes that only label a post's categories and tags
/// (WordPress writes `category-news`, `tag-sidebar`...) or a block's state
/// (`has-sidebar`, `no-comments`, `is-sticky`): these words say nothing
/// about the block's own role, so they are not matched.
pub const IGNORED_CLASS_PREFIXES: &[&str] = &[
    "category-",
    "tag-",
    "status-",
    "format-",
    "has-",
    "no-",
    "is-",
    "with-",
    "without-",
];

/// An id of this many words or more was made from the text of a heading
/// (as documentation generators and CMSs do) and is not matched.
pub const SLUG_MIN_WORDS: usize = 4;

/// Elements that break the text into blocks (paragraph-level and above).
/// Text between them is inline content of the enclosing block. (Images
/// count as blocks when judging what a container holds; see
/// [`REPLACED_TAGS`] for the text.)
pub const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
    "caption",
    "img",
    "picture",
];

/// MathML elements that hold a formula's source or alternate markup
/// (TeX, say) rather than what is shown; the shown formula is kept as text.
pub const MATHML_HIDDEN: &[&str] = &["annotation", "annotation-xml", "none", "mprescripts"];

/// URL schemes a link may use in the rendered article. Anything else
/// (`javascript:`, `vbscript:`, `data:`...) is dropped.
pub const SAFE_LINK_SCHEMES: &[&str] = &["http", "https", "mailto", "tel", "ftp", "sms", "news"];

/// The schemes of web addresses: the only ones the canonical URL and the
/// lead image may have (anything else is dropped, `<base href>` included).
pub const WEB_SCHEMES: &[&str] = &["http", "https"];

/// URL schemes an image may use in the rendered article; `data:` only for
/// raster image types.
pub const SAFE_IMAGE_SCHEMES: &[&str] = WEB_SCHEMES;

/// `data:` image types allowed in `src`: raster formats, which cannot run
/// script.
pub const SAFE_DATA_IMAGE_TYPES: &[&str] = &[
    "image/png",
    "image/jpeg",
    "image/jpg",
    "image/gif",
    "image/webp",
    "image/avif",
    "image/bmp",
];
