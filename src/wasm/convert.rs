//! JavaScript values ↔ Rust values: the input string, the options object,
//! results as plain objects, errors as `Error`s with a `code`.

use js_sys::{Error as JsError, Reflect};
use serde::Serialize;
use tsify::Ts;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::{Error, ErrorCode, Format, Length, Options, SummarizeOptions, SummaryType};

/// The options a caller passed, validated; `undefined` and `null` mean
/// none were.
pub fn read_options(value: Option<JsValue>) -> Result<Options, JsValue> {
    let raw = match value {
        Some(value) if !value.is_undefined() && !value.is_null() => read_fields(&value)?,
        _ => SummarizeOptions::default(),
    };
    Options::from_raw(raw).map_err(to_js_error)
}

/// The input as a Rust string. Its UTF-16 length is a lower bound of its
/// UTF-8 size, so a string far over the size limit is refused before it is
/// copied into the module's memory. Lone surrogates become U+FFFD.
pub fn read_input(input: &JsValue, max_bytes: usize) -> Result<String, JsValue> {
    let Some(js) = input.dyn_ref::<js_sys::JsString>() else {
        return Err(to_js_error(Error::new(
            ErrorCode::InvalidInput,
            format!(
                "expected a string of HTML or text, got {}",
                input.js_typeof().as_string().unwrap_or_default()
            ),
        )));
    };
    let units = js.length() as usize;
    if units > max_bytes {
        return Err(to_js_error(Error::new(
            ErrorCode::InputTooLarge,
            format!(
                "the input is at least {units} bytes, over the limit of {max_bytes} (option maxInputBytes)"
            ),
        )));
    }
    Ok(utf8_of(js))
}

#[wasm_bindgen]
extern "C" {
    /// The platform's `TextEncoder`, bound to take a JavaScript string as
    /// it is rather than a Rust one.
    #[wasm_bindgen(js_name = TextEncoder)]
    type Utf8Encoder;
    #[wasm_bindgen(constructor, js_class = "TextEncoder")]
    fn new() -> Utf8Encoder;
    #[wasm_bindgen(method, js_class = "TextEncoder", js_name = encodeInto)]
    fn encode_into(
        this: &Utf8Encoder,
        source: &js_sys::JsString,
        destination: &js_sys::Uint8Array,
    ) -> EncodeIntoResult;
    type EncodeIntoResult;
    #[wasm_bindgen(method, getter)]
    fn read(this: &EncodeIntoResult) -> u32;
    #[wasm_bindgen(method, getter)]
    fn written(this: &EncodeIntoResult) -> u32;
}

/// `js` as UTF-8, encoded by the platform straight into the module's memory:
/// one native call when the text is ASCII, two otherwise. wasm-bindgen's
/// own conversion copies the ASCII part with a JavaScript loop, which a
/// page's first call runs before the engine has optimized it (about 0.85 ms
/// against 0.35 for `encodeInto` on a typical page in Chromium).
fn utf8_of(js: &js_sys::JsString) -> String {
    let units = js.length();
    let encoder = Utf8Encoder::new();
    // Room for ASCII first; then 3 bytes for each unit left (the most a
    // UTF-16 unit takes; a surrogate pair's two units take 4).
    let mut bytes: Vec<u8> = Vec::with_capacity(units as usize + 16);
    let mut rest = js.clone();
    let mut read = 0;
    while read < units {
        let spare = bytes.capacity() - bytes.len();
        // SAFETY: the view covers the vector's unused capacity and is used
        // before anything allocates (which could move or grow the memory).
        let view =
            unsafe { js_sys::Uint8Array::view_mut_raw(bytes.as_mut_ptr().add(bytes.len()), spare) };
        let result = encoder.encode_into(&rest, &view);
        let (step, written) = (result.read(), result.written() as usize);
        if step == 0 || written > spare {
            // Not what the standard's encodeInto does: let wasm-bindgen copy.
            return String::from(js);
        }
        // SAFETY: encodeInto wrote `written` bytes there.
        unsafe { bytes.set_len(bytes.len() + written) };
        read += step;
        if read < units {
            rest = js.slice(read, units);
            bytes.reserve(3 * (units - read) as usize + 4);
        }
    }
    String::from_utf8(bytes).unwrap_or_else(|_| String::from(js))
}

/// Reads the options object field by field, naming the field at fault.
/// (A serde deserializer with error paths cost 5 KB gzip of wasm more.)
fn read_fields(value: &JsValue) -> Result<SummarizeOptions, JsValue> {
    if !value.is_object() || js_sys::Array::is_array(value) {
        return Err(to_js_error(Error::new(
            ErrorCode::InvalidOptions,
            "options must be an object such as { type: \"tldr\" }",
        )));
    }
    for key in js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if !crate::OPTION_NAMES.contains(&key.as_str()) {
            let known = crate::OPTION_NAMES.join(", ");
            return Err(to_js_error(Error::invalid_option(
                &key,
                format!("unknown option; known options are {known}"),
            )));
        }
    }
    let count = |name| read_count(value, name);
    Ok(SummarizeOptions {
        summary_type: read_choice(value, "type", SummaryType::from_option)?,
        length: read_choice(value, "length", Length::from_option)?,
        format: read_choice(value, "format", Format::from_option)?,
        max_sentences: count("maxSentences")?,
        url: read_text(value, "url")?,
        language: read_text(value, "language")?,
        keywords: count("keywords")?,
        markdown: read_flag(value, "markdown")?,
        max_input_bytes: count("maxInputBytes")?,
        max_nodes: count("maxNodes")?,
        max_depth: count("maxDepth")?,
        max_attributes: count("maxAttributes")?,
        max_sentences_scored: count("maxSentencesScored")?,
    })
}

/// An option's value; `undefined` and `null` mean it was left out.
fn read_field(options: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(options, &name.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

fn read_text(options: &JsValue, name: &str) -> Result<Option<String>, JsValue> {
    read_field(options, name)
        .map(|v| {
            v.as_string()
                .ok_or_else(|| wrong_type(name, "a string", &v))
        })
        .transpose()
}

fn read_flag(options: &JsValue, name: &str) -> Result<Option<bool>, JsValue> {
    read_field(options, name)
        .map(|v| {
            v.as_bool()
                .ok_or_else(|| wrong_type(name, "true or false", &v))
        })
        .transpose()
}

fn read_choice<T: Copy>(
    options: &JsValue,
    name: &str,
    parse: fn(&str) -> Result<T, Error>,
) -> Result<Option<T>, JsValue> {
    read_text(options, name)?
        .map(|text| parse(&text).map_err(to_js_error))
        .transpose()
}

fn read_count(options: &JsValue, name: &str) -> Result<Option<usize>, JsValue> {
    let Some(value) = read_field(options, name) else {
        return Ok(None);
    };
    let whole = "a whole number from 0 to 4294967295";
    let number = value
        .as_f64()
        .ok_or_else(|| wrong_type(name, whole, &value))?;
    let in_range = number.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&number);
    if !in_range {
        return Err(wrong_type(name, whole, &value));
    }
    Ok(Some(number as usize))
}

fn wrong_type(name: &str, expected: &str, got: &JsValue) -> JsValue {
    // JavaScript writes the value, so the module needs no float formatting.
    let shown = if got.as_f64().is_some() {
        got.unchecked_ref::<js_sys::Number>()
            .to_string_with_radix(10)
            .ok()
    } else {
        js_sys::JSON::stringify(got).ok()
    };
    let shown = shown.and_then(|s| s.as_string()).unwrap_or_default();
    let kind = got.js_typeof().as_string().unwrap_or_default();
    to_js_error(Error::invalid_option(
        name,
        format!("expected {expected}, got {kind} {shown}"),
    ))
}

pub fn to_js<T: Serialize, U: tsify::Tsify>(value: &T) -> Result<Ts<U>, JsValue> {
    let serializer = serde_wasm_bindgen::Serializer::new()
        .serialize_maps_as_objects(true)
        .serialize_missing_as_null(true);
    value
        .serialize(&serializer)
        .map(Ts::new_unchecked)
        .map_err(|e| to_js_error(Error::new(ErrorCode::Internal, e.to_string())))
}

/// A JavaScript `Error` whose `code` property holds the [`ErrorCode`].
pub fn to_js_error(error: Error) -> JsValue {
    let js = JsError::new(error.message());
    let _ = Reflect::set(&js, &"code".into(), &error.code().as_str().into());
    js.into()
}

/// The clock of the stage timings: `performance.now()` where there is one.
pub fn now() -> f64 {
    Reflect::get(&js_sys::global(), &"performance".into())
        .ok()
        .and_then(|p| p.dyn_into::<web_sys::Performance>().ok())
        .map_or_else(js_sys::Date::now, |p| p.now())
}
