//! The JavaScript binding, run as wasm in Node, in browsers, and inside a
//! service worker (where extensions run gisty with no DOM). The runner picks
//! the environment: see `scripts/test`.
#![cfg(target_arch = "wasm32")]

use gisty::wasm;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const PAGE: &str = r#"<!doctype html><html lang="en"><head><title>Night trains return | Rail Weekly</title></head>
<body><nav><a href="/">Home</a> <a href="/europe">Europe</a></nav>
<article><h1>Night trains return</h1>
<p>Sleeper services are coming back across the continent as travellers look for alternatives to short flights, and several routes that closed a decade ago have reopened this year.</p>
<p>Operators have ordered new carriages with private cabins, showers and quiet areas for people who work on the way, and they say the first of them will run before the summer.</p>
<p>Ticket prices remain higher than budget airlines on most routes, although the gap narrows when a hotel night is counted, and families often find the train cheaper overall.</p>
<p>Governments have offered subsidies for new lines, arguing that rail produces far less carbon per passenger than flying, while critics say the money would do more on commuter lines.</p>
</article><footer>Copyright Rail Weekly</footer></body></html>"#;

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &key.into()).expect("property read")
}

fn options(pairs: &[(&str, JsValue)]) -> Option<tsify::Ts<gisty::SummarizeOptions>> {
    let object = Object::new();
    for (key, value) in pairs {
        Reflect::set(&object, &(*key).into(), value).expect("property write");
    }
    Some(tsify::Ts::new_unchecked(object.into()))
}

fn error_code(result: Result<impl Sized, JsValue>) -> (String, String) {
    let error = result.err().expect("an error");
    assert!(
        error.is_instance_of::<js_sys::Error>(),
        "a JavaScript Error"
    );
    let code = get(&error, "code").as_string().unwrap_or_default();
    let message = get(&error, "message").as_string().unwrap_or_default();
    (code, message)
}

#[wasm_bindgen_test]
fn summarize_returns_readability_fields_and_sentences() {
    let gist: JsValue = wasm::summarize(PAGE.into(), None)
        .expect("summary")
        .js_value()
        .clone();
    for field in [
        "title",
        "byline",
        "dir",
        "lang",
        "content",
        "textContent",
        "length",
        "excerpt",
        "siteName",
        "publishedTime",
        "readerable",
        "wordCount",
        "readingTimeMinutes",
        "sentences",
        "summary",
        "keywords",
    ] {
        assert!(
            Reflect::has(&gist, &field.into()).unwrap(),
            "missing {field}"
        );
    }
    let text = get(&gist, "textContent").as_string().expect("text");
    assert!(text.contains("Sleeper services"));
    assert!(!text.contains("Copyright"));
    assert_eq!(get(&gist, "lang").as_string().as_deref(), Some("en"));
    assert_eq!(
        get(&gist, "length").as_f64(),
        Some(js_sys::JsString::from(text.as_str()).length() as f64)
    );
    let sentences: Array = get(&gist, "sentences").dyn_into().expect("array");
    assert!(sentences.length() >= 1 && sentences.length() <= 3);
    let js_text = js_sys::JsString::from(text);
    for sentence in sentences.iter() {
        let start = get(&sentence, "start").as_f64().unwrap() as u32;
        let end = get(&sentence, "end").as_f64().unwrap() as u32;
        let sliced = js_text.slice(start, end);
        assert_eq!(
            sliced.as_string(),
            get(&sentence, "text").as_string(),
            "offsets slice textContent to the sentence"
        );
    }
    // Missing fields are null, as in Readability's result.
    assert!(get(&gist, "publishedTime").is_null());
}

#[wasm_bindgen_test]
fn options_change_the_summary() {
    let long = wasm::summarize(PAGE.into(), options(&[("maxSentences", 4.into())])).unwrap();
    let sentences: Array = get(&long.js_value(), "sentences").dyn_into().unwrap();
    assert!(sentences.length() >= 3);
    let md = wasm::summarize(
        PAGE.into(),
        options(&[("format", "markdown".into()), ("type", "key-points".into())]),
    )
    .unwrap();
    let summary = get(&md.js_value(), "summary").as_string().unwrap();
    assert!(summary.starts_with("- "), "{summary}");
}

#[wasm_bindgen_test]
fn bad_options_are_rejected_with_the_field_named() {
    let (code, message) = error_code(wasm::summarize(
        PAGE.into(),
        options(&[("length", "enormous".into())]),
    ));
    assert_eq!(code, "INVALID_OPTIONS");
    assert!(message.contains("length"), "{message}");

    let (code, message) = error_code(wasm::summarize(
        PAGE.into(),
        options(&[("maxSentences", "three".into())]),
    ));
    assert_eq!(code, "INVALID_OPTIONS");
    assert!(message.contains("maxSentences"), "{message}");

    let (code, message) = error_code(wasm::summarize(
        PAGE.into(),
        options(&[("colour", "blue".into())]),
    ));
    assert_eq!(code, "INVALID_OPTIONS");
    assert!(message.contains("colour"), "{message}");
}

#[wasm_bindgen_test]
fn bad_input_gives_coded_errors() {
    let (code, _) = error_code(wasm::summarize(JsValue::from(42), None));
    assert_eq!(code, "INVALID_INPUT");
    let (code, _) = error_code(wasm::summarize(
        PAGE.into(),
        options(&[("maxInputBytes", 100.into())]),
    ));
    assert_eq!(code, "INPUT_TOO_LARGE");
    let (code, _) = error_code(wasm::summarize("".into(), None));
    assert_eq!(code, "NOT_READERABLE");
    // A lone surrogate cannot be UTF-8; it arrives replaced, not as a crash.
    let broken = js_sys::JsString::from_char_code1(0xD800).concat(&PAGE.into());
    assert!(wasm::summarize(broken.into(), None).is_ok());
}

#[wasm_bindgen_test]
fn input_arrives_as_the_same_text_whatever_its_characters() {
    // Long runs outside ASCII (two and three UTF-8 bytes a unit), pairs of
    // surrogates (four bytes for two units) and lone surrogates, past the
    // room an ASCII copy would need.
    let paragraph = "Crème brûlée, 夜行列車 и ночные поезда 🚆🌙 return. ".repeat(40);
    let html = format!("<article><p>{paragraph}</p><p>{paragraph}</p></article>");
    let text = get(
        &wasm::extract(html.as_str().into(), None)
            .unwrap()
            .js_value(),
        "textContent",
    );
    assert_eq!(
        text.as_string().unwrap(),
        format!("{}\n\n{}", paragraph.trim(), paragraph.trim())
    );
    let lone = js_sys::JsString::from(format!("<article><p>{paragraph}").as_str())
        .concat(&js_sys::JsString::from_char_code1(0xDC00))
        .concat(&format!(" end of {paragraph}</p></article>").into());
    let text = get(
        &wasm::extract(lone.into(), None).unwrap().js_value(),
        "textContent",
    );
    assert!(text
        .as_string()
        .unwrap()
        .contains("return. \u{FFFD} end of Crème"));
}

#[wasm_bindgen_test]
fn text_and_readerable_entry_points() {
    let summary = wasm::summarize_text(
        "Rain fell all day. The river rose a metre. The bridge was closed at noon.".into(),
        options(&[("type", "headline".into())]),
    )
    .unwrap();
    let sentences: Array = get(&summary.js_value(), "sentences").dyn_into().unwrap();
    assert_eq!(sentences.length(), 1);
    assert_eq!(wasm::is_probably_readerable(PAGE.into(), None), Ok(true));
    assert_eq!(
        wasm::is_probably_readerable("<p>Too short.</p>".into(), None),
        Ok(false)
    );
}

#[wasm_bindgen_test]
fn snapshots_give_articles_and_coded_errors() {
    use gisty::snapshot::{ELEMENT, END, HTML, TEXT};
    let sentence = "Sleeper services are coming back across the continent as travellers look for alternatives to short flights.";
    let text = format!("htmlbodyarticlep{sentence}");
    let ops = [
        ELEMENT,
        HTML,
        4,
        0,
        ELEMENT,
        HTML,
        4,
        0,
        ELEMENT,
        HTML,
        7,
        0,
        ELEMENT,
        HTML,
        1,
        0,
        TEXT,
        sentence.len() as u32,
        END,
        END,
        END,
        END,
    ];
    let gist: JsValue = wasm::summarize_snapshot(&ops, text.as_str().into(), None)
        .expect("summary")
        .js_value()
        .clone();
    assert_eq!(
        get(&gist, "textContent").as_string().as_deref(),
        Some(sentence)
    );
    let article: JsValue = wasm::extract_snapshot(&ops, text.as_str().into(), None)
        .expect("article")
        .js_value()
        .clone();
    assert_eq!(get(&article, "truncated").as_bool(), Some(false));

    let (code, message) = error_code(wasm::extract_snapshot(&[TEXT, 99], "short".into(), None));
    assert_eq!(code, "INVALID_INPUT");
    assert!(message.contains("snapshot is malformed"), "{message}");
    let (code, _) = error_code(wasm::extract_snapshot(&ops, JsValue::from(7), None));
    assert_eq!(code, "INVALID_INPUT");
}
