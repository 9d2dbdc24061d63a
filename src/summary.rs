//! Scores → summary.
//!
//! In: the article's text and block structure, its title and language hint,
//! and the options. Out: a [`Summary`]: the key sentences in article order,
//! the formatted summary text, and keywords.

use serde::Serialize;

use crate::article::{utf16_len, Block, BlockKind};
use crate::options::{Format, Options, SummaryType};
use crate::Timings;

/// The summary of a text.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// The key sentences, in article order.
    pub sentences: Vec<KeySentence>,
    /// The sentences formatted as the options ask.
    pub summary: String,
    /// The text's top terms, best first.
    pub keywords: Vec<Keyword>,
    /// The language the text was analysed as (ISO 639-1, or "und").
    pub language: String,
    /// True when a limit cut the work short.
    pub truncated: bool,
}

/// One sentence of the summary, verbatim from the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct KeySentence {
    pub text: String,
    /// Relative importance, 0 to 1.
    pub score: f32,
    /// The sentence's position among all sentences of the text.
    pub index: usize,
    /// The paragraph (block) it belongs to.
    pub paragraph: usize,
    /// Start offset in the text, in UTF-16 code units (as JavaScript indexes strings).
    pub start: usize,
    /// End offset in the text, in UTF-16 code units.
    pub end: usize,
    /// The same span as a byte range, for Rust callers.
    #[serde(skip)]
    pub byte_range: std::ops::Range<usize>,
}

/// A key term and its weight.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Keyword {
    pub term: String,
    pub score: f32,
}

/// What the summarizer is given.
#[derive(Clone, Copy, Debug)]
pub struct Request<'a> {
    pub text: &'a str,
    pub blocks: &'a [Block],
    pub title: Option<&'a str>,
    /// The page's declared language, if any (`en-US`).
    pub language_hint: Option<&'a str>,
}

/// Picks the key sentences of `request.text`.
pub fn summarize(request: &Request, options: &Options, _timings: &mut Timings) -> Summary {
    // Simplest honest version: each prose block is a unit, earlier first.
    let k = options.sentence_count();
    let mut chosen: Vec<(usize, &Block)> = request
        .blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.kind != BlockKind::Code)
        .take(k)
        .collect();
    chosen.sort_by_key(|(i, _)| *i);
    let n = chosen.len().max(1) as f32;
    let sentences: Vec<KeySentence> = chosen
        .iter()
        .enumerate()
        .map(|(rank, (i, b))| KeySentence {
            text: request.text[b.range.clone()].to_string(),
            score: 1.0 - rank as f32 / n,
            index: *i,
            paragraph: *i,
            start: utf16_len(&request.text[..b.range.start]),
            end: utf16_len(&request.text[..b.range.end]),
            byte_range: b.range.clone(),
        })
        .collect();
    Summary {
        summary: format_summary(&sentences, options),
        sentences,
        keywords: Vec::new(),
        language: "und".to_string(),
        truncated: false,
    }
}

/// Joins the sentences as the summary type and format ask.
pub fn format_summary(sentences: &[KeySentence], options: &Options) -> String {
    let texts: Vec<&str> = sentences.iter().map(|s| s.text.as_str()).collect();
    match (options.summary_type, options.format) {
        (SummaryType::KeyPoints, Format::Markdown) => texts
            .iter()
            .map(|t| format!("- {t}"))
            .collect::<Vec<_>>()
            .join("\n"),
        (SummaryType::KeyPoints, Format::PlainText) => texts.join("\n"),
        _ => texts.join(" "),
    }
}
