//! The words, weights and patterns that article extraction relies on.
//!
//! Everything heuristic that [`crate::extract`], [`crate::extract::clean`] and
//! [`crate::render::content`] apply lives here as named tables, each with the reason
//! it exists. The algorithms that use them live in those modules.
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

/// MathML elements that hold a formula's source or alternate markup
/// (TeX, say) rather than what is shown; the shown formula is kept as text.
pub const MATHML_HIDDEN: &[&str] = &["annotation", "annotation-xml", "none", "mprescripts"];

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

/// Block elements that hold no text: they break blocks for extraction but
/// not the rendered text, where a picture sits inside its paragraph.
pub const REPLACED_TAGS: &[&str] = &["img", "picture"];

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

/// URL schemes a link may use in the rendered article. Anything else
/// (`javascript:`, `vbscript:`, `data:`...) is dropped.
pub const SAFE_LINK_SCHEMES: &[&str] = &["http", "https", "mailto", "tel", "ftp", "sms", "news"];

/// URL schemes an image may use; `data:` only for raster image types.
pub const SAFE_IMAGE_SCHEMES: &[&str] = &["http", "https"];

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
