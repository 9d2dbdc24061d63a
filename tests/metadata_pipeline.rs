//! Metadata as the public API returns it with the article: the excerpt's
//! fallback to the first paragraph, the direction where the article sits,
//! the readerable flag, and metadata from JSON-LD and meta tags.

fn paragraph(n: usize) -> String {
    format!(
        "<p>Paragraph {n} tells how the tide rises twice a day along this coast, \
         and why the harbour master watches the moon before the boats go out.</p>"
    )
}

fn article_page(head: &str, body_attrs: &str) -> String {
    let paragraphs: String = (1..=6).map(paragraph).collect();
    format!(
        "<html lang=\"en-GB\"><head>{head}</head><body {body_attrs}>\
         <article>{paragraphs}</article></body></html>"
    )
}

#[test]
fn excerpt_falls_back_to_the_first_paragraph() {
    let html = article_page(
        "<title>Tides along the northern coast - Coast News</title>",
        "",
    );
    let article = gisty::extract(&html).unwrap();
    let excerpt = article.excerpt.unwrap();
    assert!(excerpt.starts_with("Paragraph 1 tells"), "{excerpt}");
    assert!(!excerpt.contains("Paragraph 2"));
    assert_eq!(
        article.title.as_deref(),
        Some("Tides along the northern coast")
    );
    assert_eq!(article.lang.as_deref(), Some("en-GB"));
    assert!(article.readerable);
}

#[test]
fn a_described_page_keeps_its_own_description() {
    let html = article_page(
        r#"<meta name="description" content="How the tides work, in brief.">"#,
        "",
    );
    let article = gisty::extract(&html).unwrap();
    assert_eq!(
        article.excerpt.as_deref(),
        Some("How the tides work, in brief.")
    );
}

#[test]
fn direction_is_read_where_the_article_sits() {
    let html = article_page("", r#"dir="rtl""#).replace("<html ", r#"<html dir="ltr" "#);
    let article = gisty::extract(&html).unwrap();
    assert_eq!(article.dir.as_deref(), Some("rtl"));
}

#[test]
fn json_ld_metadata_reaches_the_article() {
    let head = r#"<title>Ignored | Coast News</title>
        <link rel="canonical" href="/stories/tides">
        <script type="application/ld+json">{"@context": "https://schema.org",
          "@type": "NewsArticle", "headline": "Why the sea rises",
          "author": [{"@type": "Person", "name": "Ada Lovelace"}],
          "publisher": {"@type": "Organization", "name": "Coast News"},
          "datePublished": "2024-03-01", "image": "https://img.example.com/t.jpg"}</script>"#;
    let mut builder = gisty::Builder::new();
    builder.url("https://coast.example.com/2024/03/tides?ref=home");
    let article = builder.extract(&article_page(head, "")).unwrap();
    assert_eq!(article.title.as_deref(), Some("Why the sea rises"));
    assert_eq!(article.byline.as_deref(), Some("Ada Lovelace"));
    assert_eq!(article.site_name.as_deref(), Some("Coast News"));
    assert_eq!(article.published_time.as_deref(), Some("2024-03-01"));
    assert_eq!(
        article.url.as_deref(),
        Some("https://coast.example.com/stories/tides")
    );
    assert_eq!(
        article.image.as_deref(),
        Some("https://img.example.com/t.jpg")
    );
}

#[test]
fn the_quick_check_agrees_on_clear_cases() {
    assert!(gisty::is_probably_readerable(&article_page("", "")));
    let menu = "<ul><li><a href=/a>Home</a></li><li><a href=/b>News</a></li></ul>";
    assert!(!gisty::is_probably_readerable(&format!(
        "<html><body><nav>{menu}</nav><p>Short note.</p></body></html>"
    )));
}
