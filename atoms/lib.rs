//! The atoms and character-reference data html5ever's tokenizer and tree
//! builder are written against, in gisty's build.
//!
//! This crate stands in for the crates.io `web_atoms` crate through
//! `[patch.crates-io]` and exposes the same items. What differs is the
//! named character reference table: the published crate generates a
//! perfect-hash map holding every prefix of every name (about 9,900
//! entries, most of them only prefixes), which made up a fifth of gisty's
//! compressed wasm. Here the 2,231 names are one sorted string, and a binary
//! search answers both "is this a name?" and "does a name start with this?".

#![no_std]

extern crate string_cache;

include!(concat!(env!("OUT_DIR"), "/atoms.rs"));
include!(concat!(env!("OUT_DIR"), "/entities.rs"));

/// What a numeric character reference to 0x80–0x9F stands for, by the HTML
/// standard's table (the characters of windows-1252 at those bytes); `None`
/// where the number itself is kept.
pub static C1_REPLACEMENTS: [Option<char>; 32] = c1_replacements();

const fn c1_replacements() -> [Option<char>; 32] {
    const REPLACED: [(u8, char); 27] = [
        (0x80, '\u{20AC}'),
        (0x82, '\u{201A}'),
        (0x83, '\u{0192}'),
        (0x84, '\u{201E}'),
        (0x85, '\u{2026}'),
        (0x86, '\u{2020}'),
        (0x87, '\u{2021}'),
        (0x88, '\u{02C6}'),
        (0x89, '\u{2030}'),
        (0x8A, '\u{0160}'),
        (0x8B, '\u{2039}'),
        (0x8C, '\u{0152}'),
        (0x8E, '\u{017D}'),
        (0x91, '\u{2018}'),
        (0x92, '\u{2019}'),
        (0x93, '\u{201C}'),
        (0x94, '\u{201D}'),
        (0x95, '\u{2022}'),
        (0x96, '\u{2013}'),
        (0x97, '\u{2014}'),
        (0x98, '\u{02DC}'),
        (0x99, '\u{2122}'),
        (0x9A, '\u{0161}'),
        (0x9B, '\u{203A}'),
        (0x9C, '\u{0153}'),
        (0x9E, '\u{017E}'),
        (0x9F, '\u{0178}'),
    ];
    let mut table = [None; 32];
    let mut i = 0;
    while i < REPLACED.len() {
        let (byte, c) = REPLACED[i];
        table[(byte - 0x80) as usize] = Some(c);
        i += 1;
    }
    table
}

/// The named character references, looked up by the text after `&`.
pub static NAMED_ENTITIES: NamedEntities = NamedEntities(());

/// See [`NAMED_ENTITIES`].
pub struct NamedEntities(());

/// What [`NamedEntities::get`] gives for a proper prefix of a name.
static PREFIX_ONLY: (u32, u32) = (0, 0);

impl NamedEntities {
    /// The code points `name` stands for (the second is 0 when there is one);
    /// `(0, 0)` when `name` is not a reference but some reference starts
    /// with it, so the tokenizer reads on; `None` when none does.
    ///
    /// ```
    /// use web_atoms::NAMED_ENTITIES;
    /// assert_eq!(NAMED_ENTITIES.get("gt;"), Some(&(62, 0)));
    /// assert_eq!(NAMED_ENTITIES.get("NotEqualTilde;"), Some(&(8770, 824)));
    /// assert_eq!(NAMED_ENTITIES.get("notin"), Some(&(0, 0)));
    /// assert_eq!(NAMED_ENTITIES.get("gtx"), None);
    /// ```
    pub fn get(&self, name: &str) -> Option<&'static (u32, u32)> {
        let Some(&first) = name.as_bytes().first() else {
            return Some(&PREFIX_ONLY);
        };
        // None for a first byte outside ASCII.
        let range = ENTITY_BY_FIRST_BYTE.get(usize::from(first)..usize::from(first) + 2)?;
        let (low, high) = (usize::from(range[0]), usize::from(range[1]));
        // The first name not less than `name`: `name` itself if it is one,
        // and otherwise the smallest name it is a prefix of, if any.
        let at = partition_point(low, high, |i| entity_name(i) < name);
        if at == high {
            return None;
        }
        let candidate = entity_name(at);
        if candidate == name {
            Some(&ENTITY_CODES[at])
        } else if candidate.starts_with(name) {
            Some(&PREFIX_ONLY)
        } else {
            None
        }
    }
}

fn entity_name(i: usize) -> &'static str {
    let start = usize::from(ENTITY_OFFSETS[i]);
    let end = usize::from(ENTITY_OFFSETS[i + 1]);
    &ENTITY_NAMES[start..end]
}

/// The first index in `low..high` where `before` is false (it is true for a
/// prefix of the indices and false after).
fn partition_point(mut low: usize, mut high: usize, before: impl Fn(usize) -> bool) -> usize {
    while low < high {
        let mid = low + (high - low) / 2;
        if before(mid) {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    low
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_is_found_with_its_code_points() {
        for (i, codes) in ENTITY_CODES.iter().enumerate() {
            assert_eq!(NAMED_ENTITIES.get(entity_name(i)), Some(codes));
        }
        assert_eq!(ENTITY_COUNT, 2231);
    }

    #[test]
    fn proper_prefixes_ask_for_more() {
        assert_eq!(NAMED_ENTITIES.get(""), Some(&(0, 0)));
        assert_eq!(NAMED_ENTITIES.get("a"), Some(&(0, 0)));
        assert_eq!(NAMED_ENTITIES.get("noti"), Some(&(0, 0)));
        // "not" is a legacy name without ';' and also a prefix of "notin;".
        assert_eq!(NAMED_ENTITIES.get("not"), Some(&(172, 0)));
    }

    #[test]
    fn names_nothing_starts_with_are_absent() {
        for name in ["gtx", "zzz", "&amp;", "AMP;x", "\u{e9}"] {
            assert_eq!(NAMED_ENTITIES.get(name), None, "{name}");
        }
    }

    #[test]
    fn c1_replacements_follow_windows_1252() {
        assert_eq!(C1_REPLACEMENTS[0], Some('\u{20AC}'));
        assert_eq!(C1_REPLACEMENTS[1], None);
        assert_eq!(C1_REPLACEMENTS[0x1F], Some('\u{0178}'));
        assert_eq!(C1_REPLACEMENTS.iter().filter(|c| c.is_some()).count(), 27);
    }
}
