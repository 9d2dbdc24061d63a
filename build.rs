//! Generates the stop-word table of the languages gisty analyses, from the
//! `stop-words` crate (a build dependency only, so none of its data for other
//! languages ships in the binary).
//!
//! Out: `$OUT_DIR/stop_words.rs`: per language, its words sorted, one per
//! line, in one string: plain text that compresses well in the binary, read
//! into one word table at run time.

use std::fmt::Write as _;

/// Languages in bit order: the order of `STOP_LANGS` in src/summarize/lang.rs.
/// NLTK's short lists where they exist; Polish from the ISO lists.
const LANGUAGES: [&str; 15] = [
    "en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "sv", "da", "no", "fi", "tr", "ar",
];

/// Longest Arabic stop word kept, in letters. NLTK's Arabic list has 754
/// entries, most of them rare inflected forms; the short ones are the
/// frequent particles and pronouns, and they fit in a third of the space.
const MAX_ARABIC_LETTERS: usize = 4;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let mut out = String::new();
    let _ = writeln!(
        out,
        "/// Stop words per language, in `STOP_LANGS` order: sorted, one per line,"
    );
    let _ = writeln!(
        out,
        "/// with a line break before the first and after the last."
    );
    let _ = writeln!(
        out,
        "pub(crate) static STOP_LISTS: [&str; {}] = [",
        LANGUAGES.len()
    );
    for code in LANGUAGES {
        let words = stop_words::lookup(code).unwrap_or_else(|| panic!("no stop words for {code}"));
        let mut list: Vec<String> = words
            .iter()
            .map(|w| w.trim().to_lowercase().replace('\u{2019}', "'"))
            .filter(|w| !w.is_empty() && !w.contains(char::is_whitespace))
            .filter(|w| code != "ar" || w.chars().count() <= MAX_ARABIC_LETTERS)
            .collect();
        list.sort();
        list.dedup();
        let _ = writeln!(out, "    {:?},", format!("\n{}\n", list.join("\n")));
    }
    let _ = writeln!(out, "];");
    let path =
        std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("stop_words.rs");
    std::fs::write(path, out).expect("writing stop_words.rs");
}
