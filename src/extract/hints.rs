//! Element → what its class, id and role say about it.
//!
//! In: one element's attributes. Out: a [`Hints`] bit set (positive,
//! negative, share bar, byline, date...), found by matching the words of its
//! class names and id against the tables of [`crate::extract::rules`]. Computed once
//! per element; everything else asks these bits.

use std::sync::LazyLock;

use html5ever::local_name;

use super::rules;
use crate::parse::dom::{Dom, NodeId};
use crate::parse::names::{NameWords, Word};
use crate::parse::rules::{MAYBE_ARTICLE_NAMES, UNLIKELY_NAMES};
use crate::text::FastMap;

/// What an element's names say about it, as bits.
#[derive(Copy, Clone, Default, Debug, PartialEq, Eq)]
pub struct Hints(u16);

impl Hints {
    pub const POSITIVE: Hints = Hints(1);
    pub const NEGATIVE: Hints = Hints(1 << 1);
    pub const UNLIKELY: Hints = Hints(1 << 2);
    pub const MAYBE_ARTICLE: Hints = Hints(1 << 3);
    pub const SHARE: Hints = Hints(1 << 4);
    pub const BYLINE: Hints = Hints(1 << 5);
    pub const DATE: Hints = Hints(1 << 6);
    pub const CREDIT: Hints = Hints(1 << 7);
    pub const COMMENT: Hints = Hints(1 << 8);
    pub const RELATED: Hints = Hints(1 << 9);
    /// Marked up as the article: `<article>`, `<main>`, `role="main"`,
    /// `itemprop="articleBody"`.
    pub const ARTICLE: Hints = Hints(1 << 10);
    /// Furniture whatever other words say (`related-posts`: "related"
    /// outweighs "posts").
    pub const FURNITURE: Hints = Hints(1 << 11);
    /// The article's lead or standfirst.
    pub const LEAD: Hints = Hints(1 << 12);
    /// A picture's caption.
    pub const CAPTION: Hints = Hints(1 << 13);

    /// Whether every bit of `other` is set.
    pub fn has(self, other: Hints) -> bool {
        self.0 & other.0 == other.0
    }

    /// Whether any bit of `other` is set.
    pub fn any(self, other: Hints) -> bool {
        self.0 & other.0 != 0
    }

    pub fn with(self, other: Hints) -> Hints {
        Hints(self.0 | other.0)
    }

    /// The class weight: positive names add, negative names subtract.
    pub fn weight(self) -> f32 {
        if self.has(Hints::FURNITURE) {
            return -rules::NAME_WEIGHT;
        }
        let mut w = 0.0;
        if self.has(Hints::POSITIVE) {
            w += rules::NAME_WEIGHT;
        }
        if self.has(Hints::NEGATIVE) {
            w -= rules::NAME_WEIGHT;
        }
        w
    }

    /// Unlikely to hold the article, and not rescued by a word such as
    /// `article` or `content`.
    pub fn is_unlikely(self) -> bool {
        self.has(Hints::UNLIKELY) && !self.any(Hints::MAYBE_ARTICLE.with(Hints::ARTICLE))
    }
}

/// One word of the tables and the hint it gives.
struct Entry {
    word: Word,
    hint: Hints,
}

/// The tables, indexed by first byte so that each word start of a name is
/// compared with few entries.
static INDEX: LazyLock<Vec<Vec<Entry>>> = LazyLock::new(|| {
    let tables: [(&[Word], Hints); 13] = [
        (rules::CAPTION_NAMES, Hints::CAPTION),
        (rules::LEAD_NAMES, Hints::LEAD),
        (rules::FURNITURE_NAMES, Hints::FURNITURE),
        (rules::POSITIVE_NAMES, Hints::POSITIVE),
        (rules::NEGATIVE_NAMES, Hints::NEGATIVE),
        (UNLIKELY_NAMES, Hints::UNLIKELY),
        (MAYBE_ARTICLE_NAMES, Hints::MAYBE_ARTICLE),
        (rules::SHARE_NAMES, Hints::SHARE),
        (rules::BYLINE_NAMES, Hints::BYLINE),
        (rules::DATE_NAMES, Hints::DATE),
        (rules::CREDIT_NAMES, Hints::CREDIT),
        (rules::COMMENT_NAMES, Hints::COMMENT),
        (rules::RELATED_NAMES, Hints::RELATED),
    ];
    let mut index: Vec<Vec<Entry>> = (0..256).map(|_| Vec::new()).collect();
    for (table, hint) in tables {
        for w in table {
            let first = w.parts().0.as_bytes().first().map_or(0, |&b| b as usize);
            if let Some(slot) = index.get_mut(first) {
                slot.push(Entry { word: *w, hint });
            }
        }
    }
    index
});

/// Reusable buffers for [`Matcher::hints`].
#[derive(Default)]
pub struct Matcher {
    /// The words of the names being matched.
    words: NameWords,
    /// The hints of each class attribute seen on an element without an
    /// id: a page repeats the same classes on many elements (every item of
    /// a list, every card of a grid). One entry per distinct attribute.
    /// The bits are kept as `u32` so the map shares its code with the
    /// `FastMap<String, u32>` maps of scoring (smaller wasm).
    by_class: FastMap<String, u32>,
}

impl Matcher {
    /// The hints of an element, from its class, id and role.
    pub fn element_hints(&mut self, dom: &Dom, id: NodeId) -> Hints {
        let Some(element) = dom.element(id) else {
            return Hints::default();
        };
        let mut values = [None; 4];
        element.attrs_named(
            &[
                &local_name!("class"),
                &local_name!("id"),
                &local_name!("role"),
                &local_name!("itemprop"),
            ],
            &mut values,
        );
        let [class, ident, role, itemprop] = values;
        let class = class.unwrap_or("");
        let ident = ident.unwrap_or("");
        let mut hints = Hints::default();
        if !class.is_empty() || !ident.is_empty() {
            hints = self.names_hints_cached(class, ident);
        }
        if let Some(role) = role {
            let role = role.trim();
            if crate::parse::rules::UNLIKELY_ROLES
                .iter()
                .any(|r| r.eq_ignore_ascii_case(role))
            {
                hints = hints.with(Hints::UNLIKELY).with(Hints::NEGATIVE);
            }
            if rules::ARTICLE_ROLES
                .iter()
                .any(|r| r.eq_ignore_ascii_case(role))
            {
                hints = hints.with(Hints::ARTICLE);
            }
        }
        let tag = dom.tag(id).map_or("", |t| &**t);
        if rules::ARTICLE_TAGS.contains(&tag)
            || itemprop.is_some_and(|p| {
                p.split_whitespace()
                    .any(|w| rules::ARTICLE_ITEMPROPS.contains(&w))
            })
        {
            hints = hints.with(Hints::ARTICLE);
        }
        hints
    }

    /// [`Matcher::names_hints`], remembered per class attribute when there
    /// is no id (ids are unique to one element, so not worth keeping).
    fn names_hints_cached(&mut self, class: &str, ident: &str) -> Hints {
        if !ident.is_empty() {
            return self.names_hints(class, ident);
        }
        if let Some(&bits) = self.by_class.get(class) {
            return Hints(u16::try_from(bits).unwrap_or_default());
        }
        let hints = self.names_hints(class, "");
        self.by_class.insert(class.to_owned(), u32::from(hints.0));
        hints
    }

    /// The hints of a class attribute and an id.
    pub fn names_hints(&mut self, class: &str, ident: &str) -> Hints {
        self.words.read(class, ident);
        let words = &self.words;
        let mut hints = Hints::default();
        for at in 0..words.letters.len() {
            if !words.starts_at(at) {
                continue;
            }
            let Some(entries) = words.letters.get(at).and_then(|&b| INDEX.get(b as usize)) else {
                continue;
            };
            for e in entries {
                if !hints.has(e.hint) && words.matches_at(at, e.word) {
                    hints = hints.with(e.hint);
                }
            }
        }
        hints
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hints(class: &str) -> Hints {
        Matcher::default().names_hints(class, "")
    }

    #[test]
    fn words_match_across_separators_and_case() {
        for name in [
            "sidebar",
            "side-bar",
            "sideBar",
            "main-sidebar",
            "left_sideBar2",
        ] {
            assert!(hints(name).has(Hints::NEGATIVE), "{name}");
        }
    }

    #[test]
    fn exact_words_do_not_match_inside_others() {
        assert!(hints("top-ad").has(Hints::NEGATIVE));
        assert!(hints("ad728").has(Hints::NEGATIVE));
        assert!(hints("adsBox").has(Hints::NEGATIVE));
        assert!(!hints("address").has(Hints::NEGATIVE));
        assert!(!hints("header-load").has(Hints::NEGATIVE));
        assert!(!hints("download").has(Hints::NEGATIVE));
    }

    #[test]
    fn prefixes_match_longer_words_but_not_inner_ones() {
        assert!(hints("comments-area").has(Hints::COMMENT));
        assert!(hints("commentList").has(Hints::COMMENT));
        assert!(!hints("recommend").has(Hints::COMMENT));
    }

    #[test]
    fn article_words_rescue_unlikely_blocks() {
        assert!(hints("site-header").is_unlikely());
        assert!(!hints("article-header").is_unlikely());
        assert!(hints("entry-content").has(Hints::POSITIVE));
    }

    #[test]
    fn taxonomy_classes_are_ignored() {
        assert!(!hints("“item“ ç").has(Hints::NEGATIVE));
        assert!(!hints("post category-newsletter tag-sidebar").is_unlikely());
        assert!(hints("post newsletter").is_unlikely());
    }

    #[test]
    fn roles_and_ids_count() {
        let dom = Dom::parse(r#"<div role="navigation" id="x">a</div><div id="related">b</div>"#);
        let body = dom.body().unwrap();
        let divs: Vec<_> = dom.element_children(body).collect();
        let mut m = Matcher::default();
        assert!(m.element_hints(&dom, divs[0]).is_unlikely());
        assert!(m.element_hints(&dom, divs[1]).has(Hints::RELATED));
    }

    #[test]
    fn non_latin_names_do_not_panic() {
        assert_eq!(hints("статья ΣΧΌΛΙΑ 記事"), Hints::default());
    }
}
