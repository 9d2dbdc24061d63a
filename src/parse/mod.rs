//! HTML → DOM, and what every later stage asks of the DOM.
//!
//! In: an HTML string ([`dom::Dom::parse_with_limits`]) or a live
//! document's [`snapshot::Snapshot`] ([`snapshot::build`]). Out: a
//! [`dom::Dom`], the arena tree the later stages read, built under the
//! [`Limits`](crate::options::Limits). Tokens are read by [`tag_scan`] and
//! [`plain_tokens`]; html5ever's tree builder turns them into the tree.

pub mod dom;
pub(crate) mod names;
mod plain_tokens;
pub(crate) mod rules;
pub mod snapshot;
mod tag_scan;
pub(crate) mod url;
pub(crate) mod visible;

pub(crate) use plain_tokens::decode_references;
