//! Text → Markdown that renders back to the same text.
//!
//! In: a word of the article's text (no whitespace in it), link
//! destinations, titles, code. Out: the same, escaped for where it is
//! written: inside a paragraph, at the start of a line, in a heading, in a
//! table cell, in a code span.

/// Where a word is written.
#[derive(Copy, Clone, Default)]
pub struct Place {
    /// First on its line: block markers (`#`, `-`, `1.`, `>`) are escaped.
    pub line_start: bool,
    /// In a heading: a `#` starting a word could close it.
    pub heading: bool,
    /// In a table cell: `|` would end the cell.
    pub cell: bool,
}

/// Appends `word` to `out`, escaped so that it renders as itself.
pub fn escape_word(word: &str, place: Place, out: &mut String) {
    let bytes = word.as_bytes();
    let mut start = 0;
    if place.line_start {
        start = escape_line_start(word, out);
    }
    for (i, c) in word.char_indices().skip_while(|&(i, _)| i < start) {
        let escape = match c {
            '\\' | '`' | '*' | '[' | ']' | '<' | '~' => true,
            '_' => !(is_alnum_at(word, i, -1) && is_alnum_at(word, i + 1, 1)),
            '#' => place.heading && i == 0,
            '|' => place.cell,
            // A `$` could open inline math unless a digit follows (a price),
            // and then it can never close it either.
            '$' => !bytes.get(i + 1).is_some_and(u8::is_ascii_digit),
            '&' => is_entity(&word[i..]),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
}

/// Escapes what would start a block at the start of a line; returns how
/// many bytes of `word` it wrote.
fn escape_line_start(word: &str, out: &mut String) -> usize {
    let bytes = word.as_bytes();
    match bytes.first() {
        Some(b'#' | b'-' | b'+' | b'=' | b'>') => {
            out.push('\\');
            out.push(bytes[0] as char);
            1
        }
        Some(b'0'..=b'9') => {
            // An ordered list marker: one to nine digits, then `.` or `)`.
            let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            match bytes.get(digits) {
                Some(&marker @ (b'.' | b')')) if digits <= 9 => {
                    out.push_str(&word[..digits]);
                    out.push('\\');
                    out.push(marker as char);
                    digits + 1
                }
                _ => 0,
            }
        }
        _ => 0,
    }
}

fn is_alnum_at(word: &str, at: usize, direction: i8) -> bool {
    let c = if direction < 0 {
        word[..at].chars().next_back()
    } else {
        word.get(at..).and_then(|rest| rest.chars().next())
    };
    c.is_some_and(char::is_alphanumeric)
}

/// Whether `text` starts with a character reference (`&amp;`, `&#39;`).
fn is_entity(text: &str) -> bool {
    let rest = &text[1..];
    let Some(end) = rest.find(';') else {
        return false;
    };
    let name = &rest[..end];
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'#')
}

/// Appends a link or image destination: spaces and what would end it are
/// percent-encoded or escaped, so any URL stays one destination.
pub fn escape_destination(url: &str, out: &mut String) {
    for c in url.chars() {
        match c {
            '(' | ')' | '|' => {
                out.push('\\');
                out.push(c);
            }
            ' ' => out.push_str("%20"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '\\' => out.push_str("%5C"),
            c if c.is_control() => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    push_percent(b, out);
                }
            }
            c => out.push(c),
        }
    }
}

fn push_percent(b: u8, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.push('%');
    out.push(HEX[usize::from(b >> 4)] as char);
    out.push(HEX[usize::from(b & 15)] as char);
}

/// Appends a link or image title, in double quotes.
pub fn escape_title(title: &str, out: &mut String) {
    out.push_str(" \"");
    let (mut space, mut started) = (false, false);
    for c in title.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && started {
            out.push(' ');
        }
        space = false;
        started = true;
        if matches!(
            c,
            '"' | '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '&' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
}

/// The longest run of `c` in `text`.
pub fn longest_run(text: &str, c: char) -> usize {
    let (mut longest, mut run) = (0, 0);
    for d in text.chars() {
        run = if d == c { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

/// Appends `code` as a code span: more backticks around it than any run of
/// them inside, and a space inside each end where the code would otherwise
/// run into them. In a table cell, `|` is escaped (GFM removes the escape
/// before reading the span).
pub fn code_span(code: &str, cell: bool, out: &mut String) {
    let ticks = longest_run(code, '`') + 1;
    let pad = code.starts_with('`')
        || code.ends_with('`')
        || (code.starts_with(' ') && code.ends_with(' ') && !code.trim().is_empty());
    push_repeated('`', ticks, out);
    if pad {
        out.push(' ');
    }
    for c in code.chars() {
        if cell && c == '|' {
            out.push('\\');
        }
        out.push(c);
    }
    if pad {
        out.push(' ');
    }
    push_repeated('`', ticks, out);
}

pub fn push_repeated(c: char, n: usize, out: &mut String) {
    for _ in 0..n {
        out.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn esc(word: &str, place: Place) -> String {
        let mut out = String::new();
        escape_word(word, place, &mut out);
        out
    }

    #[test]
    fn inline_syntax_is_escaped() {
        let p = Place::default();
        assert_eq!(esc("*not*", p), "\\*not\\*");
        assert_eq!(esc("[link](x)", p), "\\[link\\](x)");
        assert_eq!(esc("<b>", p), "\\<b>");
        assert_eq!(esc("`tick`", p), "\\`tick\\`");
        assert_eq!(esc("a\\b", p), "a\\\\b");
        assert_eq!(esc("~~gone~~", p), "\\~\\~gone\\~\\~");
        assert_eq!(esc("&amp;", p), "\\&amp;");
        assert_eq!(esc("R&D", p), "R&D");
        assert_eq!(esc("snake_case", p), "snake_case");
        assert_eq!(esc("_under_", p), "\\_under\\_");
        assert_eq!(esc("$5", p), "$5");
        assert_eq!(esc("$x$", p), "\\$x\\$");
        assert_eq!(esc("a|b", p), "a|b");
        assert_eq!(esc("a|b", Place { cell: true, ..p }), "a\\|b");
    }

    #[test]
    fn block_markers_are_escaped_at_line_start_only() {
        let start = Place {
            line_start: true,
            ..Place::default()
        };
        assert_eq!(esc("#1", start), "\\#1");
        assert_eq!(esc("-", start), "\\-");
        assert_eq!(esc("+", start), "\\+");
        assert_eq!(esc(">", start), "\\>");
        assert_eq!(esc("===", start), "\\===");
        assert_eq!(esc("1.", start), "1\\.");
        assert_eq!(esc("2024)", start), "2024\\)");
        assert_eq!(esc("3.5", start), "3\\.5");
        assert_eq!(esc("1234567890.", start), "1234567890.");
        assert_eq!(esc("#1", Place::default()), "#1");
        let heading = Place {
            heading: true,
            ..Place::default()
        };
        assert_eq!(esc("#", heading), "\\#");
        assert_eq!(esc("C#", heading), "C#");
    }

    #[test]
    fn destinations_stay_one() {
        let mut out = String::new();
        escape_destination("https://e.org/a b/(x)|<y>\\", &mut out);
        assert_eq!(out, "https://e.org/a%20b/\\(x\\)\\|%3Cy%3E%5C");
        let mut out = String::new();
        escape_title("say \"hi\"\n now", &mut out);
        assert_eq!(out, " \"say \\\"hi\\\" now\"");
    }

    #[test]
    fn code_spans_outnumber_their_backticks() {
        let mut out = String::new();
        code_span("a ``b`` c", false, &mut out);
        assert_eq!(out, "```a ``b`` c```");
        let mut out = String::new();
        code_span("`x", false, &mut out);
        assert_eq!(out, "`` `x ``");
        let mut out = String::new();
        code_span("a|b", true, &mut out);
        assert_eq!(out, "`a\\|b`");
    }
}
