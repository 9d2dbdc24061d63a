//! DOM → article: finds the element that holds the main article.
//!
//! In: the [`Dom`] and its [`Metadata`]. Out: the article's root node.

use crate::dom::{Dom, NodeId};
use crate::metadata::Metadata;

/// The node holding the main article, if the page has any body.
pub fn find_article(dom: &mut Dom, _meta: &Metadata) -> Option<NodeId> {
    dom.body()
}
