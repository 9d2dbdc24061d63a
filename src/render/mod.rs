//! Article element → what callers get: sanitized HTML, plain text and its
//! block structure.
//!
//! In: the [`Dom`](crate::parse::dom::Dom) and the article's root node. Out:
//! [`content::Rendered`], and the [`article::Article`] type the pipeline
//! fills from it.

pub mod article;
pub(crate) mod content;
pub(crate) mod markdown;
mod md_alt;
mod md_escape;
pub(crate) mod md_plan;
pub(crate) mod rules;
pub(crate) mod visible;
