//! Which alt text an image keeps in the Markdown.
//!
//! In: an image's `alt`, its source and attributes, and the alt texts
//! written before it. Out: the alt to write, or nothing. Text in the
//! Markdown is read, by people and by language models, where an image is
//! only seen: a file name, a word that names no image (`image`, `line`),
//! the alt of an image hidden from assistive technology or the alt of an
//! earlier image again add words the article does not have. Those alts
//! are left out (`![](src)`); the HTML keeps them all.

use std::hash::Hasher;

use crate::parse::dom::{Dom, NodeId};
use crate::render::rules;
use crate::text::{is_listed, Fnv};

/// How many distinct alts are remembered to find repeats.
const MAX_REMEMBERED: usize = 64;

/// The alts already written (hashes of their lowered text), to find
/// repeats.
#[derive(Default)]
pub struct SeenAlts(Vec<u64>);

impl SeenAlts {
    /// What of `alt` the Markdown writes for the image `img` (of source
    /// `src`): the alt, when it says something the Markdown around it does
    /// not, else nothing. Remembers it.
    ///
    /// The tests compare bytes, with ASCII letters lowered: plain loops,
    /// which cost the module far less than `str`'s searchers.
    pub fn kept<'s>(&mut self, dom: &Dom, img: NodeId, alt: &'s str, src: &str) -> &'s str {
        let alt = alt.trim();
        let lowered = alt.to_ascii_lowercase();
        if lowered.is_empty()
            || hidden_from_readers(dom, img)
            || is_file_name(lowered.as_bytes(), src.as_bytes())
            || is_listed(rules::MD_PLACEHOLDER_ALTS, lowered.trim_end_matches('.'))
        {
            return "";
        }
        let mut hash = Fnv::default();
        hash.write(lowered.as_bytes());
        let hash = hash.finish();
        if self.0.contains(&hash) {
            return "";
        }
        if self.0.len() < MAX_REMEMBERED {
            self.0.push(hash);
        }
        alt
    }
}

/// An image the page hides from assistive technology, or marks as
/// decoration: its alt is for no reader (a formula's picture whose
/// accessible form is elsewhere, an icon).
fn hidden_from_readers(dom: &Dom, img: NodeId) -> bool {
    dom.attr(img, "aria-hidden")
        .is_some_and(|v| v.trim() == "true")
        || dom
            .attr(img, "role")
            .is_some_and(|r| is_listed(rules::MD_DECORATION_ROLES, r.trim()))
}

/// A file name (`alt` lowered): with an image's extension, the source's
/// own name, or one token that reads as a slug (`update_graphic_red_bar`,
/// `0225-lupita-nyongo-01`).
fn is_file_name(alt: &[u8], src: &[u8]) -> bool {
    if let Some(dot) = alt.iter().rposition(|&b| b == b'.') {
        let extension = std::str::from_utf8(&alt[dot + 1..]).unwrap_or("");
        if is_listed(rules::MD_IMAGE_EXTENSIONS, extension) {
            return true;
        }
    }
    let path_end = src
        .iter()
        .position(|&b| b == b'?' || b == b'#')
        .unwrap_or(src.len());
    let path = &src[..path_end];
    let name = &path[path.iter().rposition(|&b| b == b'/').map_or(0, |i| i + 1)..];
    let stem = &name[..name.iter().position(|&b| b == b'.').unwrap_or(name.len())];
    if stem.eq_ignore_ascii_case(alt) {
        return true;
    }
    let (mut hyphens, mut underscore) = (0, false);
    for &b in alt {
        match b {
            b' ' => return false,
            b'-' => hyphens += 1,
            b'_' => underscore = true,
            _ => {}
        }
    }
    underscore || hyphens >= rules::MD_SLUG_HYPHENS
}

#[cfg(test)]
mod tests {
    use super::*;
    use html5ever::local_name;

    fn keeps(html: &str, alts: &[&str]) -> Vec<bool> {
        written(html, alts).iter().map(|a| !a.is_empty()).collect()
    }

    fn written(html: &str, alts: &[&str]) -> Vec<String> {
        let dom = Dom::parse(html);
        let images: Vec<NodeId> = dom
            .descendants(dom.document())
            .filter(|&n| dom.is(n, &local_name!("img")))
            .collect();
        let mut seen = SeenAlts::default();
        images
            .iter()
            .zip(alts)
            .map(|(&img, alt)| {
                let src = dom.attr(img, "src").unwrap_or("");
                seen.kept(&dom, img, alt, src).to_string()
            })
            .collect()
    }

    #[test]
    fn descriptions_are_kept() {
        let html = r#"<p><img src="/a/b9.jpg"> A river at dawn</p><p><img src="x.png"></p>"#;
        assert_eq!(
            keeps(html, &["Boats on the Thames at dawn", "COVID-19"]),
            [true, true]
        );
    }

    #[test]
    fn file_names_and_placeholders_are_left_out() {
        let html = r#"<img src="/media/IMG_3886.jpg"><img src="/p/hero-1.webp"><img src="/x">
            <img src="/y"><img src="/z"><img src="/w">"#;
        assert_eq!(
            keeps(
                html,
                &[
                    "IMG_3886",
                    "hero-1",
                    "performance.jpg",
                    "0225-lupita-nyongo-01",
                    "Image",
                    "line"
                ]
            ),
            [false, false, false, false, false, false]
        );
    }

    #[test]
    fn hidden_images_say_nothing() {
        let html = r#"<img src="/c" aria-hidden="true"><img src="/d" role="presentation">
            <img src="/e">"#;
        assert_eq!(
            keeps(
                html,
                &["{\\displaystyle A^{H}}", "A star", "Photo finish at Ascot"]
            ),
            [false, false, true]
        );
    }

    #[test]
    fn repeats_are_left_out() {
        let html = r#"<img src="/a"><img src="/b"><img src="/c">"#;
        assert_eq!(
            keeps(
                html,
                &["The author, smiling", "the author, smiling", "A map"]
            ),
            [true, false, true]
        );
    }
}
