//! Text → sentences.
//!
//! In: the article's text, its blocks (paragraphs, headings, list items...)
//! and its language. Out: [`Sentence`]s, each a trimmed byte range of the
//! text inside one block: no sentence spans two blocks, and every heading or
//! list item is at least a unit of its own.
//!
//! Boundaries come from the Unicode sentence rules (UAX #29, via
//! `icu_segmenter`), which know `。！？।؟`, closing quotes and brackets after
//! a full stop, and decimals. They break after every period before a capital,
//! so this module joins back the pieces a reader would not split: after
//! titles (Mr., Dr.), abbreviations (U.S., e.g., Jan.), initials
//! (J. R. R. Tolkien), ordinals written with a period (German "3. Oktober")
//! and number prefixes (No. 5). The tables of those words are per language,
//! below; the rules that apply them follow.

use std::ops::Range;

use icu_segmenter::SentenceSegmenter;

use super::lang::{self, Lang};
use crate::render::article::{Block, BlockKind};
use crate::text::is_listed;

/// One sentence of the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the text, without surrounding whitespace.
    pub range: Range<usize>,
    /// Index of the block it belongs to.
    pub block: usize,
    pub kind: BlockKind,
    /// Whether it is the block's first sentence.
    pub first_in_block: bool,
    /// Whether it ends with sentence punctuation (. ! ? 。 ...), possibly
    /// followed by closing quotes or brackets. Lines without it are often
    /// titles, labels or link lists rather than prose.
    pub terminated: bool,
}

// ---------------------------------------------------------------------------
// Tables

/// Words written before a name with a period; a sentence never ends at one.
const TITLES: [(Lang, &str); 14] = [
    (Lang::En, "mr mrs ms dr prof sen rep gov gen lt col sgt capt cmdr adm maj rev hon messrs supt insp det pvt cpl"),
    (Lang::De, "hr hrn fr dr prof dipl ing"),
    (Lang::Fr, "m mm mme mmes mlle dr pr me"),
    (Lang::Es, "sr sra srta dr dra lic ing ud uds dña"),
    (Lang::It, "sig sigg dott prof avv ing"),
    (Lang::Pt, "sr sra srta dr dra prof eng"),
    (Lang::Nl, "dhr mevr mw dr prof ir drs mr ing"),
    (Lang::Ru, "проф акад доц"),
    (Lang::Pl, "dr prof mgr inż hab"),
    (Lang::Sv, "dr prof"),
    (Lang::Da, "dr prof hr"),
    (Lang::No, "dr prof hr"),
    (Lang::Fi, "tri prof"),
    (Lang::Tr, "dr prof doç av yrd"),
];

/// Words that, with a period, stand before a number in any language
/// ("No. 5", "Fig. 3", "Art. 12"): no break when a digit follows.
const NUMBER_PREFIXES: &str = "no nos nr nº núm art fig figs vol vols pp ch sec tel op pág pag str";

/// Other abbreviations written with a period. They can end a sentence, so
/// the break is kept when the next word is a stop word ("...in the U.S. The
/// ..."), and dropped otherwise ("U.S. President..."). Abbreviations made of
/// short letter groups joined by periods (e.g., z.B., t.ex.) need no entry:
/// they are recognized by their shape.
const ABBREVIATIONS: [(Lang, &str); 14] = [
    (Lang::En, "etc vs inc ltd co corp jr sr st ave blvd rd mt ft approx est dept univ jan feb apr jun jul aug sep sept oct nov dec mon tue tues thu thurs fri"),
    (Lang::De, "bzw ca ggf vgl usw evtl inkl allg bspw zzgl abs jh jhd tsd mio mrd"),
    (Lang::Fr, "env cf etc av bd boul janv févr avr juil sept oct nov déc"),
    (Lang::Es, "etc aprox avda av ej ene feb abr jun jul ago sept oct nov dic"),
    (Lang::It, "ecc ca es gen feb apr giu lug ago sett ott nov dic"),
    (Lang::Pt, "etc av aprox ex jan fev abr jun jul ago set out nov dez"),
    (Lang::Nl, "bijv enz ca evt incl ong zgn jan feb apr jun jul aug sept okt nov dec"),
    (Lang::Ru, "г гг др пр ул им см стр тыс млн млрд руб коп обл р"),
    (Lang::Pl, "np itd itp tzw ul godz tys mln mld zł ok al im wg"),
    (Lang::Sv, "ca kl resp jan feb apr jun jul aug sept okt nov dec"),
    (Lang::Da, "ca kl mht vedr jan feb apr jun jul aug sept okt nov dec"),
    (Lang::No, "ca kl mht jan feb apr jun jul aug sept okt nov des"),
    (Lang::Fi, "esim ks mm jne ym klo"),
    (Lang::Tr, "vb vs bkz örn"),
];

/// Languages that write ordinal numbers with a period ("am 3. Oktober").
const ORDINAL_PERIOD_LANGS: [Lang; 7] = [
    Lang::De,
    Lang::Da,
    Lang::No,
    Lang::Fi,
    Lang::Pl,
    Lang::Tr,
    Lang::Sv,
];

/// Characters that end a sentence.
const TERMINATORS: &str = ".!?…。！？｡।॥؟۔";
/// Characters that may follow a terminator and still belong to the sentence.
const CLOSERS: &str = "\"'”’»)]}」』）】›";
/// Quotation marks that can stand detached, with spaces on both sides;
/// whether one opens or closes is told by counting.
const QUOTES: &str = "\"'”’“‘";
/// Quotation marks that only ever close, and so belong to the sentence
/// before a break even after a space (French « C'est fini. »).
const CLOSING_QUOTES: &str = "»”」』›";

// ---------------------------------------------------------------------------
// Rules

/// The sentences of a plain text, whose paragraphs are separated by line
/// breaks, as byte ranges. `language` is an ISO 639-1 code, or `None` to
/// detect it.
pub fn sentences(text: &str, language: Option<&str>) -> Vec<Range<usize>> {
    let lang = lang::choose(text, language, None);
    let blocks = crate::render::article::paragraph_blocks(text);
    split(text, &blocks, lang, usize::MAX)
        .0
        .into_iter()
        .map(|s| s.range)
        .collect()
}

/// The sentences of `text`, block by block, at most `limit` of them; the
/// flag says whether there were more.
pub(crate) fn split(
    text: &str,
    blocks: &[Block],
    lang: Lang,
    limit: usize,
) -> (Vec<Sentence>, bool) {
    let segmenter = SentenceSegmenter::new(Default::default());
    let mut sentences = Vec::new();
    for (index, block) in blocks.iter().enumerate() {
        let Some(block_text) = text.get(block.range.clone()) else {
            continue;
        };
        let breaks: Vec<usize> = segmenter.segment_str(block_text).collect();
        let mut first = true;
        for piece in join_pieces(block_text, &breaks, lang) {
            let Some(range) = trimmed(block_text, piece) else {
                continue;
            };
            if sentences.len() == limit {
                return (sentences, true);
            }
            let body = block_text.get(range.clone()).unwrap_or_default();
            sentences.push(Sentence {
                range: block.range.start + range.start..block.range.start + range.end,
                block: index,
                kind: block.kind,
                first_in_block: first,
                terminated: is_terminated(body),
            });
            first = false;
        }
    }
    (sentences, false)
}

/// Turns the UAX #29 break offsets of a block into sentence ranges, joining
/// pieces across breaks a reader would not make, and moving a detached
/// closing quote back to the sentence it closes.
fn join_pieces(block: &str, breaks: &[usize], lang: Lang) -> Vec<Range<usize>> {
    let quotes = detached_quotes(block);
    let mut pieces: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    for &end in breaks.iter().filter(|&&b| b > 0) {
        let (Some(before), Some(after)) = (block.get(start..end), block.get(end..)) else {
            continue;
        };
        if end < block.len() && !is_real_break(before, after, lang) {
            continue;
        }
        let end = end + closing_quote_len(after, end, &quotes);
        if end > start {
            pieces.push(start..end);
        }
        start = end;
    }
    if start < block.len() {
        pieces.push(start..block.len());
    }
    pieces
}

/// Whether a UAX #29 break between `before` and `after` is a sentence end.
fn is_real_break(before: &str, after: &str, lang: Lang) -> bool {
    let Some(word) = word_before_period(before) else {
        return true;
    };
    let next = after.trim_start();
    let next_is_digit = next.starts_with(|c: char| c.is_ascii_digit());
    if in_table(&TITLES, &TITLES_LONGEST, lang, &word) {
        return false;
    }
    if word.len() <= NUMBER_PREFIXES_LONGEST && is_listed(NUMBER_PREFIXES, &word) {
        return !next_is_digit;
    }
    let abbreviation = in_table(&ABBREVIATIONS, &ABBREVIATIONS_LONGEST, lang, &word)
        || is_initial(&word)
        || is_dotted_abbreviation(&word)
        || (ORDINAL_PERIOD_LANGS.contains(&lang) && is_short_number(&word));
    if !abbreviation {
        return true;
    }
    // After an abbreviation, a new sentence shows itself by a stop word
    // ("The", "He", "Die") or by an opening quote or bracket; another
    // initial continues a name ("А. С. Пушкин", where "с" is a stop word).
    if starts_with_initial(next) {
        return false;
    }
    match next.chars().next() {
        Some(c) if c.is_alphanumeric() => starts_with_stop_word(next, lang),
        Some(_) => true,
        None => false,
    }
}

/// The lower-cased word before a final period of `piece` ("u.s" for "...the
/// U.S. "), or `None` when the piece does not end with a period.
fn word_before_period(piece: &str) -> Option<String> {
    let body = piece.trim_end().strip_suffix('.')?;
    if body.ends_with('.') {
        return None; // an ellipsis
    }
    let word = body
        .rsplit(|c: char| c.is_whitespace())
        .next()?
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    if word.is_empty() {
        return None;
    }
    let mut lower = String::new();
    lang::push_lower(&mut lower, word);
    Some(lower)
}

/// Whether `word` is in `lang`'s entry of `table`, whose entries' longest
/// words are `longest` bytes long: a longer word is in no entry, and is
/// not looked for (most words that end a sentence).
fn in_table(table: &[(Lang, &str)], longest: &[usize], lang: Lang, word: &str) -> bool {
    let listed = |i: usize| {
        longest.get(i).is_some_and(|&n| word.len() <= n)
            && table
                .get(i)
                .is_some_and(|(_, words)| is_listed(words, word))
    };
    match table.iter().position(|(l, _)| *l == lang) {
        Some(i) => listed(i),
        // Unknown language: any language's entry counts.
        None if matches!(lang, Lang::Und | Lang::Other(_)) => (0..table.len()).any(listed),
        None => false,
    }
}

/// The length in bytes of the longest word of each entry of `table`.
const fn longest_words<const N: usize>(table: &[(Lang, &str); N]) -> [usize; N] {
    let mut longest = [0; N];
    let mut i = 0;
    while i < N {
        let bytes = table[i].1.as_bytes();
        let (mut at, mut run) = (0, 0);
        while at < bytes.len() {
            run = if bytes[at] == b' ' { 0 } else { run + 1 };
            if run > longest[i] {
                longest[i] = run;
            }
            at += 1;
        }
        i += 1;
    }
    longest
}

const TITLES_LONGEST: [usize; TITLES.len()] = longest_words(&TITLES);
const ABBREVIATIONS_LONGEST: [usize; ABBREVIATIONS.len()] = longest_words(&ABBREVIATIONS);
const NUMBER_PREFIXES_LONGEST: usize = longest_words(&[(Lang::Und, NUMBER_PREFIXES)])[0];

/// A single letter: an initial ("J. R. R. Tolkien").
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none()
}

/// Whether `text` starts with a single letter and a period.
fn starts_with_initial(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(char::is_alphabetic) && chars.next() == Some('.')
}

/// Letter groups of one or two letters joined by periods: "u.s", "e.g",
/// "z.b", "t.ex", "bl.a", "т.е".
fn is_dotted_abbreviation(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| {
            (1..=3).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic)
        })
}

/// One to three digits: an ordinal when followed by a period in some languages.
fn is_short_number(word: &str) -> bool {
    (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `text` starts with a stop word of `lang` (of any language when
/// `lang` has no list).
fn starts_with_stop_word(text: &str, lang: Lang) -> bool {
    let Some(token) = lang::tokens(text, lang == Lang::En).next() else {
        return false;
    };
    let mut lower = String::new();
    lang::push_lower(&mut lower, token.text);
    if lang::STOP_LANGS.contains(&lang) {
        lang::is_stop_word(lang, &lower)
    } else {
        lang::STOP_LANGS
            .iter()
            .any(|l| lang::is_stop_word(*l, &lower))
    }
}

/// Byte offsets of quotation marks that stand alone between spaces, as in
/// text tokenized and re-spaced ("' I agree , ' he said").
fn detached_quotes(block: &str) -> Vec<usize> {
    let mut found = Vec::new();
    let mut prev_space = true;
    let mut chars = block.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_space = chars.peek().is_none_or(|(_, n)| n.is_whitespace());
        // The spaces first: most characters are not between two.
        if prev_space && next_space && QUOTES.contains(c) {
            found.push(i);
        }
        prev_space = c.is_whitespace();
    }
    found
}

/// When the text after a break starts with a quotation mark that closes a
/// quote (a closing-only mark, or a detached mark with an odd number of
/// detached marks before it), its length, so that the break moves after it.
fn closing_quote_len(after: &str, offset: usize, quotes: &[usize]) -> usize {
    let lead = after.len() - after.trim_start().len();
    let at = offset + lead;
    let closing_only = after
        .get(lead..)
        .is_some_and(|rest| rest.starts_with(|c: char| CLOSING_QUOTES.contains(c)));
    let closes = closing_only
        || quotes
            .binary_search(&at)
            .is_ok_and(|position| position % 2 == 1);
    if !closes {
        return 0;
    }
    lead + after
        .get(lead..)
        .and_then(|s| s.chars().next())
        .map_or(0, char::len_utf8)
}

/// `range` of `block` without surrounding whitespace; `None` when nothing
/// readable is left (only spaces or punctuation).
fn trimmed(block: &str, range: Range<usize>) -> Option<Range<usize>> {
    let piece = block.get(range.clone())?;
    let start = range.start + (piece.len() - piece.trim_start().len());
    let end = range.start + piece.trim_end().len();
    let body = block.get(start..end)?;
    let readable = body
        .chars()
        .any(|c| c.is_alphanumeric() || (!c.is_whitespace() && !is_punctuation(c)));
    readable.then_some(start..end)
}

fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c as u32, 0xA1..=0xBF | 0x2000..=0x206F | 0x3000..=0x303F | 0xFF01..=0xFF0F)
}

/// Whether a sentence ends with sentence punctuation, before any closing
/// quotes or brackets.
fn is_terminated(sentence: &str) -> bool {
    sentence
        .trim_end()
        .trim_end_matches(|c: char| CLOSERS.contains(c) || c.is_whitespace())
        .ends_with(|c: char| TERMINATORS.contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_of_plain_text() {
        let text = "Mr. Smith paid $3.50 at 5 p.m. in the U.S. yesterday. He left.";
        let ranges = super::sentences(text, Some("en"));
        let got: Vec<&str> = ranges.into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            got,
            [
                "Mr. Smith paid $3.50 at 5 p.m. in the U.S. yesterday.",
                "He left."
            ]
        );
    }

    fn sentences(text: &str, lang: Lang) -> Vec<&str> {
        let blocks = crate::render::article::paragraph_blocks(text);
        split(text, &blocks, lang, usize::MAX)
            .0
            .iter()
            .map(|s| &text[s.range.clone()])
            .collect()
    }

    #[test]
    fn the_longest_word_of_each_entry_is_measured() {
        assert_eq!(
            longest_words(&[(Lang::En, "mr messrs dr"), (Lang::Ru, "проф г")]),
            [6, 8]
        );
        for (i, (_, words)) in TITLES.iter().enumerate() {
            let longest = words.split(' ').map(str::len).max();
            assert_eq!(longest, Some(TITLES_LONGEST[i]), "{words}");
        }
    }

    #[test]
    fn dotted_abbreviations_are_known_by_shape() {
        assert!(is_dotted_abbreviation("u.s"));
        assert!(is_dotted_abbreviation("t.ex"));
        assert!(!is_dotted_abbreviation("example.com"));
        assert!(!is_dotted_abbreviation("u.s."));
    }

    #[test]
    fn respaced_quotes_close_their_sentence() {
        let text = "' What will we do ? ' Adam joked on twitter. ' We will dance . ' She laughed.";
        assert_eq!(
            sentences(text, Lang::En),
            [
                "' What will we do ? '",
                "Adam joked on twitter.",
                "' We will dance . '",
                "She laughed."
            ]
        );
    }

    #[test]
    fn punctuation_only_pieces_are_dropped() {
        assert_eq!(
            sentences("Hello there. *** . Bye now.", Lang::En),
            ["Hello there.", "Bye now."]
        );
    }
}
