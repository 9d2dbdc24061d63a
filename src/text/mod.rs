//! Helpers on strings that every stage shares; they depend on nothing else
//! in the crate.
//!
//! In: text. Out: its words lowered, its length as JavaScript counts it,
//! hashes for word tables.

mod hash;

pub(crate) use hash::{hash_words, FastMap};

/// Length of `s` in UTF-16 code units, as JavaScript indexes strings.
pub fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// Han, Hiragana, Katakana and Hangul characters.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF   // Hiragana, Katakana
        | 0x3400..=0x4DBF // CJK Extension A
        | 0x4E00..=0x9FFF // CJK Unified Ideographs
        | 0xAC00..=0xD7AF // Hangul syllables
        | 0xF900..=0xFAFF // CJK Compatibility Ideographs
        | 0x20000..=0x2FFFF)
}

/// The words of a text lowered: runs of letters and digits, in any script,
/// read as they are asked for (so `.take(n)` bounds the work).
pub(crate) fn lower_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_length_matches_javascript() {
        assert_eq!(utf16_len("a😀é"), 4);
    }

    #[test]
    fn words_are_lowered_in_every_script() {
        let words = |s| lower_words(s).collect::<Vec<_>>();
        assert_eq!(words("Élan, ÜBER-fast 3x"), ["élan", "über", "fast", "3x"]);
        assert_eq!(words("Привет мир"), ["привет", "мир"]);
    }
}
