//! A document snapshot from a page is untrusted: any operations and text
//! give an article or an error, never a panic, within the limits.
#![no_main]

use gisty::snapshot::Snapshot;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first half as operations (small numbers mostly, so that they are
    // valid often enough to build trees), the rest as text.
    let split = data.len() / 2;
    let ops: Vec<u32> = data[..split]
        .iter()
        .map(|&b| {
            if b >= 0xf0 {
                u32::from(b) << 8
            } else {
                u32::from(b % 12)
            }
        })
        .collect();
    let text = String::from_utf8_lossy(&data[split..]);
    let mut builder = gisty::Builder::new();
    builder.limits(gisty::Limits {
        max_attributes: 4,
        max_depth: 64,
        max_nodes: 2_000,
        ..gisty::Limits::default()
    });
    let snapshot = Snapshot {
        ops: &ops,
        text: &text,
    };
    let _ = builder.summarize_snapshot(&snapshot);
});
