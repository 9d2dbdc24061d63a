//! gisty finds the main article of a web page and picks its key sentences.
//!
//! Call [`summarize`] or [`extract`] with a page's HTML, or set options on a
//! [`Builder`] first. Data flows one way, a folder of `src/` per stage:
//!
//! | stage | folder | in → out |
//! |---|---|---|
//! | parse | `parse/` | HTML string, or a live document's [`Snapshot`] → DOM |
//! | metadata | `metadata/` | DOM → title, byline, language, dates, readerable |
//! | extract | `extract/` | DOM → the article's root element, cleaned |
//! | render | `render/` | article element → sanitized HTML, text and blocks ([`Article`]) |
//! | summarize | `summarize/` | text and blocks → sentences → scores → [`Summary`] |
//!
//! `pipeline.rs` runs them in that order; `text/` holds the string helpers
//! they share and `wasm/` the JavaScript binding.
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

mod error;
mod extract;
mod metadata;
mod options;
mod parse;
mod pipeline;
mod render;
mod summarize;
mod text;

/// The JavaScript binding (wasm32 only): the module's exports, which the
/// JavaScript shell in `www/` wraps.
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;

pub use error::{Error, ErrorCode};
pub use options::{Format, Length, Limits, Options, SummarizeOptions, SummaryType, OPTION_NAMES};
pub use parse::snapshot::{self, Snapshot};
pub use pipeline::{Clock, Gist, Timings};
pub use render::article::{Article, Block, BlockKind};
pub use summarize::{KeySentence, Keyword, Summary};

use pipeline::{Page, Run};

/// What the crate's own tests, benchmarks and fuzz targets reach inside
/// for: the parsed tree, the sentence splitter, the summarizer on given
/// blocks. Not part of the API; it changes without notice.
#[doc(hidden)]
pub mod internals {
    pub use crate::parse::dom::{Dom, Edge, NodeData, NodeId, ParseStop};
    pub use crate::summarize::segment::sentences;
    pub use crate::summarize::{summarize, Request, Weights};

    /// Summarizes plain text as [`crate::summarize_text`] does, with
    /// `weights` for the scores: for the weight search of `bench/tune.py`.
    pub fn summarize_text_weighted(
        text: &str,
        options: &crate::Options,
        weights: &Weights,
    ) -> crate::Summary {
        let blocks = crate::render::article::paragraph_blocks(text);
        let request = Request {
            text,
            blocks: &blocks,
            title: None,
            language_hint: None,
        };
        let segmented = crate::summarize::segment(&request, options);
        crate::summarize::summarize_with(&request, segmented, options, weights)
    }
}

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
    // The default options are valid.
    Builder::new().is_probably_readerable(html).unwrap_or(false)
}

/// Sets options, then runs the pipeline: the one way in when the defaults
/// do not fit. Setters can be chained; the options are checked when a call
/// runs, and a value out of range is an [`ErrorCode::InvalidOptions`] error
/// that names the option, as JavaScript callers get it.
///
/// ```
/// use gisty::{Builder, ErrorCode, Length, SummaryType};
/// let html = "<article><p>The ferry left at dawn and reached the island by noon, \
///     after a calm crossing that the captain called the best of the year.</p></article>";
/// let gist = Builder::new()
///     .url("https://example.org/ferry")
///     .summary_type(SummaryType::Tldr)
///     .length(Length::Short)
///     .summarize(html)
///     .unwrap();
/// assert_eq!(gist.sentences.len(), 1);
///
/// let err = Builder::new().max_sentences(0).summarize(html).unwrap_err();
/// assert_eq!(err.code(), ErrorCode::InvalidOptions);
/// assert!(err.message().contains("maxSentences"));
/// ```
#[derive(Clone, Debug, Default)]
pub struct Builder {
    options: Options,
    clock: Option<Clock>,
}

impl Builder {
    /// A builder with the default options: three key points, plain text,
    /// the language detected, the default [`Limits`].
    pub fn new() -> Builder {
        Builder::default()
    }

    /// Starts from options set elsewhere (for example
    /// [`Options::from_raw`]); they are validated when a call runs.
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

    /// What kind of summary: key points (the default), a tl;dr, a teaser
    /// or a headline.
    pub fn summary_type(&mut self, summary_type: SummaryType) -> &mut Builder {
        self.options.summary_type = summary_type;
        self
    }

    /// How long the summary is; see [`Length`] for the sentence counts.
    pub fn length(&mut self, length: Length) -> &mut Builder {
        self.options.length = length;
        self
    }

    /// An explicit number of sentences (1 to 100), overriding
    /// [`Builder::length`].
    pub fn max_sentences(&mut self, n: usize) -> &mut Builder {
        self.options.max_sentences = Some(n);
        self
    }

    /// How the `summary` text is written: plain text or Markdown bullets.
    pub fn format(&mut self, format: Format) -> &mut Builder {
        self.options.format = format;
        self
    }

    /// The text's language (an ISO 639-1 code such as `"en"`); detected
    /// when not set.
    pub fn language(&mut self, code: &str) -> &mut Builder {
        self.options.language = Some(code.to_string());
        self
    }

    /// How many keywords to return (0 to 100; default 8).
    pub fn keywords(&mut self, n: usize) -> &mut Builder {
        self.options.keywords = Some(n);
        self
    }

    /// Whether the article comes as Markdown too, in
    /// [`Article::markdown`].
    ///
    /// ```
    /// let html = "<article><h2>Tides</h2><p>The moon pulls the <em>oceans</em> toward it, \
    ///   and the water rises on the near side of the earth.</p></article>";
    /// let article = gisty::Builder::new().markdown(true).extract(html).unwrap();
    /// assert_eq!(
    ///     article.markdown.as_deref(),
    ///     Some("## Tides\n\nThe moon pulls the *oceans* toward it, and the water rises on the near side of the earth.\n")
    /// );
    /// ```
    pub fn markdown(&mut self, markdown: bool) -> &mut Builder {
        self.options.markdown = markdown;
        self
    }

    /// Bounds on the work of one call; see [`Limits`].
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
        self.run()?.extract(Page::Html(html))
    }

    /// Extracts the article of `html` and summarizes it.
    pub fn summarize(&self, html: &str) -> Result<Gist, Error> {
        self.run()?.summarize(Page::Html(html))
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
        self.run()?.extract(Page::Snapshot(snapshot))
    }

    /// Extracts the article of a document's [`Snapshot`] and summarizes it.
    pub fn summarize_snapshot(&self, snapshot: &Snapshot) -> Result<Gist, Error> {
        self.run()?.summarize(Page::Snapshot(snapshot))
    }

    /// Summarizes plain text; paragraphs are separated by line breaks.
    pub fn summarize_text(&self, text: &str) -> Result<Summary, Error> {
        self.run()?.summarize_text(text)
    }

    /// A quick check of whether `html` looks like an article page. Input
    /// over the size limit, or binary, is not.
    pub fn is_probably_readerable(&self, html: &str) -> Result<bool, Error> {
        Ok(self.run()?.is_probably_readerable(html))
    }

    /// One call's run of the pipeline, with the options validated.
    fn run(&self) -> Result<Run, Error> {
        Ok(Run {
            options: self.options.clone().validated()?,
            clock: self.clock,
        })
    }
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
