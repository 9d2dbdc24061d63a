//! The text entry point: never panics; sentences are slices of the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(summary) = gisty::summarize_text(&text) {
        for s in &summary.sentences {
            assert_eq!(text.get(s.byte_range.clone()), Some(s.text.as_str()));
        }
    }
});
