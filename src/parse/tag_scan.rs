//! Input bytes → where the next tag ends, and how many attributes it has.
//!
//! In: the HTML input, a position where the tokenizer is known to be in a
//! given state (data, or the raw text of a `<script>`, `<style>`,
//! `<title>`...). Out: a [`Scan`]: the end of the next tag, or the start of a
//! tag with too many attributes, or a `<![CDATA[` whose meaning depends on
//! the tree builder.
//!
//! Why: the parser (src/dom.rs) reads the input one tag at a time, checking
//! its limits between tags, and a tag with more attributes than allowed is
//! never read at all (reading one with a million attributes would take
//! memory and time for nothing). The scanner follows the WHATWG tokenizer
//! states that decide where tags, comments and raw text end (nothing else:
//! it builds no tokens), so it agrees with html5ever's tokenizer on every
//! input; the parser stops if the tokens read ever disagree with it. Every
//! function here is a single forward pass: linear time.

/// What lies ahead of a scan position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scan {
    /// A tag (start or end) runs from `start` to `end` (exclusive, just past
    /// its `>`); everything before it is text, comments or doctypes.
    Tag { start: usize, end: usize },
    /// The tag starting at `start` has more attributes than allowed.
    TooManyAttributes { start: usize },
    /// `<![CDATA[` at `at`: a CDATA section inside SVG or MathML, a bogus
    /// comment elsewhere; the caller asks the tree builder and calls
    /// [`after_cdata_or_bogus_comment`].
    Cdata { at: usize },
    /// A tag starts at `start`, but the input ends inside it: the
    /// tokenizer drops it.
    Unfinished { start: usize },
    /// No tag before the end of the input.
    End,
}

/// The raw text kinds whose end the scanner finds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RawText {
    /// `<title>`, `<textarea>`: ends at the matching end tag.
    Rcdata,
    /// `<style>`, `<xmp>`, `<iframe>`, `<noembed>`, `<noframes>`,
    /// `<noscript>`: ends at the matching end tag.
    Rawtext,
    /// `<script>`: ends at the matching end tag, except inside the
    /// `<!--<script>...</script>-->` double-escaped form.
    Script,
}

/// Whitespace as the tokenizer sees it (`\r` becomes `\n` before tokenizing).
pub(crate) fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

fn find(input: &[u8], from: usize, byte: u8) -> Option<usize> {
    memchr::memchr(byte, input.get(from..)?).map(|i| from + i)
}

/// The position just past the next `>` at or after `from` (the end of a
/// bogus comment or a doctype), or the input's length.
fn past_next_gt(input: &[u8], from: usize) -> usize {
    find(input, from, b'>').map_or(input.len(), |i| i + 1)
}

fn starts_with_ignore_case(input: &[u8], at: usize, word: &[u8]) -> bool {
    input
        .get(at..at + word.len())
        .is_some_and(|s| s.eq_ignore_ascii_case(word))
}

/// What a `<` starts in the data state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Markup {
    /// A start or end tag whose name starts at `name`.
    Tag { name: usize },
    /// A comment, or what the tokenizer reads as one (`<!x>`, `<?x>`,
    /// `</ x>`), ending just before `end`.
    Comment { end: usize },
    /// `</>`, which makes nothing; it ends just before `end`.
    Nothing { end: usize },
    /// A doctype, ending just before `end`.
    Doctype { end: usize },
    /// `<![CDATA[`: see [`Scan::Cdata`].
    Cdata,
    /// The `<` is a character of the text.
    Char,
    /// The input ends before it is known.
    Unfinished,
}

/// What the `<` at `lt` starts, the tokenizer being in the data state.
pub fn markup_at(input: &[u8], lt: usize) -> Markup {
    let next = lt + 1;
    let Some(&c) = input.get(next) else {
        return Markup::Unfinished;
    };
    match c {
        c if c.is_ascii_alphabetic() => Markup::Tag { name: next },
        b'/' => match input.get(next + 1) {
            Some(c) if c.is_ascii_alphabetic() => Markup::Tag { name: next + 1 },
            Some(b'>') => Markup::Nothing { end: next + 2 },
            Some(_) => Markup::Comment {
                end: past_next_gt(input, next + 1),
            },
            None => Markup::Unfinished,
        },
        b'!' => {
            let rest = next + 1;
            if input.get(rest..rest + 2) == Some(b"--") {
                Markup::Comment {
                    end: past_comment(input, rest + 2),
                }
            } else if starts_with_ignore_case(input, rest, b"doctype") {
                Markup::Doctype {
                    end: past_next_gt(input, rest + 7),
                }
            } else if input.get(rest..rest + 7) == Some(b"[CDATA[") {
                Markup::Cdata
            } else {
                Markup::Comment {
                    end: past_next_gt(input, rest),
                }
            }
        }
        b'?' => Markup::Comment {
            end: past_next_gt(input, next),
        },
        _ => Markup::Char,
    }
}

/// Scans from `from`, where the tokenizer is in the data state.
pub fn next_in_data(input: &[u8], from: usize, max_attributes: usize) -> Scan {
    let mut i = from;
    while let Some(lt) = find(input, i, b'<') {
        i = match markup_at(input, lt) {
            Markup::Tag { name } => return tag(input, lt, name, max_attributes),
            Markup::Comment { end } | Markup::Nothing { end } | Markup::Doctype { end } => end,
            Markup::Cdata => return Scan::Cdata { at: lt },
            Markup::Char => lt + 1,
            Markup::Unfinished => return Scan::End,
        };
    }
    Scan::End
}

/// After `<![CDATA[` at `at`: the end of the CDATA section when the tree
/// builder allows one, else of the bogus comment.
pub fn after_cdata_or_bogus_comment(input: &[u8], at: usize, cdata: bool) -> usize {
    if !cdata {
        return past_next_gt(input, at + 2);
    }
    let body = at + "<![CDATA[".len();
    input
        .get(body..)
        .and_then(|rest| rest.windows(3).position(|w| w == b"]]>"))
        .map_or(input.len(), |i| body + i + 3)
}

/// Comment states of the tokenizer, from just after `<!--`.
#[derive(Clone, Copy)]
enum Comment {
    Start,
    StartDash,
    Text,
    Lt,
    LtBang,
    LtBangDash,
    LtBangDashDash,
    EndDash,
    End,
    EndBang,
}

/// The position just past the comment that starts before `from`.
fn past_comment(input: &[u8], from: usize) -> usize {
    use Comment::*;
    let mut state = Start;
    let mut i = from;
    while let Some(&c) = input.get(i) {
        // `Err(next)` reconsumes `c` in state `next`.
        let step = match state {
            Start => match c {
                b'>' => return i + 1,
                b'-' => Ok(StartDash),
                _ => Err(Text),
            },
            StartDash => match c {
                b'>' => return i + 1,
                b'-' => Ok(End),
                _ => Err(Text),
            },
            Text => match c {
                b'<' => Ok(Lt),
                b'-' => Ok(EndDash),
                _ => Ok(Text),
            },
            Lt => match c {
                b'!' => Ok(LtBang),
                b'<' => Ok(Lt),
                _ => Err(Text),
            },
            LtBang => match c {
                b'-' => Ok(LtBangDash),
                _ => Err(Text),
            },
            LtBangDash => match c {
                b'-' => Ok(LtBangDashDash),
                _ => Err(EndDash),
            },
            LtBangDashDash => Err(End),
            EndDash => match c {
                b'-' => Ok(End),
                _ => Err(Text),
            },
            End => match c {
                b'>' => return i + 1,
                b'!' => Ok(EndBang),
                b'-' => Ok(End),
                _ => Err(Text),
            },
            EndBang => match c {
                b'>' => return i + 1,
                b'-' => Ok(EndDash),
                _ => Err(Text),
            },
        };
        match step {
            Ok(next) => {
                state = next;
                i += 1;
            }
            Err(next) => state = next,
        }
    }
    input.len()
}

/// States of a tag after its name.
#[derive(Clone, Copy)]
enum Attr {
    BeforeName,
    Name,
    AfterName,
    BeforeValue,
    DoubleQuoted,
    SingleQuoted,
    Unquoted,
    AfterQuoted,
    SelfClosing,
    /// A transient state: a new attribute starts with this character.
    NewName,
}

/// A tag whose `<` is at `start` and whose name starts at `name`.
fn tag(input: &[u8], start: usize, name: usize, max_attributes: usize) -> Scan {
    let mut i = name;
    while input
        .get(i)
        .is_some_and(|&b| !is_space(b) && b != b'/' && b != b'>')
    {
        i += 1;
    }
    attributes(input, start, i, max_attributes)
}

/// The attributes of the tag whose `<` is at `start`, from `from`, the
/// character just after its name.
fn attributes(input: &[u8], start: usize, from: usize, max_attributes: usize) -> Scan {
    use Attr::*;
    let mut count = 0usize;
    let mut state = BeforeName;
    let mut i = from;
    while let Some(&c) = input.get(i) {
        // A quoted value runs to its closing quote whatever it holds: jump
        // there rather than step through every byte.
        if let Some(quote) = closing_quote(state) {
            let Some(close) = find(input, i, quote) else {
                break;
            };
            state = AfterQuoted;
            i = close + 1;
            continue;
        }
        // `Err(next)` reconsumes `c` in state `next`; `NewName` starts an
        // attribute.
        let step = match state {
            BeforeName => match c {
                c if is_space(c) => Ok(BeforeName),
                b'/' | b'>' => Err(AfterName),
                b'=' => Ok(NewName),
                _ => Err(NewName),
            },
            Name => match c {
                b'=' => Ok(BeforeValue),
                c if is_space(c) || c == b'/' || c == b'>' => Err(AfterName),
                _ => Ok(Name),
            },
            AfterName => match c {
                c if is_space(c) => Ok(AfterName),
                b'/' => Ok(SelfClosing),
                b'=' => Ok(BeforeValue),
                b'>' => return Scan::Tag { start, end: i + 1 },
                _ => Err(NewName),
            },
            BeforeValue => match c {
                c if is_space(c) => Ok(BeforeValue),
                b'"' => Ok(DoubleQuoted),
                b'\'' => Ok(SingleQuoted),
                b'>' => return Scan::Tag { start, end: i + 1 },
                _ => Err(Unquoted),
            },
            DoubleQuoted => Ok(if c == b'"' { AfterQuoted } else { DoubleQuoted }),
            SingleQuoted => Ok(if c == b'\'' {
                AfterQuoted
            } else {
                SingleQuoted
            }),
            Unquoted => match c {
                c if is_space(c) => Ok(BeforeName),
                b'>' => return Scan::Tag { start, end: i + 1 },
                _ => Ok(Unquoted),
            },
            AfterQuoted => match c {
                c if is_space(c) => Ok(BeforeName),
                b'/' => Ok(SelfClosing),
                b'>' => return Scan::Tag { start, end: i + 1 },
                _ => Err(BeforeName),
            },
            SelfClosing => match c {
                b'>' => return Scan::Tag { start, end: i + 1 },
                _ => Err(BeforeName),
            },
            NewName => Err(Name),
        };
        let (next, consumed) = match step {
            Ok(next) => (next, true),
            Err(next) => (next, false),
        };
        state = next;
        if matches!(state, NewName) {
            count += 1;
            if count > max_attributes {
                return Scan::TooManyAttributes { start };
            }
            // The character that started the name belongs to it.
            state = Name;
        }
        if consumed {
            i += 1;
        }
    }
    // The end of input inside the tag: the tokenizer drops it, but has
    // already spent the time on its attributes, counted above.
    Scan::Unfinished { start }
}

/// The quote that ends a value being read in `state`, if it is a quoted one.
fn closing_quote(state: Attr) -> Option<u8> {
    match state {
        Attr::DoubleQuoted => Some(b'"'),
        Attr::SingleQuoted => Some(b'\''),
        _ => None,
    }
}

/// After `</` at `slash - 1`: if an end tag named `name` (ASCII case
/// insensitive) starts here, the position of the character after its name;
/// else the position to resume scanning the raw text at.
fn end_tag_named(input: &[u8], slash: usize, name: &[u8]) -> Result<usize, usize> {
    let letters = slash + 1;
    let mut i = letters;
    while input.get(i).is_some_and(u8::is_ascii_alphabetic) {
        i += 1;
    }
    let matches = input
        .get(letters..i)
        .is_some_and(|run| run.eq_ignore_ascii_case(name));
    match input.get(i) {
        Some(&c) if matches && (is_space(c) || c == b'/' || c == b'>') => Ok(i),
        _ => Err(i.max(letters)),
    }
}

/// Scans from `from`, inside raw text of `kind` opened by a start tag
/// named `name`, to the end tag that closes it.
pub fn next_in_raw_text(
    input: &[u8],
    from: usize,
    kind: RawText,
    name: &[u8],
    max_attributes: usize,
) -> Scan {
    if kind == RawText::Script {
        return next_in_script(input, from, name, max_attributes);
    }
    let mut i = from;
    while let Some(lt) = find(input, i, b'<') {
        if input.get(lt + 1) != Some(&b'/') {
            i = lt + 1;
            continue;
        }
        match end_tag_named(input, lt + 1, name) {
            Ok(after_name) => return attributes(input, lt, after_name, max_attributes),
            Err(resume) => i = resume,
        }
    }
    Scan::End
}

/// Script data states of the tokenizer.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Data,
    Escaped,
    EscapedDash,
    EscapedDashDash,
    Double,
    DoubleDash,
    DoubleDashDash,
}

/// The end of a run of ASCII letters starting at `from`, and whether the
/// run spells `script` and is followed by a space, `/` or `>`.
fn script_word(input: &[u8], from: usize) -> (usize, Option<bool>) {
    let mut i = from;
    while input.get(i).is_some_and(u8::is_ascii_alphabetic) {
        i += 1;
    }
    let delimited = input
        .get(i)
        .is_some_and(|&c| is_space(c) || c == b'/' || c == b'>');
    let word = delimited.then(|| input[from..i].eq_ignore_ascii_case(b"script"));
    (i, word)
}

fn next_in_script(input: &[u8], from: usize, name: &[u8], max_attributes: usize) -> Scan {
    use Script::*;
    let mut state = Data;
    let mut i = from;
    loop {
        // Only a `<` changes the data state, and only `<` and `-` the
        // escaped and double-escaped states: jump to the next one.
        let rest = input.get(i..).unwrap_or_default();
        let skip = match state {
            Data => memchr::memchr(b'<', rest),
            Escaped | Double => memchr::memchr2(b'<', b'-', rest),
            _ => Some(0),
        };
        let Some(skip) = skip else { break };
        i += skip;
        let Some(&c) = input.get(i) else { break };
        if c == b'<' && state != Double && state != DoubleDash && state != DoubleDashDash {
            // Data and the escaped states: an end tag, or an escape opener.
            match input.get(i + 1) {
                Some(b'/') => match end_tag_named(input, i + 1, name) {
                    Ok(after_name) => return attributes(input, i, after_name, max_attributes),
                    Err(resume) => {
                        state = if state == Data { Data } else { Escaped };
                        i = resume;
                        continue;
                    }
                },
                Some(b'!') if state == Data => {
                    if input.get(i + 2..i + 4) == Some(b"--") {
                        state = EscapedDashDash;
                        i += 4;
                    } else {
                        i += 2;
                    }
                    continue;
                }
                Some(c) if state != Data && c.is_ascii_alphabetic() => {
                    let (end, word) = script_word(input, i + 1);
                    match word {
                        Some(true) => {
                            state = Double;
                            i = end + 1;
                        }
                        Some(false) => {
                            state = Escaped;
                            i = end + 1;
                        }
                        None => {
                            state = Escaped;
                            i = end;
                        }
                    }
                    continue;
                }
                _ => {
                    state = if state == Data { Data } else { Escaped };
                    i += 1;
                    continue;
                }
            }
        }
        if c == b'<' {
            // The double-escaped states: only `</script` leaves them.
            if input.get(i + 1) == Some(&b'/') {
                let (end, word) = script_word(input, i + 2);
                match word {
                    Some(true) => {
                        state = Escaped;
                        i = end + 1;
                    }
                    Some(false) => {
                        state = Double;
                        i = end + 1;
                    }
                    None => {
                        state = Double;
                        i = end;
                    }
                }
            } else {
                state = Double;
                i += 1;
            }
            continue;
        }
        state = match (state, c) {
            (Data, _) => Data,
            (Escaped, b'-') => EscapedDash,
            (EscapedDash | EscapedDashDash, b'-') => EscapedDashDash,
            (EscapedDashDash, b'>') | (DoubleDashDash, b'>') => Data,
            (Escaped | EscapedDash | EscapedDashDash, _) => Escaped,
            (Double, b'-') => DoubleDash,
            (DoubleDash | DoubleDashDash, b'-') => DoubleDashDash,
            (Double | DoubleDash | DoubleDashDash, _) => Double,
        };
        i += 1;
    }
    Scan::End
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data(html: &str) -> Scan {
        next_in_data(html.as_bytes(), 0, 3)
    }

    fn end_of(html: &str) -> usize {
        match data(html) {
            Scan::Tag { end, .. } => end,
            other => panic!("{html:?}: {other:?}"),
        }
    }

    #[test]
    fn finds_tags_past_text_comments_and_doctypes() {
        assert_eq!(end_of("<p>"), 3);
        assert_eq!(end_of("text <b class=x>"), 16);
        assert_eq!(end_of("<!doctype html><p>"), 18);
        assert_eq!(end_of("<!-- <a> --><i>"), 15);
        assert_eq!(end_of("<!--><i>"), 8);
        assert_eq!(end_of("<!---><i>"), 9);
        assert_eq!(end_of("<!-- --!><i>"), 12);
        assert_eq!(end_of("<!--<!--><i>"), 12);
        assert_eq!(end_of("<? pi ><i>"), 10);
        assert_eq!(end_of("</ x><i>"), 8);
        assert_eq!(end_of("</><i>"), 6);
        assert_eq!(end_of("a < b <i>"), 9);
        assert_eq!(data("just text"), Scan::End);
        assert_eq!(data("<!-- open"), Scan::End);
        assert_eq!(data("<![CDATA[x]]>"), Scan::Cdata { at: 0 });
    }

    #[test]
    fn quotes_hide_greater_than_signs() {
        assert_eq!(end_of(r#"<a title="x > y" href='>'>"#), 26);
        assert_eq!(end_of("<a b=c>d>"), 7);
        assert_eq!(end_of("</p class=\"a>b\">"), 16);
    }

    #[test]
    fn counts_attributes_like_the_tokenizer() {
        let scan = |html: &str, max| next_in_data(html.as_bytes(), 0, max);
        assert!(matches!(scan("<a b c d>", 3), Scan::Tag { .. }));
        assert_eq!(scan("<a b c d e>", 3), Scan::TooManyAttributes { start: 0 });
        // Quoted values next to each other, `=` as a name, slashes.
        assert_eq!(
            scan(r#"x<a b="1"c='2'=d/e f>"#, 3),
            Scan::TooManyAttributes { start: 1 }
        );
        assert!(matches!(scan("<a b=1 / c=2 />", 2), Scan::Tag { .. }));
        // A tag cut off by the end of input still counts.
        assert_eq!(scan("<a b c d e", 3), Scan::TooManyAttributes { start: 0 });
        assert_eq!(scan("<a b c", 3), Scan::Unfinished { start: 0 });
    }

    #[test]
    fn raw_text_ends_at_its_own_end_tag() {
        let raw = |html: &str, kind, name: &str| {
            next_in_raw_text(html.as_bytes(), 0, kind, name.as_bytes(), 8)
        };
        assert_eq!(
            raw("a</styles></b><p></style >x", RawText::Rawtext, "style"),
            Scan::Tag { start: 17, end: 26 }
        );
        assert_eq!(
            raw("<b></TITLE>", RawText::Rcdata, "title"),
            Scan::Tag { start: 3, end: 11 }
        );
        assert_eq!(raw("</title", RawText::Rcdata, "title"), Scan::End);
    }

    #[test]
    fn script_escapes_follow_the_tokenizer() {
        let script = |html: &str| next_in_script(html.as_bytes(), 0, b"script", 8);
        assert_eq!(script("a<b</script>"), Scan::Tag { start: 3, end: 12 });
        // Escaped: an end tag still closes the script.
        assert_eq!(script("<!--x</script>"), Scan::Tag { start: 5, end: 14 });
        // Double escaped: the inner end tag does not.
        let html = "<!--<script>x</script>y--></script>";
        assert_eq!(script(html), Scan::Tag { start: 26, end: 35 });
        let html = "<!--<script>x</script>y</script>";
        assert_eq!(script(html), Scan::Tag { start: 23, end: 32 });
        // `-->` inside double escape returns to plain script data.
        let html = "<!--<script>--></script>";
        assert_eq!(script(html), Scan::Tag { start: 15, end: 24 });
        assert_eq!(
            script("<!--<scriptx></script>"),
            Scan::Tag { start: 13, end: 22 }
        );
    }

    #[test]
    fn cdata_or_bogus_comment() {
        let html = b"<![CDATA[a>b]]>c";
        assert_eq!(after_cdata_or_bogus_comment(html, 0, true), 15);
        assert_eq!(after_cdata_or_bogus_comment(html, 0, false), 11);
    }
}
