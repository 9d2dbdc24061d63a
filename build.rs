//! Generates the stop-word table of the languages gisty analyses, from the
//! `stop-words` crate (a build dependency only, so none of its data for other
//! languages ships in the binary).
//!
//! Out: `$OUT_DIR/stop_words.rs`: per language, its words sorted, in one
//! string, each word written after the one before it as the number of
//! characters they share (one control character: the number plus one) and
//! the rest of the word. Sorted neighbours share much ("dich", "die",
//! "dies", "diese"), and text written so takes 2.2 KB less gzip in the
//! binary than one word per line. Read into one word table at run time
//! (`stop_word_bits` in src/summarize/lang.rs).

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
        "/// Stop words per language, in `STOP_LANGS` order: sorted, each as the"
    );
    let _ = writeln!(
        out,
        "/// count of characters it shares with the one before (a control character,"
    );
    let _ = writeln!(out, "/// the count plus one) and the rest of it.");
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
        let _ = writeln!(out, "    {:?},", shared_prefix_coded(&list));
    }
    let _ = writeln!(out, "];");
    let path =
        std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("stop_words.rs");
    std::fs::write(path, out).expect("writing stop_words.rs");
}

/// Most characters a word may take from the one before: the largest count a
/// control character below the space can carry.
const MAX_SHARED: usize = 30;

/// Sorted words, each as the count of characters it shares with the word
/// before (`char::from(count + 1)`) and the rest of it.
fn shared_prefix_coded(words: &[String]) -> String {
    let mut out = String::new();
    let mut before: &str = "";
    for word in words {
        let shared = word
            .chars()
            .zip(before.chars())
            .take_while(|(a, b)| a == b)
            .count()
            .min(MAX_SHARED);
        out.push(char::from(shared as u8 + 1));
        out.extend(word.chars().skip(shared));
        before = word;
    }
    out
}
