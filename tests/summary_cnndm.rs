//! gisty's key points against LEAD-3 on CNN/DailyMail news.
//!
//! The official figure comes from `../shared/eval/score_summary.py` (Google's
//! rouge-score in Python), which `cargo test` cannot run. This test computes
//! ROUGE-1 and ROUGE-2 F1 the same way in outline: lower-cased alphanumeric
//! tokens, Porter stemming of tokens longer than three characters, clipped
//! n-gram overlap, averaged over documents. It approximates the official
//! scorer (the stemmers differ in small ways), which is enough to compare
//! two summarizers scored alike: gisty and LEAD-3, the first three sentences
//! as gisty segments them.

use std::collections::HashMap;

use frostem::{Algorithm, Stemmer};

/// Documents scored: enough for a stable mean, quick in a debug build.
const DOCUMENTS: usize = 300;

fn tokens(text: &str, stemmer: &Stemmer) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.len() > 3 {
                stemmer.stem(w).into_owned()
            } else {
                w.to_string()
            }
        })
        .collect()
}

fn ngram_counts(tokens: &[String], n: usize) -> HashMap<&[String], usize> {
    let mut counts = HashMap::new();
    if tokens.len() >= n {
        for gram in tokens.windows(n) {
            *counts.entry(gram).or_insert(0) += 1;
        }
    }
    counts
}

/// ROUGE-n F1 of `summary` against `reference`.
fn rouge_n(reference: &[String], summary: &[String], n: usize) -> f64 {
    let r = ngram_counts(reference, n);
    let s = ngram_counts(summary, n);
    let overlap: usize = r
        .iter()
        .map(|(gram, count)| (*count).min(s.get(gram).copied().unwrap_or(0)))
        .sum();
    let r_total: usize = r.values().sum();
    let s_total: usize = s.values().sum();
    if overlap == 0 {
        return 0.0;
    }
    let precision = overlap as f64 / s_total as f64;
    let recall = overlap as f64 / r_total as f64;
    2.0 * precision * recall / (precision + recall)
}

#[test]
fn gisty_beats_lead_3_on_cnn_dailymail() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/cnndm/dev.jsonl");
    let Ok(data) = std::fs::read_to_string(&path) else {
        println!("skipped: {} is not present", path.display());
        return;
    };
    let stemmer = Stemmer::new(Algorithm::Porter);
    let mut gisty = [0.0f64; 2];
    let mut lead = [0.0f64; 2];
    let mut n = 0usize;
    for line in data
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(DOCUMENTS)
    {
        let row: serde_json::Value = serde_json::from_str(line).unwrap();
        let article = row["article"].as_str().unwrap();
        let reference = tokens(row["reference"].as_str().unwrap(), &stemmer);
        let k = row["k"].as_u64().unwrap_or(3) as usize;

        let summary = gisty::Builder::new()
            .max_sentences(k)
            .summarize_text(article)
            .unwrap();
        assert!(summary.sentences.len() <= k);
        let ours: Vec<&str> = summary.sentences.iter().map(|s| s.text.as_str()).collect();
        let ours = tokens(&ours.join("\n"), &stemmer);

        let first: Vec<&str> = gisty::internals::sentences(article, None)
            .into_iter()
            .take(k)
            .map(|r| &article[r])
            .collect();
        let first = tokens(&first.join("\n"), &stemmer);

        for (i, order) in [1, 2].into_iter().enumerate() {
            gisty[i] += rouge_n(&reference, &ours, order);
            lead[i] += rouge_n(&reference, &first, order);
        }
        n += 1;
    }
    assert!(n > 0);
    let mean = |x: f64| 100.0 * x / n as f64;
    println!(
        "{n} documents: gisty R1 {:.2} R2 {:.2}; LEAD-3 R1 {:.2} R2 {:.2}",
        mean(gisty[0]),
        mean(gisty[1]),
        mean(lead[0]),
        mean(lead[1])
    );
    assert!(gisty[0] > lead[0], "ROUGE-1 not above LEAD-3");
    assert!(gisty[1] > lead[1], "ROUGE-2 not above LEAD-3");
}
