//! The options parser: JSON → SummarizeOptions → Options never panics, and
//! options that validate drive a whole call without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;

const PAGE: &str = "<title>T</title><article><p>One sentence here. Another one follows it. \
                    A third closes the paragraph.</p><p>Second paragraph with more words.</p></article>";

fuzz_target!(|data: &[u8]| {
    let Ok(raw) = serde_json::from_slice::<gisty::SummarizeOptions>(data) else {
        return;
    };
    let Ok(options) = gisty::Options::from_raw(raw) else {
        return;
    };
    let _ = gisty::Builder::from_options(options.clone()).summarize(PAGE);
    let _ = gisty::Builder::from_options(options).summarize_text(PAGE);
});
