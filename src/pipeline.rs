//! Runs the stages, in the one direction data flows:
//! HTML (or a snapshot) → DOM → metadata and article → rendered content →
//! sentences → scores → summary.
//!
//! In: the input and validated [`Options`]. Out: an [`Article`], a
//! [`Gist`] or a [`Summary`], with the time each stage took when a clock
//! is given. The input checks that every entry point shares (size, binary
//! data) are made here, before any stage runs.

use serde::Serialize;

use crate::error::{Error, ErrorCode};
use crate::options::Options;
use crate::parse::dom::Dom;
use crate::parse::snapshot::{self, Snapshot};
use crate::render::article::{self, Article, BlockKind};
use crate::render::content::{self, Rendered};
use crate::summarize::{self, KeySentence, Keyword, Request, Summary, Weights};
use crate::text::utf16_len;
use crate::{extract, metadata};

/// An article and its summary: what [`crate::summarize`] returns.
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

/// What a page arrives as.
#[derive(Clone, Copy)]
pub(crate) enum Page<'a> {
    Html(&'a str),
    Snapshot(&'a Snapshot<'a>),
}

/// One call's options and clock.
pub(crate) struct Run {
    pub options: Options,
    pub clock: Option<Clock>,
}

impl Run {
    /// Extracts the article of a page.
    pub fn extract(&self, page: Page) -> Result<Article, Error> {
        self.extract_timed(page, &mut Timings::default())
    }

    /// Extracts the article of a page and summarizes it.
    pub fn summarize(&self, page: Page) -> Result<Gist, Error> {
        let mut timings = Timings::default();
        let article = self.extract_timed(page, &mut timings)?;
        let request = Request {
            text: &article.text_content,
            blocks: &article.blocks,
            title: article.title.as_deref(),
            language_hint: article.lang.as_deref(),
        };
        let summary = self.summarize_timed(&request, &mut timings);
        let timings = self.clock.map(|_| timings);
        Ok(Gist::new(article, summary, timings))
    }

    /// Summarizes plain text; paragraphs are separated by line breaks.
    pub fn summarize_text(&self, text: &str) -> Result<Summary, Error> {
        self.check_size(text)?;
        check_looks_like_text(text)?;
        let blocks = article::paragraph_blocks(text);
        let request = Request {
            text,
            blocks: &blocks,
            title: None,
            language_hint: None,
        };
        Ok(self.summarize_timed(&request, &mut Timings::default()))
    }

    /// A quick check of whether `html` looks like an article page.
    pub fn is_probably_readerable(&self, html: &str) -> bool {
        if self.check_size(html).is_err() || check_looks_like_text(html).is_err() {
            return false;
        }
        let dom = Dom::parse_with_limits(html, self.options.limits);
        metadata::readerable::is_readerable(&dom)
    }

    fn summarize_timed(&self, request: &Request, timings: &mut Timings) -> Summary {
        let start = self.now();
        let segmented = summarize::segment(request, &self.options);
        let segmented_at = self.now();
        let summary =
            summarize::summarize_with(request, segmented, &self.options, &Weights::DEFAULT);
        timings.segment = segmented_at - start;
        timings.score = self.now() - segmented_at;
        summary
    }

    fn extract_timed(&self, page: Page, timings: &mut Timings) -> Result<Article, Error> {
        let start = self.now();
        let mut dom = self.parse(page)?;
        let parsed = self.now();
        timings.parse = parsed - start;
        let meta = metadata::read(&dom, self.options.url.as_deref());
        let readerable = metadata::readerable::is_readerable(&dom);
        let directions = metadata::Directions::record(&dom);
        let root = extract::find_article(&mut dom, &meta)
            .ok_or_else(|| Error::new(ErrorCode::NotReaderable, "the page has no body"))?;
        let rendered = content::render(&dom, root, meta.base_url.as_deref(), self.options.markdown);
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
            length: utf16_len(&rendered.text),
            content: rendered.html,
            markdown: rendered.markdown,
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

    fn parse(&self, page: Page) -> Result<Dom, Error> {
        match page {
            Page::Html(html) => {
                self.check_size(html)?;
                check_looks_like_text(html)?;
                Ok(Dom::parse_with_limits(html, self.options.limits))
            }
            Page::Snapshot(snapshot) => {
                self.check_size(snapshot.text)?;
                snapshot::build(snapshot, self.options.limits)
            }
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

/// The text of the article's first paragraph block.
fn first_paragraph_block(rendered: &Rendered) -> Option<String> {
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
