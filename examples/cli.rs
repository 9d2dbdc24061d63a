//! Native twin of `www/cli.mjs`, for quick runs over the corpora without a
//! wasm build. Same arguments, same JSON lines:
//!
//! ```text
//! cargo run --release --example cli -- extract MANIFEST.jsonl [--markdown] [--content]
//! cargo run --release --example cli -- summarize MANIFEST.jsonl [--weights JSON]
//! cargo run --release --example cli -- weights
//! cargo run --release --example cli -- page.html [--url URL] [--markdown]
//! cargo run --release --example cli -- --text story.txt
//! ```

use std::io::{BufRead, BufReader, Write};
use std::time::Instant;

use serde_json::{json, Value};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("extract") => {
            let wanted = Wanted {
                markdown: args.iter().any(|a| a == "--markdown"),
                content: args.iter().any(|a| a == "--content"),
            };
            each_line(arg(&args, 1), |row| extract_line(row, wanted))
        }
        Some("summarize") => each_line(arg(&args, 1), summarize_line),
        Some("weights") => print_weights(),
        Some("--text") => print_text_summary(arg(&args, 1)),
        Some(path) if !path.starts_with('-') => print_page(
            path,
            flag(&args, "--url"),
            args.iter().any(|a| a == "--markdown"),
        ),
        _ => Err(
            "usage: cli (extract|summarize) MANIFEST.jsonl | PAGE.html [--url URL] | --text FILE"
                .into(),
        ),
    };
    if let Err(e) = result {
        eprintln!("{e}");
        std::process::exit(2);
    }
}

fn arg(args: &[String], i: usize) -> &str {
    args.get(i).map_or("", String::as_str)
}

fn flag<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    let i = args.iter().position(|a| a == name)?;
    args.get(i + 1).map(String::as_str)
}

/// The fields `extract` adds when asked.
#[derive(Copy, Clone)]
struct Wanted {
    markdown: bool,
    content: bool,
}

fn each_line(path: &str, f: impl Fn(&Value) -> Value) -> Result<(), String> {
    let file = std::fs::File::open(path).map_err(|e| format!("{path}: {e}"))?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in BufReader::new(file).lines() {
        let line = line.map_err(|e| e.to_string())?;
        if line.trim().is_empty() {
            continue;
        }
        let row: Value = serde_json::from_str(&line).map_err(|e| e.to_string())?;
        let mut result = f(&row);
        result["id"] = row["id"].clone();
        writeln!(out, "{result}").map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn extract_line(row: &Value, wanted: Wanted) -> Value {
    let path = row["path"].as_str().unwrap_or_default();
    let html = match read_html(path) {
        Ok(h) => h,
        Err(e) => return json!({ "error": e }),
    };
    let mut builder = gisty::Builder::new();
    if let Some(url) = row["url"].as_str() {
        builder.url(url);
    }
    builder.markdown(wanted.markdown);
    let start = Instant::now();
    let result = builder.extract(&html);
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    match result {
        Ok(a) => {
            let mut line = json!({
                "text": a.text_content, "title": a.title, "byline": a.byline,
                "excerpt": a.excerpt, "lang": a.lang, "dir": a.dir, "siteName": a.site_name,
                "publishedTime": a.published_time, "readerable": a.readerable, "ms": ms,
            });
            if wanted.markdown {
                line["markdown"] = json!(a.markdown);
            }
            if wanted.content {
                line["content"] = json!(a.content);
            }
            line
        }
        Err(e) => json!({ "error": e.to_string(), "code": e.code().as_str(), "ms": ms }),
    }
}

fn summarize_line(row: &Value) -> Value {
    let text = row["text"].as_str().unwrap_or_default();
    let k = row["k"].as_u64().unwrap_or(3).max(1) as usize;
    let start = Instant::now();
    let mut builder = gisty::Builder::new();
    builder.max_sentences(k);
    let result = match weights() {
        Some(weights) => {
            let summary =
                gisty::internals::summarize_text_weighted(text, builder.options(), weights);
            Ok(summary)
        }
        None => builder.summarize_text(text),
    };
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    match result {
        Ok(s) => json!({
            "sentences": s.sentences.iter()
                .map(|x| json!({"text": x.text, "score": x.score, "index": x.index}))
                .collect::<Vec<_>>(),
            "ms": ms,
        }),
        Err(e) => json!({ "error": e.to_string(), "code": e.code().as_str(), "ms": ms }),
    }
}

/// Weights other than the defaults, from `--weights JSON` (an object of
/// `Weights` fields), for the weight search of `bench/tune.py`.
fn weights() -> Option<&'static gisty::internals::Weights> {
    static WEIGHTS: std::sync::OnceLock<Option<gisty::internals::Weights>> =
        std::sync::OnceLock::new();
    WEIGHTS
        .get_or_init(|| {
            let args: Vec<String> = std::env::args().collect();
            let json = flag(&args, "--weights")?;
            match serde_json::from_str(json) {
                Ok(w) => Some(w),
                Err(e) => {
                    eprintln!("--weights: {e}");
                    std::process::exit(2);
                }
            }
        })
        .as_ref()
}

fn print_page(path: &str, url: Option<&str>, markdown: bool) -> Result<(), String> {
    let html = read_html(path)?;
    let mut builder = gisty::Builder::new();
    if let Some(url) = url {
        builder.url(url);
    }
    if markdown {
        let article = builder
            .markdown(true)
            .extract(&html)
            .map_err(|e| e.to_string())?;
        print!("{}", article.markdown.unwrap_or_default());
        return Ok(());
    }
    let gist = builder.summarize(&html).map_err(|e| e.to_string())?;
    println!(
        "{}",
        serde_json::to_string_pretty(&gist).map_err(|e| e.to_string())?
    );
    Ok(())
}

/// Prints the default weights as JSON.
fn print_weights() -> Result<(), String> {
    let json = serde_json::to_string(&gisty::internals::Weights::DEFAULT);
    println!("{}", json.map_err(|e| e.to_string())?);
    Ok(())
}

fn print_text_summary(path: &str) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let summary = gisty::summarize_text(&text).map_err(|e| e.to_string())?;
    println!(
        "{}",
        serde_json::to_string_pretty(&summary).map_err(|e| e.to_string())?
    );
    Ok(())
}

/// Reads a saved page, decoding it as its `<meta charset>` says (UTF-8
/// when it says nothing), the way a browser would. Bytes that are valid
/// UTF-8 are read as UTF-8 whatever the page declares: saved copies are
/// often re-encoded without their declaration being updated, and text in
/// a legacy multi-byte encoding almost never happens to be valid UTF-8.
fn read_html(path: &str) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    if let Ok(text) = std::str::from_utf8(&bytes) {
        return Ok(text.to_string());
    }
    let encoding = sniff_charset(&bytes)
        .and_then(|label| encoding_rs::Encoding::for_label(label.as_bytes()))
        .unwrap_or(encoding_rs::UTF_8);
    let (text, _, _) = encoding.decode(&bytes);
    Ok(text.into_owned())
}

/// The charset named in the first 4 KB, as in `<meta charset=...>` or
/// `content="text/html; charset=..."`.
fn sniff_charset(bytes: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let label: String = head[at..]
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    (!label.is_empty()).then_some(label)
}
