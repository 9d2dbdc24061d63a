//! An element's class names and id → their words, and whether those words
//! name page furniture.
//!
//! Names are read as words: `post-comments`, `postComments` and
//! `post_comments` all hold the words `post` and `comments`. A
//! [`Word::Prefix`] matches any run of words that starts with it (so
//! `comment` matches `comments`, `commentList` and `comment-form`); a
//! [`Word::Exact`] matches one whole word only (so `ad` matches `ad-slot`
//! but not `address` or `header`). Class names that only label a post's
//! taxonomy or a block's state, BEM modifiers and ids made from a heading's
//! text say nothing of the block's role and are skipped.

use super::rules::{IGNORED_CLASS_PREFIXES, MAYBE_ARTICLE_NAMES, SLUG_MIN_WORDS, UNLIKELY_NAMES};

/// A word looked for in class names and ids.
#[derive(Copy, Clone, Debug)]
pub enum Word {
    /// A whole word, such as `ad` in `top-ad`.
    Exact(&'static str),
    /// The start of a word, possibly running over several (`sidebar`
    /// matches `sideBarLeft` and `side-bar`).
    Prefix(&'static str),
}

impl Word {
    /// The word, and whether it must end where a word of the name ends.
    pub fn parts(self) -> (&'static str, bool) {
        match self {
            Word::Exact(s) => (s, true),
            Word::Prefix(s) => (s, false),
        }
    }
}

/// The words of one element's names: their letters lower-cased with
/// separators removed, and where each word starts. Reused from element to
/// element, so reading allocates only when names grow longer.
#[derive(Default)]
pub(crate) struct NameWords {
    /// The names lower-cased with separators removed.
    pub letters: Vec<u8>,
    /// Whether a word starts at each position of `letters` (one longer:
    /// the position after the last letter ends a word).
    pub starts: Vec<bool>,
}

impl NameWords {
    /// Reads the words of a class attribute and an id: a word starts after
    /// a separator, at a lower-to-upper case change and where letters and
    /// digits meet.
    pub fn read(&mut self, class: &str, ident: &str) {
        self.letters.clear();
        self.starts.clear();
        let names = class
            .split_whitespace()
            .filter(|c| {
                !IGNORED_CLASS_PREFIXES
                    .iter()
                    .any(|p| c.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))
            })
            // A BEM modifier ("section--has-ads") says what a block holds
            // or how it looks, not what it is.
            .map(|c| c.split_once("--").map_or(c, |(block, _)| block))
            .chain(std::iter::once(ident).filter(|i| !is_slug(i)));
        for name in names {
            self.push_name(name);
        }
        // The position after the last letter ends a word. (A removed
        // separator already made the letter after it a word start.)
        self.starts.push(true);
    }

    fn push_name(&mut self, name: &str) {
        let mut prev: Option<char> = None;
        for c in name.chars() {
            if !c.is_alphanumeric() {
                prev = None;
                continue;
            }
            let start = match prev {
                None => true,
                Some(p) => {
                    (p.is_lowercase() && c.is_uppercase())
                        || (p.is_ascii_digit() != c.is_ascii_digit())
                }
            };
            prev = Some(c);
            if c.is_ascii() {
                // Most names are ASCII: one byte, no case tables.
                self.letters.push(c.to_ascii_lowercase() as u8);
                self.starts.push(start);
                continue;
            }
            let mut buf = [0u8; 4];
            for lc in c.to_lowercase() {
                for (i, &b) in lc.encode_utf8(&mut buf).as_bytes().iter().enumerate() {
                    self.letters.push(b);
                    self.starts.push(start && i == 0);
                }
            }
        }
    }

    /// Whether a word starts at byte `at` of the letters.
    pub fn starts_at(&self, at: usize) -> bool {
        self.starts.get(at).copied().unwrap_or(false)
    }

    /// Whether `word` matches at byte `at`, which starts a word.
    pub fn matches_at(&self, at: usize, word: Word) -> bool {
        let (word, exact) = word.parts();
        let rest = self.letters.get(at..).unwrap_or_default();
        begins_with(rest, word.as_bytes())
            && (!exact || self.starts.get(at + word.len()).copied().unwrap_or(true))
    }

    /// Whether any word of `table` is among the names' words.
    pub fn has_any(&self, table: &[Word]) -> bool {
        (0..self.letters.len())
            .filter(|&at| self.starts_at(at))
            .any(|at| table.iter().any(|&w| self.matches_at(at, w)))
    }
}

/// Whether names (a class attribute and an id) mark page furniture: a word
/// of [`UNLIKELY_NAMES`] and none of [`MAYBE_ARTICLE_NAMES`].
pub(crate) fn names_furniture(words: &mut NameWords, class: &str, ident: &str) -> bool {
    words.read(class, ident);
    words.has_any(UNLIKELY_NAMES) && !words.has_any(MAYBE_ARTICLE_NAMES)
}

/// `rest.starts_with(word)`, comparing byte by byte: most table words
/// differ from the name within a byte or two, sooner than a call to
/// `memcmp` returns.
pub(crate) fn begins_with(rest: &[u8], word: &[u8]) -> bool {
    rest.len() >= word.len() && rest.iter().zip(word).all(|(a, b)| a == b)
}

/// Whether an id was made from a heading or title ("sharing-with-a-
/// single-developer"): its words describe the text, not the block's role.
fn is_slug(ident: &str) -> bool {
    ident.split(['-', '_']).filter(|w| !w.is_empty()).count() >= SLUG_MIN_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn furniture(class: &str, ident: &str) -> bool {
        names_furniture(&mut NameWords::default(), class, ident)
    }

    #[test]
    fn names_are_read_as_words() {
        assert!(furniture("post-comments", ""));
        assert!(furniture("postComments", ""));
        assert!(furniture("", "site_footer"));
        assert!(furniture("top ad", ""));
        assert!(!furniture("address", ""));
        assert!(!furniture("subheader-note", ""));
        // Rescued by a word that may hold the article.
        assert!(!furniture("comment-body article", ""));
        // Taxonomy labels and BEM modifiers say nothing of the block.
        assert!(!furniture("tag-sidebar category-footer", ""));
        assert!(!furniture("section--has-comments", ""));
        // An id made from a heading's words.
        assert!(!furniture("", "why-the-footer-matters-here"));
    }
}
