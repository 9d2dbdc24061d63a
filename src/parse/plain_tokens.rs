//! Markup → html5ever tokens, read a stretch at a time.
//!
//! In: the input, and a stretch of it whose bounds the tag scanner
//! (`tag_scan.rs`) found: text in the data state (with any comments and
//! doctypes in it), raw text (of a `<script>`, `<style>`, `<title>`...), a
//! CDATA section's contents, or one tag. Out: the tokens html5ever's
//! tokenizer makes of that stretch, without running it: html5ever's
//! tokenizer is only the reference the tests compare this reading with.
//!
//! Why: html5ever's tokenizer reads every character through its state
//! machine, appends names and values to buffers a character at a time and
//! emits text a line at a time; on typical pages that was over a third of
//! all of gisty's work. Here a stretch is searched for the few bytes that
//! matter, and text and values are slices of the input unless something in
//! them has to be replaced. The parser (`dom.rs`) gives the tokens
//! straight to the tree builder.
//!
//! What is read follows the WHATWG tokenizer: input preprocessing (`\r\n`
//! and `\r` become `\n`), NUL handling per state, character references
//! (longest match of a named reference, numeric references with their
//! replacements, the legacy rule for attribute values), lowered tag and
//! attribute names, the first of duplicate attributes kept.
//! `Dom::parse_by_tokenizer` parses with html5ever's tokenizer reading all
//! of the input, and the tests compare the two trees node for node.

use std::borrow::Cow;
use std::collections::HashSet;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{Doctype, Tag, TagKind, Token};
use html5ever::{ns, Attribute, LocalName, QualName};

use crate::parse::tag_scan::{self, is_space, Markup, RawText};

/// The input, and how to slice it into tendrils without copying.
pub struct Source<'a> {
    pub input: &'a str,
    /// `input` as one tendril, when its length fits a tendril's.
    pub whole: Option<&'a StrTendril>,
}

/// The text states of the tokenizer other than the data state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Raw {
    /// The raw text of an element (see [`RawText`]).
    Text(RawText),
    /// After `<plaintext>`: the rest of the input.
    Plaintext,
}

/// Where character references are read, which changes one rule.
#[derive(Clone, Copy, PartialEq, Eq)]
enum References {
    None,
    InText,
    InAttribute,
}

impl Source<'_> {
    fn bytes(&self) -> &[u8] {
        self.input.as_bytes()
    }

    /// `input[start..end]` as a tendril, sharing the input's buffer.
    fn tendril(&self, start: usize, end: usize) -> StrTendril {
        match self.whole {
            Some(whole) => whole.subtendril(start as u32, (end - start) as u32),
            None => StrTendril::from_slice(self.input.get(start..end).unwrap_or_default()),
        }
    }

    /// The tokens of `from..to`, read in the data state: text, NUL
    /// characters, comments and doctypes. `None` if it holds a tag or a
    /// CDATA section, where the scanner stops.
    pub fn data(&self, from: usize, to: usize, out: &mut Vec<Token>) -> Option<()> {
        let bytes = self.bytes();
        let mut text_start = from;
        let mut i = from;
        while let Some(k) = memchr::memchr2(b'<', 0, bytes.get(i..to)?) {
            let at = i + k;
            if bytes.get(at) == Some(&0) {
                self.push_text(text_start, at, References::InText, out);
                out.push(Token::NullCharacterToken);
                text_start = at + 1;
                i = at + 1;
                continue;
            }
            let after = match tag_scan::markup_at(bytes, at) {
                Markup::Char => {
                    i = at + 1;
                    continue;
                }
                Markup::Comment { end } => {
                    self.push_text(text_start, at, References::InText, out);
                    out.push(Token::CommentToken(StrTendril::new()));
                    end
                }
                Markup::Nothing { end } => {
                    self.push_text(text_start, at, References::InText, out);
                    end
                }
                Markup::Doctype { end } => {
                    self.push_text(text_start, at, References::InText, out);
                    out.push(Token::DoctypeToken(self.doctype(at, end)));
                    end
                }
                // `<` or `</` and the end of the input: text.
                Markup::Unfinished => {
                    i = to;
                    continue;
                }
                // The scanner stops at these.
                Markup::Tag { .. } | Markup::Cdata => return None,
            };
            if after > to {
                return None;
            }
            text_start = after;
            i = after;
        }
        self.push_text(text_start, to, References::InText, out);
        Some(())
    }

    /// The tokens of a CDATA section's contents, `from..to`.
    pub fn cdata(&self, from: usize, to: usize, out: &mut Vec<Token>) {
        let bytes = self.bytes();
        let mut i = from;
        while let Some(k) = bytes.get(i..to).and_then(|run| memchr::memchr(0, run)) {
            self.push_text(i, i + k, References::None, out);
            out.push(Token::NullCharacterToken);
            i += k + 1;
        }
        self.push_text(i, to, References::None, out);
    }

    /// The text of `from..to` in the raw text state `raw`.
    pub fn raw(&self, raw: Raw, from: usize, to: usize, out: &mut Vec<Token>) {
        let references = match raw {
            Raw::Text(RawText::Rcdata) => References::InText,
            _ => References::None,
        };
        self.push_text(from, to, references, out);
    }

    /// Adds `from..to` as a text token (with NULs replaced), if it is not
    /// empty: an empty one would still end the tree builder's wait for a
    /// newline to drop after `<pre>`.
    fn push_text(&self, from: usize, to: usize, references: References, out: &mut Vec<Token>) {
        let text = self.characters(from, to, references);
        if !text.is_empty() {
            out.push(Token::CharacterTokens(text));
        }
    }

    /// The characters of `from..to` as the tokenizer reads them: line
    /// breaks normalized, NULs replaced, references read as `references`
    /// says. A slice of the input when none of that changes anything.
    fn characters(&self, from: usize, to: usize, references: References) -> StrTendril {
        let bytes = self.bytes();
        let Some(run) = bytes.get(from..to) else {
            return StrTendril::new();
        };
        // The next byte that may change what is read.
        let special = |run: &[u8]| match references {
            References::None => memchr::memchr2(b'\r', 0, run),
            _ => memchr::memchr3(b'\r', 0, b'&', run),
        };
        let Some(first) = special(run) else {
            return self.tendril(from, to);
        };
        let mut out = String::with_capacity(to - from);
        let mut i = from + first;
        out.push_str(self.input.get(from..i).unwrap_or_default());
        while i < to {
            let run_end = bytes.get(i..to).and_then(special).map_or(to, |k| i + k);
            out.push_str(self.input.get(i..run_end).unwrap_or_default());
            i = run_end;
            match bytes.get(i).filter(|_| i < to) {
                Some(b'\r') => {
                    out.push('\n');
                    i += if bytes.get(i + 1) == Some(&b'\n') && i + 1 < to {
                        2
                    } else {
                        1
                    };
                }
                Some(0) => {
                    out.push(char::REPLACEMENT_CHARACTER);
                    i += 1;
                }
                Some(b'&') => i = reference(bytes, i, to, references, &mut out),
                _ => break,
            }
        }
        StrTendril::from(out)
    }

    /// The tag from its `<` at `start` to just past its `>` at `end`.
    /// `None` only if the tag does not end at `end`, which the scanner
    /// rules out.
    pub fn tag(&self, start: usize, end: usize) -> Option<Tag> {
        let bytes = self.bytes();
        let (kind, name_start) = match bytes.get(start + 1) {
            Some(b'/') => (TagKind::EndTag, start + 2),
            _ => (TagKind::StartTag, start + 1),
        };
        if !bytes.get(name_start)?.is_ascii_alphabetic() {
            return None;
        }
        let name_end = name_start
            + bytes
                .get(name_start..end)?
                .iter()
                .position(|&b| is_space(b) || b == b'/' || b == b'>')?;
        let mut tag = Tag {
            kind,
            name: self.name(name_start, name_end),
            self_closing: false,
            attrs: Vec::new(),
            had_duplicate_attributes: false,
        };
        let mut attributes = Attributes {
            source: self,
            tag: &mut tag,
            pending: None,
            names: None,
        };
        let (gt, self_closing) = attributes.read(name_end, end)?;
        tag.self_closing = self_closing;
        (gt + 1 == end).then_some(tag)
    }

    /// A tag or attribute name: ASCII letters lowered, NULs replaced.
    fn name(&self, from: usize, to: usize) -> LocalName {
        let raw = self.input.get(from..to).unwrap_or_default();
        match fixed_name(raw) {
            Some(fixed) => LocalName::from(fixed),
            None => LocalName::from(raw),
        }
    }
}

/// Which identifier of a doctype.
#[derive(Clone, Copy, PartialEq, Eq)]
enum IdKind {
    Public,
    System,
}

/// States of the tokenizer in a doctype, after the `<!DOCTYPE` keyword.
#[derive(Clone, Copy, PartialEq, Eq)]
enum InDoctype {
    Start,
    BeforeName,
    Name,
    AfterName,
    AfterKeyword(IdKind),
    BeforeId(IdKind),
    /// Inside an identifier quoted with the byte given.
    Id(IdKind, u8),
    AfterPublicId,
    BetweenIds,
    AfterSystemId,
    Bogus,
}

impl Source<'_> {
    /// The doctype from its `<` at `start` to `end`, just past its `>` or
    /// the end of the input. (The tree builder chooses its quirks mode by
    /// it.)
    fn doctype(&self, start: usize, end: usize) -> Doctype {
        use InDoctype::*;
        let bytes = self.bytes();
        let from = start + "<!DOCTYPE".len();
        // The first `>` ends a doctype in every state; without one, the
        // end of the input does.
        let close = bytes
            .get(from..end)
            .and_then(|run| memchr::memchr(b'>', run))
            .map(|k| from + k);
        let stop = close.unwrap_or(end);
        let mut doctype = Doctype::default();
        let mut state = Start;
        // Where the name or identifier being read started.
        let mut piece = from;
        let mut i = from;
        while i < stop {
            let c = bytes.get(i).copied().unwrap_or_default();
            let space = is_space(c);
            let quote = c == b'"' || c == b'\'';
            let mut consumed = true;
            state = match state {
                Start => {
                    consumed = space;
                    BeforeName
                }
                BeforeName if space => BeforeName,
                BeforeName => {
                    piece = i;
                    Name
                }
                Name if space => {
                    doctype.name = Some(self.lowered(piece, i));
                    AfterName
                }
                Name | Bogus => state,
                AfterName => match self.keyword_at(i, stop) {
                    Some(kind) => {
                        i += "public".len() - 1;
                        AfterKeyword(kind)
                    }
                    None if space => AfterName,
                    None => {
                        doctype.force_quirks = true;
                        Bogus
                    }
                },
                AfterKeyword(kind) if space => BeforeId(kind),
                BeforeId(kind) if space => BeforeId(kind),
                AfterKeyword(kind) | BeforeId(kind) if quote => {
                    piece = i + 1;
                    Id(kind, c)
                }
                Id(kind, q) if c == q => {
                    set_id(
                        &mut doctype,
                        kind,
                        self.characters(piece, i, References::None),
                    );
                    if kind == IdKind::Public {
                        AfterPublicId
                    } else {
                        AfterSystemId
                    }
                }
                Id(..) => state,
                AfterPublicId if space => BetweenIds,
                BetweenIds if space => BetweenIds,
                AfterPublicId | BetweenIds if quote => {
                    piece = i + 1;
                    Id(IdKind::System, c)
                }
                AfterSystemId if space => AfterSystemId,
                AfterSystemId => Bogus,
                AfterKeyword(_) | BeforeId(_) | AfterPublicId | BetweenIds => {
                    doctype.force_quirks = true;
                    Bogus
                }
            };
            if consumed {
                i += 1;
            }
        }
        // What the `>`, or the end of the input, does in the state reached.
        match state {
            Start | BeforeName | AfterKeyword(_) | BeforeId(_) => doctype.force_quirks = true,
            Name => doctype.name = Some(self.lowered(piece, stop)),
            Id(kind, _) => {
                set_id(
                    &mut doctype,
                    kind,
                    self.characters(piece, stop, References::None),
                );
                doctype.force_quirks = true;
            }
            AfterName | AfterPublicId | BetweenIds | AfterSystemId | Bogus => {}
        }
        if close.is_none() && state != Bogus {
            doctype.force_quirks = true;
        }
        doctype
    }

    /// `PUBLIC` or `SYSTEM` (in any case) at `i`, before `stop`.
    fn keyword_at(&self, i: usize, stop: usize) -> Option<IdKind> {
        let word = self.bytes().get(i..i + 6).filter(|_| i + 6 <= stop)?;
        if word.eq_ignore_ascii_case(b"public") {
            Some(IdKind::Public)
        } else if word.eq_ignore_ascii_case(b"system") {
            Some(IdKind::System)
        } else {
            None
        }
    }

    /// `from..to` with ASCII letters lowered and NULs replaced, as the
    /// tokenizer makes tag, attribute and doctype names.
    fn lowered(&self, from: usize, to: usize) -> StrTendril {
        let raw = self.input.get(from..to).unwrap_or_default();
        match fixed_name(raw) {
            Some(fixed) => StrTendril::from(fixed),
            None => self.tendril(from, to),
        }
    }
}

/// `raw` with ASCII letters lowered and NULs replaced, if that changes it.
fn fixed_name(raw: &str) -> Option<String> {
    raw.bytes()
        .any(|b| b.is_ascii_uppercase() || b == 0)
        .then(|| {
            raw.chars()
                .map(|c| match c {
                    '\0' => char::REPLACEMENT_CHARACTER,
                    c => c.to_ascii_lowercase(),
                })
                .collect()
        })
}

fn set_id(doctype: &mut Doctype, kind: IdKind, id: StrTendril) {
    match kind {
        IdKind::Public => doctype.public_id = Some(id),
        IdKind::System => doctype.system_id = Some(id),
    }
}

/// States of the tokenizer inside a tag, after its name.
#[derive(Clone, Copy)]
enum InTag {
    BeforeName,
    AfterName,
    BeforeValue,
    AfterQuotedValue,
    SelfClosing,
}

/// Reads a tag's attributes into it.
struct Attributes<'s, 't> {
    source: &'s Source<'s>,
    tag: &'t mut Tag,
    /// The name (`from..to`) of an attribute not added yet.
    pending: Option<(usize, usize)>,
    /// The names so far, once there are many: a tag may have up to
    /// `maxAttributes` of them, and checking each new one against all the
    /// others would take time growing with the square of that.
    names: Option<HashSet<LocalName>>,
}

/// Up to this many attributes, a new name is compared with each.
const FEW_ATTRIBUTES: usize = 16;

impl Attributes<'_, '_> {
    /// Reads from `from` (just after the tag's name) up to `end`; returns
    /// the position of the `>` that ends the tag, and whether `/>` did.
    fn read(&mut self, from: usize, end: usize) -> Option<(usize, bool)> {
        let bytes = self.source.bytes();
        let mut state = InTag::BeforeName;
        let mut i = from;
        while i < end {
            let c = *bytes.get(i)?;
            match state {
                InTag::BeforeName | InTag::AfterName | InTag::BeforeValue if is_space(c) => i += 1,
                InTag::AfterQuotedValue if is_space(c) => {
                    state = InTag::BeforeName;
                    i += 1;
                }
                InTag::SelfClosing if c == b'>' => {
                    self.add(None);
                    return Some((i, true));
                }
                // A `/` not followed by `>`, or a value's closing quote not
                // followed by a space, is only an error: read on as before
                // a name.
                InTag::SelfClosing => state = InTag::BeforeName,
                _ if c == b'>' => {
                    self.add(None);
                    return Some((i, false));
                }
                InTag::BeforeName | InTag::AfterName | InTag::AfterQuotedValue if c == b'/' => {
                    state = InTag::SelfClosing;
                    i += 1;
                }
                InTag::AfterQuotedValue => state = InTag::BeforeName,
                InTag::AfterName if c == b'=' => {
                    state = InTag::BeforeValue;
                    i += 1;
                }
                InTag::BeforeName | InTag::AfterName => {
                    self.add(None);
                    // The first character belongs to the name even if it is `=`.
                    let to = i
                        + 1
                        + bytes
                            .get(i + 1..end)?
                            .iter()
                            .position(|&b| is_space(b) || matches!(b, b'/' | b'>' | b'='))?;
                    self.pending = Some((i, to));
                    state = InTag::AfterName;
                    i = to;
                }
                InTag::BeforeValue => {
                    let (value, next, quoted) = self.value(i, end)?;
                    self.add(Some(value));
                    state = if quoted {
                        InTag::AfterQuotedValue
                    } else {
                        InTag::BeforeName
                    };
                    i = next;
                }
            }
        }
        None
    }

    /// The value starting at `i` (at its quote, if quoted): the value,
    /// where reading goes on, and whether it was quoted.
    fn value(&self, i: usize, end: usize) -> Option<(StrTendril, usize, bool)> {
        let bytes = self.source.bytes();
        let c = *bytes.get(i)?;
        if c == b'"' || c == b'\'' {
            let close = i + 1 + bytes.get(i + 1..end)?.iter().position(|&b| b == c)?;
            let value = self
                .source
                .characters(i + 1, close, References::InAttribute);
            Some((value, close + 1, true))
        } else {
            let stop = i + bytes
                .get(i..end)?
                .iter()
                .position(|&b| is_space(b) || b == b'>')?;
            let value = self.source.characters(i, stop, References::InAttribute);
            Some((value, stop, false))
        }
    }

    /// Adds the pending attribute with `value`, unless the tag has one of
    /// that name already (the tokenizer keeps the first).
    fn add(&mut self, value: Option<StrTendril>) {
        let Some((from, to)) = self.pending.take() else {
            return;
        };
        let local = self.source.name(from, to);
        let attrs = &self.tag.attrs;
        if self.names.is_none() && attrs.len() == FEW_ATTRIBUTES {
            self.names = Some(attrs.iter().map(|a| a.name.local.clone()).collect());
        }
        let seen = match &mut self.names {
            Some(names) => !names.insert(local.clone()),
            None => attrs.iter().any(|a| a.name.local == local),
        };
        if seen {
            self.tag.had_duplicate_attributes = true;
            return;
        }
        self.tag.attrs.push(Attribute {
            name: QualName::new(None, ns!(), local),
            value: value.unwrap_or_default(),
        });
    }
}

/// The longest named reference, `;` included.
const LONGEST_NAMED_REFERENCE: usize = 32;

/// Decodes the whole character references in `text` (those ending with
/// `;`) as the tokenizer decodes them in text content: named, decimal and
/// hexadecimal, with the standard's replacements. One pass: `&amp;amp;`
/// becomes `&amp;`. For text that reached gisty still encoded (meta
/// content encoded twice, JSON-LD strings written with references), where
/// a reference without its `;` is more likely cut short than meant.
pub(crate) fn decode_references(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while let Some(found) = memchr::memchr(b'&', bytes.get(at..).unwrap_or_default()) {
        let amp = at + found;
        out.push_str(text.get(at..amp).unwrap_or_default());
        let mut decoded = String::new();
        let end = reference(bytes, amp, bytes.len(), References::InText, &mut decoded);
        // Only whole references: text cut short ("&#82…") stays as written.
        if bytes.get(end.wrapping_sub(1)) == Some(&b';') {
            out.push_str(&decoded);
            at = end;
        } else {
            out.push('&');
            at = amp + 1;
        }
    }
    out.push_str(text.get(at..).unwrap_or_default());
    Cow::Owned(out)
}

/// Reads the character reference whose `&` is at `amp`, with the input
/// ending for it at `to`; appends what it stands for (or the `&` itself)
/// and returns where reading goes on.
fn reference(
    bytes: &[u8],
    amp: usize,
    to: usize,
    references: References,
    out: &mut String,
) -> usize {
    let next = bytes.get(amp + 1).copied().filter(|_| amp + 1 < to);
    let read = match next {
        Some(b'#') => numeric_reference(bytes, amp + 2, to, out),
        Some(c) if c.is_ascii_alphanumeric() => {
            named_reference(bytes, amp + 1, to, references, out)
        }
        _ => None,
    };
    read.unwrap_or_else(|| {
        // Not a reference: the `&` is a character, and what follows is
        // read as text.
        out.push('&');
        amp + 1
    })
}

/// The longest name of a named reference starting at `from`, if it may
/// stand for its characters there.
fn named_reference(
    bytes: &[u8],
    from: usize,
    to: usize,
    references: References,
    out: &mut String,
) -> Option<usize> {
    let limit = to.min(from + LONGEST_NAMED_REFERENCE);
    // Most references are a whole name and its `;`: nothing longer can
    // match past the `;`, so one lookup settles them.
    let run = bytes.get(from..limit)?;
    let letters = run.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
    if run.get(letters) == Some(&b';') {
        let name = std::str::from_utf8(run.get(..=letters)?).ok()?;
        if let Some(&(first, second)) = web_atoms::NAMED_ENTITIES.get(name) {
            if first != 0 {
                push_code_points(out, first, second)?;
                return Some(from + letters + 1);
            }
        }
    }
    let mut matched = None;
    let mut i = from;
    while i < limit {
        let Ok(name) = std::str::from_utf8(bytes.get(from..=i)?) else {
            break;
        };
        match web_atoms::NAMED_ENTITIES.get(name) {
            None => break,
            Some(&(0, _)) => {}
            Some(&codes) => matched = Some((codes, i + 1)),
        }
        i += 1;
    }
    let ((first, second), end) = matched?;
    // The legacy rule: in a value, `&copy=` or `&copyx` without a `;`
    // stays as written.
    let last = bytes.get(end - 1).copied();
    let after = bytes.get(end).copied().filter(|_| end < to);
    if references == References::InAttribute
        && last != Some(b';')
        && after.is_some_and(|c| c == b'=' || c.is_ascii_alphanumeric())
    {
        return None;
    }
    push_code_points(out, first, second)?;
    Some(end)
}

/// Appends what a named reference stands for: one code point, or two.
fn push_code_points(out: &mut String, first: u32, second: u32) -> Option<()> {
    out.push(char::from_u32(first)?);
    if second != 0 {
        out.push(char::from_u32(second)?);
    }
    Some(())
}

/// `&#digits` or `&#xhex` (from just after the `#`) with an optional `;`,
/// and the standard's replacements for numbers that are not characters.
/// `None` without digits: then `&#` is text.
fn numeric_reference(bytes: &[u8], from: usize, to: usize, out: &mut String) -> Option<usize> {
    let (radix, digits_start) = match bytes.get(from).filter(|_| from < to) {
        Some(b'x' | b'X') => (16, from + 1),
        _ => (10, from),
    };
    let mut value: u32 = 0;
    let mut i = digits_start;
    while let Some(d) = bytes
        .get(i)
        .filter(|_| i < to)
        .and_then(|&b| char::from(b).to_digit(radix))
    {
        // Past 0x10FFFF every value means U+FFFD: stop growing there.
        value = value.saturating_mul(radix).saturating_add(d).min(0x11_0000);
        i += 1;
    }
    if i == digits_start {
        return None;
    }
    if bytes.get(i) == Some(&b';') && i < to {
        i += 1;
    }
    out.push(numeric_character(value));
    Some(i)
}

/// What the numeric reference to `value` stands for.
fn numeric_character(value: u32) -> char {
    match value {
        0 | 0xD800..=0xDFFF | 0x11_0000.. => char::REPLACEMENT_CHARACTER,
        0x80..=0x9F => web_atoms::C1_REPLACEMENTS
            .get((value - 0x80) as usize)
            .copied()
            .flatten()
            .or_else(|| char::from_u32(value))
            .unwrap_or(char::REPLACEMENT_CHARACTER),
        _ => char::from_u32(value).unwrap_or(char::REPLACEMENT_CHARACTER),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_in_text_decode_once() {
        assert_eq!(
            decode_references("Tom &amp; Jerry &#8217;s &#x2014; &lt;b&gt;"),
            "Tom & Jerry ’s — <b>"
        );
        assert_eq!(
            decode_references("&amp;amp; &bogus; & &#; &#xZZ;"),
            "&amp; &bogus; & &#; &#xZZ;"
        );
        assert_eq!(
            decode_references("&#0; &#xD800; &#150;"),
            "\u{fffd} \u{fffd} –"
        );
        assert_eq!(
            decode_references("Polic&iacute;a &Uuml;ber&nbsp;&hellip; &#+5; &#x;"),
            "Policía Über\u{a0}… &#+5; &#x;"
        );
        // References without their `;` stay as written.
        assert_eq!(
            decode_references("&copy 2024 &#8211 AT&T"),
            "&copy 2024 &#8211 AT&T"
        );
        // A stray ampersand with no reference after it costs nothing extra.
        assert_eq!(decode_references(&"&".repeat(10)), "&".repeat(10));
    }

    fn source(input: &str) -> Source<'_> {
        Source { input, whole: None }
    }

    fn tag(input: &str) -> Option<Tag> {
        source(input).tag(0, input.len())
    }

    fn attrs(tag: &Tag) -> Vec<(String, String)> {
        tag.attrs
            .iter()
            .map(|a| (a.name.local.to_string(), a.value.to_string()))
            .collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    /// The data-state tokens of `input`, as text, with `\0` for a NUL
    /// token and `<!>` for a comment.
    fn data(input: &str) -> Option<String> {
        let mut out = Vec::new();
        source(input).data(0, input.len(), &mut out)?;
        Some(
            out.iter()
                .map(|t| match t {
                    Token::CharacterTokens(t) => t.to_string(),
                    Token::NullCharacterToken => "\0".to_string(),
                    Token::CommentToken(_) => "<!>".to_string(),
                    other => format!("{other:?}"),
                })
                .collect(),
        )
    }

    #[test]
    fn reads_a_tag_with_every_kind_of_value() {
        let t = tag(r#"<A Href="/x?a=1&amp;b=2&copy=3" data-x='y' hidden id=main/>"#).unwrap();
        assert_eq!(&*t.name, "a");
        assert_eq!(t.kind, TagKind::StartTag);
        // An unquoted value takes the `/`: the tag is not self-closing.
        assert!(!t.self_closing);
        assert_eq!(
            attrs(&t),
            pairs(&[
                ("href", "/x?a=1&b=2&copy=3"),
                ("data-x", "y"),
                ("hidden", ""),
                ("id", "main/")
            ])
        );
    }

    #[test]
    fn keeps_the_first_of_duplicate_attributes() {
        let t = tag(r#"<p class=a CLASS="b" id = c>"#).unwrap();
        assert!(t.had_duplicate_attributes);
        assert_eq!(attrs(&t), pairs(&[("class", "a"), ("id", "c")]));
    }

    #[test]
    fn reads_self_closing_and_end_tags() {
        assert!(tag("<br/>").unwrap().self_closing);
        assert!(tag("<br />").unwrap().self_closing);
        let t = tag("</DIV >").unwrap();
        assert_eq!(t.kind, TagKind::EndTag);
        assert_eq!(&*t.name, "div");
        // A stray `/` and a missing space are only parse errors.
        let t = tag(r#"<img / src="a"alt=b>"#).unwrap();
        assert!(!t.self_closing);
        assert_eq!(attrs(&t), pairs(&[("src", "a"), ("alt", "b")]));
        let t = tag("<p\0 a\0=\"x\0\">").unwrap();
        assert_eq!(&*t.name, "p\u{fffd}");
        assert_eq!(attrs(&t), pairs(&[("a\u{fffd}", "x\u{fffd}")]));
    }

    #[test]
    fn reads_references_as_the_tokenizer_does() {
        assert_eq!(
            data("a &lt; b &amp c &notit; &copy2 AT&T &zz; &#8217;&#x41&#150;&#0;&#xFFFFFFFFF;&#;")
                .unwrap(),
            "a < b & c ¬it; ©2 AT&T &zz; \u{2019}A\u{2013}\u{fffd}\u{fffd}&#;"
        );
        assert_eq!(data("&NotEqualTilde;").unwrap(), "\u{2242}\u{338}");
        // In a value, a reference without `;` before `=` or a letter stays.
        let t = tag("<a b='&notit;&not=&not;x&amp'>").unwrap();
        assert_eq!(attrs(&t), pairs(&[("b", "&notit;&not=¬x&")]));
    }

    #[test]
    fn reads_text_comments_and_nul_characters() {
        assert_eq!(
            data("a\r\nb\rc <3 x<<!-- c -->d<!x><?y></>e</ f>\0g").unwrap(),
            "a\nb\nc <3 x<<!>d<!><!>e<!>\0g"
        );
        assert_eq!(data("a<").unwrap(), "a<");
        assert_eq!(data("a</").unwrap(), "a</");
        // The scanner stops before these.
        for input in ["<![CDATA[x]]>", "a <b"] {
            assert!(data(input).is_none(), "{input:?}");
        }
    }

    #[test]
    fn reads_raw_text_by_its_kind() {
        let mut out = Vec::new();
        let input = "a &amp; b\0\r\nc";
        source(input).raw(Raw::Text(RawText::Script), 0, input.len(), &mut out);
        source(input).raw(Raw::Text(RawText::Rcdata), 0, input.len(), &mut out);
        let texts: Vec<String> = out
            .iter()
            .map(|t| match t {
                Token::CharacterTokens(t) => t.to_string(),
                other => format!("{other:?}"),
            })
            .collect();
        assert_eq!(texts, ["a &amp; b\u{fffd}\nc", "a & b\u{fffd}\nc"]);
    }
}
