//! DOM → metadata: title, byline, site name, dates, language, direction,
//! description, canonical URL and lead image.
//!
//! In: the parsed [`Dom`] and the page URL. Out: [`Metadata`].
//!
//! Each field is read from the most trusted source that has it:
//! 1. JSON-LD (schema.org `NewsArticle`, `BlogPosting`... at the top
//!    level, in an array or in an `@graph`);
//! 2. `<meta>` tags: Dublin Core, OpenGraph, `article:`, Twitter cards,
//!    Parse.ly, plain `name=author`/`description`;
//! 3. the document itself: `<title>` cleaned of the site name, `<html lang>`,
//!    `dir`, `<link rel=canonical>`, and a visible author line (`rel=author`,
//!    `itemprop=author`, or a `byline`/`author` class).
//!
//! Texts are entity-decoded once more (pages often double-encode meta
//! content) and whitespace-normalized. The keys, words and thresholds are in
//! [`crate::metadata::rules`].

use html5ever::local_name;

pub(crate) mod jsonld;
pub(crate) mod readerable;
pub(crate) mod rules;

use crate::parse::decode_references;
use crate::parse::dom::{Dom, Edge, NodeId};
use crate::parse::names::{names_furniture, NameWords};
use crate::parse::url;
use crate::parse::visible::{is_modal_dialog, is_visible};
use crate::text::{lower_words, utf16_len};
use jsonld::{Json, Value};
use rules::{
    BYLINE_HINTS, BYLINE_KEYS, BYLINE_MAX_LEN, DESCRIPTION_KEYS, IMAGE_KEYS, JSON_LD_ARTICLE_TYPES,
    JSON_LD_TITLE_SIMILARITY, LANG_KEYS, LOCALE_KEY, NAME_IGNORED_PREFIXES, PROPERTY_PREFIXES,
    PUBLISHED_KEYS, SCHEMA_ORG_HOSTS, SITE_NAME_KEYS, TITLE_CLOSING_MARKS,
    TITLE_HIERARCHY_SEPARATORS, TITLE_KEYS, TITLE_MAX_LEN, TITLE_MAX_WORDS_BEFORE_COLON,
    TITLE_MAX_WORDS_TOO_SHORT, TITLE_MIN_LEN, TITLE_MIN_WORDS_AFTER_CUT, TITLE_SEPARATORS,
    URL_KEYS,
};

/// What the page says about itself.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Metadata {
    /// The article's title, without the site's name.
    pub title: Option<String>,
    /// The author line.
    pub byline: Option<String>,
    pub site_name: Option<String>,
    /// When the article was published, as the page writes it (ISO 8601).
    pub published_time: Option<String>,
    /// The declared language, as written (`en-US`).
    pub lang: Option<String>,
    /// Text direction of the document (`ltr`, `rtl`, `auto`); see
    /// [`direction_at`] for the direction at the article itself.
    pub dir: Option<String>,
    /// The page's own description of itself.
    pub excerpt: Option<String>,
    /// The canonical URL, absolute when it could be resolved.
    pub url: Option<String>,
    /// The URL relative links resolve against: `<base href>` over the
    /// page's URL.
    pub base_url: Option<String>,
    /// The lead image's URL.
    pub image: Option<String>,
    /// The article's full text as JSON-LD `articleBody` gives it: evidence
    /// of what the article is, for extraction.
    pub article_body: Option<String>,
}

/// Reads the page's metadata.
pub fn read(dom: &Dom, page_url: Option<&str>) -> Metadata {
    let scan = Scan::of(dom);
    let tags = &scan.tags;
    let page_title = clean_document_title(dom, &scan);
    let linked = scan
        .json_ld
        .iter()
        .find_map(|&script| read_linked_data(dom, script, page_title.as_deref()))
        .unwrap_or_default();
    // Only a web address is a base: a `<base href="javascript:...">` would
    // make every relative link script.
    let page_url = page_url.and_then(url::web_url);
    let base_url = scan
        .base_href
        .and_then(|href| resolve_url(page_url.as_deref(), href))
        .and_then(|base| url::web_url(&base))
        .or_else(|| page_url.clone());
    // What comes back as `url` and `image` is a web address or nothing.
    let resolve = |href: &str| {
        resolve_url(base_url.as_deref(), &decode_references(href)).and_then(|u| url::web_url(&u))
    };

    let site_name = first_text(&[linked.site_name.as_deref(), tags.first(SITE_NAME_KEYS)]);
    let site = [
        site_name.as_deref(),
        page_url.as_deref().and_then(host_label),
    ];
    let title = first_text(&[
        linked.title.as_deref(),
        tags.first(TITLE_KEYS),
        page_title.as_deref(),
    ])
    .map(|title| headline_title(dom, &scan, &title, &site));
    let byline = first_text(&[linked.byline.as_deref(), tags.byline()])
        .or_else(|| text_field(visible_byline(dom).as_deref()));
    let excerpt = first_text(&[linked.description.as_deref(), tags.first(DESCRIPTION_KEYS)]);
    let published_time = first_text(&[linked.published.as_deref(), tags.first(PUBLISHED_KEYS)]);
    let image = [
        tags.first(IMAGE_KEYS),
        linked.image.as_deref(),
        scan.image_src,
    ]
    .into_iter()
    .flatten()
    .find_map(resolve);
    let url = [scan.canonical, tags.first(URL_KEYS)]
        .into_iter()
        .flatten()
        .find_map(resolve)
        .or_else(|| page_url.clone());

    Metadata {
        title,
        byline,
        site_name,
        published_time,
        lang: language(dom, tags),
        dir: document_direction(dom),
        excerpt,
        url,
        image,
        article_body: linked.body.filter(|b| !b.trim().is_empty()),
        base_url,
    }
}

/// Where the page declares text directions, recorded before extraction
/// moves the article's blocks out of their places, so that the direction
/// in force where the article stood can still be told.
pub struct Directions {
    /// `dir` of `<html>` and `<body>`, which hold any article.
    page: Option<String>,
    /// Other elements with a `dir`: their span of document-order positions
    /// (the element and its descendants) and the direction, outermost first.
    spans: Vec<(u32, u32, String)>,
    /// The document-order position of each node, by arena index; filled
    /// only when `spans` is not empty.
    positions: Vec<u32>,
}

impl Directions {
    pub fn record(dom: &Dom) -> Directions {
        let page = document_direction(dom);
        let mut spans = Vec::new();
        let mut positions = Vec::new();
        let declared_inside = dom.body().is_some_and(|body| {
            dom.descendants(body)
                .skip(1)
                .any(|n| dom.attr(n, "dir").is_some())
        });
        if declared_inside {
            positions = vec![u32::MAX; dom.len()];
            let mut open: Vec<(NodeId, usize)> = Vec::new();
            let mut position = 0u32;
            for edge in dom.traverse(dom.document()) {
                match edge {
                    Edge::Open(n) => {
                        if let Some(slot) = positions.get_mut(n.index()) {
                            *slot = position;
                        }
                        if let Some(dir) = dom.attr(n, "dir").map(str::trim) {
                            if !dir.is_empty() {
                                open.push((n, spans.len()));
                                spans.push((position, u32::MAX, dir.to_string()));
                            }
                        }
                        position = position.saturating_add(1);
                    }
                    Edge::Close(n) => {
                        if open.last().is_some_and(|&(o, _)| o == n) {
                            if let Some((_, i)) = open.pop() {
                                if let Some(span) = spans.get_mut(i) {
                                    span.1 = position;
                                }
                            }
                        }
                    }
                }
            }
        }
        Directions {
            page,
            spans,
            positions,
        }
    }

    /// The direction of an article rooted at `root`: declared on the root or
    /// around where it stood. When extraction made the root a new wrapper,
    /// its first block stands for it. Directions declared inside the
    /// article stay on its rendered HTML.
    pub fn of_article(&self, dom: &Dom, root: NodeId) -> Option<String> {
        let recorded = |n: NodeId| self.positions.get(n.index()).filter(|&&p| p != u32::MAX);
        let block = if recorded(root).is_some() || self.positions.is_empty() {
            Some(root)
        } else {
            dom.element_children(root).next()
        };
        let position = block.and_then(recorded).copied();
        let innermost = position.and_then(|p| {
            self.spans
                .iter()
                .rev()
                .find(|(start, end, _)| *start <= p && p < *end)
        });
        innermost
            .map(|(_, _, dir)| dir.clone())
            .or_else(|| self.page.clone())
    }
}

/// The direction declared on `<body>`, else on `<html>`.
fn document_direction(dom: &Dom) -> Option<String> {
    dom.body().or(dom.html()).and_then(|n| direction_at(dom, n))
}

/// The text direction in force at `node`: the `dir` attribute of `node` or
/// of its nearest ancestor that has one.
pub fn direction_at(dom: &Dom, node: NodeId) -> Option<String> {
    let mut at = Some(node);
    while let Some(n) = at {
        match dom.attr(n, "dir").map(str::trim) {
            Some(dir) if !dir.is_empty() => return Some(dir.to_string()),
            _ => at = dom.parent(n),
        }
    }
    None
}

/// The first candidate that gives a text, as [`text_field`] cleans it.
fn first_text(candidates: &[Option<&str>]) -> Option<String> {
    candidates.iter().find_map(|c| text_field(*c))
}

/// A metadata text as callers get it: entities decoded, whitespace runs
/// collapsed, `None` when nothing is left.
fn text_field(raw: Option<&str>) -> Option<String> {
    let text = normalize_space(&decode_references(raw?));
    (!text.is_empty()).then_some(text)
}

/// Collapses whitespace runs to one space and trims.
fn normalize_space(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

// ---- meta tags ----------------------------------------------------------------

/// What one walk over the document gathers for the readers below.
struct Scan<'a> {
    tags: MetaTags,
    /// The first `<title>`.
    title: Option<NodeId>,
    /// `<h1>` and `<h2>` elements, in document order.
    headings: Vec<NodeId>,
    /// `<script type="application/ld+json">` elements, in document order.
    json_ld: Vec<NodeId>,
    /// `href` of the first `<link rel=canonical>`, `<link rel=image_src>`
    /// and `<base>`.
    canonical: Option<&'a str>,
    image_src: Option<&'a str>,
    base_href: Option<&'a str>,
}

impl<'a> Scan<'a> {
    fn of(dom: &'a Dom) -> Scan<'a> {
        let mut scan = Scan {
            tags: MetaTags {
                entries: Vec::new(),
            },
            title: None,
            headings: Vec::new(),
            json_ld: Vec::new(),
            canonical: None,
            image_src: None,
            base_href: None,
        };
        for n in dom.descendants(dom.document()) {
            let Some(tag) = dom.tag(n) else { continue };
            let href = || dom.attr(n, "href").map(str::trim).filter(|h| !h.is_empty());
            if *tag == local_name!("meta") {
                scan.tags.add(dom, n);
            } else if *tag == local_name!("title") {
                scan.title = scan.title.or(Some(n));
            } else if *tag == local_name!("h1") || *tag == local_name!("h2") {
                scan.headings.push(n);
            } else if *tag == local_name!("script") {
                let kind = dom.attr(n, "type").unwrap_or("").trim();
                if kind.eq_ignore_ascii_case("application/ld+json") {
                    scan.json_ld.push(n);
                }
            } else if *tag == local_name!("link") {
                for rel in dom.attr(n, "rel").unwrap_or("").split_ascii_whitespace() {
                    if rel.eq_ignore_ascii_case("canonical") {
                        scan.canonical = scan.canonical.or_else(href);
                    } else if rel.eq_ignore_ascii_case("image_src") {
                        scan.image_src = scan.image_src.or_else(href);
                    }
                }
            } else if *tag == local_name!("base") {
                scan.base_href = scan.base_href.or_else(href);
            }
        }
        scan
    }
}

/// The page's `<meta>` tags as (key, content) pairs in document order. Keys
/// are lower-cased: `property` tokens as written (`og:title`), `name`s with
/// spaces removed and dots made colons (`DC.Title` → `dc:title`),
/// `http-equiv` values prefixed with `http-equiv:`.
struct MetaTags {
    entries: Vec<(String, String)>,
}

impl MetaTags {
    fn add(&mut self, dom: &Dom, n: NodeId) {
        let Some(content) = dom.attr(n, "content").filter(|c| !c.is_empty()) else {
            return;
        };
        let mut from_property = false;
        for token in dom
            .attr(n, "property")
            .unwrap_or("")
            .split_ascii_whitespace()
        {
            let token = token.to_ascii_lowercase();
            // The token itself, and a known key written after another
            // prefix (`og:article:author` is read as `article:author` too).
            let mut start = 0;
            while let Some(key) = token.get(start..) {
                if PROPERTY_PREFIXES.iter().any(|p| key.starts_with(p)) {
                    self.entries.push((key.to_string(), content.to_string()));
                    from_property = true;
                }
                match key.find(':') {
                    Some(colon) => start += colon + 1,
                    None => break,
                }
            }
        }
        if !from_property {
            let key = dom.attr(n, "name").map(meta_name_key);
            if let Some(key) =
                key.filter(|k| !NAME_IGNORED_PREFIXES.iter().any(|p| k.starts_with(p)))
            {
                self.entries.push((key, content.to_string()));
            }
        }
        if let Some(equiv) = dom.attr(n, "http-equiv") {
            let mut key = String::from("http-equiv:");
            key.push_str(&equiv.trim().to_ascii_lowercase());
            self.entries.push((key, content.to_string()));
        }
    }

    /// The content of the last tag with `key` (later tags override earlier
    /// ones), unless it is blank.
    fn get(&self, key: &str) -> Option<&str> {
        self.entries
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    /// The first of `keys` that the page sets.
    fn first(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| self.get(k))
    }

    /// The author from meta tags; `article:author` only when it is a name
    /// rather than a profile URL.
    fn byline(&self) -> Option<&str> {
        BYLINE_KEYS.iter().find_map(|&k| {
            self.get(k)
                .filter(|v| k != "article:author" || !looks_like_url(v))
        })
    }
}

/// The lookup key of a `<meta name>`.
fn meta_name_key(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| {
            if c == '.' {
                ':'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

// ---- language and direction ------------------------------------------------------

/// `<html lang>` as written, else a language declared in meta tags, else
/// OpenGraph's locale with `_` made `-`.
fn language(dom: &Dom, tags: &MetaTags) -> Option<String> {
    let html = dom.html();
    let mut candidates: Vec<&str> = Vec::new();
    for name in ["lang", "xml:lang"] {
        candidates.extend(html.and_then(|h| dom.attr(h, name)));
    }
    for key in LANG_KEYS {
        // `content-language` may list several; the first is the main one.
        candidates.extend(tags.get(key).and_then(|v| v.split([',', ' ']).next()));
    }
    let found = candidates
        .into_iter()
        .map(str::trim)
        .find(|l| is_language_tag(l));
    match found {
        Some(lang) => Some(lang.to_string()),
        None => tags
            .get(LOCALE_KEY)
            .filter(|l| is_language_tag(l))
            .map(|l| l.replace('_', "-")),
    }
}

/// Whether `s` has the shape of a language tag (`en`, `pt-BR`, `de_CH`,
/// `english`), and not of markup or template debris (`lang=`, `{{lang}}`).
fn is_language_tag(s: &str) -> bool {
    (1..=35).contains(&s.len())
        && s.starts_with(|c: char| c.is_ascii_alphabetic())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

// ---- URLs ---------------------------------------------------------------------------

/// Resolves `href` against `base` (an absolute URL) with [`crate::parse::url`].
/// `None` when `href` is empty, or relative with no usable base.
fn resolve_url(base: Option<&str>, href: &str) -> Option<String> {
    if href.trim().is_empty() {
        return None;
    }
    match base {
        Some(base) => url::resolve(base, href),
        None => url::scheme(href).map(|_| url::clean(href)),
    }
}

/// Whether `s` is an absolute URL (`scheme:` then no spaces).
fn looks_like_url(s: &str) -> bool {
    url::scheme(s).is_some() && !s.trim().contains(char::is_whitespace)
}

// ---- JSON-LD ------------------------------------------------------------------------

/// What a page's JSON-LD says about its article.
#[derive(Debug, Default)]
struct LinkedData {
    title: Option<String>,
    byline: Option<String>,
    description: Option<String>,
    site_name: Option<String>,
    published: Option<String>,
    image: Option<String>,
    body: Option<String>,
}

/// Reads a JSON-LD block if it describes an article. `page_title` is the
/// cleaned `<title>`, used to choose between `name` and `headline`.
fn read_linked_data(dom: &Dom, script: NodeId, page_title: Option<&str>) -> Option<LinkedData> {
    let text = dom.text_content(script);
    let json = Json::parse(strip_cdata(&text))?;
    let article = find_article(json.root())?;
    Some(LinkedData::from_article(article, page_title))
}

/// The text inside a `<![CDATA[ ... ]]>` wrapper, or all of it.
fn strip_cdata(text: &str) -> &str {
    let t = text.trim();
    match t.strip_prefix("<![CDATA[") {
        Some(inner) => inner.strip_suffix("]]>").unwrap_or(inner).trim(),
        None => t,
    }
}

/// The article object of a JSON-LD document: the top-level object, the
/// first article in a top-level array, or the first article of an `@graph`.
fn find_article(root: Value<'_>) -> Option<Value<'_>> {
    let top = if root.is_array() {
        root.children().find(|v| is_article(*v))?
    } else {
        root
    };
    if !has_schema_org_context(top) {
        return None;
    }
    let article = match (top.get("@type"), top.get("@graph")) {
        (None, Some(graph)) => graph.items().find(|v| is_article(*v))?,
        _ => top,
    };
    is_article(article).then_some(article)
}

/// Whether a JSON-LD object's `@type` (one or several) is an article type.
fn is_article(v: Value<'_>) -> bool {
    v.get("@type").is_some_and(|types| {
        types
            .items()
            .filter_map(|t| t.as_str())
            .any(|t| JSON_LD_ARTICLE_TYPES.contains(&schema_type_name(t)))
    })
}

/// `NewsArticle` from `NewsArticle`, `schema:NewsArticle` or
/// `https://schema.org/NewsArticle`.
fn schema_type_name(t: &str) -> &str {
    let t = t.trim();
    t.rsplit(['/', ':']).next().unwrap_or(t)
}

/// Whether `@context` names schema.org, as a string, in an array, or as an
/// object's `@vocab`.
fn has_schema_org_context(v: Value<'_>) -> bool {
    let Some(context) = v.get("@context") else {
        return false;
    };
    context.items().any(|c| {
        c.as_str()
            .or_else(|| c.get_str("@vocab"))
            .is_some_and(is_schema_org_url)
    })
}

fn is_schema_org_url(s: &str) -> bool {
    let s = s.trim();
    let host = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .unwrap_or("");
    let host = host.strip_suffix('/').unwrap_or(host);
    SCHEMA_ORG_HOSTS
        .iter()
        .any(|h| h.eq_ignore_ascii_case(host))
}

impl LinkedData {
    fn from_article(article: Value<'_>, page_title: Option<&str>) -> LinkedData {
        LinkedData {
            title: linked_title(article, page_title),
            byline: linked_authors(article),
            description: article.get_str("description").map(str::to_string),
            site_name: article
                .get("publisher")
                .and_then(|p| p.items().next())
                .and_then(|p| p.get_str("name"))
                .map(str::to_string),
            published: article.get_str("datePublished").map(str::to_string),
            image: article.get("image").and_then(linked_image),
            body: article.get_str("articleBody").map(str::to_string),
        }
    }
}

/// The article's title: `name` or `headline`. When both are given and
/// differ, one is often the site's name; the one resembling the page's
/// `<title>` wins, `name` when neither or both do.
fn linked_title(article: Value<'_>, page_title: Option<&str>) -> Option<String> {
    let name = article.get_str("name");
    let headline = article.get_str("headline");
    let chosen = match (name, headline) {
        (Some(name), Some(headline)) if name != headline => {
            let title = page_title.unwrap_or("");
            let name_matches = similarity(name, title) > JSON_LD_TITLE_SIMILARITY;
            let headline_matches = similarity(headline, title) > JSON_LD_TITLE_SIMILARITY;
            if headline_matches && !name_matches {
                headline
            } else {
                name
            }
        }
        (Some(name), _) => name,
        (None, headline) => headline?,
    };
    Some(chosen.trim().to_string())
}

/// How much of `b` is made of words also found in `a`: the share of `b`'s
/// characters (words joined by spaces) in words that `a` has too. Only the
/// first [`SIMILARITY_MAX_WORDS`] words count, which bounds the cost.
fn similarity(a: &str, b: &str) -> f64 {
    let first_words = |s| {
        lower_words(s)
            .take(SIMILARITY_MAX_WORDS)
            .collect::<Vec<_>>()
    };
    let words_a = first_words(a);
    let words_b = first_words(b);
    if words_a.is_empty() || words_b.is_empty() {
        return 0.0;
    }
    let mut all = 0usize;
    let mut unique = 0usize;
    for (i, word) in words_b.iter().enumerate() {
        let len = word.chars().count() + usize::from(i > 0);
        all += len;
        if !words_a.contains(word) {
            unique += len;
        }
    }
    1.0 - unique as f64 / all.max(1) as f64
}

/// Words compared by [`similarity`]: titles are far shorter.
const SIMILARITY_MAX_WORDS: usize = 100;

/// The authors' names, joined with ", ". An author may be an object with a
/// `name`, a bare string, or a list of either.
fn linked_authors(article: Value<'_>) -> Option<String> {
    let names: Vec<&str> = article
        .get("author")?
        .items()
        .filter_map(|a| {
            a.as_str()
                .filter(|s| !looks_like_handle(s))
                .or_else(|| a.get_str("name"))
        })
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .collect();
    (!names.is_empty()).then(|| names.join(", "))
}

/// Whether an author given as a bare string is an account name rather than
/// a person's: an `@handle`, or one lower-case ASCII token (`jdoe42`).
fn looks_like_handle(s: &str) -> bool {
    let s = s.trim();
    s.starts_with('@')
        || (!s.is_empty()
            && s.chars().all(|c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '.' | '-')
            }))
}

/// The first image's URL: a string, or an `ImageObject`'s `url`.
fn linked_image(image: Value<'_>) -> Option<String> {
    image
        .items()
        .find_map(|i| {
            i.as_str()
                .or_else(|| i.get_str("url"))
                .or_else(|| i.get_str("contentUrl"))
        })
        .map(str::to_string)
}

// ---- the document title ----------------------------------------------------------------

/// The `<title>`, cleaned of the site's name the way a reader would read it:
/// - "Story | Site" keeps the part before the last separator; when that
///   leaves fewer than [`TITLE_MIN_WORDS_AFTER_CUT`] words the part after
///   the first separator is kept instead ("Site | Story");
/// - "Site: Story" keeps the part after the colon, unless a heading repeats
///   the whole title, or the part before it is itself a long phrase;
/// - a title too short or too long to be a headline gives way to the
///   page's single `<h1>`;
/// - whatever the cut, a result of [`TITLE_MAX_WORDS_TOO_SHORT`] words or
///   fewer gives back the whole title, except when the title is a path
///   ("Section » Story") and the cut dropped just one level's words.
fn clean_document_title(dom: &Dom, scan: &Scan) -> Option<String> {
    let title_node = scan.title?;
    let whole = normalize_space(&dom.text_content(title_node));
    let mut cleaned = whole.clone();
    let mut hierarchical = false;
    let separators = separator_positions(&whole);
    if let Some(&(last, _)) = separators.last() {
        hierarchical = separators
            .iter()
            .any(|&(_, c)| TITLE_HIERARCHY_SEPARATORS.contains(&c));
        cleaned = whole[..last].to_string();
        if js_word_count(&cleaned) < TITLE_MIN_WORDS_AFTER_CUT {
            cleaned = after_first_separator(&whole).to_string();
        }
    } else if whole.contains(": ") {
        if !heading_repeats(dom, &scan.headings, &whole) {
            let last_colon = whole.rfind(':').unwrap_or(0);
            let first_colon = whole.find(':').unwrap_or(0);
            cleaned = whole[last_colon + 1..].to_string();
            if js_word_count(&cleaned) < TITLE_MIN_WORDS_AFTER_CUT {
                cleaned = whole[first_colon + 1..].to_string();
            } else if js_word_count(&whole[..first_colon]) > TITLE_MAX_WORDS_BEFORE_COLON {
                cleaned = whole.clone();
            }
        }
    } else {
        let len = utf16_len(&whole);
        if !(TITLE_MIN_LEN..=TITLE_MAX_LEN).contains(&len) {
            if let Some(h1) = single_h1(dom, &scan.headings) {
                cleaned = h1;
            }
        }
    }
    let cleaned = normalize_space(&cleaned);
    let words = js_word_count(&cleaned);
    let keep_whole = words <= TITLE_MAX_WORDS_TOO_SHORT
        && (!hierarchical || words + 1 != js_word_count(&without_separator_chars(&whole)));
    let title = if keep_whole { whole } else { cleaned };
    (!title.is_empty()).then_some(title)
}

/// The title as a reader sees it: the title cut after the page's `<h1>`
/// when the title starts with the heading's words (two at least) and adds
/// more ("Story | Site", "Story: the long version"); else the title
/// without a last part, set off by a separator, that names the site
/// (`site`: its name, its domain's first label).
fn headline_title(dom: &Dom, scan: &Scan, title: &str, site: &[Option<&str>]) -> String {
    let mut h1s = scan
        .headings
        .iter()
        .filter(|&&h| dom.is(h, &local_name!("h1")));
    match h1s.find_map(|&h| end_of_words(title, &visible_text(dom, h))) {
        Some(end) => title[..end].to_string(),
        None => without_site_name(title, site),
    }
}

/// Where `title`'s run of `shown`'s words ends (with the closing marks
/// after its last word, "Computing?"), when the title starts with them,
/// two at least, and has more words after them.
fn end_of_words(title: &str, shown: &str) -> Option<usize> {
    let mut wanted = shown
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let mut matched = 0;
    let mut end = 0;
    for word in title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let at = word.as_ptr() as usize - title.as_ptr() as usize;
        match wanted.next() {
            Some(w) if w.eq_ignore_ascii_case(word) => {
                matched += 1;
                end = at + word.len();
            }
            Some(_) => return None,
            None => {
                let glued = title[end..]
                    .find(|c: char| !TITLE_CLOSING_MARKS.contains(c))
                    .unwrap_or(title.len() - end);
                return (matched >= 2).then_some(end + glued);
            }
        }
    }
    None
}

/// `title` without a last part, set off by a separator, whose words hold
/// one of `site`'s names or are held in one ("Story | Coast Daily",
/// "Story - coastdaily.com").
fn without_site_name(title: &str, site: &[Option<&str>]) -> String {
    // Words lowered and run together. Collected into a Vec and joined, as
    // elsewhere: collecting into a String directly adds 0.4 KB to the wasm.
    let squeezed = |s: &str| lower_words(s).collect::<Vec<_>>().concat();
    if let Some(&(at, _)) = separator_positions(title).last() {
        let (story, suffix) = (title[..at].trim(), squeezed(&title[at..]));
        let names_site = site
            .iter()
            .flatten()
            .map(|s| squeezed(s))
            .any(|name| name.len() >= 3 && (suffix.contains(&name) || name.contains(&suffix)));
        if names_site && suffix.len() >= 3 && !story.is_empty() {
            return story.to_string();
        }
    }
    title.to_string()
}

/// The first label of a URL's host, without `www.` (`example` for
/// `https://www.example.co.uk/a`).
fn host_label(url: &str) -> Option<&str> {
    let host = &url[url.find("//")? + 2..];
    let host = host.strip_prefix("www.").unwrap_or(host);
    let end = host
        .bytes()
        .position(|b| matches!(b, b'.' | b'/' | b':' | b'?' | b'#'))
        .unwrap_or(host.len());
    (end > 0).then(|| &host[..end])
}

/// Byte offsets of the spaces before each " | "-style separator, with the
/// separator character, left to right and not overlapping.
fn separator_positions(title: &str) -> Vec<(usize, char)> {
    let chars: Vec<(usize, char)> = title.char_indices().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i + 2 < chars.len() {
        let (at, before) = chars[i];
        let (_, sep) = chars[i + 1];
        let (_, after) = chars[i + 2];
        if before.is_whitespace() && TITLE_SEPARATORS.contains(&sep) && after.is_whitespace() {
            found.push((at, sep));
            i += 3;
        } else {
            i += 1;
        }
    }
    found
}

/// What follows the first separator character, wherever it stands.
fn after_first_separator(title: &str) -> &str {
    match title.find(TITLE_SEPARATORS) {
        Some(at) => {
            let sep_len = title[at..].chars().next().map_or(1, char::len_utf8);
            &title[at + sep_len..]
        }
        None => title,
    }
}

fn without_separator_chars(title: &str) -> String {
    title
        .chars()
        .filter(|c| !TITLE_SEPARATORS.contains(c))
        .collect()
}

/// Words as a whitespace split counts them, empty ends included: a text
/// starting with a space counts one more, so "| Story" cut to " Story"
/// is not judged shorter than it reads.
fn js_word_count(s: &str) -> usize {
    let mut count = 1;
    let mut in_space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            if !in_space {
                count += 1;
            }
            in_space = true;
        } else {
            in_space = false;
        }
    }
    count
}

/// Whether an `<h1>` or `<h2>` reads exactly as the whole title, in which
/// case a colon in it belongs to the headline.
fn heading_repeats(dom: &Dom, headings: &[NodeId], title: &str) -> bool {
    let limit = utf16_len(title);
    headings
        .iter()
        .any(|&h| short_visible_text(dom, h, limit).as_deref() == Some(title))
}

/// The text of the page's `<h1>` when it has exactly one.
fn single_h1(dom: &Dom, headings: &[NodeId]) -> Option<String> {
    let mut h1s = headings.iter().filter(|&&h| dom.is(h, &local_name!("h1")));
    let first = *h1s.next()?;
    if h1s.next().is_some() {
        return None;
    }
    Some(normalize_space(&visible_text(dom, first)))
}

// ---- the visible byline -------------------------------------------------------------------

/// The text of `node` without that of scripts, styles and `<noscript>`.
fn visible_text(dom: &Dom, node: NodeId) -> String {
    let mut out = String::new();
    let mut walk = dom.descendants(node);
    while let Some(n) = walk.next() {
        if is_non_text_element(dom, n) {
            walk.skip_children();
        } else if let Some(t) = dom.text(n) {
            out.push_str(t);
        }
    }
    out
}

/// Most nodes looked at when reading a short text (an author line, a
/// heading to compare): enough for any real one, and a bound on the cost of
/// nested elements that each look like one.
const SHORT_TEXT_MAX_NODES: usize = 2_000;

/// The visible text of `node`, trimmed, when it is at most `max_units`
/// UTF-16 units long (inner whitespace counted as written); `None` when
/// it is longer or spreads over too many nodes. Stops as soon as it knows.
fn short_visible_text(dom: &Dom, node: NodeId, max_units: usize) -> Option<String> {
    let mut out = String::new();
    let mut units = 0usize;
    // Whitespace seen since the last visible character: kept only if more
    // text follows, so trailing space costs nothing.
    let mut pending = String::new();
    let mut pending_units = 0usize;
    let mut walk = dom.descendants(node);
    let mut visited = 0usize;
    while let Some(n) = walk.next() {
        visited += 1;
        if visited > SHORT_TEXT_MAX_NODES {
            return None;
        }
        if is_non_text_element(dom, n) {
            walk.skip_children();
            continue;
        }
        let Some(text) = dom.text(n) else { continue };
        for c in text.chars() {
            if is_trim_space(c) {
                if !out.is_empty() {
                    pending_units += c.len_utf16();
                    if units + pending_units <= max_units {
                        pending.push(c);
                    }
                }
                continue;
            }
            units += pending_units + c.len_utf16();
            if units > max_units {
                return None;
            }
            out.push_str(&pending);
            pending.clear();
            pending_units = 0;
            out.push(c);
        }
    }
    Some(out)
}

/// Whitespace as JavaScript's `trim` removes it (the byte order mark too).
pub(crate) fn is_trim_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

fn is_non_text_element(dom: &Dom, n: NodeId) -> bool {
    dom.is(n, &local_name!("script"))
        || dom.is(n, &local_name!("style"))
        || dom.is(n, &local_name!("noscript"))
}

/// The author line shown on the page: the first element, in reading order,
/// marked `rel=author`, `itemprop=author` or with a byline-like class or id,
/// whose text is short enough to be one. Hidden elements, dialogs and page
/// furniture (see [`is_unlikely`]) are skipped with all they contain. When
/// the element holds an `itemprop=name`, that is the name.
fn visible_byline(dom: &Dom) -> Option<String> {
    let root = dom.html()?;
    let mut walk = dom.descendants(root);
    while let Some(n) = walk.next() {
        if dom.element(n).is_none()
            || is_non_text_element(dom, n)
            || !is_visible(dom, n)
            || is_modal_dialog(dom, n)
        {
            walk.skip_children();
            continue;
        }
        let names = class_and_id(dom, n);
        if is_byline_marked(dom, n, names.as_deref()) {
            if let Some(byline) = byline_text(dom, n) {
                return Some(byline);
            }
        }
        if is_unlikely(dom, n) {
            walk.skip_children();
        }
    }
    None
}

/// The author line an element holds, if its text is short enough to be
/// one: the text of an `itemprop=name` inside it, else all its text.
fn byline_text(dom: &Dom, n: NodeId) -> Option<String> {
    let text = short_visible_text(dom, n, BYLINE_MAX_LEN - 1)?;
    if text.is_empty() {
        return None;
    }
    let name_node = dom
        .descendants(n)
        .skip(1)
        .take(SHORT_TEXT_MAX_NODES)
        .find(|&d| dom.attr(d, "itemprop").is_some_and(|p| p.contains("name")));
    match name_node {
        Some(name) => short_visible_text(dom, name, BYLINE_MAX_LEN - 1),
        None => Some(text),
    }
}

/// Whether an element is marked as holding the author's name; `names` is
/// its [`class_and_id`].
fn is_byline_marked(dom: &Dom, n: NodeId, names: Option<&str>) -> bool {
    dom.attr(n, "rel").is_some_and(|r| r.trim() == "author")
        || dom
            .attr(n, "itemprop")
            .is_some_and(|p| p.contains("author"))
        || names.is_some_and(|names| contains_any(names, BYLINE_HINTS))
}

/// `class` and `id` of an HTML element, lower-cased, for matching hints;
/// `None` when it has neither. SVG and MathML classes are not the page's
/// layout vocabulary.
pub(crate) fn class_and_id(dom: &Dom, n: NodeId) -> Option<String> {
    dom.tag(n)?;
    let class = dom.attr(n, "class");
    let id = dom.attr(n, "id");
    if class.is_none() && id.is_none() {
        return None;
    }
    let mut names = String::from(class.unwrap_or(""));
    names.push(' ');
    names.push_str(id.unwrap_or(""));
    names.make_ascii_lowercase();
    Some(names)
}

/// Whether any of the (ASCII) `needles` occurs in `haystack`. Class names
/// are short, so a plain scan beats setting up a substring searcher.
pub(crate) fn contains_any(haystack: &str, needles: &[&str]) -> bool {
    let hay = haystack.as_bytes();
    needles
        .iter()
        .any(|needle| contains_bytes(hay, needle.as_bytes()))
}

/// Whether `needle` (not empty) occurs in `hay`. Places are found by the
/// needle's first byte and the rest compared byte by byte: most places
/// differ within a byte or two, sooner than a call to `memcmp` returns.
fn contains_bytes(hay: &[u8], needle: &[u8]) -> bool {
    let Some((&first, rest)) = needle.split_first() else {
        return false;
    };
    hay.iter().enumerate().any(|(i, &b)| {
        b == first
            && hay.get(i + 1..).is_some_and(|after| {
                after.len() >= rest.len() && after.iter().zip(rest).all(|(x, y)| x == y)
            })
    })
}

/// Whether an element is page furniture by its ARIA role or its class and
/// id, by the vocabulary extraction uses too
/// ([`UNLIKELY_ROLES`](crate::parse::rules::UNLIKELY_ROLES),
/// [`UNLIKELY_NAMES`](crate::parse::rules::UNLIKELY_NAMES)), rather than
/// article text. Elements close inside a table or code block are kept
/// (layout tables, code listings), as are `<body>` and links.
fn is_unlikely(dom: &Dom, n: NodeId) -> bool {
    let role_unlikely = dom
        .attr(n, "role")
        .is_some_and(|r| crate::parse::rules::UNLIKELY_ROLES.contains(&r.trim()));
    if role_unlikely {
        return true;
    }
    if dom.is(n, &local_name!("body")) || dom.is(n, &local_name!("a")) {
        return false;
    }
    is_furniture_by_name(dom, n)
        && !dom
            .ancestors(n)
            .take(4)
            .any(|a| dom.is(a, &local_name!("table")) || dom.is(a, &local_name!("code")))
}

/// Whether an HTML element's class and id name page furniture, by the
/// vocabulary extraction uses too ([`names_furniture`]).
pub(crate) fn is_furniture_by_name(dom: &Dom, n: NodeId) -> bool {
    dom.tag(n).is_some()
        && names_furniture(
            &mut NameWords::default(),
            dom.attr(n, "class").unwrap_or(""),
            dom.attr(n, "id").unwrap_or(""),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_fragments_anywhere_in_names() {
        assert!(contains_any("post-byline x", &["zzz", "byline"]));
        assert!(contains_any("sidebar", &["bar"]));
        assert!(contains_any("aab", &["ab"]));
        assert!(!contains_any("sideba", &["bar"]));
        assert!(!contains_any("anything", &[""]));
        assert!(!contains_any("", &["a"]));
    }

    fn meta(html: &str) -> Metadata {
        read(
            &Dom::parse(html),
            Some("https://example.com/news/2024/story.html"),
        )
    }

    fn page(head: &str, body: &str) -> Metadata {
        meta(&format!(
            "<html><head>{head}</head><body>{body}</body></html>"
        ))
    }

    fn ld(json: &str) -> String {
        format!(r#"<script type="application/ld+json">{json}</script>"#)
    }

    #[test]
    fn json_ld_article_fields() {
        let m = page(
            &ld(
                r#"{"@context": "https://schema.org", "@type": "NewsArticle",
                "headline": "Tides Explained", "description": "Why the sea rises.",
                "author": {"@type": "Person", "name": " Ada Lovelace "},
                "publisher": {"@type": "Organization", "name": "Coast News"},
                "datePublished": "2024-03-01T08:00:00+01:00",
                "image": {"@type": "ImageObject", "url": "/img/tide.jpg"},
                "articleBody": "The moon pulls the oceans."}"#,
            ),
            "",
        );
        assert_eq!(m.title.as_deref(), Some("Tides Explained"));
        assert_eq!(m.byline.as_deref(), Some("Ada Lovelace"));
        assert_eq!(m.excerpt.as_deref(), Some("Why the sea rises."));
        assert_eq!(m.site_name.as_deref(), Some("Coast News"));
        assert_eq!(
            m.published_time.as_deref(),
            Some("2024-03-01T08:00:00+01:00")
        );
        assert_eq!(m.image.as_deref(), Some("https://example.com/img/tide.jpg"));
        assert_eq!(
            m.article_body.as_deref(),
            Some("The moon pulls the oceans.")
        );
    }

    #[test]
    fn json_ld_graph_and_top_level_arrays() {
        let graph = page(
            &ld(r#"{"@context": "https://schema.org", "@graph": [
                {"@type": "WebSite", "name": "Coast News"},
                {"@type": ["BlogPosting"], "headline": "From the graph",
                 "author": [{"name": "A. One"}, {"name": "B. Two"}, "Cee Three", {"url": "x"}]}]}"#),
            "",
        );
        assert_eq!(graph.title.as_deref(), Some("From the graph"));
        assert_eq!(graph.byline.as_deref(), Some("A. One, B. Two, Cee Three"));
        let array = page(
            &ld(
                r#"[{"@context": "http://schema.org/", "@type": "BreadcrumbList"},
                    {"@context": "http://schema.org/", "@type": "Article", "name": "In an array"}]"#,
            ),
            "",
        );
        assert_eq!(array.title.as_deref(), Some("In an array"));
        let vocab = page(
            &ld(
                r#"{"@context": {"@vocab": "https://schema.org/"}, "@type": "Report", "name": "Vocab"}"#,
            ),
            "",
        );
        assert_eq!(vocab.title.as_deref(), Some("Vocab"));
    }

    #[test]
    fn json_ld_that_is_not_an_article_or_not_schema_org_is_ignored() {
        for json in [
            r#"{"@context": "https://schema.org", "@type": "WebPage", "name": "A page"}"#,
            r#"{"@context": "https://example.org", "@type": "Article", "name": "Other vocab"}"#,
            r#"{"@type": "Article", "name": "No context"}"#,
            r#"{"@context": "https://schema.org", "@type": "Article", "name": "Broken",}"#,
        ] {
            let m = page(&format!("<title>Page title here</title>{}", ld(json)), "");
            assert_eq!(m.title.as_deref(), Some("Page title here"), "{json}");
        }
    }

    #[test]
    fn json_ld_first_usable_block_wins_and_cdata_is_unwrapped() {
        let head = [
            ld("{ not json"),
            ld(r#"<![CDATA[{"@context": "https://schema.org", "@type": "Article", "name": "First"}]]>"#),
            ld(r#"{"@context": "https://schema.org", "@type": "Article", "name": "Second"}"#),
        ]
        .concat();
        assert_eq!(page(&head, "").title.as_deref(), Some("First"));
    }

    #[test]
    fn json_ld_name_or_headline_by_resemblance_to_the_title() {
        let block = |name: &str, headline: &str| {
            ld(&format!(
                r#"{{"@context": "https://schema.org", "@type": "NewsArticle", "name": "{name}", "headline": "{headline}"}}"#
            ))
        };
        let title = "<title>Storm closes the harbour bridge - Coast News</title>";
        let m = page(
            &[
                title,
                &block("Coast News", "Storm closes the harbour bridge"),
            ]
            .concat(),
            "",
        );
        assert_eq!(m.title.as_deref(), Some("Storm closes the harbour bridge"));
        let m = page(
            &[title, &block("Storm closes the harbour bridge", "Storm!")].concat(),
            "",
        );
        assert_eq!(m.title.as_deref(), Some("Storm closes the harbour bridge"));
    }

    #[test]
    fn json_ld_handles_and_hostile_blocks() {
        let handle = page(
            &ld(r#"{"@context": "https://schema.org", "@type": "Article", "author": "jdoe42"}"#),
            "",
        );
        assert_eq!(handle.byline, None);
        let deep = format!(
            r#"{{"@context": "https://schema.org", "@type": "Article", "name": "Deep", "x": {}{}}}"#,
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        let m = page(
            &format!("<title>Fallback title here</title>{}", ld(&deep)),
            "",
        );
        assert_eq!(m.title.as_deref(), Some("Fallback title here"));
    }

    #[test]
    fn meta_priority_and_space_separated_properties() {
        let m = page(
            r#"<title>Title element</title>
            <meta property="og:title twitter:title" content="OpenGraph title">
            <meta property="x:title dc:title" content="Dublin Core title">
            <meta name="author" content="Meta Author">
            <meta property="dc:creator" content="DC Creator">
            <meta name="description" content="Plain description">
            <meta property="og:description" content="OG description">
            <meta property="og:site_name" content="The Site">
            <meta property="article:published_time" content="2020-01-02">"#,
            "",
        );
        assert_eq!(m.title.as_deref(), Some("Dublin Core title"));
        assert_eq!(m.byline.as_deref(), Some("DC Creator"));
        assert_eq!(m.excerpt.as_deref(), Some("OG description"));
        assert_eq!(m.site_name.as_deref(), Some("The Site"));
        assert_eq!(m.published_time.as_deref(), Some("2020-01-02"));
    }

    #[test]
    fn meta_names_are_normalized_and_later_tags_override() {
        let m = page(
            r#"<meta name="DC.Title" content="First"><meta name="dc.title" content="Second">
            <meta name="parsely-author" content="Parsely Person">
            <meta name="parsely-pub-date" content="2024-04-20T04:20:00Z">"#,
            "",
        );
        assert_eq!(m.title.as_deref(), Some("Second"));
        assert_eq!(m.byline.as_deref(), Some("Parsely Person"));
        assert_eq!(m.published_time.as_deref(), Some("2024-04-20T04:20:00Z"));
    }

    #[test]
    fn article_author_urls_and_names() {
        let url = page(
            r#"<meta property="article:author" content="https://facebook.com/someone">"#,
            "",
        );
        assert_eq!(url.byline, None);
        let nested = page(
            r#"<meta property="og:article:author" content="Newsroom Staff">"#,
            "",
        );
        assert_eq!(nested.byline.as_deref(), Some("Newsroom Staff"));
        let misplaced = page(r#"<meta name="article:author" content="Columnist">"#, "");
        assert_eq!(misplaced.byline, None);
    }

    #[test]
    fn entities_in_meta_content_are_decoded_and_space_normalized() {
        let m = page(
            r#"<meta property="og:title" content="Tom &amp;amp; Jerry&amp;#39;s   &amp;quot;day&amp;quot;">
            <meta name="description" content="  Line one
               line two &amp;lt;3 ">"#,
            "",
        );
        assert_eq!(m.title.as_deref(), Some("Tom & Jerry's \"day\""));
        assert_eq!(m.excerpt.as_deref(), Some("Line one line two <3"));
    }

    fn title_of(title: &str, body: &str) -> Option<String> {
        page(&format!("<title>{title}</title>"), body).title
    }

    #[test]
    fn title_site_suffixes_and_prefixes() {
        let cases = [
            (
                "The tide tables for next week | Coast News",
                "The tide tables for next week",
            ),
            (
                "The tide tables for next week - Coast News - Local",
                "The tide tables for next week - Coast News",
            ),
            (
                "The story of the tides – Coast News",
                "The story of the tides",
            ),
            (
                "Coast News | The tide tables for next week",
                "The tide tables for next week",
            ),
            // Too little would be left: keep everything.
            ("Tides | Coast News", "Tides | Coast News"),
            // A section path's last level may be short and still stand alone;
            // after a plain separator a short remainder is not trusted.
            ("Weather » Tide tables for May", "Tide tables for May"),
            (
                "Weather | Tide tables for May",
                "Weather | Tide tables for May",
            ),
            // No separator between spaces: a hyphenated word is not one.
            (
                "Well-known tide-tables explained simply",
                "Well-known tide-tables explained simply",
            ),
        ];
        for (title, want) in cases {
            assert_eq!(title_of(title, "").as_deref(), Some(want), "{title}");
        }
    }

    #[test]
    fn title_colons_and_headings() {
        assert_eq!(
            title_of("Coast News: Storm closes the harbour bridge", "").as_deref(),
            Some("Storm closes the harbour bridge")
        );
        // A heading repeating the whole title shows the colon is the headline's.
        assert_eq!(
            title_of(
                "Tides: Why the sea rises twice a day",
                "<h1>Tides: Why the sea rises twice a day</h1>"
            )
            .as_deref(),
            Some("Tides: Why the sea rises twice a day")
        );
        // A long phrase before the colon is part of the headline.
        assert_eq!(
            title_of(
                "What the old harbour master told us last winter: it floods",
                ""
            )
            .as_deref(),
            Some("What the old harbour master told us last winter: it floods")
        );
        // A too-short title gives way to the single h1.
        assert_eq!(
            title_of("Home", "<h1>Storm closes the harbour bridge</h1>").as_deref(),
            Some("Storm closes the harbour bridge")
        );
        assert_eq!(
            title_of("Home", "<h1>One</h1><h1>Two</h1>").as_deref(),
            Some("Home")
        );
        assert_eq!(page("", "<p>No title at all</p>").title, None);
    }

    #[test]
    fn title_is_the_shown_headline_or_loses_the_site_name() {
        let og = |title: &str, body: &str| {
            page(
                &format!(
                    "<meta property=\"og:title\" content=\"{title}\">\
                     <meta property=\"og:site_name\" content=\"Coast Daily\">"
                ),
                body,
            )
            .title
        };
        // The title runs on past the headline: cut after it, closing
        // marks kept.
        assert_eq!(
            og(
                "What makes the tide? | Coast Daily",
                "<h1>What makes the tide?</h1>"
            )
            .as_deref(),
            Some("What makes the tide?")
        );
        assert_eq!(
            og("Tide tables: the full year ahead", "<h1>Tide tables</h1>").as_deref(),
            Some("Tide tables")
        );
        // A one-word heading, or one that does not start the title, is no
        // evidence.
        assert_eq!(
            og("Tides explained for everyone", "<h1>Tides</h1>").as_deref(),
            Some("Tides explained for everyone")
        );
        // Without a headline, a last part naming the site goes.
        assert_eq!(
            og("Tides explained - Coast Daily", "").as_deref(),
            Some("Tides explained")
        );
        assert_eq!(
            og("Tides explained | Coast", "").as_deref(),
            Some("Tides explained")
        );
        assert_eq!(
            og("Tides explained - a primer", "").as_deref(),
            Some("Tides explained - a primer")
        );
    }

    #[test]
    fn visible_byline_sources() {
        let rel = page("", r#"<p>By <a rel="author" href="/a">Ann Author</a></p>"#);
        assert_eq!(rel.byline.as_deref(), Some("Ann Author"));
        let class = page("", r#"<div class="story-byline">By   Bo Writer</div>"#);
        assert_eq!(class.byline.as_deref(), Some("By Bo Writer"));
        let named = page(
            "",
            r#"<div itemprop="author" itemscope><span itemprop="name">Cy Name</span>, Staff</div>"#,
        );
        assert_eq!(named.byline.as_deref(), Some("Cy Name"));
        let long = "word ".repeat(30);
        let too_long = page("", &format!(r#"<div class="author-bio">{long}</div>"#));
        assert_eq!(too_long.byline, None);
        let hidden = page(
            "",
            r#"<div class="byline" style="display:none">Hidden Person</div>"#,
        );
        assert_eq!(hidden.byline, None);
        let in_sidebar = page(
            "",
            r#"<div class="sidebar"><span class="author">Side Person</span></div>"#,
        );
        assert_eq!(in_sidebar.byline, None);
        let scripted = page(
            "",
            r#"<span class="byline">Dee Writer<script>var x = 1;</script></span>"#,
        );
        assert_eq!(scripted.byline.as_deref(), Some("Dee Writer"));
        let meta_first = page(
            r#"<meta name="author" content="Meta Person">"#,
            r#"<span class="byline">Page Person</span>"#,
        );
        assert_eq!(meta_first.byline.as_deref(), Some("Meta Person"));
    }

    #[test]
    fn nested_byline_lookalikes_stay_cheap() {
        let html = format!(
            "{}{}{}",
            r#"<div class="author">"#.repeat(400),
            "text ".repeat(20_000),
            "</div>".repeat(400)
        );
        let m = page("", &html);
        assert_eq!(m.byline, None);
    }

    #[test]
    fn language_and_direction() {
        let m = meta(r#"<html lang="pt-BR" dir="ltr"><body dir="rtl"><p>x</p></body></html>"#);
        assert_eq!(m.lang.as_deref(), Some("pt-BR"));
        assert_eq!(m.dir.as_deref(), Some("rtl"));
        let m = meta(
            r#"<html><head><meta http-equiv="Content-Language" content="de, en"></head></html>"#,
        );
        assert_eq!(m.lang.as_deref(), Some("de"));
        let m = meta(r#"<html><head><meta property="og:locale" content="fr_FR"></head></html>"#);
        assert_eq!(m.lang.as_deref(), Some("fr-FR"));
        let m = meta(
            r#"<html lang="lang="><head><meta property="og:locale" content="es_ES"></head></html>"#,
        );
        assert_eq!(m.lang.as_deref(), Some("es-ES"));
        assert_eq!(meta("<p>x</p>").lang, None);
        let dom = Dom::parse(
            r#"<html dir="ltr"><body><main dir="rtl"><div><p id=x>x</p></div></main></body></html>"#,
        );
        let p = dom.find(dom.document(), &local_name!("p")).unwrap();
        assert_eq!(direction_at(&dom, p).as_deref(), Some("rtl"));
        let moved = |html: &str, pick: &str| {
            let mut dom = Dom::parse(html);
            let directions = Directions::record(&dom);
            let target = dom
                .descendants(dom.document())
                .find(|&n| dom.attr(n, "id") == Some(pick))
                .unwrap();
            // As extraction does: the chosen block moves into a new wrapper.
            let wrapper = dom.create_element(local_name!("div"));
            dom.append_child(wrapper, target);
            directions.of_article(&dom, wrapper)
        };
        let around = r#"<html dir="ltr"><body><main dir="rtl" id=m><p>x</p></main></body></html>"#;
        assert_eq!(moved(around, "m").as_deref(), Some("rtl"));
        let outer = r#"<html dir="ltr"><body><main dir="rtl"><div id=a><p>x</p></div></main><p id=b>y</p></body></html>"#;
        assert_eq!(moved(outer, "a").as_deref(), Some("rtl"));
        assert_eq!(moved(outer, "b").as_deref(), Some("ltr"));
        // A direction inside the article is kept on its HTML, not reported.
        let inside = r#"<body><main id=m><article dir="rtl"><p>x</p></article></main></body>"#;
        assert_eq!(moved(inside, "m"), None);
    }

    #[test]
    fn canonical_url_and_image() {
        let m = page(
            r#"<link rel="Canonical" href="/news/canonical.html">
            <meta property="og:url" content="https://example.com/og.html">
            <meta property="og:image" content="../img/lead.jpg">
            <meta name="twitter:image" content="https://example.com/tw.jpg">"#,
            "",
        );
        assert_eq!(
            m.url.as_deref(),
            Some("https://example.com/news/canonical.html")
        );
        assert_eq!(
            m.image.as_deref(),
            Some("https://example.com/news/img/lead.jpg")
        );
        let m = page(
            r#"<meta property="og:url" content="https://example.com/og.html">"#,
            "",
        );
        assert_eq!(m.url.as_deref(), Some("https://example.com/og.html"));
        let m = page("", "");
        assert_eq!(
            m.url.as_deref(),
            Some("https://example.com/news/2024/story.html")
        );
    }

    #[test]
    fn url_resolution() {
        let base = Some("https://example.com/a/b/page.html?x=1#top");
        let cases = [
            ("https://other.org/x", "https://other.org/x"),
            ("//cdn.example.com/i.png", "https://cdn.example.com/i.png"),
            ("/root.png", "https://example.com/root.png"),
            ("img/i.png", "https://example.com/a/b/img/i.png"),
            ("../up.png", "https://example.com/a/up.png"),
            ("./same.png?q=2", "https://example.com/a/b/same.png?q=2"),
            ("../../../../far.png", "https://example.com/far.png"),
            ("?page=2", "https://example.com/a/b/page.html?page=2"),
            ("#part", "https://example.com/a/b/page.html?x=1#part"),
            ("dir/", "https://example.com/a/b/dir/"),
            ("..", "https://example.com/a/"),
        ];
        for (href, want) in cases {
            assert_eq!(resolve_url(base, href).as_deref(), Some(want), "{href}");
        }
        assert_eq!(resolve_url(None, "rel.png"), None);
        assert_eq!(
            resolve_url(Some("https://example.com"), "x"),
            Some("https://example.com/x".into())
        );
        assert_eq!(resolve_url(base, "  "), None);
    }

    #[test]
    fn js_style_word_counts() {
        assert_eq!(js_word_count("one two  three"), 3);
        assert_eq!(js_word_count(" Story title"), 3);
        assert_eq!(js_word_count(""), 1);
    }

    #[test]
    fn similarity_is_the_share_of_b_found_in_a() {
        assert!((similarity("The Big Story", "big story") - 1.0).abs() < 1e-9);
        assert!(similarity("Site Name", "The Big Story") < 0.1);
    }

    #[test]
    fn base_href_is_the_base() {
        let m = meta(r#"<head><base href="/static/"><link rel="canonical" href="x.html"></head>"#);
        assert_eq!(m.base_url.as_deref(), Some("https://example.com/static/"));
        assert_eq!(m.url.as_deref(), Some("https://example.com/static/x.html"));
    }

    #[test]
    fn url_and_image_are_web_addresses_or_nothing() {
        let page_url = "https://example.com/news/2024/story.html";
        let cases = [
            r#"<link rel=canonical href="javascript:alert(document.domain)">"#,
            r#"<meta property="og:url" content="data:text/html;base64,PHNjcmlwdD4=">"#,
            r#"<meta property="og:image" content="javascript:alert(1)">"#,
            r#"<meta name="twitter:image" content="vbscript:msgbox(1)">"#,
            r#"<meta property="og:image" content=" JaVa&#x09;script:alert(1)">"#,
        ];
        for head in cases {
            let m = page(head, "");
            assert_eq!(m.url.as_deref(), Some(page_url), "{head}");
            assert_eq!(m.image, None, "{head}");
        }
        // A script base is ignored: relative URLs resolve against the page.
        let m = page(
            r#"<base href="javascript:alert(1)//"><link rel=canonical href="x"><meta property="og:image" content="i.png">"#,
            "",
        );
        assert_eq!(m.base_url.as_deref(), Some(page_url));
        assert_eq!(m.url.as_deref(), Some("https://example.com/news/2024/x"));
        assert_eq!(
            m.image.as_deref(),
            Some("https://example.com/news/2024/i.png")
        );
        // A page URL that is not a web address is none.
        assert_eq!(
            read(&Dom::parse("<p>x</p>"), Some("javascript:alert(1)")).url,
            None
        );
        // Characters that could end an attribute are percent-encoded.
        let m = page(
            r#"<link rel=canonical href='https://example.com/a"onmouseover="x'>"#,
            "",
        );
        assert_eq!(
            m.url.as_deref(),
            Some("https://example.com/a%22onmouseover=%22x")
        );
    }
}
