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
    let tokens = lang::SentenceTokens::new(request.text, sentences.iter().map(|s| s.range.clone()));
    let roles = roles::analyze(request.text, &sentences, &tokens, lang);
    let scored = score::score(
        request.text,
        &sentences,
        &tokens,
        &roles,
        lang,
        request.title,
        &weights,
    );
    let chosen = select(&sentences, &roles, &scored, options, &weights);
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

/// The weights for a summary type. Key points and a tl;dr take the best
/// sentences as scored: `tldr` of length `short` is the one best sentence,
/// the same the key points choose when asked for one. A teaser leans on the
/// opening. A headline is the most headline-like sentence: a statement from
/// the opening (or the one that states a study's point), short, close to
/// the title when there is one, neither a quotation nor a question, and
/// never one that points back to a sentence not shown.
fn adjusted_for_type(weights: &Weights, summary_type: SummaryType) -> Weights {
    /// How much more the position prior counts for a teaser or headline.
    const LEAD_EMPHASIS: f32 = 2.0;
    /// How much more the likeness to the title counts for a headline.
    const TITLE_EMPHASIS: f32 = 2.0;
    /// Longest sentence that reads like a headline, in words.
    const HEADLINE_MAX_WORDS: f32 = 30.0;
    /// Below this many words a headline starts to say too little.
    const HEADLINE_MIN_WORDS: f32 = 6.0;
    /// Factor for a quotation or a question as a headline.
    const HEADLINE_QUOTE_OR_QUESTION: f32 = 0.2;
    /// Penalty for a headline that would point back to nothing: more than
    /// any score difference.
    const HEADLINE_DANGLING: f32 = 1.0;
    let mut w = *weights;
    match summary_type {
        SummaryType::KeyPoints | SummaryType::Tldr => {}
        SummaryType::Teaser => w.position *= LEAD_EMPHASIS,
        SummaryType::Headline => {
            w.position *= LEAD_EMPHASIS;
            w.title *= TITLE_EMPHASIS;
            w.max_words = w.max_words.min(HEADLINE_MAX_WORDS);
            w.min_words = w.min_words.min(HEADLINE_MIN_WORDS);
            w.quotation = w.quotation.min(HEADLINE_QUOTE_OR_QUESTION);
            w.question = w.question.min(HEADLINE_QUOTE_OR_QUESTION);
            w.dangling_alone = w.dangling_alone.max(HEADLINE_DANGLING);
        }
    }
    w
}

/// The sentences to show, in article order: the best by score, skipping
/// near duplicates of those already chosen and lowering the score of
/// similar ones (maximal marginal relevance). A sentence that opens by
/// pointing back ("He said", "But") while the sentence before it is not
/// chosen would refer to nothing: it is penalized, and when it is chosen
/// with room left, the sentence before it comes along.
fn select(
    sentences: &[Sentence],
    roles: &Roles,
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
    let mut picks = Picks {
        sentences,
        roles,
        scored,
        weights,
        chosen: Vec::new(),
        // Highest similarity of each sentence to the chosen ones.
        closest: vec![0.0f32; sentences.len()],
    };
    while picks.chosen.len() < k {
        let room = k - picks.chosen.len();
        let best = candidates
            .iter()
            .copied()
            .filter(|&i| picks.open(i))
            .map(|i| (i, scored.scores[i] / top - picks.penalty(i, room)))
            .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| b.0.cmp(&a.0)));
        let Some((pick, _)) = best else {
            break;
        };
        picks.take(pick);
        // Its antecedent comes along, and that one's, while there is room.
        let mut at = pick;
        while picks.chosen.len() < k && picks.dangles(at) && picks.antecedent_open(at) {
            at -= 1;
            picks.take(at);
        }
    }
    picks.chosen
}

/// The state of a selection.
struct Picks<'a> {
    sentences: &'a [Sentence],
    roles: &'a Roles,
    scored: &'a Scored,
    weights: &'a Weights,
    /// In article order.
    chosen: Vec<usize>,
    closest: Vec<f32>,
}

impl Picks<'_> {
    fn is_chosen(&self, i: usize) -> bool {
        self.chosen.binary_search(&i).is_ok()
    }

    /// Whether sentence `i` may still be chosen: not yet chosen, and not a
    /// near duplicate of a chosen one.
    fn open(&self, i: usize) -> bool {
        !self.is_chosen(i)
            && self
                .closest
                .get(i)
                .is_some_and(|c| *c < self.weights.duplicate)
    }

    /// Whether sentence `i` opens by pointing back while the sentence
    /// before it is not chosen.
    fn dangles(&self, i: usize) -> bool {
        i > 0 && self.roles.of.get(i).is_some_and(|r| r.opens_back) && !self.is_chosen(i - 1)
    }

    /// Whether the sentence before `i` can come along with it: open, and
    /// running text (a heading or caption is no antecedent to show).
    fn antecedent_open(&self, i: usize) -> bool {
        i > 0
            && self.open(i - 1)
            && self
                .sentences
                .get(i - 1)
                .is_some_and(|s| s.kind != BlockKind::Code && score::is_prose(s))
    }

    /// What choosing sentence `i` costs, with `room` sentences left to
    /// choose: its redundancy with the chosen ones, and, if it would
    /// dangle, the slot its antecedent takes or the reference to nothing.
    fn penalty(&self, i: usize, room: usize) -> f32 {
        let redundancy = self.weights.redundancy * self.closest.get(i).copied().unwrap_or(0.0);
        let dangling = if !self.dangles(i) {
            0.0
        } else if room >= 2 && self.antecedent_open(i) {
            self.weights.dangling_paired
        } else {
            self.weights.dangling_alone
        };
        redundancy + dangling
    }

    fn take(&mut self, i: usize) {
        let at = self.chosen.partition_point(|&c| c < i);
        self.chosen.insert(at, i);
        let similarities = self.scored.similarities_to(i);
        for (closest, sim) in self.closest.iter_mut().zip(similarities) {
            *closest = closest.max(sim);
        }
    }
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
