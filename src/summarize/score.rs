//! Sentences → scores.
//!
//! In: the sentences of a text, its language and title. Out: a [`Scored`]
//! text: each sentence's score, the sentence-similarity function, and the
//! text's key terms.
//!
//! A sentence's score adds up, with the weights of [`Weights`]:
//! - its place in the text (news and most expository writing put the gist
//!   first);
//! - its centrality in a graph of sentence similarities (TF-IDF cosine),
//!   split by direction as in PacSum (Zheng & Lapata 2019): being echoed by
//!   the sentences after it marks a sentence that introduces a topic, being
//!   similar to the ones before marks one that elaborates;
//! - its overlap with the title;
//! - how often the text uses its words (as in SumBasic, Nenkova &
//!   Vanderwende 2005: key sentences speak of the text's main topic, whose
//!   words recur, where the graph rewards the overlaps of rarer words);
//! - whether it opens a paragraph;
//! - the role its words announce (`roles.rs`): a study's claim, a
//!   conclusion or takeaway;
//!
//! and is then scaled by its length (fragments and run-ons read badly and
//! carry little), by its kind (a heading, caption or a line without
//! sentence punctuation is a weak candidate; code is none), by the section
//! it is under (a summary or conclusion counts more, references and notes
//! about the author less), and down when it is a quotation or a question.
//!
//! How much the place counts depends on the kind of text: in news the
//! opening states the gist, in a study or an essay that announces its point
//! the opening sets the scene ([`TextKind`]).
//!
//! The graph is windowed: each sentence is compared with at most
//! [`GRAPH_WINDOW`] sentences on each side, found through an inverted index,
//! so the work is O(n · window · words per sentence) — linear in the text.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::lang::{self, Lang, TokenKind};
use super::roles::{Role, Roles, Section, TextKind};
use super::segment::Sentence;
use crate::render::article::BlockKind;
use crate::text::{FastMap, Interner};

/// The scoring weights, in one place. The values marked "fitted" were
/// chosen by `bench/tune.py` on half A of the development sets
/// (CNN/DailyMail news, SciTLDR abstracts; BBC news as a floor) and checked
/// on half B; the kind and section factors are judgement (no development
/// set has headings).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Weights {
    /// Weight of the position prior `1 / (1 + i / position_scale)`, where
    /// `i` is the sentence's index: the lead of an article carries its gist.
    pub position: f32,
    /// Factor on `position` in a text of [`TextKind::Study`], whose
    /// opening sets the scene for a point made later.
    pub study_position: f32,
    /// Sentences over which the position prior halves.
    pub position_scale: f32,
    /// Weight of forward centrality: summed similarity to later sentences
    /// (normalized by the text's largest). Topic-introducing sentences are
    /// echoed by what follows.
    pub centrality_forward: f32,
    /// Weight of backward centrality: summed similarity to earlier
    /// sentences. Usually negative: a sentence that repeats what came
    /// before elaborates rather than introduces.
    pub centrality_backward: f32,
    /// Similarities below this are not edges of the graph (PacSum's
    /// threshold: weak overlaps through common words are noise).
    pub edge_threshold: f32,
    /// Weight of cosine similarity with the title.
    pub title: f32,
    /// Weight of topicality: the mean, over a sentence's terms, of each
    /// term's count in the text divided by the largest count.
    pub topicality: f32,
    /// Bonus for opening a paragraph (paragraph leads state their point).
    pub paragraph_start: f32,
    /// Bonus for a sentence that states the point of a study or essay
    /// ("we propose", "in this paper").
    pub claim: f32,
    /// Bonus for a sentence that opens with a conclusion or takeaway ("in
    /// short", "overall").
    pub takeaway: f32,
    /// Sentences shorter than this many words are scaled down in proportion:
    /// fragments ("Scroll down for video.") say little.
    pub min_words: f32,
    /// Sentences longer than this many words are scaled down by the square
    /// root of the excess ratio: run-ons make poor key points.
    pub max_words: f32,
    /// Factor for a sentence without sentence punctuation at its end: a
    /// title, label, menu entry or link line rather than prose.
    pub unterminated: f32,
    /// Factor for headings: they name a topic but state nothing.
    pub heading: f32,
    /// Factor for figure and table captions, and table cells: they describe
    /// a picture or a value, seldom the article's point.
    pub caption: f32,
    /// Factor for a sentence under a summary, conclusion, results or
    /// takeaways heading.
    pub key_section: f32,
    /// Factor for a sentence under references, acknowledgements, notes
    /// about the author, disclosures or comments.
    pub aside_section: f32,
    /// Factor for a sentence that opens with a quotation mark: someone's
    /// words rather than the text's statement.
    pub quotation: f32,
    /// Factor for a question: key points state, they do not ask.
    pub question: f32,
    /// Factor for a sentence in the first person, in a text of
    /// [`TextKind::Lead`]: someone's account or opinion rather than a
    /// reported fact (in a study, "we" is the authors' voice).
    pub first_person: f32,

    /// MMR penalty: a candidate's score is lowered by this times its
    /// similarity to the most similar sentence already chosen.
    pub redundancy: f32,
    /// Candidates this similar (cosine) to a chosen sentence are near
    /// duplicates and never chosen.
    pub duplicate: f32,
    /// Selection penalty for a sentence that opens by pointing back
    /// ("He said", "But") while the one before it is not chosen, when there
    /// is room to take that one along.
    pub dangling_paired: f32,
    /// The same penalty when there is no room left: chosen, the sentence
    /// would refer to nothing.
    pub dangling_alone: f32,
}

impl Weights {
    /// The defaults.
    pub const DEFAULT: Weights = Weights {
        position: 0.8,
        study_position: 1.0,
        position_scale: 8.0,
        centrality_forward: 0.1,
        centrality_backward: 0.1,
        edge_threshold: 0.1,
        title: 0.3,
        topicality: 0.8,
        paragraph_start: 0.0,
        claim: 0.6,
        takeaway: 0.3,
        min_words: 12.0,
        max_words: 45.0,
        unterminated: 0.1,
        heading: 0.3,
        caption: 0.5,
        key_section: 1.5,
        aside_section: 0.3,
        quotation: 0.9,
        question: 0.8,
        first_person: 0.8,
        redundancy: 0.5,
        duplicate: 0.6,
        dangling_paired: 0.4,
        dangling_alone: 1.0,
    };
}

impl Default for Weights {
    fn default() -> Self {
        Weights::DEFAULT
    }
}

/// Sentences compared with each sentence on each side in the similarity
/// graph. Articles shorter than this get a complete graph; longer texts a
/// band around the diagonal, which keeps the work linear.
pub const GRAPH_WINDOW: usize = 100;

/// A text's sentences, scored.
pub struct Scored {
    /// Each sentence's score (not normalized), index-aligned with the
    /// sentences given.
    pub scores: Vec<f32>,
    /// TF-IDF vector of each sentence: `(term, weight)`, each term once,
    /// and its norm.
    vectors: Vec<(Vec<(u32, f32)>, f32)>,
    terms: Terms,
}

impl Scored {
    /// Cosine similarity of every sentence to sentence `i`.
    pub fn similarities_to(&self, i: usize) -> Vec<f32> {
        match self.vectors.get(i) {
            Some(vector) => cosines(&self.vectors, vector, self.terms.count()),
            None => vec![0.0; self.vectors.len()],
        }
    }

    /// The text's top `count` terms and two-word phrases, best first, as
    /// written in the text, with scores from 0 to 1.
    pub fn keywords(&self, count: usize) -> Vec<(String, f32)> {
        self.terms.keywords(count)
    }
}

/// Scores `sentences` of `text`, cut into `tokens`, whose roles are `roles`.
pub fn score(
    text: &str,
    sentences: &[Sentence],
    tokens: &lang::SentenceTokens,
    roles: &Roles,
    lang: Lang,
    title: Option<&str>,
    weights: &Weights,
) -> Scored {
    let mut terms = Terms::new(lang, tokens.len(), sentences.len());
    // English keeps apostrophes inside words ("don't").
    let mut english: Vec<lang::Token> = Vec::new();
    let bags: Vec<Vec<u32>> = sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let sentence = text.get(s.range.clone()).unwrap_or_default();
            let cut = if lang != Lang::En {
                tokens.of(i)
            } else {
                if !lang::join_apostrophes(sentence, tokens.of(i), &mut english) {
                    english.clear();
                    english.extend(lang::tokens(sentence, true));
                }
                english.as_slice()
            };
            terms.add_sentence(sentence, cut, is_prose(s))
        })
        .collect();
    let idf = terms.idf();
    let mut slots = vec![u32::MAX; terms.count()];
    let vectors: Vec<(Vec<(u32, f32)>, f32)> = bags
        .iter()
        .map(|bag| tf_idf(bag, &idf, &mut slots))
        .collect();
    let (forward, backward) = directed_centrality(&vectors, weights.edge_threshold, terms.count());
    let title_sims = title
        .map(|t| terms.lookup_bag(t))
        .or_else(|| pseudo_title(sentences, &bags))
        .map(|bag| cosines(&vectors, &tf_idf(&bag, &idf, &mut slots), terms.count()));
    let max_forward = forward
        .iter()
        .copied()
        .fold(0.0f32, f32::max)
        .max(f32::EPSILON);
    let max_backward = backward
        .iter()
        .copied()
        .fold(0.0f32, f32::max)
        .max(f32::EPSILON);
    let position_weight = weights.position
        * match roles.kind {
            TextKind::Lead => 1.0,
            TextKind::Study => weights.study_position,
        };
    let no_role = Role::default();
    let topical = topicality(&bags, &terms.term_counts);
    // Position counts prose sentences only, so that a headline, dateline or
    // label line before the lead does not push the lead down.
    let mut prose_before = 0usize;
    let scores = sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let prose = is_prose(s);
            let position = 1.0 / (1.0 + prose_before as f32 / weights.position_scale);
            prose_before += usize::from(prose);
            // A line that is not prose is not rewarded for echoing the
            // title: it may be the title itself.
            let title_sim = match &title_sims {
                Some(sims) if prose => sims.get(i).copied().unwrap_or(0.0),
                _ => 0.0,
            };
            let role = roles.of.get(i).unwrap_or(&no_role);
            let base = position_weight * position
                + weights.centrality_forward * forward[i] / max_forward
                + weights.centrality_backward * backward[i] / max_backward
                + weights.title * title_sim
                + weights.topicality * topical.get(i).copied().unwrap_or(0.0)
                + if s.first_in_block {
                    weights.paragraph_start
                } else {
                    0.0
                }
                + cue_bonus(role, weights);
            let words = terms.words.get(i).copied().unwrap_or(0) as f32;
            base.max(0.0)
                * length_factor(words, weights)
                * kind_factor(s, weights)
                * role_factor(role, roles.kind, weights)
        })
        .collect();
    Scored {
        scores,
        vectors,
        terms,
    }
}

/// Scales a score by sentence length (see [`Weights::min_words`] and
/// [`Weights::max_words`]). A sentence of no words (emoji, symbols) counts
/// as one word, so that it still ranks, last.
fn length_factor(words: f32, weights: &Weights) -> f32 {
    let words = words.max(1.0);
    if words < weights.min_words {
        words / weights.min_words
    } else if words > weights.max_words {
        (weights.max_words / words).sqrt()
    } else {
        1.0
    }
}

/// Running text rather than a heading, caption or line without sentence
/// punctuation.
pub(crate) fn is_prose(sentence: &Sentence) -> bool {
    sentence.terminated
        && matches!(
            sentence.kind,
            BlockKind::Paragraph | BlockKind::ListItem | BlockKind::Quote
        )
}

/// Scales a score by what kind of text the sentence is (see [`Weights`]).
fn kind_factor(sentence: &Sentence, weights: &Weights) -> f32 {
    let kind = match sentence.kind {
        BlockKind::Code => 0.0,
        BlockKind::Heading => weights.heading,
        BlockKind::Caption | BlockKind::Table => weights.caption,
        BlockKind::Paragraph | BlockKind::ListItem | BlockKind::Quote => 1.0,
    };
    let punctuation = if sentence.terminated || sentence.kind == BlockKind::Heading {
        1.0
    } else {
        weights.unterminated
    };
    kind * punctuation
}

/// Each sentence's topicality: the mean of its terms' counts in the text,
/// over the largest count (0 for a sentence without terms).
fn topicality(bags: &[Vec<u32>], term_counts: &[u32]) -> Vec<f32> {
    let most = term_counts.iter().copied().max().unwrap_or(0).max(1) as f32;
    bags.iter()
        .map(|bag| {
            // u64: one long sentence of a repeated word would overflow u32.
            let sum: u64 = bag
                .iter()
                .map(|&t| u64::from(term_counts.get(t as usize).copied().unwrap_or(0)))
                .sum();
            sum as f32 / (bag.len().max(1) as f32 * most)
        })
        .collect()
}

/// The bonus a sentence's cue phrases earn.
fn cue_bonus(role: &Role, weights: &Weights) -> f32 {
    let bonus = |present: bool, weight: f32| if present { weight } else { 0.0 };
    bonus(role.claim, weights.claim) + bonus(role.takeaway, weights.takeaway)
}

/// Scales a score by the section a sentence is under, by whether it is a
/// quotation or a question, and in reporting by whether it speaks in the
/// first person.
fn role_factor(role: &Role, kind: TextKind, weights: &Weights) -> f32 {
    let section = match role.section {
        Section::Plain => 1.0,
        Section::Key => weights.key_section,
        Section::Aside => weights.aside_section,
    };
    let factor = |present: bool, weight: f32| if present { weight } else { 1.0 };
    let first_person = role.first_person && kind == TextKind::Lead;
    section
        * factor(role.quotation, weights.quotation)
        * factor(role.question, weights.question)
        * factor(first_person, weights.first_person)
}

/// Without a title, a text that opens with a short line without sentence
/// punctuation (a headline) has that line for a title.
fn pseudo_title(sentences: &[Sentence], bags: &[Vec<u32>]) -> Option<Vec<u32>> {
    /// Longest line taken for a headline, in content words.
    const MAX_HEADLINE_TERMS: usize = 20;
    let first = sentences.first()?;
    let bag = bags.first()?;
    let headline = (!first.terminated || first.kind == BlockKind::Heading)
        && !bag.is_empty()
        && bag.len() <= MAX_HEADLINE_TERMS;
    headline.then(|| bag.clone())
}

/// Sums each sentence's graph similarities to the sentences after it and
/// to those before it, over edges at or above `threshold`, comparing each
/// sentence with at most [`GRAPH_WINDOW`] neighbours on each side.
fn directed_centrality(
    vectors: &[(Vec<(u32, f32)>, f32)],
    threshold: f32,
    term_count: usize,
) -> (Vec<f32>, Vec<f32>) {
    let n = vectors.len();
    let postings = Postings::new(vectors, term_count);
    let mut forward = vec![0.0f32; n];
    let mut backward = vec![0.0f32; n];
    let mut dot = vec![0.0f32; n];
    let mut touched: Vec<usize> = Vec::new();
    for (i, (vector, norm)) in vectors.iter().enumerate() {
        if *norm <= 0.0 {
            continue;
        }
        // Only later sentences: each pair is visited once, from its first.
        let last = (i + GRAPH_WINDOW).min(n.saturating_sub(1)) as u32;
        for &(term, weight) in vector {
            let list = postings.of(term);
            let from = list.partition_point(|(j, _)| *j <= i as u32);
            for &(j, w) in list.iter().skip(from).take_while(|(j, _)| *j <= last) {
                let j = j as usize;
                if dot[j] == 0.0 {
                    touched.push(j);
                }
                dot[j] += weight * w;
            }
        }
        for &j in &touched {
            let other_norm = vectors.get(j).map_or(0.0, |v| v.1);
            let sim = if other_norm > 0.0 {
                dot[j] / (norm * other_norm)
            } else {
                0.0
            };
            if sim >= threshold {
                forward[i] += sim;
                backward[j] += sim;
            }
            dot[j] = 0.0;
        }
        touched.clear();
    }
    (forward, backward)
}

/// Inverted index: for each term, the sentences holding it, in order, with
/// the term's weight there. All lists share one buffer (a list per term
/// would cost an allocation per term).
struct Postings {
    /// `entries[starts[t]..starts[t + 1]]` is term `t`'s list.
    starts: Vec<usize>,
    entries: Vec<(u32, f32)>,
}

impl Postings {
    fn new(vectors: &[(Vec<(u32, f32)>, f32)], term_count: usize) -> Postings {
        // Each term's count, then the running total before it.
        let mut starts = vec![0usize; term_count + 1];
        for (vector, _) in vectors {
            for &(term, _) in vector {
                if let Some(count) = starts.get_mut(term as usize) {
                    *count += 1;
                }
            }
        }
        let mut total = 0;
        for start in &mut starts {
            let count = *start;
            *start = total;
            total += count;
        }
        let mut fill: Vec<usize> = starts.clone();
        let mut entries = vec![(0u32, 0.0f32); starts.last().copied().unwrap_or(0)];
        for (i, (vector, _)) in vectors.iter().enumerate() {
            for &(term, weight) in vector {
                let Some(at) = fill.get_mut(term as usize) else {
                    continue;
                };
                if let Some(entry) = entries.get_mut(*at) {
                    *entry = (i as u32, weight);
                }
                *at += 1;
            }
        }
        Postings { starts, entries }
    }

    fn of(&self, term: u32) -> &[(u32, f32)] {
        let t = term as usize;
        match (self.starts.get(t), self.starts.get(t + 1)) {
            (Some(&from), Some(&to)) => self.entries.get(from..to).unwrap_or_default(),
            _ => &[],
        }
    }
}

/// TF-IDF vector of a bag of terms (each term once, in order of first
/// use), with its norm. `slots` maps a term to its place in the vector being
/// built; entries left from other vectors are told apart by checking the
/// term at that place, so the map needs no clearing (and no sort is needed).
fn tf_idf(bag: &[u32], idf: &[f32], slots: &mut [u32]) -> (Vec<(u32, f32)>, f32) {
    let mut vector: Vec<(u32, f32)> = Vec::with_capacity(bag.len());
    for &term in bag {
        let weight = idf.get(term as usize).copied().unwrap_or(0.0);
        let Some(slot) = slots.get_mut(term as usize) else {
            continue;
        };
        match vector.get_mut(*slot as usize) {
            Some((t, w)) if *t == term => *w += weight,
            _ => {
                *slot = vector.len() as u32;
                vector.push((term, weight));
            }
        }
    }
    let norm = vector.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    (vector, norm)
}

/// Cosine similarity of each of `vectors` to `target`, through a dense copy
/// of `target`: linear in the vectors' total size.
fn cosines(
    vectors: &[(Vec<(u32, f32)>, f32)],
    target: &(Vec<(u32, f32)>, f32),
    term_count: usize,
) -> Vec<f32> {
    let mut dense = vec![0.0f32; term_count];
    for &(term, weight) in &target.0 {
        if let Some(d) = dense.get_mut(term as usize) {
            *d += weight;
        }
    }
    vectors
        .iter()
        .map(|(vector, norm)| {
            if *norm <= 0.0 || target.1 <= 0.0 {
                return 0.0;
            }
            let dot: f32 = vector
                .iter()
                .map(|&(term, weight)| weight * dense.get(term as usize).copied().unwrap_or(0.0))
                .sum();
            dot / (norm * target.1)
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Terms

/// Marks a surface form that is a stop word, not a term.
const NO_TERM: u32 = u32::MAX;

/// A word as written: its lower-cased form is the string of its id in
/// [`Terms::surface_index`]; how it was written, a range of
/// [`Terms::spellings`].
struct Surface {
    term: u32,
    count: u32,
    /// Occurrences starting with a capital.
    capitalized: u32,
    /// The first capitalized occurrence as written ("Lukashenko", "NATO"),
    /// empty until there is one.
    written: Range<usize>,
}

/// Two terms seen next to each other.
struct Phrase {
    count: u32,
    first: u32,
    second: u32,
}

/// The text's vocabulary: surface forms, their stems (terms), counts, and
/// the phrases of two adjacent terms.
struct Terms {
    lang: Lang,
    /// The lower-cased surface forms; a form's id is its surface's index.
    surface_index: Interner,
    surfaces: Vec<Surface>,
    /// The capitalized spellings of the surfaces, one after the other.
    spellings: String,
    /// The terms (stems); a term's id is its index in `term_counts`.
    term_index: Interner,
    /// Occurrences of each term in the text.
    term_counts: Vec<u32>,
    phrases: FastMap<(u32, u32), Phrase>,
    /// Words per sentence, stop words included.
    words: Vec<u32>,
    /// Sentences holding each term.
    sentence_counts: Vec<u32>,
    /// The last sentence (numbered from 1) that counted each term.
    last_sentence: Vec<u32>,
    sentences: usize,
    lower: String,
    bag: Vec<u32>,
}

impl Terms {
    /// An empty vocabulary, with room for the distinct words of a text of
    /// `tokens` tokens (about half of them in news), so that its tables
    /// seldom grow while being filled.
    fn new(lang: Lang, tokens: usize, sentences: usize) -> Terms {
        let words = tokens / 2;
        Terms {
            lang,
            surface_index: Interner::with_capacity(words),
            surfaces: Vec::with_capacity(words),
            spellings: String::new(),
            term_index: Interner::with_capacity(words),
            term_counts: Vec::with_capacity(words),
            phrases: FastMap::default(),
            words: Vec::with_capacity(sentences),
            sentence_counts: Vec::new(),
            last_sentence: Vec::new(),
            sentences: 0,
            lower: String::new(),
            bag: Vec::new(),
        }
    }

    fn count(&self) -> usize {
        self.term_counts.len()
    }

    /// The terms of one sentence, in order, counted into the vocabulary.
    /// Phrases are collected from prose only: a headline repeated as a
    /// line of its own would otherwise make its word pairs look recurrent.
    fn add_sentence(&mut self, sentence: &str, tokens: &[lang::Token], prose: bool) -> Vec<u32> {
        // Gathered in a buffer kept from sentence to sentence, and copied
        // out at its final size: one allocation per sentence.
        let mut bag = std::mem::take(&mut self.bag);
        bag.clear();
        let mut words = 0u32;
        // The previous token, when it was a term and nothing but a space
        // or hyphen stands between it and the next: (surface, end offset).
        let mut previous: Option<(u32, usize)> = None;
        for &token in tokens {
            words += 1;
            let sid = self.surface(token.text, token.kind);
            let Some(surface) = self.surfaces.get_mut(sid as usize) else {
                continue;
            };
            surface.count += 1;
            let capitalized = token
                .text
                .chars()
                .next()
                // ASCII, most words, needs no table.
                .is_some_and(|c| {
                    if c.is_ascii() {
                        c.is_ascii_uppercase()
                    } else {
                        lang::lower_char(c) != c
                    }
                });
            if capitalized {
                surface.capitalized += 1;
                if surface.written.is_empty() {
                    let start = self.spellings.len();
                    self.spellings.push_str(token.text);
                    surface.written = start..self.spellings.len();
                }
            }
            let term = surface.term;
            if term == NO_TERM {
                previous = None;
                continue;
            }
            if let Some(count) = self.term_counts.get_mut(term as usize) {
                *count += 1;
            }
            bag.push(term);
            if token.kind == TokenKind::Word {
                if let Some((prev, end)) = previous {
                    let gap = sentence.get(end..token.start).unwrap_or("x");
                    if prose && gap.chars().all(|c| c == ' ' || c == '-') && gap.len() <= 2 {
                        self.add_phrase(prev, sid);
                    }
                }
                previous = Some((sid, token.start + token.text.len()));
            } else {
                previous = None;
            }
        }
        self.words.push(words);
        self.sentences += 1;
        // Count each term once per sentence: `last_sentence` marks the
        // sentence (numbered from 1) that last counted it.
        let mark = self.sentences as u32;
        for &term in &bag {
            if let (Some(last), Some(c)) = (
                self.last_sentence.get_mut(term as usize),
                self.sentence_counts.get_mut(term as usize),
            ) {
                if *last != mark {
                    *last = mark;
                    *c += 1;
                }
            }
        }
        let out = bag.clone();
        self.bag = bag;
        out
    }

    fn add_phrase(&mut self, first: u32, second: u32) {
        let (Some(a), Some(b)) = (
            self.surfaces.get(first as usize),
            self.surfaces.get(second as usize),
        ) else {
            return;
        };
        if a.term == b.term {
            return;
        }
        let phrase = self.phrases.entry((a.term, b.term)).or_insert(Phrase {
            count: 0,
            first,
            second,
        });
        phrase.count += 1;
    }

    /// The surface id of a token, added when new.
    fn surface(&mut self, text: &str, kind: TokenKind) -> u32 {
        self.lower.clear();
        lang::push_lower(&mut self.lower, text);
        let (sid, new) = self.surface_index.intern(&self.lower);
        if !new {
            return sid;
        }
        // Taken out for the while, so that the stem may borrow it.
        let lower = std::mem::take(&mut self.lower);
        let term = match kind {
            TokenKind::Word if lang::is_stop_word(self.lang, &lower) => NO_TERM,
            TokenKind::Word => self.intern_term(&lang::stem(self.lang, &lower)),
            TokenKind::Number | TokenKind::Bigram => self.intern_term(&lower),
        };
        self.surfaces.push(Surface {
            term,
            count: 0,
            capitalized: 0,
            written: 0..0,
        });
        self.lower = lower;
        sid
    }

    fn intern_term(&mut self, stem: &str) -> u32 {
        let (id, new) = self.term_index.intern(stem);
        if !new {
            return id;
        }
        self.term_counts.push(0);
        self.sentence_counts.push(0);
        self.last_sentence.push(0);
        id
    }

    /// The terms of a text outside the article (its title), without
    /// counting them: only terms the article has are kept.
    fn lookup_bag(&mut self, text: &str) -> Vec<u32> {
        let mut bag = Vec::new();
        for token in lang::tokens(text, self.lang == Lang::En) {
            self.lower.clear();
            lang::push_lower(&mut self.lower, token.text);
            let key = match token.kind {
                TokenKind::Word if lang::is_stop_word(self.lang, &self.lower) => continue,
                TokenKind::Word => lang::stem(self.lang, &self.lower).into_owned(),
                TokenKind::Number | TokenKind::Bigram => self.lower.clone(),
            };
            if let Some(term) = self.term_index.find(&key) {
                bag.push(term);
            }
        }
        bag
    }

    /// Inverse sentence frequency of each term (the BM25 form, always
    /// positive): rare terms weigh more.
    fn idf(&self) -> Vec<f32> {
        let n = self.sentences as f32;
        self.sentence_counts
            .iter()
            .map(|&df| {
                let df = df as f32;
                (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
            })
            .collect()
    }

    /// How a surface form is best shown: as first written capitalized if
    /// mostly capitalized (names, acronyms), else lower-case.
    fn display(&self, sid: u32) -> String {
        let Some(s) = self.surfaces.get(sid as usize) else {
            return String::new();
        };
        let shown = if s.capitalized * 2 > s.count && !s.written.is_empty() {
            self.spellings.get(s.written.clone()).unwrap_or_default()
        } else {
            self.surface_index.get(sid)
        };
        shown.to_string()
    }

    /// Key terms rank by how often the text uses them (stop words are
    /// already out; within-text rarity, which the sentence graph rewards,
    /// would rank the main topic last), ties by first use. Phrases of two
    /// words that recur count [`PHRASE_WEIGHT`] times their uses.
    fn keywords(&self, count: usize) -> Vec<(String, f32)> {
        /// A recurring two-word phrase is more telling than either word.
        const PHRASE_WEIGHT: f32 = 2.0;
        /// Phrases must recur to count.
        const MIN_PHRASE_COUNT: u32 = 2;
        if count == 0 {
            return Vec::new();
        }
        // The most frequent surface of each term shows it.
        let mut shown: Vec<Option<u32>> = vec![None; self.term_counts.len()];
        for (sid, s) in self.surfaces.iter().enumerate() {
            let Some(slot) = shown.get_mut(s.term as usize) else {
                continue;
            };
            let better = slot
                .and_then(|best| self.surfaces.get(best as usize))
                .is_none_or(|best| s.count > best.count);
            if better {
                *slot = Some(sid as u32);
            }
        }
        let weight =
            |term: u32| -> f32 { self.term_counts.get(term as usize).copied().unwrap_or(0) as f32 };
        let is_keyword_term = |term: u32, sid: u32| -> bool {
            // An unknown surface has no letters.
            let letters = self
                .surface_index
                .get(sid)
                .chars()
                .filter(|c| c.is_alphabetic())
                .count();
            let repeated = self.term_counts.get(term as usize).copied().unwrap_or(0) >= 2;
            letters >= 2 && (repeated || self.sentences <= 2)
        };
        let mut candidates: Vec<(f32, String, [u32; 2])> = Vec::new();
        for (term, sid) in shown.iter().enumerate() {
            let (term, Some(sid)) = (term as u32, *sid) else {
                continue;
            };
            if is_keyword_term(term, sid) {
                candidates.push((weight(term), self.display(sid), [term, term]));
            }
        }
        for ((a, b), phrase) in &self.phrases {
            if phrase.count < MIN_PHRASE_COUNT
                || !is_keyword_term(*a, phrase.first)
                || !is_keyword_term(*b, phrase.second)
            {
                continue;
            }
            let score = phrase.count as f32 * PHRASE_WEIGHT;
            let text = format!(
                "{} {}",
                self.display(phrase.first),
                self.display(phrase.second)
            );
            candidates.push((score, text, [*a, *b]));
        }
        let mut chosen: Vec<(f32, String, [u32; 2])> = Vec::new();
        // Best first, by selection: `count` is small, and this keeps a
        // sort instantiation out of the binary.
        while chosen.len() < count {
            let best = candidates
                .iter()
                .enumerate()
                .max_by(|(_, x), (_, y)| x.0.total_cmp(&y.0).then_with(|| y.2.cmp(&x.2)))
                .map(|(i, _)| i);
            let Some(best) = best else {
                break;
            };
            let candidate = candidates.swap_remove(best);
            // A word already shown inside a phrase (or a phrase whose words
            // are both shown) adds nothing.
            let covered = chosen.iter().any(|c| {
                let single = candidate.2[0] == candidate.2[1];
                if single {
                    c.2.contains(&candidate.2[0])
                } else {
                    c.2[0] == c.2[1] && candidate.2.contains(&c.2[0])
                }
            });
            if !covered {
                chosen.push(candidate);
            }
        }
        let top = chosen.first().map_or(1.0, |c| c.0).max(f32::EPSILON);
        chosen
            .into_iter()
            .map(|(s, text, _)| (text, s / top))
            .collect()
    }
}
