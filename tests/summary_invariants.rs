//! What every summary must satisfy, whatever the text.

use gisty::internals::{summarize, Request};
use gisty::Summary;
use gisty::{Block, BlockKind, Builder, Format, Length, Options, SummaryType};

const STORY: &str = "\
The city council voted on Tuesday to close the old harbour bridge after engineers found deep cracks in its main span.
The bridge, built in 1931, carries about twelve thousand cars a day between the harbour district and the north shore.
Engineers said the cracks had grown quickly since the spring floods and that the span could no longer carry heavy loads.
Drivers will be sent over the ring road, which the council expects to add twenty minutes to a typical commute.
Some shop owners in the harbour district said they feared losing customers during the closure.
The mayor said a temporary ferry would run every fifteen minutes from next week.
A new bridge is planned, but the council has not yet said how it would be paid for.
Repairs to the old span would cost about as much as a new bridge, according to the engineers' report.
";

fn text_summary(text: &str, k: usize) -> Summary {
    Builder::new()
        .max_sentences(k)
        .summarize_text(text)
        .unwrap()
}

fn utf16_slice(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[start..end]).unwrap()
}

#[test]
fn a_news_lead_ranks_first() {
    let s = text_summary(STORY, 3);
    assert_eq!(s.sentences.len(), 3);
    assert_eq!(s.sentences[0].index, 0, "{:#?}", s.sentences);
    let best = s
        .sentences
        .iter()
        .max_by(|a, b| a.score.total_cmp(&b.score))
        .unwrap();
    assert_eq!(best.index, 0);
    assert_eq!(best.score, 1.0);
}

#[test]
fn max_sentences_is_honoured_and_output_is_in_article_order() {
    for k in 1..=8 {
        let s = text_summary(STORY, k);
        assert_eq!(s.sentences.len(), k, "k = {k}");
        assert!(s.sentences.windows(2).all(|w| w[0].index < w[1].index));
        assert!(s.sentences.iter().all(|x| (0.0..=1.0).contains(&x.score)));
    }
    // More than the text has: every sentence, once.
    assert_eq!(text_summary(STORY, 50).sentences.len(), 8);
}

#[test]
fn offsets_slice_the_text_to_the_sentence() {
    let text = "Ünïcödé 😀 text comes first here, with an emoji. Then a second sentence follows it.\n\nA third one, in its own paragraph, ends the text.";
    let s = text_summary(text, 3);
    assert_eq!(s.sentences.len(), 3);
    for x in &s.sentences {
        assert_eq!(&text[x.byte_range.clone()], x.text);
        assert_eq!(utf16_slice(text, x.start, x.end), x.text);
        assert_eq!(x.text, x.text.trim());
    }
    assert_eq!(s.sentences[2].paragraph, 1);
}

#[test]
fn duplicated_sentences_are_not_both_chosen() {
    let text = format!(
        "{}\nThe city council voted on Tuesday to close the old harbour bridge after engineers found deep cracks in its main span.",
        STORY.trim_end()
    );
    let s = text_summary(&text, 4);
    let texts: Vec<&str> = s.sentences.iter().map(|x| x.text.as_str()).collect();
    for (i, a) in texts.iter().enumerate() {
        assert!(!texts[i + 1..].contains(a), "chosen twice: {a}\n{texts:#?}");
    }
}

#[test]
fn a_one_sentence_text_returns_that_sentence() {
    let s = text_summary("  Only this sentence is here.  ", 3);
    assert_eq!(s.sentences.len(), 1);
    assert_eq!(s.sentences[0].text, "Only this sentence is here.");
    assert_eq!(s.summary, "Only this sentence is here.");
}

#[test]
fn code_is_never_chosen_and_headings_are_weak() {
    let text = "Installing the tool\ncargo install the-tool --locked --features everything\nThe tool installs in a minute on most machines. It needs no other setup.";
    let blocks = vec![
        Block {
            range: 0..19,
            kind: BlockKind::Heading,
        },
        Block {
            range: 20..73,
            kind: BlockKind::Code,
        },
        Block {
            range: 74..text.len(),
            kind: BlockKind::Paragraph,
        },
    ];
    assert_eq!(
        &text[blocks[1].range.clone()],
        "cargo install the-tool --locked --features everything"
    );
    let request = Request {
        text,
        blocks: &blocks,
        title: Some("The tool"),
        language_hint: Some("en"),
    };
    let options = Options {
        max_sentences: Some(2),
        ..Options::default()
    };
    let s = summarize(&request, &options);
    let texts: Vec<&str> = s.sentences.iter().map(|x| x.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "The tool installs in a minute on most machines.",
            "It needs no other setup."
        ]
    );
    // Asked for everything, code is still left out.
    let options = Options {
        max_sentences: Some(10),
        ..Options::default()
    };
    let s = summarize(&request, &options);
    assert!(s.sentences.iter().all(|x| !x.text.contains("cargo")));
}

#[test]
fn summary_types_and_formats() {
    let headline = Builder::new()
        .summary_type(SummaryType::Headline)
        .summarize_text(STORY)
        .unwrap();
    assert_eq!(headline.sentences.len(), 1);
    assert_eq!(headline.sentences[0].index, 0);

    let tldr = Builder::new()
        .summary_type(SummaryType::Tldr)
        .length(Length::Medium)
        .summarize_text(STORY)
        .unwrap();
    assert_eq!(tldr.sentences.len(), 3);
    assert!(!tldr.summary.contains('\n'));

    let points = Builder::new()
        .length(Length::Medium)
        .format(Format::Markdown)
        .summarize_text(STORY)
        .unwrap();
    assert_eq!(points.sentences.len(), 5);
    let lines: Vec<&str> = points.summary.lines().collect();
    assert_eq!(lines.len(), 5);
    for (line, sentence) in lines.iter().zip(&points.sentences) {
        assert_eq!(*line, format!("- {}", sentence.text));
    }
}

#[test]
fn keywords_are_words_of_the_text_as_written() {
    let s = Builder::new().keywords(5).summarize_text(STORY).unwrap();
    assert_eq!(s.keywords.len(), 5);
    let lower = STORY.to_lowercase();
    for k in &s.keywords {
        assert!(
            lower.contains(&k.term.to_lowercase()),
            "{k:?} is not in the text"
        );
        assert!((0.0..=1.0).contains(&k.score));
    }
    let terms: Vec<&str> = s.keywords.iter().map(|k| k.term.as_str()).collect();
    assert!(terms.contains(&"bridge"), "{terms:?}");
    assert!(terms.contains(&"council"), "{terms:?}");
    assert_eq!(s.keywords[0].score, 1.0);
    let none = Builder::new().keywords(0).summarize_text(STORY).unwrap();
    assert!(none.keywords.is_empty());
}

#[test]
fn the_language_is_reported() {
    assert_eq!(text_summary(STORY, 1).language, "en");
    let german = "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke zu schließen. Die Ingenieure hatten tiefe Risse in der Brücke gefunden.";
    assert_eq!(text_summary(german, 1).language, "de");
    assert_eq!(text_summary("12 34 56.", 1).language, "und");
    let chosen = Builder::new().language("fr").summarize_text(STORY).unwrap();
    assert_eq!(chosen.language, "fr");
}

#[test]
fn stage_timings_are_filled_with_a_clock() {
    use std::sync::atomic::{AtomicU64, Ordering};
    static TICKS: AtomicU64 = AtomicU64::new(0);
    fn clock() -> f64 {
        TICKS.fetch_add(1, Ordering::SeqCst) as f64
    }
    let html = format!(
        "<html><head><title>Harbour bridge</title></head><body><article><h1>Harbour bridge</h1>{}</article></body></html>",
        STORY
            .lines()
            .map(|l| format!("<p>{l}</p>"))
            .collect::<String>()
    );
    let gist = Builder::new().clock(clock).summarize(&html).unwrap();
    let timings = gist.timings.unwrap();
    assert!(timings.segment > 0.0, "{timings:?}");
    assert!(timings.score > 0.0, "{timings:?}");
    assert!(!gist.sentences.is_empty());
}

/// The seed story: a news story followed by a block of related-post titles.
#[test]
fn related_post_titles_are_not_key_points() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/seed");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("skipped: {} is not present", dir.display());
        return;
    };
    let mut checked = 0;
    for entry in entries.flatten() {
        let text = std::fs::read_to_string(entry.path()).unwrap();
        // The story ends where the list of short, unpunctuated lines begins.
        let story_end = text.find("Related posts").unwrap_or(text.len());
        let s = Builder::new()
            .length(Length::Long)
            .summarize_text(&text)
            .unwrap();
        assert!(!s.sentences.is_empty());
        for x in &s.sentences {
            assert!(
                x.byte_range.end <= story_end,
                "{}: a key point from the related posts: {}",
                entry.path().display(),
                x.text
            );
            assert!(
                x.text.ends_with(['.', '"', '”', '!', '?']),
                "not a sentence: {}",
                x.text
            );
        }
        checked += 1;
    }
    assert!(checked > 0);
}
