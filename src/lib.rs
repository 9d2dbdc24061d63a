//! gisty finds the main article of a web page and picks its key sentences.
//!
//! Data flows one way, a module per stage:
//!
//! | stage | module | in → out |
//! |---|---|---|
//! | parse | [`dom`] | HTML string → [`dom::Dom`] |
//! | (or) | [`snapshot`] | a live document's [`Snapshot`] → [`dom::Dom`] |
//! | metadata | `metadata` | DOM → title, byline, language, dates |
//! | extract | `extract` | DOM → the article's root element |
//! | render | `content` | article element → sanitized HTML, text and blocks |
//! | segment | `segment` | text → sentences |
//! | score | `score` | sentences → scores |
//! | summary | [`summary`] | scores → [`Summary`] |
//!
//! # Examples
//!
//! The whole pipeline, with default options (three key points):
//!
//! ```
//! let html = r#"<html><head><title>Tides | Coast News</title></head><body>
//!   <nav><a href="/">Home</a> <a href="/news">News</a></nav>
//!   <article><h1>Tides</h1>
//!     <p>The moon pulls the oceans toward it, and the water rises on the near side of the earth.</p>
//!     <p>A second bulge forms on the far side, so most coasts see two high tides a day.</p>
//!     <p>When sun and moon line up, their pulls add, and the spring tides run highest.</p>
//!   </article></body></html>"#;
//! let gist = gisty::summarize(html).unwrap();
//! assert!(gist.article.text_content.contains("two high tides"));
//! assert!(!gist.article.text_content.contains("Home"));
//! assert!(gist.sentences.len() <= 3);
//! ```
//!
//! Options go through a [`Builder`]:
//!
//! ```
//! use gisty::{Builder, Format, SummaryType};
//! let text = "Rain fell all day. The river rose a metre. The bridge was closed at noon.";
//! let summary = Builder::new()
//!     .summary_type(SummaryType::Headline)
//!     .format(Format::PlainText)
//!     .summarize_text(text)
//!     .unwrap();
//! assert_eq!(summary.sentences.len(), 1);
//! ```

pub mod article;
mod clean;
mod content;
pub mod dom;
mod error;
mod extract;
mod hints;
mod jsonld;
mod lang;
mod meta_rules;
mod metadata;
mod options;
mod plain_tokens;
mod readerable;
mod rules;
mod score;
pub mod segment;
pub mod snapshot;
pub mod summary;
mod tag_scan;
mod url;

/// The JavaScript binding (wasm32 only).
#[cfg(target_arch = "wasm32")]
pub mod wasm;

use serde::Serialize;

pub use article::{Article, Block, BlockKind};
pub use error::{Error, ErrorCode};
pub use options::{Format, Length, Limits, Options, SummarizeOptions, SummaryType, OPTION_NAMES};
pub use snapshot::Snapshot;
pub use summary::{KeySentence, Keyword, Summary};

/// An article and its summary: what [`summarize`] returns.
///
/// Serialized, it is one flat object: the [`Article`] fields followed by
/// `sentences`, `summary`, `keywords` and `language`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct Gist {
    #[serde(flatten)]
    pub article: Article,
    /// The key sentences, in article order.
    pub sentences: Vec<KeySentence>,
    /// The sentences formatted as the options ask.
    pub summary: String,
    /// The article's top terms.
    pub keywords: Vec<Keyword>,
    /// The language the text was analysed as.
    pub language: String,
    /// Time spent per stage, when a clock was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timings: Option<Timings>,
}

impl Gist {
    fn new(mut article: Article, summary: Summary, timings: Option<Timings>) -> Gist {
        article.truncated |= summary.truncated;
        Gist {
            article,
            sentences: summary.sentences,
            summary: summary.summary,
            keywords: summary.keywords,
            language: summary.language,
            timings,
        }
    }
}

/// Milliseconds spent in each stage of one call.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Timings {
    pub parse: f64,
    pub extract: f64,
    pub segment: f64,
    pub score: f64,
}

/// A clock in milliseconds, for stage timings (`performance.now` in a
/// browser, `Instant` natively).
pub type Clock = fn() -> f64;

/// Extracts the article of `html` and summarizes it, with default options.
pub fn summarize(html: &str) -> Result<Gist, Error> {
    Builder::new().summarize(html)
}

/// Extracts the article of `html`, with default options.
pub fn extract(html: &str) -> Result<Article, Error> {
    Builder::new().extract(html)
}

/// Summarizes plain text, with default options.
pub fn summarize_text(text: &str) -> Result<Summary, Error> {
    Builder::new().summarize_text(text)
}

/// A quick check, without full extraction, of whether `html` looks like an
/// article page.
pub fn is_probably_readerable(html: &str) -> bool {
    Builder::new().is_probably_readerable(html)
}

/// Sets options, then runs the pipeline.
#[derive(Clone, Debug, Default)]
pub struct Builder {
    options: Options,
    clock: Option<Clock>,
}

impl Builder {
    pub fn new() -> Builder {
        Builder::default()
    }

    /// Starts from already validated options.
    pub fn from_options(options: Options) -> Builder {
        Builder {
            options,
            clock: None,
        }
    }

    /// The options as set so far.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// The page's URL, used to resolve relative links and images.
    pub fn url(&mut self, url: &str) -> &mut Builder {
        self.options.url = Some(url.to_string());
        self
    }

    pub fn summary_type(&mut self, summary_type: SummaryType) -> &mut Builder {
        self.options.summary_type = summary_type;
        self
    }

    pub fn length(&mut self, length: Length) -> &mut Builder {
        self.options.length = length;
        self
    }

    /// An explicit number of sentences, overriding [`Builder::length`].
    pub fn max_sentences(&mut self, n: usize) -> &mut Builder {
        self.options.max_sentences = Some(n.max(1));
        self
    }

    pub fn format(&mut self, format: Format) -> &mut Builder {
        self.options.format = format;
        self
    }

    /// The text's language (ISO 639-1); detected when not set.
    pub fn language(&mut self, code: &str) -> &mut Builder {
        self.options.language = Some(code.to_ascii_lowercase());
        self
    }

    /// How many keywords to return.
    pub fn keywords(&mut self, n: usize) -> &mut Builder {
        self.options.keywords = Some(n);
        self
    }

    pub fn limits(&mut self, limits: Limits) -> &mut Builder {
        self.options.limits = limits;
        self
    }

    /// Records stage timings with this clock.
    pub fn clock(&mut self, clock: Clock) -> &mut Builder {
        self.clock = Some(clock);
        self
    }

    /// Extracts the article of `html`.
    pub fn extract(&self, html: &str) -> Result<Article, Error> {
        let mut timings = Timings::default();
        self.extract_timed(Page::Html(html), &mut timings)
    }

    /// Extracts the article of `html` and summarizes it.
    pub fn summarize(&self, html: &str) -> Result<Gist, Error> {
        self.summarize_page(Page::Html(html))
    }

    /// Extracts the article of a document a browser has parsed already,
    /// given as a [`Snapshot`] of its tree: the same result as
    /// [`Builder::extract`] on the document's HTML, without parsing it.
    ///
    /// ```
    /// use gisty::snapshot::{Snapshot, ELEMENT, END, HTML, TEXT};
    /// let sentence = "The river rose a metre overnight, and the old stone bridge was closed at noon.";
    /// let text = format!("htmlbodyarticlep{sentence}");
    /// let ops = [
    ///     ELEMENT, HTML, 4, 0, ELEMENT, HTML, 4, 0, ELEMENT, HTML, 7, 0,
    ///     ELEMENT, HTML, 1, 0, TEXT, sentence.len() as u32, END, END, END, END,
    /// ];
    /// let article = gisty::Builder::new()
    ///     .extract_snapshot(&Snapshot { ops: &ops, text: &text })
    ///     .unwrap();
    /// assert_eq!(article.text_content, sentence);
    /// ```
    pub fn extract_snapshot(&self, snapshot: &Snapshot) -> Result<Article, Error> {
        let mut timings = Timings::default();
        self.extract_timed(Page::Snapshot(snapshot), &mut timings)
    }

    /// Extracts the article of a document's [`Snapshot`] and summarizes it.
    pub fn summarize_snapshot(&self, snapshot: &Snapshot) -> Result<Gist, Error> {
        self.summarize_page(Page::Snapshot(snapshot))
    }

    fn summarize_page(&self, page: Page) -> Result<Gist, Error> {
        let mut timings = Timings::default();
        let article = self.extract_timed(page, &mut timings)?;
        let request = summary::Request {
            text: &article.text_content,
            blocks: &article.blocks,
            title: article.title.as_deref(),
            language_hint: article.lang.as_deref(),
            clock: self.clock,
        };
        let summary = summary::summarize(&request, &self.options, &mut timings);
        let timings = self.clock.map(|_| timings);
        Ok(Gist::new(article, summary, timings))
    }

    /// Summarizes plain text; paragraphs are separated by line breaks.
    pub fn summarize_text(&self, text: &str) -> Result<Summary, Error> {
        self.check_size(text)?;
        check_looks_like_text(text)?;
        let blocks = article::paragraph_blocks(text);
        let request = summary::Request {
            text,
            blocks: &blocks,
            title: None,
            language_hint: None,
            clock: self.clock,
        };
        let mut timings = Timings::default();
        Ok(summary::summarize(&request, &self.options, &mut timings))
    }

    /// A quick check of whether `html` looks like an article page.
    pub fn is_probably_readerable(&self, html: &str) -> bool {
        if self.check_size(html).is_err() || check_looks_like_text(html).is_err() {
            return false;
        }
        let dom = dom::Dom::parse_with_limits(html, self.parse_limits());
        readerable::is_readerable(&dom)
    }

    fn extract_timed(&self, page: Page, timings: &mut Timings) -> Result<Article, Error> {
        let start = self.now();
        let mut dom = match page {
            Page::Html(html) => {
                self.check_size(html)?;
                check_looks_like_text(html)?;
                dom::Dom::parse_with_limits(html, self.parse_limits())
            }
            Page::Snapshot(snapshot) => {
                self.check_size(snapshot.text)?;
                snapshot::build(snapshot, self.parse_limits())?
            }
        };
        let parsed = self.now();
        timings.parse = parsed - start;
        let meta = metadata::read(&dom, self.options.url.as_deref());
        let readerable = readerable::is_readerable(&dom);
        let directions = metadata::Directions::record(&dom);
        let root = extract::find_article(&mut dom, &meta)
            .ok_or_else(|| Error::new(ErrorCode::NotReaderable, "the page has no body"))?;
        let rendered = content::render(&dom, root, meta.base_url.as_deref());
        if rendered.text.trim().is_empty() {
            return Err(Error::new(
                ErrorCode::NotReaderable,
                "no article text was found on the page",
            ));
        }
        let words = article::word_count(&rendered.text);
        // The direction in force where the article sits, which may differ
        // from the document's; the excerpt falls back to the first paragraph.
        let dir = directions.of_article(&dom, root);
        let excerpt = meta
            .excerpt
            .or_else(|| first_paragraph_block(&rendered))
            .or_else(|| rendered.first_paragraph.clone());
        timings.extract = self.now() - parsed;
        Ok(Article {
            title: meta.title,
            byline: meta.byline,
            dir,
            lang: meta.lang,
            length: article::utf16_len(&rendered.text),
            content: rendered.html,
            text_content: rendered.text,
            excerpt,
            site_name: meta.site_name,
            published_time: meta.published_time,
            readerable,
            url: meta.url,
            image: meta.image,
            word_count: words,
            reading_time_minutes: article::reading_minutes(words),
            truncated: dom.truncated,
            blocks: rendered.blocks,
        })
    }

    fn parse_limits(&self) -> dom::ParseLimits {
        dom::ParseLimits {
            max_nodes: self.options.limits.max_nodes,
            max_depth: self.options.limits.max_depth,
            max_attributes: self.options.limits.max_attributes,
        }
    }

    fn check_size(&self, input: &str) -> Result<(), Error> {
        let max = self.options.limits.max_input_bytes;
        if input.len() > max {
            return Err(Error::new(
                ErrorCode::InputTooLarge,
                format!(
                    "the input is {} bytes, over the limit of {max} (option maxInputBytes)",
                    input.len()
                ),
            ));
        }
        Ok(())
    }

    fn now(&self) -> f64 {
        self.clock.map_or(0.0, |clock| clock())
    }
}

/// What a page arrives as.
#[derive(Clone, Copy)]
enum Page<'a> {
    Html(&'a str),
    Snapshot(&'a Snapshot<'a>),
}

/// The text of the article's first paragraph block.
fn first_paragraph_block(rendered: &content::Rendered) -> Option<String> {
    rendered
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph)
        .find_map(|b| rendered.text.get(b.range.clone()))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
}

/// How much of the input's start is inspected for binary data.
const SNIFF_CHARS: usize = 4096;

/// Rejects input that is binary data rather than text: control characters
/// other than whitespace (NUL bytes, say) make up over a tenth of its start,
/// or replacement characters, left by a wrong decoding or by lone UTF-16
/// surrogates, over a third. A few of either are kept: real pages have them.
fn check_looks_like_text(input: &str) -> Result<(), Error> {
    let mut total = 0usize;
    let mut controls = 0usize;
    let mut replaced = 0usize;
    for c in input.chars().take(SNIFF_CHARS) {
        total += 1;
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}') {
            controls += 1;
        } else if c == '\u{fffd}' {
            replaced += 1;
        }
    }
    if controls * 10 > total || replaced * 3 > total {
        return Err(Error::new(
            ErrorCode::InvalidInput,
            "the input looks like binary data, not HTML or text",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_large_input_is_an_error_with_a_code() {
        let err = Builder::new()
            .limits(Limits {
                max_input_bytes: 10,
                ..Limits::default()
            })
            .summarize("<p>more than ten bytes</p>")
            .unwrap_err();
        assert_eq!(err.code(), ErrorCode::InputTooLarge);
    }

    #[test]
    fn binary_input_is_rejected() {
        let png = "\u{89}PNG\r\n\u{1a}\n\0\0\0\rIHDR\0\0\0\u{10}\0\0\0\u{10}\u{8}\u{6}\0\0\0";
        let err = summarize(png).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput);
    }

    #[test]
    fn empty_page_is_not_readerable() {
        for html in ["", "   ", "<html></html>"] {
            let err = summarize(html).unwrap_err();
            assert_eq!(err.code(), ErrorCode::NotReaderable, "{html:?}");
        }
    }
}
