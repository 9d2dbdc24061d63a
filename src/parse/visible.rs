//! Element → whether a reader can see it: the one meaning of "visible"
//! that extraction, rendering, the byline and the readerable check share.
//!
//! Only what the markup says counts (no style sheets are applied): the
//! `hidden` attribute, `aria-hidden="true"`, and inline styles that set
//! `display: none` or `visibility: hidden`. A modal dialog is visible but
//! not part of the page's reading: [`is_modal_dialog`] tells it apart.

use html5ever::local_name;

use super::dom::{Dom, NodeId};
use super::rules::{ARIA_HIDDEN_EXCEPTION_CLASS, HIDING_STYLES};

/// Whether the element `id` may be seen (anything but an element is).
pub(crate) fn is_visible(dom: &Dom, id: NodeId) -> bool {
    let Some(el) = dom.element(id) else {
        return true;
    };
    let mut values = [None; 4];
    el.attrs_named(
        &[
            &local_name!("hidden"),
            &local_name!("aria-hidden"),
            &local_name!("class"),
            &local_name!("style"),
        ],
        &mut values,
    );
    let [hidden, aria_hidden, class, style] = values;
    if hidden.is_some() {
        return false;
    }
    let aria_hides = aria_hidden.is_some_and(|v| v.trim().eq_ignore_ascii_case("true"));
    if aria_hides && !class.is_some_and(|c| c.contains(ARIA_HIDDEN_EXCEPTION_CLASS)) {
        return false;
    }
    !style.is_some_and(style_hides)
}

/// Whether the element is a modal dialog (`role=dialog` with
/// `aria-modal=true`): a cookie wall or a sign-up box over the page.
pub(crate) fn is_modal_dialog(dom: &Dom, id: NodeId) -> bool {
    let Some(el) = dom.element(id) else {
        return false;
    };
    let mut values = [None; 2];
    el.attrs_named(
        &[&local_name!("aria-modal"), &local_name!("role")],
        &mut values,
    );
    let [aria_modal, role] = values;
    aria_modal.is_some_and(|v| v.trim() == "true") && role.is_some_and(|v| v.trim() == "dialog")
}

/// Whether an inline style hides the element: one of its declarations is
/// one of [`HIDING_STYLES`], whatever the case, spacing or `!important`.
fn style_hides(style: &str) -> bool {
    style.split(';').any(|declaration| {
        let Some((property, value)) = declaration.split_once(':') else {
            return false;
        };
        let value = value.trim().trim_end_matches("!important").trim();
        HIDING_STYLES
            .iter()
            .any(|(p, v)| property.trim().eq_ignore_ascii_case(p) && value.eq_ignore_ascii_case(v))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_element(html: &str) -> (Dom, NodeId) {
        let dom = Dom::parse(html);
        let body = dom.body().expect("body");
        let first = dom.element_children(body).next().expect("an element");
        (dom, first)
    }

    #[test]
    fn styles_that_hide() {
        assert!(style_hides("color:red; display : none !important"));
        assert!(style_hides("VISIBILITY:HIDDEN"));
        assert!(!style_hides("display:block"));
        assert!(!style_hides("display"));
    }

    #[test]
    fn attributes_that_hide() {
        for html in [
            "<p hidden>x</p>",
            "<p aria-hidden=TRUE>x</p>",
            "<p style='display:none'>x</p>",
        ] {
            let (dom, p) = first_element(html);
            assert!(!is_visible(&dom, p), "{html}");
        }
        for html in [
            "<p>x</p>",
            "<p aria-hidden=false>x</p>",
            "<img aria-hidden=true class='mwe-math-fallback-image-inline' src=f.png>",
        ] {
            let (dom, p) = first_element(html);
            assert!(is_visible(&dom, p), "{html}");
        }
    }

    #[test]
    fn modal_dialogs() {
        let (dom, d) = first_element("<div role=dialog aria-modal=true>Accept cookies</div>");
        assert!(is_modal_dialog(&dom, d) && is_visible(&dom, d));
        let (dom, d) = first_element("<div role=dialog>Chat</div>");
        assert!(!is_modal_dialog(&dom, d));
    }
}
