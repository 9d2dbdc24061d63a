//! Options: what kind of summary to make, and the limits that bound the work.
//!
//! In: builder calls from Rust, or a [`SummarizeOptions`] object deserialized from
//! JavaScript or JSON. Out: validated [`Options`].

use serde::Deserialize;

use crate::error::Error;

/// The kind of summary, after Chrome's Summarizer API.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum SummaryType {
    /// The key points as a list of sentences (the default).
    #[default]
    KeyPoints,
    /// A short paragraph that gives the gist.
    Tldr,
    /// The sentences most likely to draw a reader in.
    Teaser,
    /// One sentence that stands for the whole article.
    Headline,
}

/// How long the summary is.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum Length {
    /// Three key points; one sentence for a tl;dr or teaser.
    #[default]
    Short,
    /// Five key points; three sentences for a tl;dr or teaser.
    Medium,
    /// Seven key points; five sentences for a tl;dr or teaser.
    Long,
}

/// How the `summary` text is formatted.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// Sentences as plain text: key points one per line.
    #[default]
    PlainText,
    /// Markdown: key points as a bulleted list.
    Markdown,
}

/// Bounds on the work done for one call. Past a bound gisty either
/// degrades (and sets `truncated`) or fails, as each field says.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Larger inputs fail with `INPUT_TOO_LARGE`. Default 32 MiB.
    pub max_input_bytes: usize,
    /// Parsing stops after this many DOM nodes; the article is extracted
    /// from what was parsed and `truncated` is set. Default 2,000,000.
    pub max_nodes: usize,
    /// Parsing stops when elements nest this deep (browsers flatten the
    /// tree at 512 too); `truncated` is set. Default 512.
    pub max_depth: usize,
    /// Parsing stops just before a tag with more attributes than this (the
    /// parser's duplicate-attribute check costs time quadratic in their
    /// number); `truncated` is set. Attributes that repeated `<html>` or
    /// `<body>` tags add past this many are dropped. Default 1,000.
    pub max_attributes: usize,
    /// Only the first this-many sentences are scored; `truncated` is set
    /// when the text has more. Default 20,000.
    pub max_sentences_scored: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: 32 * 1024 * 1024,
            max_nodes: 2_000_000,
            max_depth: 512,
            max_attributes: 1_000,
            max_sentences_scored: 20_000,
        }
    }
}

/// Everything a call can be told. Build it with [`Builder`](crate::Builder)
/// or from [`SummarizeOptions`].
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Options {
    /// The page's address, to resolve relative links and images.
    pub url: Option<String>,
    pub summary_type: SummaryType,
    pub length: Length,
    /// Overrides the sentence count that `length` implies.
    pub max_sentences: Option<usize>,
    pub format: Format,
    /// ISO 639-1 code of the text's language; detected when absent.
    pub language: Option<String>,
    /// How many keywords to return. Default 8.
    pub keywords: Option<usize>,
    /// Whether to render the article as Markdown too (`Article::markdown`).
    /// Not the summary's format, which is [`Options::format`].
    pub markdown: bool,
    pub limits: Limits,
}

impl Options {
    /// The number of sentences the summary should have.
    pub fn sentence_count(&self) -> usize {
        if let Some(n) = self.max_sentences {
            return n;
        }
        match (self.summary_type, self.length) {
            (SummaryType::Headline, _) => 1,
            (SummaryType::KeyPoints, Length::Short) => 3,
            (SummaryType::KeyPoints, Length::Medium) => 5,
            (SummaryType::KeyPoints, Length::Long) => 7,
            (_, Length::Short) => 1,
            (_, Length::Medium) => 3,
            (_, Length::Long) => 5,
        }
    }

    /// The number of keywords to return.
    pub fn keyword_count(&self) -> usize {
        self.keywords.unwrap_or(8)
    }

    /// Validates options that came from JavaScript or JSON.
    pub fn from_raw(raw: SummarizeOptions) -> Result<Options, Error> {
        let defaults = Limits::default();
        Options {
            url: raw.url,
            summary_type: raw.summary_type.unwrap_or_default(),
            length: raw.length.unwrap_or_default(),
            max_sentences: raw.max_sentences,
            format: raw.format.unwrap_or_default(),
            language: raw.language,
            keywords: raw.keywords,
            markdown: raw.markdown.unwrap_or(false),
            limits: Limits {
                max_input_bytes: raw.max_input_bytes.unwrap_or(defaults.max_input_bytes),
                max_nodes: raw.max_nodes.unwrap_or(defaults.max_nodes),
                max_depth: raw.max_depth.unwrap_or(defaults.max_depth),
                max_attributes: raw.max_attributes.unwrap_or(defaults.max_attributes),
                max_sentences_scored: raw
                    .max_sentences_scored
                    .unwrap_or(defaults.max_sentences_scored),
            },
        }
        .validated()
    }

    /// The options checked and put in their one form, whichever way they
    /// were set (a [`Builder`](crate::Builder), a [`SummarizeOptions`]
    /// object): every count and limit in range, the language code lowered,
    /// an empty URL the same as none. Errors name the option at fault as
    /// JavaScript callers spell it.
    pub fn validated(mut self) -> Result<Options, Error> {
        let limits = &self.limits;
        for (field, value) in [
            ("maxInputBytes", limits.max_input_bytes),
            ("maxNodes", limits.max_nodes),
            ("maxDepth", limits.max_depth),
            ("maxAttributes", limits.max_attributes),
            ("maxSentencesScored", limits.max_sentences_scored),
        ] {
            at_least_one(field, value)?;
        }
        if let Some(n) = self.max_sentences {
            at_least_one("maxSentences", n)?;
            at_most("maxSentences", n, MAX_SUMMARY_SENTENCES)?;
        }
        if let Some(k) = self.keywords {
            at_most("keywords", k, MAX_KEYWORDS)?;
        }
        if let Some(lang) = &self.language {
            let ok = (2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_alphabetic());
            if !ok {
                return Err(Error::invalid_option(
                    "language",
                    format!("{lang:?} is not an ISO 639 language code such as \"en\""),
                ));
            }
        }
        if let Some(url) = self.url.as_ref().filter(|u| u.len() > MAX_URL_BYTES) {
            return Err(Error::invalid_option(
                "url",
                format!(
                    "is {} bytes long, more than the {MAX_URL_BYTES} allowed",
                    url.len()
                ),
            ));
        }
        self.url = self.url.filter(|u| !u.is_empty());
        self.language = self.language.map(|l| l.to_ascii_lowercase());
        Ok(self)
    }
}

impl SummaryType {
    /// Each variant under the name JavaScript and JSON callers use.
    pub const NAMES: &'static [(&'static str, SummaryType)] = &[
        ("key-points", SummaryType::KeyPoints),
        ("tldr", SummaryType::Tldr),
        ("teaser", SummaryType::Teaser),
        ("headline", SummaryType::Headline),
    ];

    /// The variant named `value` in option `type`, or an
    /// `INVALID_OPTIONS` error listing the accepted names.
    pub fn from_option(value: &str) -> Result<Self, Error> {
        choice("type", value, Self::NAMES)
    }
}

impl Length {
    /// Each variant under the name JavaScript and JSON callers use.
    pub const NAMES: &'static [(&'static str, Length)] = &[
        ("short", Length::Short),
        ("medium", Length::Medium),
        ("long", Length::Long),
    ];

    /// The variant named `value` in option `length`, or an
    /// `INVALID_OPTIONS` error listing the accepted names.
    pub fn from_option(value: &str) -> Result<Self, Error> {
        choice("length", value, Self::NAMES)
    }
}

impl Format {
    /// Each variant under the name JavaScript and JSON callers use.
    pub const NAMES: &'static [(&'static str, Format)] = &[
        ("plain-text", Format::PlainText),
        ("markdown", Format::Markdown),
    ];

    /// The variant named `value` in option `format`, or an
    /// `INVALID_OPTIONS` error listing the accepted names.
    pub fn from_option(value: &str) -> Result<Self, Error> {
        choice("format", value, Self::NAMES)
    }
}

/// The variant of `names` called `value`, or an error for option `field`
/// that lists the accepted names.
fn choice<T: Copy>(field: &str, value: &str, names: &[(&str, T)]) -> Result<T, Error> {
    if let Some(&(_, variant)) = names.iter().find(|(name, _)| *name == value) {
        return Ok(variant);
    }
    let accepted: Vec<String> = names
        .iter()
        .map(|(name, _)| format!("\"{name}\""))
        .collect();
    Err(Error::invalid_option(
        field,
        format!("{value:?} is not one of {}", accepted.join(", ")),
    ))
}

/// Upper bound for `maxSentences`.
pub const MAX_SUMMARY_SENTENCES: usize = 100;
/// Upper bound for the length of `url`, in bytes: a page's address, and
/// no real page's comes near it.
pub const MAX_URL_BYTES: usize = 64 * 1024;
/// Upper bound for `keywords`.
pub const MAX_KEYWORDS: usize = 100;

fn at_least_one(field: &str, value: usize) -> Result<(), Error> {
    if value == 0 {
        return Err(Error::invalid_option(field, "must be at least 1"));
    }
    Ok(())
}

fn at_most(field: &str, value: usize, max: usize) -> Result<(), Error> {
    if value > max {
        return Err(Error::invalid_option(
            field,
            format!("{value} is more than the {max} allowed"),
        ));
    }
    Ok(())
}

/// The names [`SummarizeOptions`] accepts, for callers whose deserializer
/// cannot report unknown fields by itself.
pub const OPTION_NAMES: &[&str] = &[
    "type",
    "length",
    "format",
    "maxSentences",
    "url",
    "language",
    "keywords",
    "markdown",
    "maxInputBytes",
    "maxNodes",
    "maxDepth",
    "maxAttributes",
    "maxSentencesScored",
];

/// The options object as JavaScript and JSON callers write it; every field
/// may be left out. Unknown fields are rejected.
///
/// ```
/// let raw: gisty::SummarizeOptions = serde_json::from_str(r#"{"type": "tldr", "length": "medium"}"#).unwrap();
/// let options = gisty::Options::from_raw(raw).unwrap();
/// assert_eq!(options.sentence_count(), 3);
/// ```
#[derive(Clone, Debug, Default, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct SummarizeOptions {
    /// `key-points` (default), `tldr`, `teaser` or `headline`.
    #[serde(rename = "type")]
    pub summary_type: Option<SummaryType>,
    /// `short` (default), `medium` or `long`.
    pub length: Option<Length>,
    /// The format of `summary`, the key sentences: `plain-text` (default)
    /// or `markdown` (a bulleted list). For the article as Markdown, see
    /// `markdown`.
    pub format: Option<Format>,
    /// An explicit sentence count, overriding `length`.
    pub max_sentences: Option<usize>,
    /// The page's URL, to resolve relative links.
    pub url: Option<String>,
    /// The text's language as an ISO 639-1 code; detected when absent.
    pub language: Option<String>,
    /// How many keywords to return (default 8).
    pub keywords: Option<usize>,
    /// `true` adds the article as Markdown (`markdown`) to the result;
    /// default `false`.
    pub markdown: Option<bool>,
    /// See [`Limits::max_input_bytes`].
    pub max_input_bytes: Option<usize>,
    /// See [`Limits::max_nodes`].
    pub max_nodes: Option<usize>,
    /// See [`Limits::max_depth`].
    pub max_depth: Option<usize>,
    /// See [`Limits::max_attributes`].
    pub max_attributes: Option<usize>,
    /// See [`Limits::max_sentences_scored`].
    pub max_sentences_scored: Option<usize>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_follow_the_summarizer_api() {
        let mut o = Options::default();
        assert_eq!(o.sentence_count(), 3);
        o.length = Length::Long;
        assert_eq!(o.sentence_count(), 7);
        o.summary_type = SummaryType::Tldr;
        assert_eq!(o.sentence_count(), 5);
        o.summary_type = SummaryType::Headline;
        assert_eq!(o.sentence_count(), 1);
        o.max_sentences = Some(4);
        assert_eq!(o.sentence_count(), 4);
    }

    #[test]
    fn option_names_match_the_deserializer() {
        for name in OPTION_NAMES {
            let json = format!(r#"{{"{name}": null}}"#);
            let parsed: Result<SummarizeOptions, _> = serde_json::from_str(&json);
            assert!(parsed.is_ok(), "{name} is not a field: {parsed:?}");
        }
        let unknown: Result<SummarizeOptions, _> = serde_json::from_str(r#"{"colour": 1}"#);
        assert!(unknown.is_err());
    }

    #[test]
    fn variant_names_match_the_deserializer() {
        fn check<T: Copy + PartialEq + std::fmt::Debug + serde::de::DeserializeOwned>(
            names: &[(&str, T)],
        ) {
            for &(name, variant) in names {
                let parsed: T = serde_json::from_str(&format!("{name:?}")).unwrap();
                assert_eq!(parsed, variant);
                assert_eq!(choice("x", name, names).unwrap(), variant);
            }
            let err = choice("type", "poem", names).unwrap_err();
            assert!(err.message().contains(names[0].0), "{err}");
        }
        assert_eq!(SummaryType::from_option("tldr").unwrap(), SummaryType::Tldr);
        check(SummaryType::NAMES);
        check(Length::NAMES);
        check(Format::NAMES);
    }

    #[test]
    fn zero_and_oversized_values_name_the_field() {
        let raw = SummarizeOptions {
            max_sentences: Some(0),
            ..Default::default()
        };
        let err = Options::from_raw(raw).unwrap_err();
        assert!(err.message().contains("maxSentences"), "{err}");
        let raw = SummarizeOptions {
            language: Some("english!".into()),
            ..Default::default()
        };
        let err = Options::from_raw(raw).unwrap_err();
        assert!(err.message().contains("language"), "{err}");
    }
}
