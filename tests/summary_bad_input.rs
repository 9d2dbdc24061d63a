//! Bad and extreme input: a valid result or a clear error, never a panic,
//! in bounded time.

use std::time::{Duration, Instant};

use gisty::internals::{summarize, Request};
use gisty::{Block, BlockKind, Builder, Limits, Options};

/// Generous bounds: tests run unoptimized, on a shared machine.
const SLOW_LIMIT: Duration = Duration::from_secs(60);

#[test]
fn empty_and_blank_text_give_an_empty_summary() {
    for text in ["", " ", "\n\n\t\n"] {
        let s = gisty::summarize_text(text).unwrap();
        assert!(s.sentences.is_empty(), "{text:?}");
        assert!(s.summary.is_empty());
        assert!(s.keywords.is_empty());
        assert_eq!(s.language, "und");
    }
}

#[test]
fn one_word() {
    let s = gisty::summarize_text("Hello").unwrap();
    assert_eq!(s.sentences.len(), 1);
    assert_eq!(s.sentences[0].text, "Hello");
}

#[test]
fn only_numbers_or_emoji() {
    let s = gisty::summarize_text("1 2 3. 4.5 6,000. 789").unwrap();
    assert!(!s.sentences.is_empty());
    let s = gisty::summarize_text("😀😀 🎉. 👍👍👍! 🙂").unwrap();
    assert!(!s.sentences.is_empty());
    for x in &s.sentences {
        assert!(x.text.chars().all(|c| !c.is_ascii_alphanumeric()));
    }
    let s = gisty::summarize_text("... !!! ??? ---").unwrap();
    assert!(s.sentences.is_empty());
}

#[test]
fn mixed_scripts() {
    let text = "Tokyo 東京 is big. Москва тоже большая. القاهرة كبيرة. 서울은 크다. Αθήνα είναι μεγάλη. Done.";
    let s = Builder::new()
        .max_sentences(10)
        .summarize_text(text)
        .unwrap();
    assert!(s.sentences.len() >= 5, "{:#?}", s.sentences);
    for x in &s.sentences {
        assert_eq!(&text[x.byte_range.clone()], x.text);
    }
}

#[test]
fn blocks_outside_the_text_or_inside_a_character_are_skipped() {
    let text = "Héllo there. Second one.";
    let blocks = vec![
        Block {
            range: 0..2, // inside "é"
            kind: BlockKind::Paragraph,
        },
        Block {
            range: 5..500,
            kind: BlockKind::Paragraph,
        },
        Block {
            range: 13..text.len(),
            kind: BlockKind::Paragraph,
        },
    ];
    let request = Request {
        text,
        blocks: &blocks,
        title: Some(""),
        language_hint: Some("!!"),
    };
    let s = summarize(&request, &Options::default());
    let texts: Vec<&str> = s.sentences.iter().map(|x| x.text.as_str()).collect();
    assert_eq!(texts, ["Second one."]);
}

#[test]
fn a_hundred_thousand_sentences_finish_and_say_they_were_cut() {
    let words = [
        "river", "bridge", "council", "harbour", "ferry", "engineer", "crack", "span",
    ];
    let mut text = String::new();
    for i in 0..100_000usize {
        let a = words[i % words.len()];
        let b = words[(i / 8) % words.len()];
        text.push_str(&format!("The {a} met the {b} near mile {i}. "));
        if i % 10 == 9 {
            text.push('\n');
        }
    }
    let start = Instant::now();
    let s = gisty::summarize_text(&text).unwrap();
    assert!(start.elapsed() < SLOW_LIMIT, "{:?}", start.elapsed());
    assert_eq!(s.sentences.len(), 3);
    assert!(s.truncated);

    // With the limit raised, all of them are scored, still in bounded time.
    let start = Instant::now();
    let s = Builder::new()
        .limits(Limits {
            max_sentences_scored: 200_000,
            ..Limits::default()
        })
        .summarize_text(&text)
        .unwrap();
    assert!(start.elapsed() < SLOW_LIMIT, "{:?}", start.elapsed());
    assert!(!s.truncated);
    assert_eq!(s.sentences.len(), 3);
}

#[test]
fn a_five_megabyte_sentence_without_punctuation() {
    let mut text = String::with_capacity(5_100_000);
    let mut i = 0usize;
    while text.len() < 5_000_000 {
        text.push_str(["alpha ", "beta ", "gamma ", "delta "][i % 4]);
        text.push_str(&i.to_string());
        text.push(' ');
        i += 1;
    }
    let start = Instant::now();
    let s = gisty::summarize_text(&text).unwrap();
    assert!(start.elapsed() < SLOW_LIMIT, "{:?}", start.elapsed());
    assert_eq!(s.sentences.len(), 1);
    assert_eq!(s.sentences[0].text, text.trim());
}
