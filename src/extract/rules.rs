//! The words, weights and patterns that article extraction relies on.
//!
//! Everything heuristic that [`crate::extract`] and [`crate::extract::clean`]
//! apply lives here as named tables, each with the reason it exists; the
//! algorithms that use them live in those modules. Rendering's tables are in
//! `render/rules.rs`, and the words every stage shares (furniture
//! names and roles, block tags, safe URL schemes) in [`crate::parse::rules`].
//!
//! Class and id names are matched by word, as [`crate::parse::names`]
//! reads them. The furniture vocabulary that metadata shares is in
//! [`crate::parse::rules`].

use crate::parse::names::Word;
use Word::{Exact as E, Prefix as P};

/// Names of containers that hold the article itself: a bonus in scoring.
pub const POSITIVE_NAMES: &[Word] = &[
    P("article"),
    E("body"),
    P("blogpost"),
    P("content"),
    P("entry"),
    E("hentry"),
    E("main"),
    P("post"),
    P("prose"),
    P("richtext"),
    P("story"),
    E("text"),
    P("markdown"),
    P("maincol"),
    P("instapaper"),
];

/// Names of page furniture: a penalty in scoring, and reason enough to drop a
/// small block inside the article.
pub const NEGATIVE_NAMES: &[Word] = &[
    E("ad"),
    E("ads"),
    P("adbox"),
    P("adslot"),
    P("adunit"),
    P("advert"),
    P("banner"),
    P("breadcrumb"),
    P("byline"),
    P("combx"),
    P("comment"),
    P("community"),
    P("contact"),
    P("cookie"),
    P("consent"),
    P("disqus"),
    P("dropdown"),
    E("foot"),
    P("footer"),
    P("gdpr"),
    P("hidden"),
    P("lightbox"),
    P("login"),
    P("masthead"),
    P("menu"),
    P("meta"),
    E("nav"),
    P("navbar"),
    P("navigation"),
    P("newsletter"),
    P("outbrain"),
    P("pager"),
    P("pagination"),
    P("popular"),
    P("popup"),
    P("print"),
    P("promo"),
    P("recommend"),
    P("related"),
    P("remark"),
    P("replies"),
    P("reply"),
    P("rss"),
    P("scroll"),
    P("share"),
    P("sharing"),
    P("shoutbox"),
    P("sidebar"),
    P("skyscraper"),
    P("social"),
    P("sponsor"),
    P("subscri"),
    P("taboola"),
    P("tags"),
    P("tool"),
    P("trending"),
    P("widget"),
    P("zergnet"),
];

/// Names of furniture that a positive word in the same names does not
/// redeem: `related-posts`, `post-comments`, `entry-share` are never the
/// article.
pub const FURNITURE_NAMES: &[Word] = &[
    E("ad"),
    E("ads"),
    P("advert"),
    P("authorbox"),
    P("authorbio"),
    P("authorinfo"),
    P("authordescription"),
    P("authorprofile"),
    P("aboutauthor"),
    P("aboutthe"),
    P("saboxplugin"),
    P("breadcrumb"),
    P("comment"),
    P("cookie"),
    P("disqus"),
    P("meta"),
    P("postmeta"),
    P("entrymeta"),
    P("articlemeta"),
    P("newsletter"),
    P("outbrain"),
    P("pagination"),
    P("signwall"),
    P("popular"),
    P("promo"),
    P("recommend"),
    P("related"),
    P("share"),
    P("sharing"),
    P("sidebar"),
    P("similar"),
    P("social"),
    P("sponsor"),
    P("subscri"),
    P("taboola"),
    // embedded posts from social networks
    P("twittertweet"),
    P("instagrammedia"),
    P("fbpost"),
    P("tiktokembed"),
    E("tag"),
    P("tags"),
    P("taglist"),
];

/// Elements marked up as the article itself; never taken for furniture.
pub const ARTICLE_TAGS: &[&str] = &["article", "main"];

/// ARIA roles of the article itself.
pub const ARTICLE_ROLES: &[&str] = &["main", "article"];

/// `itemprop` values (schema.org) of the article's text.
pub const ARTICLE_ITEMPROPS: &[&str] = &["articleBody", "articlebody", "text", "reviewBody"];

/// Names of an article's lead: the standfirst or summary set above the
/// body, often outside the block that holds the body.
pub const LEAD_NAMES: &[Word] = &[
    E("lead"),
    P("leadtext"),
    P("leader"),
    E("intro"),
    P("introtext"),
    P("introduction"),
    P("teasertext"),
    P("excerpt"),
    P("abstract"),
    P("chapo"),
    P("chapeau"),
    P("standfirst"),
    P("subtitle"),
    P("subheadline"),
    E("subhead"),
    E("dek"),
    E("deck"),
    P("summary"),
    P("kurztext"),
    P("vorspann"),
    P("entradilla"),
    P("sumario"),
    P("bajada"),
];

/// Names of share and follow bars.
pub const SHARE_NAMES: &[Word] = &[
    P("share"),
    P("sharing"),
    P("social"),
    P("follow"),
    P("sociable"),
    P("addthis"),
    P("addtoany"),
    P("sharedaddy"),
    P("printfriendly"),
    P("likebutton"),
];

/// Names of author lines; a short block with one is the byline, which
/// metadata reports apart from the text.
pub const BYLINE_NAMES: &[Word] = &[
    P("byline"),
    P("author"),
    P("dateline"),
    P("writtenby"),
    E("pauthor"),
];

/// Names of blocks that only say when the article was published or
/// updated: dropped from the text when they are short.
pub const DATE_NAMES: &[Word] = &[
    E("date"),
    P("dateline"),
    P("datetime"),
    E("time"),
    P("timestamp"),
    P("published"),
    P("pubdate"),
    E("posted"),
    P("postedon"),
    P("postmeta"),
    P("entrymeta"),
    P("articlemeta"),
    P("updated"),
];

/// Names of image credits and copyright notes, which are not article text.
pub const CREDIT_NAMES: &[Word] = &[
    P("credit"),
    P("copyright"),
    P("photographer"),
    E("source"),
    P("imagesource"),
];

/// Names of picture captions (besides `<figcaption>`): short ones are
/// dropped like figure captions.
pub const CAPTION_NAMES: &[Word] = &[
    P("caption"),
    P("imagecaption"),
    P("imgcaption"),
    P("photocaption"),
    P("bildunterschrift"),
    P("bildtext"),
    E("legend"),
    P("legende"),
];

/// Names of comment sections.
pub const COMMENT_NAMES: &[Word] = &[
    P("comment"),
    P("disqus"),
    P("replies"),
    E("respond"),
    P("discussion"),
];

/// Names of blocks that point elsewhere: related, popular, more stories.
pub const RELATED_NAMES: &[Word] = &[
    P("related"),
    P("recommend"),
    P("morestories"),
    P("morearticles"),
    P("popular"),
    P("mostread"),
    P("trending"),
    P("readmore"),
    P("readnext"),
    P("upnext"),
    P("seealso"),
    P("outbrain"),
    P("taboola"),
    P("zergnet"),
];

/// Weight given to a class or id that matches the positive or negative
/// names (the two add up when both match).
pub const NAME_WEIGHT: f32 = 25.0;

/// Elements whose content is never article text: code, styles, inert
/// templates, embedded documents and form controls.
pub const NEVER_CONTENT_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "object", "embed", "applet", "frame",
    "frameset", "select", "textarea", "button", "input", "option", "datalist", "head", "title",
    "meta", "link", "base", "canvas", "dialog", "map", "audio", "video", "source", "track",
];

/// Elements scored as paragraphs: their text counts for the block that
/// holds them.
pub const PARAGRAPH_TAGS: &[&str] = &["p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6"];

/// Containers whose own loose text is scored as paragraphs when they have
/// no paragraph elements for it (many sites write `<div>text<br>text</div>`).
pub const TEXT_CONTAINER_TAGS: &[&str] = &[
    "div",
    "section",
    "article",
    "main",
    "center",
    "font",
    "span",
    "td",
    "li",
    "dd",
    "blockquote",
    "header",
    "footer",
    "form",
    "body",
];

/// Starting score of a candidate container by its tag: generic blocks are
/// likely article holders, lists and headings unlikely ones.
pub const TAG_SCORES: &[(&str, f32)] = &[
    ("div", 5.0),
    ("article", 8.0),
    ("main", 5.0),
    ("pre", 3.0),
    ("td", 3.0),
    ("blockquote", 3.0),
    ("address", -3.0),
    ("ol", -3.0),
    ("ul", -3.0),
    ("dl", -3.0),
    ("dd", -3.0),
    ("dt", -3.0),
    ("li", -3.0),
    ("form", -3.0),
    ("h1", -5.0),
    ("h2", -5.0),
    ("h3", -5.0),
    ("h4", -5.0),
    ("h5", -5.0),
    ("h6", -5.0),
    ("th", -5.0),
];

/// Characters that separate clauses, counted as a sign of prose: Latin,
/// CJK, Arabic and other scripts' commas.
pub const COMMAS: &[char] = &[
    ',', '，', '、', '،', '﹐', '︐', '︑', '﹑', '٫', '⸲', '⸴', '⹁', '⹌', '⹎', '꓾', '꘍', '꛵', '᠂',
    '᠈',
];

/// Characters that end a sentence, in several scripts.
pub const SENTENCE_ENDS: &[char] = &[
    '.', '!', '?', '。', '！', '？', '؟', '।', '॥', '…', ':', ';',
];

/// Scoring constants.
pub mod score {
    /// A paragraph is attested by the JSON-LD `articleBody` when its word
    /// runs found there, times this, make up all of its word runs: at
    /// least half of them.
    pub const EVIDENCE_SHARE: usize = 2;
    /// A paragraph's points reach its parent whole, its grandparent
    /// divided by this, and the ancestors above divided by their level
    /// times [`ANCESTOR_DIVIDER_PER_LEVEL`].
    pub const GRANDPARENT_DIVIDER: f32 = 2.0;
    /// See [`GRANDPARENT_DIVIDER`].
    pub const ANCESTOR_DIVIDER_PER_LEVEL: f32 = 3.0;
    /// Moving up from the best candidate stops at a parent scoring less
    /// than the candidate divided by this.
    pub const PARENT_SCORE_FLOOR_DIVIDER: f32 = 3.0;
    /// A paragraph shorter than this (in characters) is not scored.
    pub const MIN_PARAGRAPH_CHARS: u32 = 25;
    /// Characters of paragraph text worth one point.
    pub const CHARS_PER_POINT: u32 = 100;
    /// Most points a paragraph gets for its length.
    pub const MAX_LENGTH_POINTS: f32 = 3.0;
    /// How many ancestors above a paragraph receive a share of its score.
    pub const ANCESTOR_LEVELS: usize = 5;
    /// Other candidates within this share of the best are "close", and
    /// when several sit below one ancestor the article is that ancestor.
    pub const CLOSE_CANDIDATE_SHARE: f32 = 0.7;
    /// How many close candidates below one ancestor make it the article.
    pub const MIN_CLOSE_CANDIDATES: usize = 3;
    /// How many top candidates are compared that way.
    pub const TOP_CANDIDATES: usize = 5;
    /// A sibling of the best candidate joins the article when it scores at
    /// least this share of the best...
    pub const SIBLING_SHARE: f32 = 0.2;
    /// ...and at least this much.
    pub const SIBLING_MIN_SCORE: f32 = 10.0;
    /// A paragraph beside the article joins it when it is this long...
    pub const SIBLING_PARAGRAPH_CHARS: u32 = 80;
    /// ...and its links make up less than this share of its text.
    pub const SIBLING_PARAGRAPH_LINK_DENSITY: f32 = 0.25;
    /// The page's JSON-LD `articleBody` stands in for the page's text when
    /// it has at least this many characters...
    pub const STRUCTURED_MIN_CHARS: u32 = 400;
    /// ...and this many times as many as the extraction found.
    pub const STRUCTURED_RATIO: u32 = 4;
    /// Points of a paragraph the page's JSON-LD `articleBody` holds are
    /// multiplied by this.
    pub const ATTESTED_BOOST: f32 = 1.5;
    /// Words per run when comparing paragraphs with `articleBody`.
    pub const EVIDENCE_SHINGLE: usize = 3;
    /// An `articleBody` with fewer words is not used.
    pub const EVIDENCE_MIN_WORDS: usize = 40;
    /// How many levels above the article's first block a lead is looked
    /// for (among the blocks before it).
    pub const LEAD_LEVELS: usize = 3;
    /// How many nodes the search for a lead may visit.
    pub const LEAD_SEARCH_NODES: usize = 3000;
    /// A lead is this long at least...
    pub const LEAD_MIN_CHARS: u32 = 30;
    /// ...and at most.
    pub const LEAD_MAX_CHARS: u32 = 1200;
    /// An extraction with less text than this is retried with looser rules.
    pub const MIN_ARTICLE_CHARS: u32 = 500;
    /// A looser pass replaces a stricter one only when it keeps this many
    /// times as much text.
    pub const LOOSER_PASS_GAIN: f32 = 4.0;
}

/// The thresholds of cleaning inside the chosen article
/// ([`crate::extract::clean`]), in characters of text unless said
/// otherwise.
pub mod clean {
    /// Maximum text of a byline block, in characters.
    pub const MAX_BYLINE_CHARS: u32 = 100;
    /// A share bar larger than this is not just a share bar.
    pub const MAX_SHARE_CHARS: u32 = 500;
    /// An image credit or copyright line is short.
    pub const MAX_CREDIT_CHARS: u32 = 150;
    /// A line that only says when the article was published is short.
    pub const MAX_DATE_CHARS: u32 = 80;
    /// Any block named as furniture (a `meta` line, a `tags` list...) is
    /// dropped when it is this short and holds no paragraph. (Inline elements
    /// are spared: a link inside a sentence is part of the sentence.)
    pub const MAX_SMALL_FURNITURE_CHARS: u32 = 100;
    /// A paragraph this short that is nearly all link points elsewhere.
    pub const MAX_LINK_PARAGRAPH_CHARS: u32 = 150;
    /// A line opened by a label ("Photo: ...") is dropped up to this length.
    pub const MAX_LABELLED_LINE_CHARS: u32 = 200;
    /// A figure caption shorter than this describes or credits the picture;
    /// longer ones carry part of the story (step-by-step guides, say).
    pub const MAX_CAPTION_CHARS: u32 = 250;
    /// How many of the article's first paragraphs are checked for advertising
    /// disclosures.
    pub const HEAD_BLOCKS: usize = 2;
    /// How many of the article's last paragraphs are checked for notices.
    pub const TAIL_BLOCKS: usize = 5;
    /// A notice at the end of an article is shorter than this.
    pub const MAX_NOTICE_CHARS: u32 = 300;
    /// Longest heading compared with the title.
    pub const MAX_TITLE_CHARS: u32 = 300;
    /// A paragraph this short may be a caption ("Figure 2: ...").
    pub const MAX_CAPTION_LINE_CHARS: u32 = 250;
    /// A credit marks a caption when it is among its last characters.
    pub const CREDIT_TAIL_CHARS: usize = 60;
    /// A block with more pictures than paragraphs is a gallery or a teaser
    /// grid, unless it has about this much text per picture.
    pub const TEXT_PER_IMAGE: f32 = 200.0;
    /// Blocks with at least this many commas read as prose and are kept.
    pub const PROSE_COMMAS: u32 = 10;
    /// The text the short-block rules read is taken from at most this many
    /// times the bytes they need: a block whose text is short once its
    /// whitespace is collapsed may still hold megabytes of spaces.
    pub const KEPT_TEXT_READ_FACTOR: usize = 64;
    /// Longest text compared against [`BOILERPLATE_LABELS`](super::BOILERPLATE_LABELS).
    pub const MAX_LABEL_CHARS: u32 = 60;

    /// A heading left at the very end of the article, announcing what was
    /// cut away, is dropped when the article holds more than this many
    /// times its text (never when it is most of the article).
    pub const ORPHAN_HEADING_RATIO: u32 = 4;
    /// A block that is furniture by its tag or name is dropped only while
    /// its text times this stays within the article's: it holds at most
    /// half of the article.
    pub const FURNITURE_ARTICLE_SHARE: u32 = 2;
    /// A short line is a date line when its `<time>` text times this makes
    /// up its text: at least half of it is a `<time>`.
    pub const TIME_TEXT_SHARE: u32 = 2;
    /// A short paragraph with more of its text in links than this points
    /// elsewhere ("Read also: ...").
    pub const LINK_PARAGRAPH_DENSITY: f32 = 0.8;
    /// A heading whose words are this much (by characters) the title's
    /// repeats the title, which callers get apart from the text.
    pub const TITLE_HEADING_SHARE: f32 = 0.75;
    /// A block with more of its text in lists than this is judged as a list.
    pub const LIST_TEXT_SHARE: f32 = 0.9;

    // What judges a block by its content (after Readability's
    // `_cleanConditionally`, whose figures these are).

    /// Fewer paragraphs per image than this: a gallery or a teaser grid.
    pub const MIN_PARAGRAPHS_PER_IMAGE: f32 = 0.5;
    /// More list items than paragraphs plus this: a long list of links.
    pub const LONG_LIST_EXTRA_ITEMS: u32 = 100;
    /// More form fields than one per this many paragraphs: a form.
    pub const PARAGRAPHS_PER_INPUT: f32 = 3.0;
    /// A block shorter than [`MIN_BLOCK_CHARS`] is kept only when headings
    /// make up more of its text than this...
    pub const MAX_HEADING_DENSITY: f32 = 0.9;
    /// ...or it holds one or two images (a picture with a short caption):
    /// below this many characters a block says too little.
    pub const MIN_BLOCK_CHARS: u32 = 25;
    /// More images than this in a block with too little text: a strip of
    /// thumbnails.
    pub const MAX_TEXTLESS_IMAGES: u32 = 2;
    /// Link density past which a block not named as content is links.
    pub const MAX_LINK_DENSITY: f32 = 0.2;
    /// Link density past which even a block named as content is links.
    pub const MAX_LINK_DENSITY_NAMED: f32 = 0.5;

    // What makes a table hold data rather than layout, when it has no
    // headers, caption or summary to say so.

    /// A table of at least this many rows holds data.
    pub const DATA_TABLE_MIN_ROWS: u32 = 10;
    /// A table wider than this many columns holds data.
    pub const DATA_TABLE_MAX_LAYOUT_COLUMNS: u32 = 4;
    /// A table of more cells than this holds data.
    pub const DATA_TABLE_MAX_LAYOUT_CELLS: u32 = 10;

    /// After a boilerplate label ("Related posts"), the blocks with more of
    /// their text in links than this go with it.
    pub const LABEL_FOLLOWER_LINK_DENSITY: f32 = 0.5;
    /// A line label ("Photo:", "Read more:") is at most this long.
    pub const MAX_LINE_LABEL_CHARS: usize = 30;
    /// A caption label ("Figure 4:", "Abb. 2:") is at most this long.
    pub const MAX_CAPTION_LABEL_CHARS: usize = 20;
    /// A date line holds at least this many numbers and date words...
    pub const DATE_LINE_MIN_PARTS: u32 = 2;
    /// ...at most this many other words...
    pub const DATE_LINE_MAX_OTHER_WORDS: u32 = 1;
    /// ...and this many numbers and date words for each other word.
    pub const DATE_LINE_PARTS_PER_OTHER: u32 = 4;
}

/// Headings and labels that introduce boilerplate sections: related
/// stories, comments, tags, sharing. Compared, lower-cased and trimmed of
/// punctuation, with a block's whole text (or its start, for the longer
/// phrases). Several languages, since the pages are in many.
pub const BOILERPLATE_LABELS: &[&str] = &[
    // English
    "related",
    "related articles",
    "related posts",
    "related stories",
    "related content",
    "related news",
    "related links",
    "related topics",
    "read more",
    "read next",
    "read also",
    "see also",
    "more from",
    "further reading",
    "useful links",
    "more stories",
    "more on this",
    "more news",
    "more articles",
    "you may also like",
    "you might also like",
    "you may be interested in",
    "recommended",
    "recommended for you",
    "most popular",
    "most read",
    "most viewed",
    "trending",
    "latest news",
    "latest posts",
    "recent posts",
    "popular posts",
    "comments",
    "leave a reply",
    "leave a comment",
    "post a comment",
    "share this",
    "share this article",
    "share on",
    "share",
    "tags",
    "filed under",
    "categories",
    "advertisement",
    "sponsored",
    "follow us",
    "subscribe",
    "sign up for our newsletter",
    // German
    "ähnliche beiträge",
    "ähnliche artikel",
    "ähnliche themen",
    "verwandte artikel",
    "verwandte beiträge",
    "könnte sie auch interessieren",
    "könnte dich auch interessieren",
    "könnte sie interessieren",
    "mehr zum thema",
    "mehr zu diesem thema",
    "lesen sie auch",
    "lies auch",
    "auch interessant",
    "weitere artikel",
    "weitere beiträge",
    "weitere themen",
    "weitere informationen",
    "meistgelesen",
    "meistgelesene artikel",
    "kommentare",
    "kommentar schreiben",
    "schreibe einen kommentar",
    "hinterlasse einen kommentar",
    "schon gelesen",
    "artikel zum thema",
    "teilen",
    "jetzt teilen",
    "diesen artikel teilen",
    "beitrag teilen",
    "schlagwörter",
    "schlagworte",
    "themen",
    "anzeige",
    "folgen sie uns",
    "zurück zur übersicht",
    "weiterführende links",
    "weiterführende informationen",
    "links zum thema",
    "mehr aus der sendung",
    "siehe auch",
    "zum weiterlesen",
    "mehr themen",
    "neueste artikel",
    "meistdiskutiert",
    "meist diskutiert",
    "quellenangaben",
    "quellen",
    "zusatzinformationen",
    // French
    "articles similaires",
    "articles liés",
    "sur le même sujet",
    "à lire aussi",
    "lire aussi",
    "vous aimerez aussi",
    "à voir aussi",
    "les plus lus",
    "commentaires",
    "laisser un commentaire",
    "partager",
    "partager cet article",
    "publicité",
    // Spanish, Portuguese, Italian
    "artículos relacionados",
    "noticias relacionadas",
    "notas relacionadas",
    "temas relacionados",
    "más noticias",
    "te recomendamos",
    "lo más visto",
    "te puede interesar",
    "también te puede interesar",
    "lo más leído",
    "más leídas",
    "comentarios",
    "compartir",
    "publicidad",
    "artigos relacionados",
    "leia também",
    "veja também",
    "comentários",
    "compartilhe",
    "articoli correlati",
    "potrebbe interessarti",
    "leggi anche",
    "commenti",
    "condividi",
    // Dutch, Scandinavian, Polish, Czech
    "gerelateerde artikelen",
    "lees ook",
    "lees meer",
    "reacties",
    "delen",
    "relaterade artiklar",
    "läs också",
    "kommentarer",
    "del",
    "relaterte artikler",
    "les også",
    "zobacz też",
    "zobacz także",
    "czytaj także",
    "czytaj też",
    "komentarze",
    "udostępnij",
    "související články",
    "čtěte také",
    "komentáře",
    // Russian, Ukrainian, Greek, Turkish
    "читайте также",
    "похожие статьи",
    "похожие новости",
    "комментарии",
    "поделиться",
    "читайте також",
    "коментарі",
    "σχετικά άρθρα",
    "σχόλια",
    "ilgili haberler",
    "yorumlar",
    "paylaş",
    // Chinese, Japanese, Korean
    "相关文章",
    "相关阅读",
    "相关新闻",
    "推荐阅读",
    "热门文章",
    "评论",
    "分享",
    "関連記事",
    "関連ニュース",
    "コメント",
    "シェア",
    "관련기사",
    "관련 기사",
    "댓글",
    "공유",
];

/// Labels that open a short line which is not article text: a pointer
/// to another article ("Read more: ..."), or a source or picture credit
/// ("Photo: ..."). Matched, lower-cased, at the start of a short block
/// and followed by a colon.
pub const LINE_LABELS: &[&str] = &[
    // pointers elsewhere
    "read more",
    "read also",
    "also read",
    "see also",
    "related",
    "more",
    "watch",
    "listen",
    "lesen sie auch",
    "lesen sie mehr",
    "siehe auch",
    "zum weiterlesen",
    "mehr themen",
    "lesen sie hier",
    "auch lesen",
    "mehr zum thema",
    "mehr dazu",
    "weiterlesen",
    "siehe auch",
    "lire aussi",
    "à lire aussi",
    "a lire aussi",
    "voir aussi",
    "lea también",
    "lea más",
    "lea",
    "le puede interesar",
    "te puede interesar",
    "también le puede interesar",
    "dowiedz się więcej",
    "lee también",
    "mire",
    "mira",
    "leer más",
    "lee más",
    "puedes ver",
    "ver también",
    "leia também",
    "leia mais",
    "veja também",
    "leggi anche",
    "czytaj też",
    "czytaj także",
    "czytaj również",
    "zobacz też",
    "zobacz także",
    "zobacz również",
    "lees ook",
    "читайте также",
    // sources and credits
    "source",
    "sources",
    "quelle",
    "quellen",
    "fuente",
    "fonte",
    "źródło",
    "bron",
    "photo",
    "photos",
    "foto",
    "fotos",
    "fot",
    "bild",
    "bilder",
    "titelbild",
    "beitragsbild",
    "image",
    "images",
    "picture",
    "credit",
    "credits",
    "crédit",
    "crédits",
    "crédito",
    "crédits photos",
    "photo credit",
    "bildquelle",
    "bildnachweis",
];

/// Words of date lines ("Updated: Monday, 4 June 2019, 10:30 am"): month
/// and day names and their abbreviations, and the words that go with them,
/// in the languages most pages are in. A short block made only of these
/// and numbers says when, not what.
pub const DATE_WORDS: &[&str] = &[
    // English
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "am",
    "pm",
    "at",
    "on",
    "by",
    "published",
    "publication",
    "update",
    "updated",
    "posted",
    "last",
    "modified",
    "date",
    "edt",
    "est",
    "gmt",
    "utc",
    "cet",
    "cest",
    "pst",
    "pdt",
    "bst",
    "et",
    "st",
    "nd",
    "rd",
    "th",
    "ago",
    "hours",
    "hour",
    "minutes",
    "min",
    "mins",
    "read",
    "days",
    "day",
    // German
    "januar",
    "jänner",
    "februar",
    "märz",
    "mai",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "uhr",
    "um",
    "stand",
    "aktualisiert",
    "aktualisierung",
    "veröffentlichung",
    "veröffentlicht",
    "erstellt",
    "geändert",
    "vom",
    "zuletzt",
    "datum",
    "vor",
    "stunden",
    "minuten",
    "lesezeit",
    "okt",
    "dez",
    "mär",
    // French
    "janvier",
    "février",
    "mars",
    "avril",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "le",
    "à",
    "publié",
    "mis",
    "jour",
    "modifié",
    // Spanish, Portuguese, Italian
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "de",
    "del",
    "el",
    "publicado",
    "publicación",
    "actualización",
    "actualizado",
    "janeiro",
    "fevereiro",
    "março",
    "maio",
    "junho",
    "julho",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "dicembre",
    "pubblicato",
    "aggiornato",
    "alle",
    "il",
    // Dutch, Polish
    "januari",
    "februari",
    "maart",
    "mei",
    "augustus",
    "styczeń",
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
    "opublikowano",
    "aktualizacja",
    "zaktualizowano",
    "godz",
];

/// Phrases of calls to action and notices that close many articles
/// (subscribe, follow, share, rate, comment, copyright and licence lines).
/// Matched, lower-cased, between word boundaries in the article's last
/// short paragraphs only, where they are rarely part of the story.
pub const NOTICE_PHRASES: &[&str] = &[
    "subscribe",
    "subscribers",
    "subscription",
    "newsletter",
    "sign up",
    "follow us",
    "follow the",
    "on twitter",
    "on facebook",
    "on instagram",
    "instagram",
    "whatsapp",
    "youtube",
    "download the",
    "copyright",
    "all rights reserved",
    "license",
    "licence",
    "cc-by",
    "logged in",
    "log in",
    "comments",
    "support our",
    "helpful",
    "abonnieren",
    "abonnement",
    "abonniere",
    "registrieren",
    "anmelden",
    "eingeloggt",
    "folgen sie",
    "folge uns",
    "kommentare",
    "lizenz",
    "nützlich",
    "teilen",
    "bewerten sie",
    "werbung",
    "anzeige",
    "werben sie",
    "unterstützen sie",
    "suscríbete",
    "suscribirse",
    "suscripción",
    "síguenos",
    "hazte miembro",
    "abonnez",
    "inscrivez",
    "zapraszamy",
    "subskrypcji",
    "prawem autorskim",
];

/// Words that open a picture's caption ("Figure 4: ...", "Abb. 2: ...").
pub const CAPTION_LABELS: &[&str] = &[
    "figure",
    "fig",
    "abbildung",
    "abb",
    "grafik",
    "grafico",
    "gráfico",
    "graphique",
    "image",
    "imagen",
    "bild",
    "foto",
    "photo",
    "illustration",
    "rycina",
    "ryc",
    "rys",
];

/// Marks of a picture credit; one near the end of a short paragraph shows
/// the paragraph is a caption ("... (Foto: Getty)", "| © Agency").
pub const CREDIT_MARKERS: &[&str] = &[
    "foto:",
    "fotos:",
    "photo:",
    "photos:",
    "bild:",
    "©",
    "(c)",
    "credit:",
    "image:",
    "imagen:",
    "fuente:",
    "quelle:",
    "source:",
    "crédit",
    "getty",
    "reuters/",
    "shutterstock",
    "istock",
    "imago",
    "picture alliance",
    "picture-alliance",
    "unsplash",
    "ap photo",
];

/// Phrases of advertising disclosures set above some articles ("Anzeige",
/// "This post contains affiliate links"), matched in the first short
/// paragraphs only.
pub const DISCLOSURE_PHRASES: &[&str] = &[
    "anzeige",
    "werbung",
    "affiliate",
    "affiliate links",
    "advertisers",
    "advertiser",
    "advertisement",
    "sponsored",
    "paid partnership",
    "publicidad",
    "publicité",
    "reklama",
];
