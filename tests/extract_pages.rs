//! Extraction on small hand-written pages: each page adds one kind of
//! boilerplate (or one layout) around the same story, and the tests check
//! the story stays whole and the boilerplate goes.

use gisty::{Article, BlockKind};

/// The story every page carries: five paragraphs of plain prose.
const STORY: &[&str] = &[
    "The harbour town woke to find the river had risen almost two metres overnight, covering the lower streets, the market square and the old ferry landing.",
    "Residents said the water came quickly after midnight, when a week of steady rain in the hills finally reached the valley, and the sirens sounded twice.",
    "The mayor, speaking from the steps of the town hall, said no one had been hurt, but that dozens of shops and homes would need weeks of cleaning and repair.",
    "Engineers from the regional authority were inspecting the stone bridge on Tuesday, which was closed to traffic as a precaution until they finish their survey.",
    "Forecasters expect the rain to ease by the weekend, though they warned that the ground is saturated and that further flooding remains possible in low areas.",
];

fn story_html() -> String {
    STORY.iter().map(|p| format!("<p>{p}</p>")).collect()
}

fn page(before: &str, article_extra_top: &str, article_extra_bottom: &str, after: &str) -> String {
    format!(
        "<!doctype html><html><head><title>River floods the harbour town | Valley News</title></head>\
         <body>{before}<div class=\"story-body\">{article_extra_top}{}{article_extra_bottom}</div>{after}</body></html>",
        story_html()
    )
}

fn extract(html: &str) -> Article {
    gisty::Builder::new()
        .url("https://news.example/2024/river.html")
        .extract(html)
        .expect("an article")
}

fn assert_story(a: &Article) {
    for p in STORY {
        assert!(
            a.text_content.contains(p),
            "missing paragraph {p:?}\nin:\n{}",
            a.text_content
        );
    }
}

fn assert_absent(a: &Article, words: &[&str]) {
    for w in words {
        assert!(
            !a.text_content.contains(w),
            "boilerplate {w:?} kept in:\n{}",
            a.text_content
        );
    }
}

#[test]
fn plain_story() {
    let a = extract(&page("", "", "", ""));
    assert_story(&a);
    assert_eq!(a.text_content.matches("\n\n").count(), STORY.len() - 1);
}

#[test]
fn navigation_header_and_footer() {
    let nav =
        "<header class=site-header><a href=/>Valley News</a><nav><ul><li><a href=/n>News</a></li>\
               <li><a href=/s>Sport</a></li><li><a href=/w>Weather</a></li></ul></nav></header>";
    let footer = "<footer><p>Copyright 2024 Valley News Ltd. All rights reserved.</p>\
                  <a href=/imprint>Imprint</a> <a href=/privacy>Privacy policy</a></footer>";
    let a = extract(&page(nav, "", "", footer));
    assert_story(&a);
    assert_absent(&a, &["Sport", "Weather", "Copyright", "Imprint", "Privacy"]);
}

#[test]
fn sidebar_and_ads() {
    let sidebar = "<aside class=sidebar><h3>Popular</h3><ul><li><a href=/a>Mayor opens the new library</a></li>\
                   <li><a href=/b>School wins the rowing cup</a></li></ul></aside>\
                   <div class=ad-slot>Advertisement: buy boats at Harbour Marine today</div>";
    let a = extract(&page("", "", "", sidebar));
    assert_story(&a);
    assert_absent(&a, &["library", "rowing", "Harbour Marine"]);
}

#[test]
fn cookie_banner_and_newsletter_box() {
    let banner = "<div id=cookie-consent><p>We use cookies to improve your experience. By continuing you accept them.</p>\
                  <button>Accept</button></div>";
    let newsletter = "<div class=newsletter-signup><h4>Get the morning briefing</h4>\
                      <form><input type=email placeholder=Email><button>Subscribe</button></form></div>";
    let a = extract(&page(banner, "", newsletter, ""));
    assert_story(&a);
    assert_absent(&a, &["cookies", "morning briefing", "Subscribe"]);
}

#[test]
fn share_bar_inside_the_article() {
    let share = "<div class=share-buttons><a href=/fb>Facebook</a> <a href=/tw>Twitter</a> <a href=/mail>Email</a></div>";
    let a = extract(&page("", share, share, ""));
    assert_story(&a);
    assert_absent(&a, &["Facebook", "Twitter"]);
}

#[test]
fn related_posts_inside_the_article() {
    let related = "<h3>Related posts</h3><ul><li><a href=/x>Storm damages the pier</a></li>\
                   <li><a href=/y>New flood barrier approved</a></li><li><a href=/z>Ferry returns</a></li></ul>";
    let a = extract(&page("", "", related, ""));
    assert_story(&a);
    assert_absent(
        &a,
        &[
            "Related posts",
            "Storm damages",
            "flood barrier",
            "Ferry returns",
        ],
    );
}

#[test]
fn read_more_and_most_popular_teasers() {
    let teasers = "<div class=read-more><h4>Read more</h4><a href=/1>Council debates the budget</a></div>\
                   <section class=most-popular><h4>Most popular</h4><ol><li><a href=/2>Festival dates announced</a></li>\
                   <li><a href=/3>Road works on the coast road</a></li></ol></section>";
    let a = extract(&page("", "", teasers, ""));
    assert_story(&a);
    assert_absent(&a, &["Council debates", "Festival dates", "Road works"]);
}

#[test]
fn comments_that_outnumber_the_article() {
    let mut comments = String::from(
        "<div id=comments class=comments-area><h3>42 comments</h3><ol class=comment-list>",
    );
    for i in 0..30 {
        comments.push_str(&format!(
            "<li class=comment><div class=comment-author>Reader{i}</div><p>I live near the ferry landing and honestly, \
             this is the worst flooding I have seen in years, number {i}, and the council should have acted sooner.</p></li>"
        ));
    }
    comments.push_str("</ol></div>");
    let a = extract(&page("", "", "", &comments));
    assert_story(&a);
    assert_absent(&a, &["worst flooding", "Reader1", "42 comments"]);
}

#[test]
fn author_box_and_byline() {
    let byline = "<p class=byline>By Jane Smith</p>";
    let bio = "<div class=author-bio><img src=/jane.jpg><p>Jane Smith covers the valley for Valley News.</p>\
               <a href=/jane>More by Jane</a></div>";
    let a = extract(&page("", byline, bio, ""));
    assert_story(&a);
    assert_absent(&a, &["By Jane Smith", "covers the valley", "More by Jane"]);
}

#[test]
fn title_heading_is_not_repeated_in_the_text() {
    let a = extract(&page("", "<h1>River floods the harbour town</h1>", "", ""));
    assert_story(&a);
    assert_absent(&a, &["River floods the harbour town"]);
}

#[test]
fn headings_inside_the_article_are_kept() {
    let story = story_html();
    let html = format!(
        "<html><head><title>Floods</title></head><body><article><h2>What happened overnight</h2>{story}\
         <h2>What comes next for the town</h2>{story}</article></body></html>"
    );
    let a = extract(&html);
    assert!(a.text_content.contains("What happened overnight"));
    assert!(a.text_content.contains("What comes next for the town"));
    assert!(a.blocks.iter().any(|b| b.kind == BlockKind::Heading));
}

#[test]
fn hidden_elements_are_not_text() {
    let hidden = "<p hidden>HIDDEN-ONE is not shown.</p><div style=\"display:none\">HIDDEN-TWO is not shown.</div>\
                  <p aria-hidden=\"true\">HIDDEN-THREE is not shown.</p><p style=\"visibility: hidden\">HIDDEN-FOUR</p>";
    let a = extract(&page("", hidden, "", ""));
    assert_story(&a);
    assert_absent(&a, &["HIDDEN"]);
}

#[test]
fn image_credit_and_caption() {
    let figure = "<figure><img src=/flood.jpg alt=Flood><figcaption>Water covers the market square on Monday morning.\
                  <span class=credit>Photo: John Doe / Agency</span></figcaption></figure>";
    let a = extract(&page("", figure, "", ""));
    assert_story(&a);
    assert!(a.text_content.contains("Water covers the market square"));
    assert_absent(&a, &["John Doe"]);
    assert!(a.content.contains("https://news.example/flood.jpg"));
}

#[test]
fn nested_layout_without_article_tag() {
    let html = format!(
        "<html><body><div id=page><div class=wrap><div class=row><div class=col-8><div class=inner>{}</div></div>\
         <div class=col-4><ul><li><a href=/a>Archive</a></li><li><a href=/b>Contact</a></li></ul></div></div></div></div></body></html>",
        story_html()
    );
    let a = extract(&html);
    assert_story(&a);
    assert_absent(&a, &["Archive", "Contact"]);
}

#[test]
fn story_split_into_sibling_blocks() {
    let (first, second) = STORY.split_at(2);
    let p = |ps: &[&str]| ps.iter().map(|p| format!("<p>{p}</p>")).collect::<String>();
    let html = format!(
        "<html><body><div class=content><div class=text>{}</div><div class=text>{}</div></div>\
         <div class=footer-links><a href=/x>About</a></div></body></html>",
        p(first),
        p(second)
    );
    let a = extract(&html);
    assert_story(&a);
    assert_absent(&a, &["About"]);
}

#[test]
fn multi_column_layout_picks_the_main_column() {
    let left = "<div class=left-column><h3>Sections</h3><ul><li><a href=/1>Home</a></li><li><a href=/2>Business</a></li>\
                <li><a href=/3>Culture</a></li></ul></div>";
    let right = "<div class=right-column><h3>Weather</h3><p>Sunny, 21 degrees.</p><h3>Markets</h3><p>Shares up.</p></div>";
    let html = format!(
        "<html><body><table><tr><td>{left}</td><td><div class=main-column>{}</div></td><td>{right}</td></tr></table></body></html>",
        story_html()
    );
    let a = extract(&html);
    assert_story(&a);
    assert_absent(&a, &["Business", "Culture", "21 degrees"]);
}

#[test]
fn text_written_with_line_breaks() {
    let body = STORY.join("<br><br>\n");
    let html = format!(
        "<html><body><div class=menu><a href=/>Home</a></div><div>{body}</div></body></html>"
    );
    let a = extract(&html);
    assert_story(&a);
    assert_eq!(a.blocks.len(), STORY.len());
}

#[test]
fn non_latin_scripts() {
    let zh = [
        "今天凌晨，河水在一夜之间上涨了将近两米，淹没了城镇的低洼街道、市场广场和旧渡口。",
        "居民们说，午夜过后水来得很快，山区连续一周的降雨终于流到了山谷，警报响了两次。",
        "市长在市政厅台阶上表示，没有人受伤，但是几十家商店和住宅需要数周时间清理和修复。",
        "区域管理局的工程师周二检查了石桥，作为预防措施，石桥已禁止通行，直到他们完成调查。",
    ];
    let body: String = zh.iter().map(|p| format!("<p>{p}</p>")).collect();
    let html = format!(
        "<html lang=zh><body><div class=nav><a href=/>首页</a><a href=/n>新闻</a></div><div class=article>{body}</div>\
         <div class=footer>版权所有</div></body></html>"
    );
    let a = extract(&html);
    for p in zh {
        assert!(a.text_content.contains(p), "{p}");
    }
    assert!(!a.text_content.contains("版权所有"));
}

#[test]
fn right_to_left_page() {
    let ar = [
        "استيقظت المدينة الساحلية لتجد أن النهر قد ارتفع بنحو مترين خلال الليل، فغمر الشوارع المنخفضة والساحة.",
        "قال السكان إن المياه جاءت بسرعة بعد منتصف الليل، عندما وصلت أمطار أسبوع كامل من التلال إلى الوادي.",
        "وقال رئيس البلدية إن أحدا لم يصب بأذى، لكن عشرات المتاجر والمنازل ستحتاج إلى أسابيع من التنظيف والإصلاح.",
    ];
    let body: String = ar.iter().map(|p| format!("<p>{p}</p>")).collect();
    let html = format!(
        "<html dir=rtl lang=ar><body><nav><a href=/>الرئيسية</a></nav><article>{body}</article></body></html>"
    );
    let a = extract(&html);
    for p in ar {
        assert!(a.text_content.contains(p), "{p}");
    }
    assert_eq!(a.dir.as_deref(), Some("rtl"));
    assert!(!a.text_content.contains("الرئيسية"));
}

#[test]
fn code_blocks_keep_their_layout() {
    let code = "<pre><code>fn main() {\n    println!(\"hi\");\n}</code></pre>";
    let a = extract(&page("", "", code, ""));
    assert_story(&a);
    assert!(a
        .text_content
        .contains("fn main() {\n    println!(\"hi\");\n}"));
    assert!(a.blocks.iter().any(|b| b.kind == BlockKind::Code));
}

#[test]
fn data_tables_are_kept() {
    let table = "<table><caption>River levels</caption><tr><th>Day</th><th>Level</th></tr>\
                 <tr><td>Monday</td><td>3.1 m</td></tr><tr><td>Tuesday</td><td>2.4 m</td></tr></table>";
    let a = extract(&page("", "", table, ""));
    assert_story(&a);
    assert!(a.text_content.contains("Tuesday"));
    assert!(a.content.contains("<th>Level</th>"));
}

#[test]
fn scripts_styles_and_comments_never_leak() {
    let junk =
        "<script>var secret = 'SCRIPT-TEXT';</script><style>.x{content:'STYLE-TEXT'}</style>\
                <!-- COMMENT-TEXT --><noscript>NOSCRIPT-TEXT</noscript>";
    let a = extract(&page(junk, junk, junk, junk));
    assert_story(&a);
    assert_absent(
        &a,
        &["SCRIPT-TEXT", "STYLE-TEXT", "COMMENT-TEXT", "NOSCRIPT-TEXT"],
    );
    assert!(!a.content.contains("script"));
}

#[test]
fn excerpt_falls_back_to_the_first_paragraph() {
    let a = extract(&page("", "", "", ""));
    assert_eq!(a.excerpt.as_deref(), Some(STORY[0]));
}

#[test]
fn deep_nesting_is_walked_without_recursion() {
    // As deep as the parser's depth limit (512, as in browsers) allows.
    let html = format!("{}{}", "<div>".repeat(500), story_html());
    let a = extract(&html);
    assert_story(&a);
    // Past the parser's depth limit the page is cut short, never a crash.
    let html = format!("{}{}", "<div>".repeat(50_000), story_html());
    if let Ok(a) = gisty::extract(&html) {
        assert!(a.truncated);
    }
}
