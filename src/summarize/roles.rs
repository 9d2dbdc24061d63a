//! Sentences → roles: what each sentence does in its text, as the word
//! tables of `rules.rs` show it.
//!
//! In: the text, its sentences and language. Out: a [`Role`] per sentence
//! (cue phrases of a claim or a takeaway; the section it is
//! under, from the heading above it; whether it opens by pointing back;
//! whether it is a quotation or a question) and the [`TextKind`] those
//! signals point to, which sets how much the opening of the text counts.
//!
//! Each sentence's words are read once and looked up in tables sorted by
//! their first word, so the work is linear in the text.

use std::ops::Range;
use std::sync::OnceLock;

use super::lang::{self, Lang, TokenKind};
use super::rules::{self, Cues};
use super::segment::Sentence;
use crate::render::article::BlockKind;
use crate::text::is_listed;

/// What a sentence does, as far as its words tell.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Role {
    /// It states the point of a study or essay ("we propose", "in this paper").
    pub claim: bool,
    /// It opens with a conclusion or takeaway ("in short", "overall").
    pub takeaway: bool,
    /// The kind of section it is under.
    pub section: Section,
    /// It opens with a word that refers to what came before ("He", "This",
    /// "However"): alone, it refers to nothing.
    pub opens_back: bool,
    /// It opens with a quotation mark: someone's words.
    pub quotation: bool,
    /// It asks a question.
    pub question: bool,
    /// It speaks in the first person ("I", "we", "our").
    pub first_person: bool,
}

/// The kind of section a sentence is under, from the heading above it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Section {
    /// No heading, or one that says nothing about the section's role.
    #[default]
    Plain,
    /// A summary, conclusion, results or takeaways section.
    Key,
    /// References, acknowledgements, notes about the author, comments.
    Aside,
}

/// What kind of text it is, as far as its opening's weight goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    /// News and most expository writing: the opening states the gist.
    Lead,
    /// A study, a paper's abstract or an essay that announces its point
    /// ("in this paper", "we propose"): the opening sets the scene, and the
    /// point is where the text says it is.
    Study,
}

/// The roles of a text's sentences, and the kind of text they make.
pub struct Roles {
    pub of: Vec<Role>,
    pub kind: TextKind,
}

/// Reads the role of every sentence of `text`.
pub fn analyze(
    text: &str,
    sentences: &[Sentence],
    tokens: &lang::SentenceTokens,
    lang: Lang,
) -> Roles {
    let tables = Tables::of(lang);
    let mut words = Words::default();
    let mut section = Section::Plain;
    let mut of = Vec::with_capacity(sentences.len());
    for (i, sentence) in sentences.iter().enumerate() {
        let body = text.get(sentence.range.clone()).unwrap_or_default();
        words.read(tokens.of(i));
        if is_heading_line(sentences, i, words.len()) {
            section = tables.section_of(&words);
        }
        let mut role = Role {
            section,
            quotation: body.starts_with(|c: char| rules::OPENING_QUOTES.contains(c)),
            question: is_question(body),
            ..Role::default()
        };
        // One pass over the words finds the cues and the first person.
        tables.cues.each_match(&words, |tag| match tag {
            CLAIM => role.claim = true,
            TAKEAWAY => role.takeaway = true,
            _ => role.first_person = true,
        });
        role.opens_back = tables.opens_back(&words);
        of.push(role);
    }
    let kind = text_kind(&of);
    Roles { of, kind }
}

/// The kind of text the sentences' roles point to. A page kind from
/// extraction (an article, documentation, a forum thread), when there is
/// one, would be the first evidence to weigh here.
fn text_kind(roles: &[Role]) -> TextKind {
    if roles.iter().any(|r| r.claim) {
        TextKind::Study
    } else {
        TextKind::Lead
    }
}

/// Whether sentence `i` heads a section: a heading block, or in plain text
/// a short line without sentence punctuation that makes up its paragraph.
fn is_heading_line(sentences: &[Sentence], i: usize, words: usize) -> bool {
    let Some(s) = sentences.get(i) else {
        return false;
    };
    if s.kind == BlockKind::Heading {
        return true;
    }
    let alone = s.first_in_block && sentences.get(i + 1).is_none_or(|n| n.block != s.block);
    s.kind == BlockKind::Paragraph
        && alone
        && !s.terminated
        && (1..=rules::PLAIN_HEADING_MAX_WORDS).contains(&words)
}

/// Whether a sentence ends with a question mark (before closing quotes or
/// brackets).
fn is_question(sentence: &str) -> bool {
    sentence
        .trim_end_matches(|c: char| c.is_whitespace() || "\"'”’»)]}」』）".contains(c))
        .ends_with(|c: char| rules::QUESTION_MARKS.contains(c))
}

// ---------------------------------------------------------------------------
// The tables of one language, ready for lookup

/// Tags of the cue phrases.
const CLAIM: u8 = 0;
const TAKEAWAY: u8 = 1;
/// The words of the first person share the cues' set.
const FIRST_PERSON: u8 = 2;

/// Tags of the heading phrases.
const KEY: u8 = 0;
const ASIDE: u8 = 1;

struct Tables {
    cues: PhraseSet,
    openers: PhraseSet,
    demonstratives: PhraseSet,
    self_reference: PhraseSet,
    headings: PhraseSet,
}

impl Tables {
    /// The tables of `lang`, built on first use and kept: building them
    /// costs more than reading the roles of a news article.
    fn of(lang: Lang) -> &'static Tables {
        /// One slot per language with tables.
        static BUILT: [OnceLock<Tables>; lang::STOP_LANGS.len()] =
            [const { OnceLock::new() }; lang::STOP_LANGS.len()];
        /// The languages without tables share theirs (English headings).
        static OTHERS: OnceLock<Tables> = OnceLock::new();
        let slot = if lang == Lang::Und {
            Lang::En.stop_index()
        } else {
            lang.stop_index()
        };
        let cell = slot.and_then(|i| BUILT.get(i)).unwrap_or(&OTHERS);
        cell.get_or_init(|| Tables::new(slot))
    }

    /// The tables of the language in `slot` of `lang::STOP_LANGS` (the
    /// order of every table in `rules.rs`), none for a language without
    /// tables. Headings read English too, whatever the language.
    fn new(slot: Option<usize>) -> Tables {
        let entry = |table: &[(Lang, &'static str)]| {
            slot.and_then(|i| table.get(i))
                .map_or("", |(_, words)| *words)
        };
        let mut cues = PhraseSet::default();
        if let Some((_, Cues { claim, takeaway })) = slot.and_then(|i| rules::CUES.get(i)) {
            cues.add(claim, CLAIM);
            cues.add(takeaway, TAKEAWAY);
        }
        let mut headings = PhraseSet::default();
        headings.add(entry(&rules::KEY_HEADINGS), KEY);
        headings.add(entry(&rules::ASIDE_HEADINGS), ASIDE);
        let english = Lang::En.stop_index();
        if slot != english {
            let (key, aside) = (&rules::KEY_HEADINGS, &rules::ASIDE_HEADINGS);
            for (table, tag) in [(key, KEY), (aside, ASIDE)] {
                let words = english.and_then(|i| table.get(i)).map_or("", |(_, w)| *w);
                headings.add(words, tag);
            }
        }
        let mut openers = PhraseSet::default();
        openers.add(entry(&rules::OPENERS), 0);
        let mut demonstratives = PhraseSet::default();
        demonstratives.add(entry(&rules::DEMONSTRATIVES), 0);
        let mut self_reference = PhraseSet::default();
        self_reference.add(entry(&rules::SELF_REFERENCE), 0);
        cues.add(entry(&rules::FIRST_PERSON), FIRST_PERSON);
        Tables {
            cues,
            openers,
            demonstratives,
            self_reference,
            headings,
        }
    }

    /// Whether the words open with a back-pointing opener, unless it is a
    /// demonstrative followed by a word pointing at the text itself or a
    /// time ("This paper", "This year").
    fn opens_back(&self, words: &Words) -> bool {
        if self.openers.longest_at_start(words).is_none() {
            return false;
        }
        let names_text_or_time = self.demonstratives.longest_at_start(words) == Some((1, 0))
            && self.self_reference.longest_at(words, 1, true).is_some();
        !names_text_or_time
    }

    /// The kind of section a heading opens: the longest listed phrase it
    /// starts with (after a section number), if the heading is not much
    /// longer than the phrase.
    fn section_of(&self, words: &Words) -> Section {
        let from = section_number_len(words);
        let rest = words.len().saturating_sub(from);
        match self.headings.longest_at(words, from, true) {
            Some((len, tag)) if rest <= len + rules::HEADING_EXTRA_WORDS => {
                if tag == KEY {
                    Section::Key
                } else {
                    Section::Aside
                }
            }
            _ => Section::Plain,
        }
    }
}

/// Words at a heading's start that number it ("3.", "IV", "A"), when more
/// words follow.
fn section_number_len(words: &Words) -> usize {
    const ROMAN: &str = "i ii iii iv v vi vii viii ix x xi xii";
    let mut n = 0;
    while n + 1 < words.len() {
        let w = words.word(n);
        let numbering =
            words.is_number(n) || is_listed(ROMAN, w) || (w.chars().count() == 1 && n == 0);
        if !numbering {
            break;
        }
        n += 1;
    }
    n
}

// ---------------------------------------------------------------------------
// Words and phrases

/// The lower-cased words of one sentence, in one buffer.
#[derive(Default)]
struct Words {
    lower: String,
    spans: Vec<(Range<usize>, TokenKind)>,
}

impl Words {
    /// Reads the words of a sentence's tokens, replacing those held.
    /// Apostrophes split words here in every language, as in the tables
    /// ("it's" is "it" "s").
    fn read(&mut self, tokens: &[lang::Token]) {
        self.lower.clear();
        self.spans.clear();
        for token in tokens {
            let start = self.lower.len();
            lang::push_lower(&mut self.lower, token.text);
            self.spans.push((start..self.lower.len(), token.kind));
        }
    }

    fn len(&self) -> usize {
        self.spans.len()
    }

    fn word(&self, i: usize) -> &str {
        self.spans
            .get(i)
            .and_then(|(r, _)| self.lower.get(r.clone()))
            .unwrap_or_default()
    }

    fn is_number(&self, i: usize) -> bool {
        self.spans
            .get(i)
            .is_some_and(|(_, k)| *k == TokenKind::Number)
    }
}

/// A word of a phrase: as written, or a prefix ("показ*").
#[derive(Clone, Copy)]
struct PhraseWord {
    text: &'static str,
    prefix: bool,
}

impl PhraseWord {
    fn matches(&self, word: &str) -> bool {
        if self.prefix {
            word.starts_with(self.text)
        } else {
            word == self.text
        }
    }
}

struct Phrase {
    words: Vec<PhraseWord>,
    /// Counts only at the start of a sentence.
    anchored: bool,
    tag: u8,
}

/// Phrases from the tables, sorted by their first word for lookup; those
/// whose first word is a prefix are kept apart and tried everywhere.
#[derive(Default)]
struct PhraseSet {
    by_first_word: Vec<Phrase>,
    /// The first word of each phrase of `by_first_word`, side by side
    /// for the search.
    first_words: Vec<&'static str>,
    /// Where the phrases whose first word starts with each byte start in
    /// `by_first_word`, and at 256 its end: a word is searched for among
    /// the phrases of its first byte only.
    by_first_byte: Vec<usize>,
    prefixed: Vec<Phrase>,
}

impl PhraseSet {
    /// Adds the `|`-separated phrases of a table entry, with `tag`.
    fn add(&mut self, entry: &'static str, tag: u8) {
        for written in entry.split('|') {
            let written = written.trim();
            let anchored = written.starts_with('^');
            let words: Vec<PhraseWord> = lang::tokens(written, false)
                .map(|t| PhraseWord {
                    text: t.text,
                    prefix: written
                        .get(t.start + t.text.len()..)
                        .is_some_and(|rest| rest.starts_with('*')),
                })
                .collect();
            let Some(first) = words.first().copied() else {
                continue;
            };
            let phrase = Phrase {
                words,
                anchored,
                tag,
            };
            if first.prefix {
                self.prefixed.push(phrase);
            } else {
                // Kept sorted by insertion: a few hundred phrases, built
                // once per call.
                let at = self.first_words.partition_point(|w| *w <= first.text);
                self.by_first_word.insert(at, phrase);
                self.first_words.insert(at, first.text);
            }
        }
        self.by_first_byte.clear();
        let mut at = 0;
        for byte in 0..=256 {
            while self
                .first_words
                .get(at)
                .is_some_and(|w| w.bytes().next().map_or(0, usize::from) < byte)
            {
                at += 1;
            }
            self.by_first_byte.push(at);
        }
    }

    /// The phrases that may start with `word`.
    fn candidates<'s>(&'s self, word: &str) -> impl Iterator<Item = &'s Phrase> + 's {
        let byte = word.bytes().next().map_or(0, usize::from);
        let (from, to) = match (
            self.by_first_byte.get(byte),
            self.by_first_byte.get(byte + 1),
        ) {
            (Some(&from), Some(&to)) => (from, to),
            _ => (0, 0),
        };
        let bucket = self.first_words.get(from..to).unwrap_or_default();
        let start = bucket.partition_point(|w| *w < word);
        let len = bucket
            .get(start..)
            .unwrap_or_default()
            .iter()
            .take_while(|w| **w == word)
            .count();
        self.by_first_word
            .get(from + start..from + start + len)
            .unwrap_or_default()
            .iter()
            .chain(self.prefixed.iter())
    }

    /// Calls `found` with the tag of every phrase found in `words`.
    fn each_match(&self, words: &Words, mut found: impl FnMut(u8)) {
        for at in 0..words.len() {
            for phrase in self.candidates(words.word(at)) {
                if (!phrase.anchored || at == 0) && phrase_at(phrase, words, at) {
                    found(phrase.tag);
                }
            }
        }
    }

    /// The longest phrase found at the sentence start: its length in words
    /// and its tag.
    fn longest_at_start(&self, words: &Words) -> Option<(usize, u8)> {
        self.longest_at(words, 0, true)
    }

    /// The longest phrase found at word `at` (anchored phrases too when
    /// `start` says `at` counts as the start): its length and tag.
    fn longest_at(&self, words: &Words, at: usize, start: bool) -> Option<(usize, u8)> {
        if at >= words.len() {
            return None;
        }
        self.candidates(words.word(at))
            .filter(|p| (start || !p.anchored) && phrase_at(p, words, at))
            .map(|p| (p.words.len(), p.tag))
            .max_by_key(|(len, _)| *len)
    }
}

/// Whether `phrase` is found in `words` from word `at`.
fn phrase_at(phrase: &Phrase, words: &Words, at: usize) -> bool {
    at + phrase.words.len() <= words.len()
        && phrase
            .words
            .iter()
            .enumerate()
            .all(|(i, w)| w.matches(words.word(at + i)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(text: &str, lang: Lang) -> Vec<Role> {
        let blocks = crate::render::article::paragraph_blocks(text);
        let (sentences, _) = super::super::segment::split(text, &blocks, lang, usize::MAX);
        let tokens = lang::SentenceTokens::new(text, sentences.iter().map(|s| s.range.clone()));
        analyze(text, &sentences, &tokens, lang).of
    }

    fn one(text: &str, lang: Lang) -> Role {
        roles(text, lang)[0]
    }

    #[test]
    fn cue_phrases_mark_claims_and_takeaways() {
        let r = one(
            "In this paper, we propose a faster parser for HTML.",
            Lang::En,
        );
        assert!(r.claim && !r.takeaway);
        let r = one(
            "Our results show that the parser is twice as fast.",
            Lang::En,
        );
        // A finding is no claim of its own.
        assert!(!r.claim && !r.takeaway);
        let r = one("Overall, the new parser is the better choice.", Lang::En);
        assert!(r.takeaway);
        // A takeaway phrase counts only where it opens the sentence.
        let r = one("The overall cost of the bridge rose again.", Lang::En);
        assert_eq!(r, Role::default());
        // Prefix words match inflections.
        assert!(one("Подводя итоги, метод работает быстрее.", Lang::Ru).takeaway);
        assert!(one("Подводя итог, метод работает быстрее.", Lang::Ru).takeaway);
        // Words split at apostrophes as the tables write them.
        assert!(one("Dans l'ensemble, la méthode est plus rapide.", Lang::Fr).takeaway);
        assert!(one("Dans cet article, nous décrivons la méthode.", Lang::Fr).claim);
        assert!(one("Proponemos un método nuevo para leer tablas.", Lang::Es).claim);
        assert!(one("Bu çalışmada yeni bir yöntem öneriyoruz.", Lang::Tr).claim);
        // A language without tables has no cues.
        let r = one("We propose a method.", Lang::Other(*b"ko\0"));
        assert!(!r.claim);
    }

    #[test]
    fn back_pointing_openers() {
        let text = "The council met on Monday. He said the bridge would close. \
                    However, repairs will start soon. This paper describes the plan. \
                    This year the river rose twice. ' It was a shock , ' she said. \
                    Their report is due in May. Heavy rain is expected.";
        let back: Vec<bool> = roles(text, Lang::En).iter().map(|r| r.opens_back).collect();
        assert_eq!(back, [false, true, true, false, false, true, true, false]);
        let de = roles(
            "Der Rat tagte. Er sagte nichts. Das Wetter war gut. Diese Studie zeigt es.",
            Lang::De,
        );
        let back: Vec<bool> = de.iter().map(|r| r.opens_back).collect();
        // "Das" is an article as often as a pronoun; "Diese Studie" names the text.
        assert_eq!(back, [false, true, false, false]);
        let es = roles(
            "El consejo se reunió. Sin embargo, nada cambió. Sinfonía de otoño.",
            Lang::Es,
        );
        let back: Vec<bool> = es.iter().map(|r| r.opens_back).collect();
        assert_eq!(back, [false, true, false]);
    }

    #[test]
    fn headings_mark_key_and_aside_sections() {
        let text = "How the bridge was saved\nThe council met on Monday and voted.\n\
                    Conclusions and future work\nThe bridge will stay open for cars.\n\
                    References\nJane Smith, A history of bridges, 1990.\n\
                    A new chapter\nThe ferry runs again.";
        let sections: Vec<Section> = roles(text, Lang::En).iter().map(|r| r.section).collect();
        use Section::*;
        assert_eq!(
            sections,
            [Plain, Plain, Key, Key, Aside, Aside, Plain, Plain]
        );
        // A heading much longer than the phrase it starts with is not one
        // of the listed sections.
        let text = "Results from the weekend football league\nThe home side won.";
        assert!(roles(text, Lang::En).iter().all(|r| r.section == Plain));
        // Headings in the text's language, and in English.
        let text = "Fazit\nDie Brücke bleibt offen.\nReferences\nEin Buch.";
        let sections: Vec<Section> = roles(text, Lang::De).iter().map(|r| r.section).collect();
        assert_eq!(sections, [Key, Key, Aside, Aside]);
    }

    #[test]
    fn every_table_is_in_the_order_of_the_stop_word_languages() {
        let order = lang::STOP_LANGS;
        let cues: Vec<Lang> = rules::CUES.iter().map(|(l, _)| *l).collect();
        assert_eq!(cues, order);
        for table in [
            &rules::KEY_HEADINGS,
            &rules::ASIDE_HEADINGS,
            &rules::OPENERS,
            &rules::DEMONSTRATIVES,
            &rules::SELF_REFERENCE,
            &rules::FIRST_PERSON,
        ] {
            let langs: Vec<Lang> = table.iter().map(|(l, _)| *l).collect();
            assert_eq!(langs, order);
        }
    }

    #[test]
    fn section_numbers_are_skipped() {
        let mut words = Words::default();
        let tables = Tables::of(Lang::En);
        for heading in [
            "3 Conclusions",
            "IV Results",
            "A Summary",
            "2.1 Key findings",
        ] {
            words.read(&lang::tokens(heading, false).collect::<Vec<_>>());
            assert_eq!(tables.section_of(&words), Section::Key, "{heading}");
        }
        words.read(&lang::tokens("Acknowledgements", false).collect::<Vec<_>>());
        assert_eq!(tables.section_of(&words), Section::Aside);
        words.read(
            &lang::tokens("Summary of the week in pictures and words", false).collect::<Vec<_>>(),
        );
        assert_eq!(tables.section_of(&words), Section::Plain);
    }

    #[test]
    fn quotations_questions_and_the_kind_of_text() {
        let text =
            "\u{201c}We will rebuild,\u{201d} the mayor said. Who pays for it? Nobody knows yet.";
        let r = roles(text, Lang::En);
        assert!(r[0].quotation && !r[0].question);
        assert!(r[1].question && !r[1].quotation);
        assert!(!r[2].question && !r[2].quotation);
        let kind = |text: &str| {
            let blocks = crate::render::article::paragraph_blocks(text);
            let (s, _) = super::super::segment::split(text, &blocks, Lang::En, usize::MAX);
            let tokens = lang::SentenceTokens::new(text, s.iter().map(|s| s.range.clone()));
            analyze(text, &s, &tokens, Lang::En).kind
        };
        assert_eq!(kind(text), TextKind::Lead);
        assert_eq!(
            kind("Parsing is slow. We propose a faster parser. It is twice as fast."),
            TextKind::Study
        );
    }
}
