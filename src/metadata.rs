//! DOM → metadata: title, byline, language, dates and the like.
//!
//! In: the parsed [`Dom`] and the page URL. Out: [`Metadata`].

use html5ever::local_name;

use crate::dom::Dom;

/// What the page says about itself.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Metadata {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub site_name: Option<String>,
    pub published_time: Option<String>,
    pub lang: Option<String>,
    pub dir: Option<String>,
    pub excerpt: Option<String>,
    pub url: Option<String>,
    pub image: Option<String>,
}

/// Reads the page's metadata.
pub fn read(dom: &Dom, page_url: Option<&str>) -> Metadata {
    let title = dom
        .head()
        .and_then(|h| dom.find(h, &local_name!("title")))
        .map(|t| {
            dom.text_content(t)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|t| !t.is_empty());
    let html = dom.html();
    Metadata {
        title,
        lang: html.and_then(|h| dom.attr(h, "lang")).map(str::to_string),
        dir: html.and_then(|h| dom.attr(h, "dir")).map(str::to_string),
        url: page_url.map(str::to_string),
        ..Metadata::default()
    }
}
