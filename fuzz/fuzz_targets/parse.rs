//! The parser's tag scanner must agree with html5ever's tokenizer on every
//! input (a disagreement stops parsing with `ParseStop::Desync`), and
//! reading plain markup without the tokenizer must build the tree the
//! tokenizer builds.
#![no_main]

use gisty::internals::{Dom, ParseStop};
use gisty::Limits;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let limits = Limits {
        max_attributes: 4,
        ..Limits::default()
    };
    let dom = Dom::parse_with_limits(&html, limits);
    assert_ne!(dom.stop, Some(ParseStop::Desync), "{html:?}");
    let by_tokenizer = Dom::parse_by_tokenizer(&html, limits);
    assert_eq!(format!("{dom:?}"), format!("{by_tokenizer:?}"), "{html:?}");
});
