//! Language → tokens: which language a text is in, its word tokens, its stop
//! words and the stems of its words.
//!
//! In: a text (and a declared language, if any). Out: a [`Lang`], and for
//! each sentence its tokens ([`tokens`]), lowered ([`push_lower`]) and
//! stemmed ([`stem`]).
//!
//! Languages with stop words and stemming: the fifteen of [`STOP_LANGS`].
//! Chinese, Japanese and Thai, which are written without spaces, are cut into
//! character bigrams. Any other language is tokenized at word boundaries
//! without stop words or stemming.
//!
//! Stemming is a light suffix stripper per language (tables below), or a
//! Snowball stemmer from `frostem` for each language whose `snowball-xx`
//! cargo feature is on (2–5 KB of wasm each, which is why they are opt-in).

use std::borrow::Cow;

use crate::text::FastMap;

include!(concat!(env!("OUT_DIR"), "/stop_words.rs"));

/// The languages that have stop words, in the order of the generated
/// `STOP_LISTS` (see build.rs).
pub const STOP_LANGS: [Lang; 15] = [
    Lang::En,
    Lang::De,
    Lang::Fr,
    Lang::Es,
    Lang::It,
    Lang::Pt,
    Lang::Nl,
    Lang::Ru,
    Lang::Pl,
    Lang::Sv,
    Lang::Da,
    Lang::No,
    Lang::Fi,
    Lang::Tr,
    Lang::Ar,
];

/// A language as the summarizer treats it.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    De,
    Fr,
    Es,
    It,
    Pt,
    Nl,
    Ru,
    Pl,
    Sv,
    Da,
    No,
    Fi,
    Tr,
    Ar,
    Zh,
    Ja,
    Th,
    /// Another language, known by its (lower-case, ASCII) ISO 639 code:
    /// analysed without stop words or stemming.
    Other([u8; 3]),
    /// Unknown.
    Und,
}

/// Codes of the languages with their own variant.
const CODES: [(&str, Lang); 18] = [
    ("en", Lang::En),
    ("de", Lang::De),
    ("fr", Lang::Fr),
    ("es", Lang::Es),
    ("it", Lang::It),
    ("pt", Lang::Pt),
    ("nl", Lang::Nl),
    ("ru", Lang::Ru),
    ("pl", Lang::Pl),
    ("sv", Lang::Sv),
    ("da", Lang::Da),
    ("no", Lang::No),
    ("fi", Lang::Fi),
    ("tr", Lang::Tr),
    ("ar", Lang::Ar),
    ("zh", Lang::Zh),
    ("ja", Lang::Ja),
    ("th", Lang::Th),
];

/// Codes that name the same analysis under another name.
const ALIASES: [(&str, Lang); 3] = [
    ("nb", Lang::No),
    ("nn", Lang::No),
    ("iw", Lang::Other(*b"he\0")),
];

impl Lang {
    /// The language of a code or a language tag (`en`, `en-US`, `pt_BR`,
    /// `eng` is not recognized): `Und` when it is not a language code.
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        let ok =
            (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_alphabetic());
        if !ok {
            return Lang::Und;
        }
        let code = primary.to_ascii_lowercase();
        if let Some((_, lang)) = CODES.iter().chain(ALIASES.iter()).find(|(c, _)| *c == code) {
            return *lang;
        }
        if code == "und" {
            return Lang::Und;
        }
        let mut bytes = [0u8; 3];
        for (slot, b) in bytes.iter_mut().zip(code.bytes()) {
            *slot = b;
        }
        Lang::Other(bytes)
    }

    /// The ISO 639 code ("und" when unknown).
    pub fn code(&self) -> &str {
        match self {
            Lang::Other(bytes) => {
                let len = bytes.iter().position(|b| *b == 0).unwrap_or(3);
                std::str::from_utf8(bytes.get(..len).unwrap_or_default()).unwrap_or("und")
            }
            Lang::Und => "und",
            known => CODES
                .iter()
                .find(|(_, l)| l == known)
                .map_or("und", |(c, _)| c),
        }
    }

    /// The index of this language's stop-word list.
    fn stop_index(self) -> Option<usize> {
        STOP_LANGS.iter().position(|l| *l == self)
    }

    /// The script the language is written in.
    fn script(self) -> Script {
        match self {
            Lang::Ru => Script::Cyrillic,
            Lang::Ar => Script::Arabic,
            Lang::Zh | Lang::Ja => Script::Han,
            Lang::Th => Script::Thai,
            Lang::Other(_) | Lang::Und => Script::Other,
            _ => Script::Latin,
        }
    }
}

// ---------------------------------------------------------------------------
// Language detection

/// Writing systems told apart by detection.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
    Hebrew,
    Arabic,
    Devanagari,
    Thai,
    Hangul,
    Kana,
    Han,
    Other,
}

/// Letters looked at to find the script; enough to be sure, cheap on long texts.
const SCRIPT_SAMPLE_LETTERS: usize = 4000;
/// Words looked at for the stop-word profile of a Latin-script text.
const PROFILE_SAMPLE_WORDS: usize = 600;
/// Of those, the most frequent distinct words looked up in the lists.
const PROFILE_TOP_WORDS: usize = 40;
/// A Latin-script text is called language L when L's distinctive stop words
/// make up at least this share of its words (natural text has 25–50% stop
/// words; a language gisty has no list for scores a few % from shared short
/// words like "a", "de").
const PROFILE_MIN_SHARE: f32 = 0.10;
/// A declared language gives way to a detected one only when the detected
/// one's profile is this many times stronger (templates often declare a
/// default language that the article is not in).
const DECLARED_LANG_MARGIN: f32 = 3.0;
/// Kana among Han+Kana above which a text is Japanese rather than Chinese.
const KANA_SHARE_FOR_JAPANESE: f32 = 0.1;

/// The language to analyse `text` as: `explicit` (the caller's option) when
/// given; else the page's declared `hint` when the text agrees with it; else
/// detected from the script and, for Latin script, the stop words used.
pub fn choose(text: &str, explicit: Option<&str>, hint: Option<&str>) -> Lang {
    if let Some(code) = explicit {
        return Lang::from_tag(code);
    }
    let script = dominant_script(text);
    let declared = hint.map(Lang::from_tag).filter(|l| *l != Lang::Und);
    let detected = || detect_in_script(text, script);
    match declared {
        Some(lang) if lang.script() == Script::Latin && script == Script::Latin => {
            let profile = stop_word_profile(text);
            let own = lang
                .stop_index()
                .and_then(|i| profile.get(i))
                .copied()
                .unwrap_or(0.0);
            match best_profile(&profile) {
                Some((best, score)) if score > own * DECLARED_LANG_MARGIN => best,
                _ => lang,
            }
        }
        Some(lang) if lang.script() == script || lang.script() == Script::Other => lang,
        _ => detected(),
    }
}

/// The language of a text whose dominant script is `script`.
fn detect_in_script(text: &str, script: Script) -> Lang {
    match script {
        Script::Latin => {
            let profile = stop_word_profile(text);
            best_profile(&profile).map_or(Lang::Und, |(lang, _)| lang)
        }
        Script::Cyrillic => {
            // Letters Ukrainian has and Russian lacks.
            let ukrainian = text
                .chars()
                .take(SCRIPT_SAMPLE_LETTERS * 2)
                .filter(|c| matches!(c, 'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є'))
                .count();
            if ukrainian > 2 {
                Lang::Other(*b"uk\0")
            } else {
                Lang::Ru
            }
        }
        Script::Arabic => {
            // Letters Persian has and Arabic lacks.
            let persian = text
                .chars()
                .take(SCRIPT_SAMPLE_LETTERS * 2)
                .filter(|c| matches!(c, 'پ' | 'چ' | 'ژ' | 'گ' | 'ی'))
                .count();
            if persian > 2 {
                Lang::Other(*b"fa\0")
            } else {
                Lang::Ar
            }
        }
        Script::Han => Lang::Zh,
        Script::Kana => Lang::Ja,
        Script::Thai => Lang::Th,
        Script::Hangul => Lang::Other(*b"ko\0"),
        Script::Greek => Lang::Other(*b"el\0"),
        Script::Hebrew => Lang::Other(*b"he\0"),
        Script::Devanagari => Lang::Other(*b"hi\0"),
        Script::Other => Lang::Und,
    }
}

fn script_of(c: char) -> Option<Script> {
    let script = match c as u32 {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => Script::Latin,
        0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
        0x400..=0x52F => Script::Cyrillic,
        0x590..=0x5FF => Script::Hebrew,
        0x600..=0x6FF | 0x750..=0x77F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
        0x900..=0x97F => Script::Devanagari,
        0xE00..=0xE7F => Script::Thai,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Script::Hangul,
        0x3040..=0x30FF => Script::Kana,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF => Script::Han,
        _ => return None,
    };
    Some(script)
}

/// The script most letters of the text's start are written in; Han text
/// with a fair share of Kana is Japanese.
fn dominant_script(text: &str) -> Script {
    const ORDER: [Script; 10] = [
        Script::Latin,
        Script::Cyrillic,
        Script::Greek,
        Script::Hebrew,
        Script::Arabic,
        Script::Devanagari,
        Script::Thai,
        Script::Hangul,
        Script::Kana,
        Script::Han,
    ];
    let mut counts = [0usize; 10];
    for script in text
        .chars()
        .filter_map(script_of)
        .take(SCRIPT_SAMPLE_LETTERS)
    {
        if let Some(i) = ORDER.iter().position(|s| *s == script) {
            counts[i] += 1;
        }
    }
    let kana = counts[8];
    let han = counts[9];
    if kana + han > 0 && kana as f32 >= KANA_SHARE_FOR_JAPANESE * (kana + han) as f32 {
        counts[8] += han;
        counts[9] = 0;
    }
    let mut best = (0, Script::Other);
    for (count, script) in counts.iter().zip(ORDER) {
        if *count > best.0 {
            best = (*count, script);
        }
    }
    best.1
}

/// Per stop-word language, the share of the text's first words that are
/// its stop words, each word weighted by how few languages share it. Only
/// the most frequent words are looked up: stop words are the most frequent
/// words of any text, and this keeps detection cheap.
fn stop_word_profile(text: &str) -> [f32; 15] {
    let mut counts: FastMap<String, u32> = FastMap::default();
    let mut words = 0usize;
    for token in tokens(text, false).take(PROFILE_SAMPLE_WORDS) {
        if token.kind != TokenKind::Word {
            continue;
        }
        words += 1;
        let mut lower = String::new();
        push_lower(&mut lower, token.text);
        *counts.entry(lower).or_insert(0) += 1;
    }
    let mut frequent: Vec<(String, u32)> = counts.into_iter().collect();
    let mut profile = [0f32; 15];
    for _ in 0..PROFILE_TOP_WORDS {
        // The most frequent word left (ties by spelling, to be deterministic).
        let top = frequent
            .iter()
            .enumerate()
            .max_by(|(_, a), (_, b)| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
            .map(|(i, _)| i);
        let Some(top) = top else {
            break;
        };
        let (word, count) = frequent.swap_remove(top);
        let word = word.as_str();
        let count = &count;
        let holders: Vec<usize> = (0..STOP_LISTS.len())
            .filter(|&i| list_contains(STOP_LISTS[i], word))
            .collect();
        let weight = *count as f32 / holders.len().max(1) as f32;
        for i in holders {
            profile[i] += weight;
        }
    }
    if words > 0 {
        for slot in &mut profile {
            *slot /= words as f32;
        }
    }
    profile
}

/// The language with the strongest profile, if strong enough.
fn best_profile(profile: &[f32; 15]) -> Option<(Lang, f32)> {
    let (i, score) = profile
        .iter()
        .copied()
        .enumerate()
        .fold(
            (0, 0.0f32),
            |best, (i, s)| if s > best.1 { (i, s) } else { best },
        );
    (score >= PROFILE_MIN_SHARE).then(|| (STOP_LANGS[i.min(14)], score))
}

// ---------------------------------------------------------------------------
// Stop words

/// Whether a generated stop-word list (sorted lines, see build.rs) holds
/// `word`: bisection over the text, each probe moved back to a line start.
fn list_contains(list: &str, word: &str) -> bool {
    let bytes = list.as_bytes();
    let word = word.as_bytes();
    // Lines lie in bytes[lo..hi]; `lo` is a line start, `hi` a line start
    // or the final line break.
    let (mut lo, mut hi) = (1usize, bytes.len().saturating_sub(1));
    while lo < hi {
        let mut mid = (lo + hi) / 2;
        while mid > lo && bytes.get(mid - 1) != Some(&b'\n') {
            mid -= 1;
        }
        let end = bytes
            .get(mid..)
            .and_then(|rest| rest.iter().position(|b| *b == b'\n'))
            .map_or(bytes.len(), |p| mid + p);
        match bytes.get(mid..end).unwrap_or_default().cmp(word) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = mid,
        }
    }
    false
}

/// Whether `word` (lower-case) is a stop word of `lang`.
pub fn is_stop_word(lang: Lang, word: &str) -> bool {
    lang.stop_index()
        .and_then(|i| STOP_LISTS.get(i))
        .is_some_and(|list| list_contains(list, word))
}

// ---------------------------------------------------------------------------
// Tokens

/// What a token is.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// A word of letters (and maybe digits).
    Word,
    /// A number: digits, maybe with `.`/`,` between them.
    Number,
    /// Two characters of a text written without spaces (or one, alone).
    Bigram,
}

/// A token and where it is in the text it was cut from.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    /// Byte offset in the text.
    pub start: usize,
    pub kind: TokenKind,
}

/// Characters of scripts written without spaces, cut into bigrams.
fn is_unspaced(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF
        | 0x20000..=0x2FFFF | 0xE00..=0xE7F)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// The tokens of `text`. Words run over letters, digits and marks, and over
/// an apostrophe between letters when `keep_apostrophes` (English "don't");
/// numbers keep `.`/`,` between digits ("3.50"); unspaced scripts give
/// overlapping bigrams.
pub fn tokens(text: &str, keep_apostrophes: bool) -> Tokens<'_> {
    Tokens {
        text,
        pos: 0,
        keep_apostrophes,
    }
}

/// Iterator of [`Token`]s; see [`tokens`].
pub struct Tokens<'a> {
    text: &'a str,
    pos: usize,
    keep_apostrophes: bool,
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        loop {
            let rest = self.text.get(self.pos..)?;
            let (offset, first) = rest.char_indices().find(|(_, c)| c.is_alphanumeric())?;
            let start = self.pos + offset;
            if !is_unspaced(first) {
                return self.word(start, first);
            }
            if let Some(token) = self.bigram(start, first) {
                return Some(token);
            }
        }
    }
}

impl<'a> Tokens<'a> {
    /// The word or number starting at `start`.
    fn word(&mut self, start: usize, first: char) -> Option<Token<'a>> {
        let mut end = start;
        let mut all_digits = true;
        let mut chars = self.text.get(start..)?.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let joins = c.is_alphanumeric() && !is_unspaced(c) || is_mark(c);
            let inner = !joins
                && end > start
                && chars.peek().is_some_and(|(_, next)| {
                    if all_digits {
                        (c == '.' || c == ',') && next.is_ascii_digit()
                    } else {
                        self.keep_apostrophes
                            && is_apostrophe(c)
                            && next.is_alphabetic()
                            && !is_unspaced(*next)
                    }
                });
            if !joins && !inner {
                break;
            }
            if joins && !c.is_numeric() {
                all_digits = false;
            }
            end = start + i + c.len_utf8();
        }
        self.pos = end.max(start + first.len_utf8());
        let kind = if all_digits {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        Some(Token {
            text: self.text.get(start..self.pos)?,
            start,
            kind,
        })
    }

    /// The bigram starting at `start`: this character and the next when it
    /// is of an unspaced script too. Bigrams overlap, so the next one starts
    /// at the second character; a character alone is a token only when no
    /// bigram holds it (`None` for the last character of a run).
    fn bigram(&mut self, start: usize, first: char) -> Option<Token<'a>> {
        let second_at = start + first.len_utf8();
        self.pos = second_at;
        let second = self
            .text
            .get(second_at..)
            .and_then(|s| s.chars().next())
            .filter(|c| is_unspaced(*c));
        let end = match second {
            Some(c) => second_at + c.len_utf8(),
            None => {
                let after_unspaced = self
                    .text
                    .get(..start)
                    .and_then(|s| s.chars().next_back())
                    .is_some_and(is_unspaced);
                if after_unspaced {
                    return None;
                }
                second_at
            }
        };
        Some(Token {
            text: self.text.get(start..end)?,
            start,
            kind: TokenKind::Bigram,
        })
    }
}

/// Combining marks (Devanagari vowel signs, Arabic harakat, Thai vowels...),
/// which `char::is_alphanumeric` does not count but belong inside words.
fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x300..=0x36F | 0x483..=0x489 | 0x591..=0x5C7 | 0x610..=0x61A | 0x64B..=0x65F
        | 0x670 | 0x6D6..=0x6ED | 0x900..=0x903 | 0x93A..=0x94F | 0x951..=0x957
        | 0x962..=0x963 | 0xE31 | 0xE34..=0xE3A | 0xE47..=0xE4E | 0x200C..=0x200D)
}

/// Appends `word` lower-cased, with typographic apostrophes made plain.
pub fn push_lower(out: &mut String, word: &str) {
    for c in word.chars() {
        out.push(if c == '\u{2019}' { '\'' } else { lower_char(c) });
    }
}

/// The lower-case form of a letter of the Latin, Greek and Cyrillic
/// alphabets (the scripts with case among those analysed); other
/// characters unchanged. Written out rather than `char::to_lowercase`,
/// whose table for all of Unicode costs ~10 KB of wasm.
pub fn lower_char(c: char) -> char {
    let code = c as u32;
    let lower = match code {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => {
            code + 32
        }
        0x130 => 0x69, // Turkish dotted capital I
        0x178 => 0xFF,
        // Latin Extended-A: pairs, capital first; three runs start odd.
        0x139..=0x148 | 0x179..=0x17E => code + (code % 2),
        0x100..=0x137 | 0x14A..=0x177 => code + 1 - (code % 2),
        0x386 => 0x3AC,
        0x388..=0x38A => code + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => code + 63,
        0x400..=0x40F => code + 80,
        // Cyrillic supplement and Latin Extended Additional: pairs.
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x4FF | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF => {
            code + 1 - (code % 2)
        }
        _ => code,
    };
    char::from_u32(lower).unwrap_or(c)
}

// ---------------------------------------------------------------------------
// Stemming

/// Light stemming: per language, suffixes stripped (longest listed first;
/// the first that leaves at least `min_stem` characters wins). Inflections
/// only, so that "troops"/"troop" and "Häuser"/"Häusern" meet; derivations
/// are left alone. `(language, min_stem, suffixes)`.
const LIGHT_SUFFIXES: [(Lang, usize, &[&str]); 15] = [
    (Lang::En, 3, &["'s", "ies", "es", "s"]),
    (
        Lang::De,
        3,
        &["ungen", "ern", "em", "en", "er", "es", "e", "s", "n"],
    ),
    (
        Lang::Fr,
        3,
        &[
            "ements", "ement", "euses", "euse", "eaux", "aux", "ées", "ée", "és", "es", "e", "s",
            "x",
        ],
    ),
    (
        Lang::Es,
        3,
        &[
            "aciones", "ación", "mente", "es", "as", "os", "a", "o", "e", "s",
        ],
    ),
    (
        Lang::It,
        3,
        &["azioni", "azione", "mente", "i", "e", "a", "o"],
    ),
    (
        Lang::Pt,
        3,
        &[
            "ações", "ação", "mente", "ões", "ão", "es", "as", "os", "a", "o", "e", "s",
        ],
    ),
    (
        Lang::Nl,
        3,
        &["heden", "heid", "ingen", "en", "er", "e", "s"],
    ),
    (
        Lang::Ru,
        3,
        &[
            "иями", "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ией", "иях", "ях",
            "ах", "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их", "ом",
            "ем", "ам", "ям", "ую", "юю", "ов", "ев", "ию", "ия", "ии", "ть", "а", "я", "о", "е",
            "ы", "и", "у", "ю", "ь", "й",
        ],
    ),
    (
        Lang::Pl,
        3,
        &[
            "owie", "ami", "ach", "ych", "ich", "ymi", "imi", "ego", "emu", "ów", "om", "em", "ie",
            "a", "e", "i", "o", "u", "y", "ę", "ą",
        ],
    ),
    (
        Lang::Sv,
        3,
        &[
            "arna", "erna", "orna", "heten", "het", "ar", "er", "or", "en", "et", "na", "a", "e",
            "s",
        ],
    ),
    (
        Lang::Da,
        3,
        &["erne", "ene", "hed", "er", "en", "et", "e", "s"],
    ),
    (
        Lang::No,
        3,
        &["ene", "het", "er", "en", "et", "a", "e", "s"],
    ),
    (
        Lang::Fi,
        4,
        &[
            "issa", "issä", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi",
            "iden", "ien", "jen", "n", "t", "a", "ä",
        ],
    ),
    (
        Lang::Tr,
        3,
        &[
            "lerin", "ların", "leri", "ları", "ler", "lar", "nın", "nin", "nun", "nün", "dan",
            "den", "tan", "ten", "da", "de", "ta", "te",
        ],
    ),
    (
        Lang::Ar,
        2,
        &["ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"],
    ),
];

/// Arabic prefixes (the article and the conjunctions/prepositions joined to
/// it) stripped before suffixes, longest first.
const ARABIC_PREFIXES: [&str; 7] = ["وال", "بال", "كال", "فال", "لل", "ال", "و"];

/// Stems one lower-cased word of `lang`.
pub fn stem(lang: Lang, word: &str) -> Cow<'_, str> {
    if let Some(stemmed) = snowball_stem(lang, word) {
        return stemmed;
    }
    let Some((_, min_stem, suffixes)) = LIGHT_SUFFIXES.iter().find(|(l, _, _)| *l == lang) else {
        return Cow::Borrowed(word);
    };
    let mut base = word;
    if lang == Lang::Ar {
        if let Some(rest) = ARABIC_PREFIXES
            .iter()
            .filter_map(|p| base.strip_prefix(p))
            .find(|rest| rest.chars().count() >= 2)
        {
            base = rest;
        }
    }
    for suffix in *suffixes {
        if let Some(rest) = base.strip_suffix(suffix) {
            if rest.chars().count() >= *min_stem && !keeps_suffix(lang, base, suffix) {
                return Cow::Borrowed(rest);
            }
        }
    }
    Cow::Borrowed(base)
}

/// English endings that look like plurals but are not: "glass", "bus", "this".
fn keeps_suffix(lang: Lang, word: &str, suffix: &str) -> bool {
    lang == Lang::En
        && suffix == "s"
        && (word.ends_with("ss") || word.ends_with("us") || word.ends_with("is"))
}

#[cfg(feature = "snowball")]
fn snowball_stem(lang: Lang, word: &str) -> Option<Cow<'_, str>> {
    use frostem::Algorithm as A;
    let algorithm = match lang {
        #[cfg(feature = "snowball-en")]
        Lang::En => A::English,
        #[cfg(feature = "snowball-de")]
        Lang::De => A::German,
        #[cfg(feature = "snowball-fr")]
        Lang::Fr => A::French,
        #[cfg(feature = "snowball-es")]
        Lang::Es => A::Spanish,
        #[cfg(feature = "snowball-it")]
        Lang::It => A::Italian,
        #[cfg(feature = "snowball-pt")]
        Lang::Pt => A::Portuguese,
        #[cfg(feature = "snowball-nl")]
        Lang::Nl => A::Dutch,
        #[cfg(feature = "snowball-ru")]
        Lang::Ru => A::Russian,
        #[cfg(feature = "snowball-pl")]
        Lang::Pl => A::Polish,
        #[cfg(feature = "snowball-sv")]
        Lang::Sv => A::Swedish,
        #[cfg(feature = "snowball-da")]
        Lang::Da => A::Danish,
        #[cfg(feature = "snowball-no")]
        Lang::No => A::Norwegian,
        #[cfg(feature = "snowball-fi")]
        Lang::Fi => A::Finnish,
        #[cfg(feature = "snowball-tr")]
        Lang::Tr => A::Turkish,
        #[cfg(feature = "snowball-ar")]
        Lang::Ar => A::Arabic,
        _ => return None,
    };
    Some(frostem::Stemmer::new(algorithm).stem(word))
}

#[cfg(not(feature = "snowball"))]
fn snowball_stem(_lang: Lang, _word: &str) -> Option<Cow<'_, str>> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str, keep: bool) -> Vec<&str> {
        tokens(text, keep).map(|t| t.text).collect()
    }

    #[test]
    fn tokens_keep_numbers_and_english_contractions() {
        assert_eq!(
            words("It costs $3.50, don't you think? 1,000 well-known", true),
            ["It", "costs", "3.50", "don't", "you", "think", "1,000", "well", "known"]
        );
        assert_eq!(
            words("l'homme d’affaires", false),
            ["l", "homme", "d", "affaires"]
        );
    }

    #[test]
    fn unspaced_scripts_give_bigrams() {
        assert_eq!(words("東京に行く", false), ["東京", "京に", "に行", "行く"]);
        assert_eq!(words("猫 and 犬", false), ["猫", "and", "犬"]);
    }

    #[test]
    fn stop_words_per_language() {
        assert!(is_stop_word(Lang::En, "the"));
        assert!(!is_stop_word(Lang::En, "tide"));
        assert!(is_stop_word(Lang::De, "und"));
        assert!(is_stop_word(Lang::Pl, "jest"));
        assert!(!is_stop_word(Lang::Und, "the"));
    }

    #[test]
    fn detects_languages_by_script_and_stop_words() {
        let cases = [
            ("The council said on Monday that the bridge would be closed for repairs until the end of the year.", "en"),
            ("Der Stadtrat hat am Montag beschlossen, dass die Brücke bis zum Ende des Jahres gesperrt wird.", "de"),
            ("Le conseil a annoncé lundi que le pont serait fermé pour des travaux jusqu'à la fin de l'année.", "fr"),
            ("El ayuntamiento anunció el lunes que el puente estará cerrado por obras hasta el final del año.", "es"),
            ("Il consiglio ha annunciato lunedì che il ponte sarà chiuso per lavori fino alla fine dell'anno.", "it"),
            ("A câmara anunciou na segunda-feira que a ponte ficará fechada para obras até ao fim do ano.", "pt"),
            ("De gemeenteraad heeft maandag besloten dat de brug tot het einde van het jaar gesloten blijft.", "nl"),
            ("Rada miasta ogłosiła w poniedziałek, że most będzie zamknięty do końca roku, ponieważ jest w remoncie.", "pl"),
            ("Kommunen meddelade på måndagen att bron kommer att vara stängd för reparationer till slutet av året.", "sv"),
            ("Kunnanvaltuusto ilmoitti maanantaina, että silta on suljettuna korjausten vuoksi vuoden loppuun asti, koska se on huonossa kunnossa.", "fi"),
            ("Belediye meclisi pazartesi günü köprünün yıl sonuna kadar onarım için kapalı olacağını ve bu kararın çok önemli olduğunu açıkladı.", "tr"),
            ("Городской совет в понедельник объявил, что мост будет закрыт на ремонт до конца года.", "ru"),
            ("أعلن المجلس البلدي يوم الاثنين أن الجسر سيغلق للإصلاحات حتى نهاية العام.", "ar"),
            ("市议会周一宣布，这座桥将关闭维修，直到年底。", "zh"),
            ("市議会は月曜日、橋を年末まで修理のために閉鎖すると発表した。", "ja"),
            ("시의회는 월요일 다리가 연말까지 수리를 위해 폐쇄된다고 발표했다.", "ko"),
        ];
        for (text, code) in cases {
            assert_eq!(choose(text, None, None).code(), code, "{text}");
        }
        assert_eq!(choose("12345 678", None, None), Lang::Und);
        assert_eq!(choose("", None, None), Lang::Und);
    }

    #[test]
    fn declared_language_is_used_unless_the_text_clearly_disagrees() {
        let english = "The council said on Monday that the bridge would be closed for repairs until the end of the year.";
        assert_eq!(choose(english, None, Some("en-US")), Lang::En);
        assert_eq!(choose(english, None, Some("de")), Lang::En);
        assert_eq!(choose(english, None, Some("ru")), Lang::En);
        assert_eq!(choose("Short words.", None, Some("pt-BR")), Lang::Pt);
        assert_eq!(choose(english, Some("fr"), Some("en")), Lang::Fr);
        assert_eq!(choose(english, None, Some("x-klingon")).code(), "en");
    }

    #[test]
    fn light_stems_meet_across_inflections() {
        assert_eq!(stem(Lang::Fr, "maisons"), stem(Lang::Fr, "maison"));
        assert_eq!(stem(Lang::De, "häusern"), stem(Lang::De, "häuser"));
        assert_eq!(stem(Lang::Ar, "والكتاب"), stem(Lang::Ar, "كتاب"));
        assert_eq!(stem(Lang::En, "glass"), "glass");
        assert_eq!(stem(Lang::Und, "words"), "words");
    }
}
