//! Text as people read it: a string without the characters that are never
//! seen ([`rules::INVISIBLE_CHARS`]).
//!
//! In: a piece of text. Out: the same text, borrowed when there was nothing
//! to leave out.

use std::borrow::Cow;

use crate::render::rules;

fn in_ranges(c: char, ranges: &[(char, char)]) -> bool {
    ranges.iter().any(|&(lo, hi)| (lo..=hi).contains(&c))
}

/// Whether `c` is never seen as text.
pub fn is_invisible(c: char) -> bool {
    // All of them are past U+00AC.
    c > '\u{ac}' && in_ranges(c, rules::INVISIBLE_CHARS)
}

fn is_emoji_part(c: char) -> bool {
    in_ranges(c, rules::EMOJI_PARTS)
}

/// `text` without its invisible characters; a zero-width joiner between two
/// emoji stays, since it joins them into one.
pub fn visible_text(text: &str) -> Cow<'_, str> {
    if text.is_ascii() || !text.chars().any(is_invisible) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut previous: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if is_invisible(c) {
            let joins_emoji = c == rules::EMOJI_JOINER
                && previous.is_some_and(is_emoji_part)
                && chars.peek().is_some_and(|&next| is_emoji_part(next));
            if !joins_emoji {
                continue;
            }
        }
        out.push(c);
        previous = Some(c);
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn soft_hyphens_and_zero_width_characters_go() {
        assert_eq!(visible_text("Mit\u{ad}tel\u{ad}al\u{ad}ter"), "Mittelalter");
        assert_eq!(
            visible_text("zero\u{200b}width\u{2060}joiner\u{feff}"),
            "zerowidthjoiner"
        );
        assert_eq!(visible_text("\u{200c}\u{200d}"), "");
    }

    #[test]
    fn directional_marks_go() {
        let text = "\u{200f}\u{202b}مرحبا\u{202c} \u{2067}abc\u{2069}\u{200e}";
        assert_eq!(visible_text(text), "مرحبا abc");
        assert_eq!(
            visible_text("a\u{202a}b\u{202d}c\u{202e}d\u{2066}e\u{2068}f"),
            "abcdef"
        );
    }

    #[test]
    fn emoji_sequences_keep_their_joiner() {
        // Man, joiner, woman, joiner, girl: one picture of a family.
        let family = "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}";
        assert_eq!(visible_text(family), family);
        // A meditating person, joiner, male sign, presentation selector.
        let man = "\u{1f9d8}\u{200d}\u{2642}\u{fe0f}";
        assert_eq!(visible_text(man), man);
        // Between letters the joiner goes.
        assert_eq!(visible_text("a\u{200d}b \u{1f468}\u{200d}"), "ab \u{1f468}");
    }

    #[test]
    fn text_without_invisible_characters_is_borrowed() {
        assert!(matches!(visible_text("plain"), Cow::Borrowed(_)));
        assert!(matches!(visible_text("café — “quoted”"), Cow::Borrowed(_)));
    }
}
