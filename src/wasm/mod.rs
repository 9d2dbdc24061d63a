//! The JavaScript binding: converts arguments, results and errors, and
//! nothing else. Each entry point reads its arguments ([`convert`]), runs
//! the [`Builder`] inside a [`guard::Call`], and converts what comes back.

mod convert;
mod guard;

use tsify::Ts;
use wasm_bindgen::prelude::*;

use crate::{Article, Builder, Error, Gist, Snapshot, SummarizeOptions, Summary};

/// Extracts the article of `html` and summarizes it.
#[wasm_bindgen]
pub fn summarize(
    #[wasm_bindgen(unchecked_param_type = "string")] html: JsValue,
    options: Option<Ts<SummarizeOptions>>,
) -> Result<Ts<Gist>, JsValue> {
    call(&html, options, |b, html| b.summarize(html), convert::to_js)
}

/// Extracts the article of `html`, without summarizing it.
#[wasm_bindgen]
pub fn extract(
    #[wasm_bindgen(unchecked_param_type = "string")] html: JsValue,
    options: Option<Ts<SummarizeOptions>>,
) -> Result<Ts<Article>, JsValue> {
    call(&html, options, |b, html| b.extract(html), convert::to_js)
}

/// Extracts the article of a live document's snapshot (made by
/// `www/snapshot.js`: operations and the text they point into) and
/// summarizes it.
#[wasm_bindgen(js_name = summarizeSnapshot)]
pub fn summarize_snapshot(
    ops: &[u32],
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    options: Option<Ts<SummarizeOptions>>,
) -> Result<Ts<Gist>, JsValue> {
    let run = |b: &Builder, text: &str| b.summarize_snapshot(&Snapshot { ops, text });
    call(&text, options, run, convert::to_js)
}

/// Extracts the article of a live document's snapshot, without summarizing it.
#[wasm_bindgen(js_name = extractSnapshot)]
pub fn extract_snapshot(
    ops: &[u32],
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    options: Option<Ts<SummarizeOptions>>,
) -> Result<Ts<Article>, JsValue> {
    let run = |b: &Builder, text: &str| b.extract_snapshot(&Snapshot { ops, text });
    call(&text, options, run, convert::to_js)
}

/// Summarizes plain text; paragraphs are separated by line breaks.
#[wasm_bindgen(js_name = summarizeText)]
pub fn summarize_text(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    options: Option<Ts<SummarizeOptions>>,
) -> Result<Ts<Summary>, JsValue> {
    call(
        &text,
        options,
        |b, text| b.summarize_text(text),
        convert::to_js,
    )
}

/// Whether `html` looks like an article page, without full extraction.
#[wasm_bindgen(js_name = isProbablyReaderable)]
pub fn is_probably_readerable(
    #[wasm_bindgen(unchecked_param_type = "string")] html: JsValue,
    options: Option<Ts<SummarizeOptions>>,
) -> Result<bool, JsValue> {
    call(
        &html,
        options,
        |b, html| b.is_probably_readerable(html),
        |&r| Ok(r),
    )
}

/// The version of the gisty crate this module was built from.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Panics on purpose, so tests can check that the module recovers.
#[doc(hidden)]
#[wasm_bindgen(js_name = __panicForTesting)]
pub fn panic_for_testing() -> Result<(), JsValue> {
    guard::install_panic_hook();
    let _depth = guard::Depth::enter().map_err(convert::to_js_error)?;
    panic!("deliberate panic for testing");
}

/// One entry point's work: its arguments read, then `run` on them and the
/// result converted by `out`, its error turned into a JavaScript `Error`
/// with a `code`. All of it counts as the call, the conversion too (it runs
/// the caller's setters, should `Object.prototype` have any).
fn call<T, R>(
    input: &JsValue,
    options: Option<Ts<SummarizeOptions>>,
    run: impl FnOnce(&Builder, &str) -> Result<T, Error>,
    out: fn(&T) -> Result<R, JsValue>,
) -> Result<R, JsValue> {
    guard::install_panic_hook();
    let _depth = guard::Depth::enter().map_err(convert::to_js_error)?;
    let (builder, input, _call) = prepare(input, options)?;
    run(&builder, &input)
        .map_err(convert::to_js_error)
        .and_then(|value| out(&value))
}

/// Reads the options from JavaScript (which may run the caller's code, even
/// a call of its own) before the call starts its work, then copies the
/// input in. The returned [`guard::Call`] must live until the call returns.
fn prepare(
    input: &JsValue,
    options: Option<Ts<SummarizeOptions>>,
) -> Result<(Builder, String, guard::Call), JsValue> {
    let options = convert::read_options(options.as_ref().map(Ts::js_value))?;
    let call = guard::Call::enter().map_err(convert::to_js_error)?;
    let input = convert::read_input(input, options.limits.max_input_bytes)?;
    let mut builder = Builder::from_options(options);
    builder.clock(convert::now);
    Ok((builder, input, call))
}
