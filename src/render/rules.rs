//! The render stage's tables: which characters the text leaves out.

/// Characters that are never seen as text, as ranges: the soft hyphen
/// (shown only where a browser breaks a word), zero-width spaces and
/// joiners, the word joiner and byte order mark, and the directional marks,
/// embeddings, overrides and isolates. Pages are full of them (hyphenation
/// plugins put a soft hyphen between every syllable); the sanitized HTML
/// keeps them, for the browser to use, but the text does not, so that its
/// words are the words people read (and search for).
pub const INVISIBLE_CHARS: &[(char, char)] = &[
    ('\u{ad}', '\u{ad}'),     // soft hyphen
    ('\u{200b}', '\u{200f}'), // zero-width space, non-joiner, joiner; LRM, RLM
    ('\u{202a}', '\u{202e}'), // directional embeddings and overrides
    ('\u{2060}', '\u{2060}'), // word joiner
    ('\u{2066}', '\u{2069}'), // directional isolates
    ('\u{feff}', '\u{feff}'), // byte order mark, zero-width no-break space
];

/// The zero-width joiner, which the text keeps between two emoji: there it
/// makes one picture of several (a family, a profession).
pub const EMOJI_JOINER: char = '\u{200d}';

/// Characters an emoji joined by [`EMOJI_JOINER`] is made of, as ranges:
/// pictographs and symbols, skin tones, and the emoji presentation selector.
pub const EMOJI_PARTS: &[(char, char)] = &[
    ('\u{2600}', '\u{27bf}'),   // miscellaneous symbols, dingbats (♀ ♂ ⚕ ❤)
    ('\u{2b00}', '\u{2bff}'),   // arrows and stars (⬛ ⭐)
    ('\u{fe0f}', '\u{fe0f}'),   // emoji presentation selector
    ('\u{1f000}', '\u{1faff}'), // pictographs, skin tones, flags' letters
];
