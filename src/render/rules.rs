//! The tables of rendering: which elements and attributes the sanitized
//! HTML keeps, which go with their content, where lazy-loading pages hide
//! their image URLs, which characters the text leaves out, how elements
//! are written as Markdown. The algorithms that apply them are
//! [`crate::render::content`] and [`crate::render::markdown`]; the URL
//! schemes that are safe to hand back are shared with metadata in
//! [`crate::parse::rules`].

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

/// Characters that are never seen as text, as ranges: the soft hyphen
/// (shown only where a browser breaks a word), zero-width spaces and
/// joiners, the word joiner and byte order mark, and the directional marks,
/// embeddings, overrides and isolates. Pages are full of them (hyphenation
/// plugins put a soft hyphen between every syllable); the sanitized HTML
/// keeps them, for the browser to use, but the text does not, so that its
/// words are the words people read (and search for).
pub const INVISIBLE_CHARS: &[(char, char)] = &[
    ('\u{ad}', '\u{ad}'),     // soft hyphen
    ('\u{200b}', '\u{200f}'), // zero-width space, non-joiner, joiner; LRM, RLM
    ('\u{202a}', '\u{202e}'), // directional embeddings and overrides
    ('\u{2060}', '\u{2060}'), // word joiner
    ('\u{2066}', '\u{2069}'), // directional isolates
    ('\u{feff}', '\u{feff}'), // byte order mark, zero-width no-break space
];

/// The zero-width joiner, which the text keeps between two emoji: there it
/// makes one picture of several (a family, a profession).
pub const EMOJI_JOINER: char = '\u{200d}';

/// Characters an emoji joined by [`EMOJI_JOINER`] is made of, as ranges:
/// pictographs and symbols, skin tones, and the emoji presentation selector.
pub const EMOJI_PARTS: &[(char, char)] = &[
    ('\u{2600}', '\u{27bf}'),   // miscellaneous symbols, dingbats (♀ ♂ ⚕ ❤)
    ('\u{2b00}', '\u{2bff}'),   // arrows and stars (⬛ ⭐)
    ('\u{fe0f}', '\u{fe0f}'),   // emoji presentation selector
    ('\u{1f000}', '\u{1faff}'), // pictographs, skin tones, flags' letters
];

/// Elements written as Markdown emphasis (`*…*`), as browsers show them.
pub const MD_EMPHASIS_TAGS: &[&str] = &["em", "i", "cite", "dfn", "var"];

/// Elements written as strong emphasis (`**…**`).
pub const MD_STRONG_TAGS: &[&str] = &["strong", "b"];

/// Elements written as GFM strikethrough (`~~…~~`).
pub const MD_STRIKE_TAGS: &[&str] = &["del", "s", "strike"];

/// Elements written as inline code (outside `<pre>`).
pub const MD_CODE_TAGS: &[&str] = &["code", "kbd", "samp", "tt"];

/// Elements that are Markdown structure of their own: a table cell that
/// holds one cannot be a cell of a pipe table (and a table without the
/// marks of a data table whose cells hold them lays out blocks, in the
/// HTML too), and a heading that holds one ends before it.
pub const MD_STRUCTURE_TAGS: &[&str] = &[
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "blockquote",
    "pre",
    "table",
    "hr",
];

/// The parts of a table below `<table>`. Written only inside a table
/// that is a grid: elsewhere they are unwrapped, and the boxes among them
/// (cells, the caption) are written as `div`s, so their text stays apart.
pub const TABLE_PARTS: &[&str] = &[
    "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "td", "th",
];
pub const TABLE_BOXES: &[&str] = &["caption", "td", "th"];

/// Endings of an alt text that is a file name (a space-separated list).
pub const MD_IMAGE_EXTENSIONS: &str = "jpg jpeg png gif webp avif svg bmp tif tiff";
/// Hyphens that make one token a slug (`0225-lupita-nyongo-01`), not a word
/// (`COVID-19`, `re-entry`).
pub const MD_SLUG_HYPHENS: usize = 2;
/// Alt texts that name no image (lowered; a space-separated list).
pub const MD_PLACEHOLDER_ALTS: &str = "image img photo photograph picture pic screenshot line \
    icon logo graphic thumbnail banner placeholder spacer illustration foto bild imagen immagine \
    advertisement ad anzeige werbung reklama publicidad publicité pubblicità";
/// Roles that make an image decoration (a space-separated list).
pub const MD_DECORATION_ROLES: &str = "presentation none";

/// Class prefixes that name a code block's language, as syntax
/// highlighters write them (`language-rust`, `lang-js`,
/// `highlight-source-python`, `highlight-go`), most specific first.
pub const CODE_LANGUAGE_PREFIXES: &[&str] =
    &["language-", "lang-", "highlight-source-", "highlight-"];

/// Longest language name kept on a fence.
pub const MAX_CODE_LANGUAGE: usize = 32;

/// Roles and class names that mark footnotes, as EPUB's ARIA roles and
/// the usual Markdown processors (Pandoc, kramdown, markdown-it) write them:
/// the container of the notes, a note, a reference to one, and the link
/// back from a note to its reference.
pub const FOOTNOTES_ROLE: &str = "doc-endnotes";
pub const FOOTNOTES_CLASS: &str = "footnotes";
pub const FOOTNOTE_ROLES: &[&str] = &["doc-footnote", "doc-endnote"];
pub const NOTEREF_ROLE: &str = "doc-noteref";
pub const NOTEREF_CLASS_WORD: &str = "footnote";
pub const BACKLINK_ROLE: &str = "doc-backlink";

/// The `encoding` of a MathML annotation holding the formula as TeX.
pub const TEX_ENCODINGS: &[&str] = &["application/x-tex", "tex", "text/x-tex"];
