//! Strings → ids: each distinct string of a text kept once, in one buffer.
//!
//! In: strings (words, stems). Out: a dense id per distinct string, in the
//! order they were first seen, and the string of an id. One buffer and an
//! open-addressing table of FNV-1a hashes, where a hash map keyed by
//! `String` cost an allocation per distinct string.

use std::hash::Hasher;
use std::ops::Range;

use super::hash::Fnv;

/// A set of distinct strings, numbered from 0 in the order added.
#[derive(Default)]
pub(crate) struct Interner {
    /// The strings, one after the other.
    text: String,
    /// Each string's place in `text`, and its hash.
    entries: Vec<(Range<usize>, u64)>,
    /// The table: 0 for an empty slot, else an id plus one. Its length is
    /// a power of two, at least twice the number of strings.
    slots: Vec<u32>,
}

impl Interner {
    /// An empty set with room for `strings` strings.
    pub(crate) fn with_capacity(strings: usize) -> Interner {
        Interner {
            text: String::with_capacity(strings * 8),
            entries: Vec::with_capacity(strings),
            slots: vec![0; (strings * 2).max(8).next_power_of_two()],
        }
    }

    /// The string of `id`.
    pub(crate) fn get(&self, id: u32) -> &str {
        self.entries
            .get(id as usize)
            .and_then(|(range, _)| self.text.get(range.clone()))
            .unwrap_or_default()
    }

    /// The id of `s`, if held.
    pub(crate) fn find(&self, s: &str) -> Option<u32> {
        let slot = self.probe(s, hash(s));
        self.slots.get(slot).and_then(|&v| v.checked_sub(1))
    }

    /// The id of `s`, added when new; `true` when it was new.
    pub(crate) fn intern(&mut self, s: &str) -> (u32, bool) {
        let h = hash(s);
        let slot = self.probe(s, h);
        if let Some(id) = self.slots.get(slot).and_then(|&v| v.checked_sub(1)) {
            return (id, false);
        }
        let id = self.entries.len() as u32;
        let start = self.text.len();
        self.text.push_str(s);
        self.entries.push((start..self.text.len(), h));
        if let Some(v) = self.slots.get_mut(slot) {
            *v = id + 1;
        }
        if self.entries.len() * 2 > self.slots.len() {
            self.grow();
        }
        (id, true)
    }

    /// The slot holding `s`, or the empty slot where it would go.
    fn probe(&self, s: &str, h: u64) -> usize {
        let mask = self.slots.len().wrapping_sub(1);
        let mut at = h as usize & mask;
        // The table is never full, so an empty slot ends every probe.
        for _ in 0..self.slots.len() {
            let Some(id) = self.slots.get(at).and_then(|&v| v.checked_sub(1)) else {
                break;
            };
            let same = self
                .entries
                .get(id as usize)
                .is_some_and(|(range, eh)| *eh == h && self.text.get(range.clone()) == Some(s));
            if same {
                break;
            }
            at = (at + 1) & mask;
        }
        at
    }

    /// Doubles the table and places every string again.
    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(8);
        self.slots = vec![0; size];
        let mask = size - 1;
        for (id, (_, h)) in self.entries.iter().enumerate() {
            let mut at = *h as usize & mask;
            while self.slots.get(at).is_some_and(|&v| v != 0) {
                at = (at + 1) & mask;
            }
            if let Some(v) = self.slots.get_mut(at) {
                *v = id as u32 + 1;
            }
        }
    }
}

fn hash(s: &str) -> u64 {
    let mut h = Fnv::default();
    h.write(s.as_bytes());
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_dense_in_first_seen_order() {
        let mut strings = Interner::with_capacity(1);
        let words: Vec<String> = (0..100).map(|i| format!("w{}", i % 37)).collect();
        for (i, w) in words.iter().enumerate() {
            let (id, new) = strings.intern(w);
            assert_eq!(id as usize, i % 37);
            assert_eq!(new, i < 37);
            assert_eq!(strings.get(id), w);
        }
        assert_eq!(strings.find("w5"), Some(5));
        assert_eq!(strings.find("w37"), None);
        assert_eq!(strings.find(""), None);
        assert_eq!(strings.intern(""), (37, true));
        assert_eq!(strings.find(""), Some(37));
    }
}
