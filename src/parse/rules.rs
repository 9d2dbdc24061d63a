//! The words about a page's markup that every stage after parsing shares.
//!
//! Stage-specific words live in each stage's own rules file; what is here
//! means the same wherever it is read.

/// ARIA roles of page furniture: menus, navigation, banners, dialogs. Such
/// an element holds no article text, for extraction (which drops it before
/// scoring in the strict pass) as for the byline and readerable checks.
pub const UNLIKELY_ROLES: &[&str] = &[
    "menu",
    "menubar",
    "complementary",
    "navigation",
    "alert",
    "alertdialog",
    "dialog",
    "banner",
    "contentinfo",
    "search",
];

/// Inline style declarations that hide an element (property, value).
pub const HIDING_STYLES: &[(&str, &str)] = &[("display", "none"), ("visibility", "hidden")];

/// A class that marks an `aria-hidden` image as the visible fallback of a
/// formula (Wikipedia's math), so it is not hidden after all. (Readability
/// makes the same exception.)
pub const ARIA_HIDDEN_EXCEPTION_CLASS: &str = "fallback-image";
