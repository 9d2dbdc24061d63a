//! Scores → summary.
//!
//! In: the article's text and block structure, its title and language hint,
//! and the options. Out: a [`Summary`]: the key sentences in article order,
//! the formatted summary text, and keywords.

use serde::Serialize;

pub(crate) mod lang;
pub(crate) mod roles;
pub(crate) mod rules;
pub(crate) mod score;
pub mod segment;

use crate::options::{Format, Options, SummaryType};
use crate::render::article::{Block, BlockKind};
use crate::text::utf16_len;
use roles::Roles;
use score::Scored;
pub use score::Weights;
use segment::Sentence;

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

/// The text cut into sentences, in the language it was analysed as: the
/// first half of the stage, which the pipeline times apart from scoring.
pub struct Segmented {
    lang: lang::Lang,
    sentences: Vec<Sentence>,
    /// More sentences than `maxSentencesScored` were found.
    truncated: bool,
}

/// Chooses the text's language and cuts it into sentences.
pub fn segment(request: &Request, options: &Options) -> Segmented {
    let lang = lang::choose(
        request.text,
        options.language.as_deref(),
        request.language_hint,
    );
    let limit = options.limits.max_sentences_scored;
    let (sentences, truncated) = segment::split(request.text, request.blocks, lang, limit);
    Segmented {
        lang,
        sentences,
        truncated,
    }
}

/// Picks the key sentences of `request.text`.
pub fn summarize(request: &Request, options: &Options) -> Summary {
    let segmented = segment(request, options);
    summarize_with(request, segmented, options, &Weights::DEFAULT)
}

/// Scores the sentences with `weights` and picks the key ones.
pub fn summarize_with(
    request: &Request,
    segmented: Segmented,
    options: &Options,
    weights: &Weights,
) -> Summary {
    let Segmented {
        lang,
        sentences,
        truncated,
    } = segmented;
    let weights = adjusted_for_type(weights, options.summary_type);
    let scored = score::score(request.text, &sentences, lang, request.title, &weights);
    let chosen = select(&sentences, &scored, options, &weights);
    let top = chosen
        .iter()
        .map(|&i| scored.scores[i])
        .fold(0.0f32, f32::max)
        .max(f32::EPSILON);
    let key_sentences: Vec<KeySentence> = chosen
        .iter()
        .filter_map(|&i| key_sentence(request.text, &sentences, i, scored.scores[i] / top))
        .collect();
    let keywords = scored
        .keywords(options.keyword_count())
        .into_iter()
        .map(|(term, score)| Keyword { term, score })
        .collect();
    Summary {
        summary: format_summary(&key_sentences, options),
        sentences: key_sentences,
        keywords,
        language: lang.code().to_string(),
        truncated,
    }
}

/// The weights for a summary type: a teaser leans on the opening, a
/// headline wants one short sentence from the start.
fn adjusted_for_type(weights: &Weights, summary_type: SummaryType) -> Weights {
    /// How much more the position prior counts for a teaser or headline.
    const LEAD_EMPHASIS: f32 = 2.0;
    /// Longest sentence that reads like a headline, in words.
    const HEADLINE_MAX_WORDS: f32 = 30.0;
    let mut w = *weights;
    match summary_type {
        SummaryType::KeyPoints | SummaryType::Tldr => {}
        SummaryType::Teaser => w.position *= LEAD_EMPHASIS,
        SummaryType::Headline => {
            w.position *= LEAD_EMPHASIS;
            w.max_words = w.max_words.min(HEADLINE_MAX_WORDS);
        }
    }
    w
}

/// The sentences to show, in article order: the best by score, skipping
/// near duplicates of those already chosen and lowering the score of
/// similar ones (maximal marginal relevance).
fn select(
    sentences: &[Sentence],
    scored: &Scored,
    options: &Options,
    weights: &Weights,
) -> Vec<usize> {
    let k = options.sentence_count().min(sentences.len());
    let candidates: Vec<usize> = (0..sentences.len())
        .filter(|&i| sentences[i].kind != BlockKind::Code)
        .collect();
    let top = candidates
        .iter()
        .map(|&i| scored.scores[i])
        .fold(0.0f32, f32::max)
        .max(f32::EPSILON);
    // Highest similarity of each candidate to the chosen ones.
    let mut closest = vec![0.0f32; sentences.len()];
    let mut chosen: Vec<usize> = Vec::new();
    while chosen.len() < k {
        let best = candidates
            .iter()
            .copied()
            .filter(|i| !chosen.contains(i) && closest[*i] < weights.duplicate)
            .map(|i| (i, scored.scores[i] / top - weights.redundancy * closest[i]))
            .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| b.0.cmp(&a.0)));
        let Some((pick, _)) = best else {
            break;
        };
        // Kept in article order as chosen.
        let at = chosen.partition_point(|&c| c < pick);
        chosen.insert(at, pick);
        let similarities = scored.similarities_to(pick);
        for &i in &candidates {
            closest[i] = closest[i].max(similarities.get(i).copied().unwrap_or(0.0));
        }
    }
    chosen
}

fn key_sentence(text: &str, sentences: &[Sentence], i: usize, score: f32) -> Option<KeySentence> {
    let s = sentences.get(i)?;
    let range = s.range.clone();
    let body = text.get(range.clone())?;
    let start = utf16_len(text.get(..range.start)?);
    Some(KeySentence {
        text: body.to_string(),
        score,
        index: i,
        paragraph: s.block,
        start,
        end: start + utf16_len(body),
        byte_range: range,
    })
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
