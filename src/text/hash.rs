//! Strings → 64-bit hashes: FNV-1a, for word tables and word runs.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: a fast hash for the short keys of word tables (the default
/// SipHash guards against hash flooding, which costs more than it saves
/// here: a flooded table only slows one call).
#[derive(Default)]
pub(crate) struct Fnv(u64);

/// FNV-1a's starting state.
const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a's multiplier.
const PRIME: u64 = 0x0100_0000_01b3;

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 { OFFSET_BASIS } else { self.0 };
        for b in bytes {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(PRIME);
        }
        self.0 = hash;
    }
}

/// A hash map with [`Fnv`] hashing.
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// The hash of a run of words, a space after each.
pub(crate) fn hash_words(words: &[String]) -> u64 {
    let mut h = Fnv::default();
    for w in words {
        h.write(w.as_bytes());
        h.write(b" ");
    }
    h.finish()
}
