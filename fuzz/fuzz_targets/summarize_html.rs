//! The HTML entry point: any input gives a result or a coded error, never a
//! panic, and a result's sentences are slices of its text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let mut builder = gisty::Builder::new();
    // Small limits so the fuzzer reaches the paths past them too.
    builder.limits(gisty::Limits {
        max_nodes: 5_000,
        max_depth: 64,
        max_attributes: 16,
        ..gisty::Limits::default()
    });
    if let Ok(gist) = builder.summarize(&html) {
        let text = &gist.article.text_content;
        for s in &gist.sentences {
            assert_eq!(text.get(s.byte_range.clone()), Some(s.text.as_str()));
            assert!(s.start <= s.end);
        }
        assert!(!gist.article.content.contains("<script"));
    }
});
