//! The extracted article, as handed to callers and to the summarizer.

use std::ops::Range;

use serde::Serialize;

use crate::text::is_cjk;

/// The main article of a page. The first ten fields carry the names and
/// meaning of `@mozilla/readability`'s `parse()` result.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(missing_as_null))]
#[serde(rename_all = "camelCase")]
pub struct Article {
    /// The article's title, without a " | Site name" suffix.
    pub title: Option<String>,
    /// The author line.
    pub byline: Option<String>,
    /// Text direction: `ltr`, `rtl` or `auto`.
    pub dir: Option<String>,
    /// The page's declared language, as written (`en-US`).
    pub lang: Option<String>,
    /// The article as sanitized HTML: safe to insert with `innerHTML`.
    pub content: String,
    /// The article as Markdown (CommonMark, with GFM tables, task items,
    /// strikethrough and footnotes), when the `markdown` option asks for it:
    /// rendered from the same tree as `content`, never holding HTML.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", tsify(optional))]
    pub markdown: Option<String>,
    /// The article's text, paragraphs separated by blank lines.
    pub text_content: String,
    /// Length of `text_content` in UTF-16 code units, as JavaScript counts.
    pub length: usize,
    /// A short description: the page's own, else the first paragraph.
    pub excerpt: Option<String>,
    /// The name of the site.
    pub site_name: Option<String>,
    /// When the article was published, ISO 8601.
    pub published_time: Option<String>,
    /// Whether the page looks like an article at all.
    pub readerable: bool,
    /// The page's canonical URL.
    pub url: Option<String>,
    /// The lead image's URL.
    pub image: Option<String>,
    /// Words in `text_content`.
    pub word_count: usize,
    /// Minutes to read `text_content`, at least 1 for any text.
    pub reading_time_minutes: u32,
    /// True when a limit cut the work short; see [`Limits`](crate::options::Limits).
    pub truncated: bool,
    /// The block structure of `text_content`.
    #[serde(skip)]
    pub blocks: Vec<Block>,
}

/// A block of the article's text: one paragraph, heading, list item...
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// Byte range of the block in `text_content`.
    pub range: Range<usize>,
    pub kind: BlockKind,
}

/// What kind of block a piece of text came from.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Paragraph,
    Heading,
    ListItem,
    Quote,
    /// Preformatted text or code: kept, but never summarized.
    Code,
    /// A figure or table caption.
    Caption,
    /// A table cell or row.
    Table,
}

/// Splits plain text into paragraph blocks at blank lines (and at single
/// line breaks, which plain-text sources use between paragraphs too).
pub fn paragraph_blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let start = offset + (line.len() - line.trim_start().len());
            blocks.push(Block {
                range: start..start + trimmed.len(),
                kind: BlockKind::Paragraph,
            });
        }
        offset += line.len();
    }
    blocks
}

/// Words in a text: whitespace-separated runs holding a letter or digit;
/// each CJK character counts as a word, as word counters for those scripts do.
pub fn word_count(text: &str) -> usize {
    let mut count = 0;
    let mut counted = false;
    for c in text.chars() {
        if is_cjk(c) {
            count += 1;
            counted = false;
        } else if c.is_whitespace() {
            counted = false;
        } else if c.is_alphanumeric() && !counted {
            count += 1;
            counted = true;
        }
    }
    count
}

/// Reading speed used for `reading_time_minutes`, in words per minute.
pub const WORDS_PER_MINUTE: usize = 230;

/// Minutes to read `words` words, rounded up, at least 1 for any text.
pub fn reading_minutes(words: usize) -> u32 {
    let minutes = words.div_ceil(WORDS_PER_MINUTE);
    u32::try_from(minutes).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_split_at_line_breaks_and_trim() {
        let text = "First para.\n\n  Second para. \nThird.";
        let blocks = paragraph_blocks(text);
        let got: Vec<&str> = blocks.iter().map(|b| &text[b.range.clone()]).collect();
        assert_eq!(got, ["First para.", "Second para.", "Third."]);
    }

    #[test]
    fn counts_words_in_several_scripts() {
        assert_eq!(word_count("It's a well-known fact, 3.5 times."), 6);
        assert_eq!(word_count("東京に行きました"), 8);
        assert_eq!(word_count("Привет, мир!"), 2);
        assert_eq!(word_count(""), 0);
    }

    #[test]
    fn reading_time_rounds_up() {
        assert_eq!(reading_minutes(0), 0);
        assert_eq!(reading_minutes(1), 1);
        assert_eq!(reading_minutes(231), 2);
    }
}
