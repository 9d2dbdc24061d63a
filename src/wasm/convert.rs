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
    utf8_of(js).ok_or_else(|| {
        to_js_error(Error::new(
            ErrorCode::InvalidInput,
            "the input could not be read: the platform's TextEncoder failed",
        ))
    })
}

#[wasm_bindgen]
extern "C" {
    /// The platform's `TextEncoder`, bound to take a JavaScript string as
    /// it is rather than a Rust one.
    #[wasm_bindgen(js_name = TextEncoder)]
    type Utf8Encoder;
    #[wasm_bindgen(constructor, js_class = "TextEncoder", catch)]
    fn new() -> Result<Utf8Encoder, JsValue>;
    // Caught, as a patched `encodeInto` may throw: an exception must not
    // unwind through the module's frames.
    #[wasm_bindgen(method, js_class = "TextEncoder", js_name = encodeInto, catch)]
    fn encode_into(
        this: &Utf8Encoder,
        source: &js_sys::JsString,
        destination: &js_sys::Uint8Array,
    ) -> Result<EncodeIntoResult, JsValue>;
    type EncodeIntoResult;
    #[wasm_bindgen(method, getter, catch)]
    fn read(this: &EncodeIntoResult) -> Result<u32, JsValue>;
    #[wasm_bindgen(method, getter, catch)]
    fn written(this: &EncodeIntoResult) -> Result<u32, JsValue>;
}

/// `js` as UTF-8, encoded by the platform straight into the module's memory:
/// one native call when the text is ASCII, two otherwise. wasm-bindgen's
/// own conversion copies the ASCII part with a JavaScript loop, which a
/// page's first call runs before the engine has optimized it (about 0.85 ms
/// against 0.35 for `encodeInto` on a typical page in Chromium).
fn utf8_of(js: &js_sys::JsString) -> Option<String> {
    let units = js.length();
    let encoder = Utf8Encoder::new().ok()?;
    // Room for ASCII first; then 3 bytes for each unit left (the most a
    // UTF-16 unit takes; a surrogate pair's two units take 4).
    let mut bytes: Vec<u8> = Vec::with_capacity(units as usize + 16);
    let mut rest = js.clone();
    let mut read = 0;
    while read < units {
        let spare = bytes.capacity() - bytes.len();
        // SAFETY: the view covers the vector's unused capacity, which no
        // one else may allocate. Should the memory grow before the view is
        // written (only a patched `encodeInto` could make a call then), the
        // view is detached and nothing is written: `read` is 0 below.
        let view =
            unsafe { js_sys::Uint8Array::view_mut_raw(bytes.as_mut_ptr().add(bytes.len()), spare) };
        let result = encoder.encode_into(&rest, &view).ok()?;
        let (step, written) = (result.read().ok()?, result.written().ok()? as usize);
        if step == 0 || written > spare {
            // Not what the standard's encodeInto does: let wasm-bindgen copy.
            return Some(String::from(js));
        }
        // SAFETY: encodeInto wrote `written` bytes there.
        unsafe { bytes.set_len(bytes.len() + written) };
        read += step;
        if read < units {
            rest = js.slice(read, units);
            bytes.reserve(3 * (units - read) as usize + 4);
        }
    }
    Some(String::from_utf8(bytes).unwrap_or_else(|_| String::from(js)))
}

#[wasm_bindgen]
extern "C" {
    /// `Reflect.ownKeys`, whose Proxy trap may throw.
    #[wasm_bindgen(js_namespace = Reflect, js_name = ownKeys, catch)]
    fn own_keys(target: &JsValue) -> Result<js_sys::Array, JsValue>;
    /// `Reflect.getOwnPropertyDescriptor`, whose Proxy trap may throw.
    #[wasm_bindgen(js_namespace = Reflect, js_name = getOwnPropertyDescriptor, catch)]
    fn own_descriptor(target: &JsValue, key: &str) -> Result<JsValue, JsValue>;
}

/// Reads the options object field by field, naming the field at fault.
/// Only the object's own data properties count, each read once: nothing is
/// inherited (a polluted `Object.prototype` sets no option), and a getter
/// is refused rather than run. (A serde deserializer with error paths cost
/// 5 KB gzip of wasm more.)
fn read_fields(value: &JsValue) -> Result<SummarizeOptions, JsValue> {
    if !value.is_object() || js_sys::Array::is_array(value) {
        return Err(to_js_error(Error::new(
            ErrorCode::InvalidOptions,
            "options must be an object such as { type: \"tldr\" }",
        )));
    }
    let keys = own_keys(value).map_err(|_| {
        to_js_error(Error::new(
            ErrorCode::InvalidOptions,
            "the options object's keys could not be read",
        ))
    })?;
    for key in keys.iter() {
        // Symbol keys name no option.
        let Some(key) = key.as_string() else { continue };
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
        url: read_text(value, "url", MAX_URL_UNITS)?,
        language: read_text(value, "language", MAX_CHOICE_UNITS)?,
        keywords: count("keywords")?,
        markdown: read_flag(value, "markdown")?,
        max_input_bytes: count("maxInputBytes")?,
        max_nodes: count("maxNodes")?,
        max_depth: count("maxDepth")?,
        max_attributes: count("maxAttributes")?,
        max_sentences_scored: count("maxSentencesScored")?,
    })
}

/// The longest `url` option read, in UTF-16 units (a page's address; the
/// longest that browsers keep is about 2 MB, but no real page's comes near
/// this).
const MAX_URL_UNITS: u32 = 64 * 1024;
/// The longest value read for an option that names a choice or a language.
const MAX_CHOICE_UNITS: u32 = 64;

/// An option's value, from an own data property; `undefined` and `null`
/// mean it was left out.
fn read_field(options: &JsValue, name: &str) -> Result<Option<JsValue>, JsValue> {
    let unreadable = |why: &str| to_js_error(Error::invalid_option(name, why));
    let descriptor = own_descriptor(options, name).map_err(|_| unreadable("could not be read"))?;
    if descriptor.is_undefined() {
        return Ok(None);
    }
    let is_accessor = ["get", "set"]
        .iter()
        .any(|part| own_descriptor(&descriptor, part).is_ok_and(|d| !d.is_undefined()));
    if is_accessor {
        return Err(unreadable("is a getter or setter; pass the value itself"));
    }
    let value = Reflect::get(&descriptor, &"value".into()).unwrap_or(JsValue::UNDEFINED);
    Ok(Some(value).filter(|v| !v.is_undefined() && !v.is_null()))
}

/// A string option, refused past `max_units` before it is copied in.
fn read_text(options: &JsValue, name: &str, max_units: u32) -> Result<Option<String>, JsValue> {
    let Some(value) = read_field(options, name)? else {
        return Ok(None);
    };
    let Some(text) = value.dyn_ref::<js_sys::JsString>() else {
        return Err(wrong_type(name, "a string", &value));
    };
    if text.length() > max_units {
        return Err(to_js_error(Error::invalid_option(
            name,
            format!("is longer than the {max_units} characters allowed"),
        )));
    }
    Ok(Some(String::from(text)))
}

fn read_flag(options: &JsValue, name: &str) -> Result<Option<bool>, JsValue> {
    let Some(value) = read_field(options, name)? else {
        return Ok(None);
    };
    value
        .as_bool()
        .map(Some)
        .ok_or_else(|| wrong_type(name, "true or false", &value))
}

fn read_choice<T: Copy>(
    options: &JsValue,
    name: &str,
    parse: fn(&str) -> Result<T, Error>,
) -> Result<Option<T>, JsValue> {
    read_text(options, name, MAX_CHOICE_UNITS)?
        .map(|text| parse(&text).map_err(to_js_error))
        .transpose()
}

fn read_count(options: &JsValue, name: &str) -> Result<Option<usize>, JsValue> {
    let Some(value) = read_field(options, name)? else {
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
    // JavaScript writes the value, so the module needs no float formatting;
    // a string is shown by its start, anything else by its type alone (no
    // `toJSON` of the caller's runs).
    let shown = if got.as_f64().is_some() {
        got.unchecked_ref::<js_sys::Number>()
            .to_string_with_radix(10)
            .ok()
    } else if let Some(text) = got.dyn_ref::<js_sys::JsString>() {
        js_sys::JSON::stringify(&text.slice(0, SHOWN_UNITS)).ok()
    } else {
        None
    };
    let shown = shown.and_then(|s| s.as_string()).unwrap_or_default();
    let kind = got.js_typeof().as_string().unwrap_or_default();
    to_js_error(Error::invalid_option(
        name,
        format!("expected {expected}, got {kind} {shown}"),
    ))
}

/// How much of a wrong string value an error message shows.
const SHOWN_UNITS: u32 = 40;

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

#[wasm_bindgen]
extern "C" {
    /// `performance.now()`; caught, as a page may have replaced it.
    #[wasm_bindgen(js_namespace = performance, js_name = now, catch)]
    fn performance_now() -> Result<f64, JsValue>;
}

/// The clock of the stage timings: `performance.now()` where there is one.
pub fn now() -> f64 {
    performance_now().unwrap_or(0.0)
}
