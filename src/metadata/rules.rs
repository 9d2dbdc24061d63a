//! The words, keys and thresholds that the metadata reader
//! ([`crate::metadata`]) and the readerable pre-check
//! ([`crate::metadata::readerable`]) apply. Only data lives here; the code that uses it
//! lives in those modules.

// ---- meta tags --------------------------------------------------------------

/// `<meta>` keys for the title, most trusted first. Dublin Core comes first
/// because pages that bother with it set it to the bare article title;
/// OpenGraph's title is meant for link previews and is usually the headline
/// too; `name="title"`, Twitter's card and Parse.ly's tag follow.
pub const TITLE_KEYS: &[&str] = &[
    "dc:title",
    "dcterm:title",
    "dcterms:title",
    "og:title",
    "weibo:article:title",
    "weibo:webpage:title",
    "title",
    "twitter:title",
    "parsely-title",
];

/// `<meta>` keys for the author line, most trusted first.
/// `article:author` is last and only taken when it is not a URL: many sites
/// put the author's profile link there instead of a name.
pub const BYLINE_KEYS: &[&str] = &[
    "dc:creator",
    "dcterm:creator",
    "dcterms:creator",
    "author",
    "parsely-author",
    "article:author",
];

/// `<meta>` keys for the description (the excerpt), most trusted first.
pub const DESCRIPTION_KEYS: &[&str] = &[
    "dc:description",
    "dcterm:description",
    "dcterms:description",
    "og:description",
    "weibo:article:description",
    "weibo:webpage:description",
    "description",
    "twitter:description",
];

/// `<meta>` keys for the site's name. Only OpenGraph's is trusted: other
/// candidates (`application-name`, `twitter:site`) name apps or handles.
pub const SITE_NAME_KEYS: &[&str] = &["og:site_name"];

/// `<meta>` keys for the publication time, as the page writes it.
pub const PUBLISHED_KEYS: &[&str] = &["article:published_time", "parsely-pub-date"];

/// `<meta>` keys for the canonical URL, after `<link rel=canonical>`.
pub const URL_KEYS: &[&str] = &["og:url", "twitter:url"];

/// `<meta>` keys for the lead image, most trusted first.
pub const IMAGE_KEYS: &[&str] = &[
    "og:image",
    "og:image:url",
    "og:image:secure_url",
    "twitter:image",
    "twitter:image:src",
    "parsely-image-url",
];

/// `<meta>` keys that declare the language, used when `<html>` has no
/// `lang`: the HTTP header equivalent, then Dublin Core.
pub const LANG_KEYS: &[&str] = &[
    "http-equiv:content-language",
    "dc:language",
    "dcterms:language",
    "language",
];

/// OpenGraph's locale (`en_US`), the last resort for the language; its
/// underscore becomes the hyphen of a language tag.
pub const LOCALE_KEY: &str = "og:locale";

/// Prefixes of `property` tokens recognised as metadata vocabularies. When a
/// `<meta>` has such a `property`, its `name` is ignored, since the page
/// meant the property.
pub const PROPERTY_PREFIXES: &[&str] =
    &["article:", "dc:", "dcterm:", "dcterms:", "og:", "twitter:"];

/// `<meta name>` keys in these vocabularies are not read: OpenGraph's
/// `article:` properties belong in `property`, and pages that put them in
/// `name` are often templates with values left over from another article
/// (a section's columnist rather than the story's author).
pub const NAME_IGNORED_PREFIXES: &[&str] = &["article:"];

// ---- JSON-LD ----------------------------------------------------------------

/// The schema.org types (`@type`) that describe an article; other types
/// (WebPage, Organization, BreadcrumbList...) describe something else.
pub const JSON_LD_ARTICLE_TYPES: &[&str] = &[
    "Article",
    "AdvertiserContentArticle",
    "NewsArticle",
    "AnalysisNewsArticle",
    "AskPublicNewsArticle",
    "BackgroundNewsArticle",
    "OpinionNewsArticle",
    "ReportageNewsArticle",
    "ReviewNewsArticle",
    "Report",
    "SatiricalArticle",
    "ScholarlyArticle",
    "MedicalScholarlyArticle",
    "SocialMediaPosting",
    "BlogPosting",
    "LiveBlogPosting",
    "DiscussionForumPosting",
    "TechArticle",
    "APIReference",
];

/// Hosts whose vocabulary JSON-LD must declare in `@context` to be read as
/// schema.org (with `http`/`https` and an optional trailing slash).
pub const SCHEMA_ORG_HOSTS: &[&str] = &["schema.org", "www.schema.org"];

/// When JSON-LD gives both `name` and `headline` and they differ, one of
/// them is often the site's name; the one whose words overlap the page
/// `<title>` at least this much (share of its characters) is the title.
pub const JSON_LD_TITLE_SIMILARITY: f64 = 0.75;

// ---- the document title -----------------------------------------------------

/// Characters that separate an article title from the site's name in
/// `<title>` ("Story | Site", "Site » Section » Story"), when they stand
/// between spaces.
pub const TITLE_SEPARATORS: &[char] = &['|', '-', '–', '—', '\\', '/', '>', '»'];

/// Separators that mark a path of sections ("Site » News » Story") rather
/// than a single suffix; a short title left by cutting one is kept, since
/// the hierarchy's last level is the story.
pub const TITLE_HIERARCHY_SEPARATORS: &[char] = &['\\', '/', '>', '»'];

/// A title cut at a separator that keeps fewer words than this drops the
/// title's first part instead ("Site | A much longer story title").
pub const TITLE_MIN_WORDS_AFTER_CUT: usize = 3;

/// Marks that close what the word before them says ("Computing?", "(2024)"),
/// kept when a title is cut after its headline's last word.
pub const TITLE_CLOSING_MARKS: &str = "?!.…)]}」』）】”’\"'»";

/// A cleaned title of this many words or fewer is too little to stand for
/// the page; the whole `<title>` is kept instead.
pub const TITLE_MAX_WORDS_TOO_SHORT: usize = 4;

/// With "Site: Story" titles, a part before the colon longer than this many
/// words is itself a sentence, so the whole title is kept.
pub const TITLE_MAX_WORDS_BEFORE_COLON: usize = 5;

/// A `<title>` shorter or longer than these (UTF-16 units, as browsers
/// count) is probably not the headline; a single `<h1>` is used instead.
pub const TITLE_MIN_LEN: usize = 15;
pub const TITLE_MAX_LEN: usize = 150;

// ---- visible byline and page walking -----------------------------------------

/// Class or id fragments that mark an element holding the author line.
pub const BYLINE_HINTS: &[&str] = &["byline", "author", "dateline", "writtenby", "p-author"];

/// An author line is short: its trimmed text must be shorter than this
/// (UTF-16 units).
pub const BYLINE_MAX_LEN: usize = 100;

// ---- readerable pre-check -----------------------------------------------------

/// A paragraph-like node shorter than this (trimmed, UTF-16 units) is
/// navigation, a caption or a teaser, not article text.
pub const READERABLE_MIN_NODE_LEN: usize = 140;

/// The page is an article when the paragraph-like nodes' summed score,
/// √(length − [`READERABLE_MIN_NODE_LEN`]) each, passes this: one node of
/// about 540 characters, or several shorter ones together. The square
/// root makes many medium paragraphs count more than one giant block.
pub const READERABLE_MIN_SCORE: f64 = 20.0;
