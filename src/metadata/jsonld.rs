//! JSON text → a small read-only tree, for the JSON-LD blocks of a page.
//!
//! In: the text of a `<script type="application/ld+json">`. Out: a [`Json`]
//! tree whose values are reached through [`Value`] handles.
//!
//! This is a deliberately small reader: a general JSON crate costs far more
//! wasm size than a few metadata look-ups are worth. It is iterative (an
//! explicit stack, no recursion), and it stops with `None` at the
//! [`JsonLimits`] bounds, so a hostile block costs bounded time and memory.
//! Malformed JSON gives `None` too, like `JSON.parse` throwing; the only
//! leniency is that raw control characters inside strings are kept, as
//! pages often paste article text with line breaks into `articleBody`.

/// Bounds on what one JSON-LD block may cost.
#[derive(Clone, Copy, Debug)]
pub struct JsonLimits {
    /// Longest text parsed, in bytes; metadata blocks with a full
    /// `articleBody` run to a few hundred KB at most.
    pub max_bytes: usize,
    /// Most values (strings, numbers, arrays, objects...) in one block.
    pub max_values: usize,
    /// Deepest nesting of arrays and objects; real JSON-LD stays under ten.
    pub max_depth: usize,
}

impl Default for JsonLimits {
    fn default() -> Self {
        JsonLimits {
            max_bytes: 2 * 1024 * 1024,
            max_values: 200_000,
            max_depth: 64,
        }
    }
}

/// What a JSON value is. Numbers, booleans and null are kept only as kinds:
/// metadata needs strings, arrays and objects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
}

/// Marks a missing link between nodes (the root, index 0, is nobody's child
/// or sibling).
const NONE: u32 = 0;

/// One value in the arena. Texts are ranges of [`Json::texts`].
#[derive(Debug)]
struct Node {
    kind: Kind,
    /// The member name, for values inside an object (empty otherwise).
    key: (u32, u32),
    /// The decoded text, for strings.
    text: (u32, u32),
    first_child: u32,
    next_sibling: u32,
}

/// A parsed JSON document.
#[derive(Debug)]
pub struct Json {
    nodes: Vec<Node>,
    /// Every decoded key and string, one after another.
    texts: String,
}

/// A handle on one value of a [`Json`] tree.
#[derive(Clone, Copy, Debug)]
pub struct Value<'a> {
    json: &'a Json,
    index: u32,
}

impl Json {
    /// Parses `text` with default limits.
    pub fn parse(text: &str) -> Option<Json> {
        Json::parse_with_limits(text, JsonLimits::default())
    }

    /// Parses `text`; `None` when it is not valid JSON or breaks a limit.
    pub fn parse_with_limits(text: &str, limits: JsonLimits) -> Option<Json> {
        if text.len() > limits.max_bytes {
            return None;
        }
        Parser {
            src: text.as_bytes(),
            text,
            pos: 0,
            json: Json {
                nodes: Vec::new(),
                texts: String::new(),
            },
            limits,
        }
        .run()
    }

    /// The top-level value.
    pub fn root(&self) -> Value<'_> {
        Value {
            json: self,
            index: 0,
        }
    }

    fn node(&self, index: u32) -> Option<&Node> {
        self.nodes.get(index as usize)
    }

    fn text(&self, (start, end): (u32, u32)) -> &str {
        self.texts.get(start as usize..end as usize).unwrap_or("")
    }
}

impl<'a> Value<'a> {
    pub fn kind(&self) -> Kind {
        self.json.node(self.index).map_or(Kind::Null, |n| n.kind)
    }

    /// The text of a string value.
    pub fn as_str(&self) -> Option<&'a str> {
        let node = self.json.node(self.index)?;
        (node.kind == Kind::String).then(|| self.json.text(node.text))
    }

    pub fn is_array(&self) -> bool {
        self.kind() == Kind::Array
    }

    pub fn is_object(&self) -> bool {
        self.kind() == Kind::Object
    }

    /// The member `key` of an object (the last one when repeated, as
    /// `JSON.parse` keeps).
    pub fn get(&self, key: &str) -> Option<Value<'a>> {
        if !self.is_object() {
            return None;
        }
        let mut found = None;
        for child in self.children() {
            if let Some(node) = self.json.node(child.index) {
                if self.json.text(node.key) == key {
                    found = Some(child);
                }
            }
        }
        found
    }

    /// The string member `key` of an object.
    pub fn get_str(&self, key: &str) -> Option<&'a str> {
        self.get(key).and_then(|v| v.as_str())
    }

    /// The elements of an array or the member values of an object.
    pub fn children(&self) -> Children<'a> {
        Children {
            json: self.json,
            next: self.json.node(self.index).map_or(NONE, |n| n.first_child),
        }
    }

    /// The elements of an array; a value that is not an array stands for
    /// itself alone, as JSON-LD allows a single value wherever a list may go.
    pub fn items(&self) -> Items<'a> {
        if self.is_array() {
            Items::Many(self.children())
        } else {
            Items::One(Some(*self))
        }
    }
}

/// Iterator over the children of an array or object.
pub struct Children<'a> {
    json: &'a Json,
    next: u32,
}

impl<'a> Iterator for Children<'a> {
    type Item = Value<'a>;
    fn next(&mut self) -> Option<Value<'a>> {
        if self.next == NONE {
            return None;
        }
        let index = self.next;
        self.next = self.json.node(index).map_or(NONE, |n| n.next_sibling);
        Some(Value {
            json: self.json,
            index,
        })
    }
}

/// Iterator over the elements of a value taken as a list.
pub enum Items<'a> {
    One(Option<Value<'a>>),
    Many(Children<'a>),
}

impl<'a> Iterator for Items<'a> {
    type Item = Value<'a>;
    fn next(&mut self) -> Option<Value<'a>> {
        match self {
            Items::One(v) => v.take(),
            Items::Many(c) => c.next(),
        }
    }
}

/// The parsing state: the input and the tree built so far.
struct Parser<'s> {
    src: &'s [u8],
    text: &'s str,
    pos: usize,
    json: Json,
    limits: JsonLimits,
}

/// An array or object still open.
struct Open {
    index: u32,
    is_object: bool,
    /// Its last child so far, where the next one is linked.
    last_child: u32,
}

impl Parser<'_> {
    fn run(mut self) -> Option<Json> {
        let mut stack: Vec<Open> = Vec::new();
        loop {
            // Here a value is expected (inside an object, preceded by its
            // key); a container pushes itself and loops back for its first.
            let mut key = (0, 0);
            if stack.last().is_some_and(|open| open.is_object) {
                self.skip_ws();
                key = self.string()?;
                self.skip_ws();
                self.expect(b':')?;
            }
            self.skip_ws();
            let index = self.value(key)?;
            if let Some(open) = stack.last_mut() {
                match open.last_child {
                    NONE => self.json.nodes.get_mut(open.index as usize)?.first_child = index,
                    last => self.json.nodes.get_mut(last as usize)?.next_sibling = index,
                }
                open.last_child = index;
            }
            let kind = self.json.node(index)?.kind;
            if matches!(kind, Kind::Array | Kind::Object) {
                let is_object = kind == Kind::Object;
                self.skip_ws();
                if self.peek() == Some(if is_object { b'}' } else { b']' }) {
                    self.pos += 1;
                } else {
                    if stack.len() >= self.limits.max_depth {
                        return None;
                    }
                    stack.push(Open {
                        index,
                        is_object,
                        last_child: NONE,
                    });
                    continue;
                }
            }
            // A value is complete: close containers until a ',' continues one.
            loop {
                self.skip_ws();
                let Some(open) = stack.last() else {
                    // Top-level value done: only whitespace may follow.
                    return (self.pos == self.src.len()).then_some(self.json);
                };
                let close = if open.is_object { b'}' } else { b']' };
                let c = self.peek()?;
                self.pos += 1;
                if c == b',' {
                    break;
                } else if c == close {
                    stack.pop();
                } else {
                    return None;
                }
            }
        }
    }

    /// Reads a scalar value or the opening of a container and adds it to
    /// the arena, returning its index.
    fn value(&mut self, key: (u32, u32)) -> Option<u32> {
        let mut text = (0, 0);
        let kind = match self.peek()? {
            b'{' => Kind::Object,
            b'[' => Kind::Array,
            b'"' => Kind::String,
            b't' | b'f' | b'n' => Kind::Bool,
            b'-' | b'0'..=b'9' => Kind::Number,
            _ => return None,
        };
        let kind = match kind {
            Kind::Object | Kind::Array => {
                self.pos += 1;
                kind
            }
            Kind::String => {
                text = self.string()?;
                kind
            }
            Kind::Number => {
                self.number()?;
                kind
            }
            _ => self.literal()?,
        };
        if self.json.nodes.len() >= self.limits.max_values {
            return None;
        }
        let index = u32::try_from(self.json.nodes.len()).ok()?;
        self.json.nodes.push(Node {
            kind,
            key,
            text,
            first_child: NONE,
            next_sibling: NONE,
        });
        Some(index)
    }

    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.pos += 1)
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// Reads `true`, `false` or `null`.
    fn literal(&mut self) -> Option<Kind> {
        let rest = self.src.get(self.pos..)?;
        let (len, kind) = if rest.starts_with(b"true") {
            (4, Kind::Bool)
        } else if rest.starts_with(b"false") {
            (5, Kind::Bool)
        } else if rest.starts_with(b"null") {
            (4, Kind::Null)
        } else {
            return None;
        };
        self.pos += len;
        Some(kind)
    }

    /// Skips a number: a sign, digits, and an optional fraction and
    /// exponent, each with digits.
    fn number(&mut self) -> Option<()> {
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        // A leading zero stands alone.
        if self.peek() == Some(b'0') {
            self.pos += 1;
        } else {
            self.digits()?;
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            self.digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            self.digits()?;
        }
        Some(())
    }

    /// Skips one or more digits.
    fn digits(&mut self) -> Option<()> {
        let start = self.pos;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
        }
        (self.pos > start).then_some(())
    }

    /// Reads a string starting at its opening quote, decoding escapes into
    /// the shared text buffer; returns its range there.
    fn string(&mut self) -> Option<(u32, u32)> {
        self.expect(b'"')?;
        let start = u32::try_from(self.json.texts.len()).ok()?;
        loop {
            // Copy the run of plain characters up to the next quote or escape.
            let run = self.pos;
            while !matches!(self.peek()?, b'"' | b'\\') {
                self.pos += 1;
            }
            self.json.texts.push_str(self.text.get(run..self.pos)?);
            let c = self.peek()?;
            self.pos += 1;
            if c == b'"' {
                let end = u32::try_from(self.json.texts.len()).ok()?;
                return Some((start, end));
            }
            let escape = self.peek()?;
            self.pos += 1;
            let decoded = match escape {
                b'"' | b'\\' | b'/' => char::from(escape),
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => self.unicode_escape()?,
                _ => return None,
            };
            self.json.texts.push(decoded);
        }
    }

    /// Decodes the hex digits after `\u`, joining surrogate pairs; a lone
    /// surrogate becomes U+FFFD, as a JavaScript string would print it.
    fn unicode_escape(&mut self) -> Option<char> {
        let first = self.hex4()?;
        if (0xD800..0xDC00).contains(&first) && self.src.get(self.pos..self.pos + 2) == Some(b"\\u")
        {
            let save = self.pos;
            self.pos += 2;
            let second = self.hex4()?;
            if (0xDC00..0xE000).contains(&second) {
                let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                return Some(char::from_u32(code).unwrap_or('\u{fffd}'));
            }
            self.pos = save;
        }
        Some(char::from_u32(first).unwrap_or('\u{fffd}'))
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.src.get(self.pos..self.pos + 4)?;
        let mut value = 0;
        for &d in digits {
            value = value * 16 + char::from(d).to_digit(16)?;
        }
        self.pos += 4;
        Some(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_nested_objects_and_arrays() {
        let json =
            Json::parse(r#" {"a": {"b": [1, "two", {"c": "three"}]}, "d": true, "e": null} "#)
                .unwrap();
        let root = json.root();
        let b = root.get("a").and_then(|a| a.get("b")).unwrap();
        assert!(b.is_array());
        let items: Vec<Kind> = b.items().map(|v| v.kind()).collect();
        assert_eq!(items, [Kind::Number, Kind::String, Kind::Object]);
        assert_eq!(b.children().nth(1).and_then(|v| v.as_str()), Some("two"));
        assert_eq!(
            b.children().nth(2).and_then(|v| v.get_str("c")),
            Some("three")
        );
        assert_eq!(root.get("d").map(|v| v.kind()), Some(Kind::Bool));
        assert_eq!(root.get("e").map(|v| v.kind()), Some(Kind::Null));
        assert!(root.get("zzz").is_none());
    }

    #[test]
    fn decodes_escapes_and_surrogate_pairs() {
        let json = Json::parse(r#"["a\"b\\c\/d\n\u00e9\ud83d\ude00\ud800x"]"#).unwrap();
        let s = json.root().children().next().and_then(|v| v.as_str());
        assert_eq!(s, Some("a\"b\\c/d\né😀\u{fffd}x"));
    }

    #[test]
    fn keeps_multibyte_text_and_raw_line_breaks() {
        let json = Json::parse("{\"body\": \"Ligne une\nligne deux — 東京\"}").unwrap();
        assert_eq!(
            json.root().get_str("body"),
            Some("Ligne une\nligne deux — 東京")
        );
    }

    #[test]
    fn repeated_key_keeps_the_last() {
        let json = Json::parse(r#"{"k": "first", "k": "second"}"#).unwrap();
        assert_eq!(json.root().get_str("k"), Some("second"));
    }

    #[test]
    fn empty_containers_and_numbers() {
        let json = Json::parse(r#"{"a": [], "b": {}, "c": -1.5e+3, "d": 0}"#).unwrap();
        assert_eq!(json.root().get("a").map(|v| v.children().count()), Some(0));
        assert!(json.root().get("b").is_some_and(|v| v.is_object()));
        assert_eq!(json.root().get("c").map(|v| v.kind()), Some(Kind::Number));
    }

    #[test]
    fn rejects_malformed_json() {
        for bad in [
            "",
            "{",
            "{\"a\": 1,}",
            "[1, 2",
            "{\"a\" 1}",
            "{'a': 1}",
            "[01]",
            "[1.]",
            "\"unterminated",
            "{\"a\": tru}",
            "[1] x",
            "\"bad \\q escape\"",
            "\"\\u12\"",
            "{a: 1}",
        ] {
            assert!(Json::parse(bad).is_none(), "{bad:?}");
        }
    }

    #[test]
    fn deep_nesting_stops_at_the_limit_without_recursion() {
        let deep = "[".repeat(500_000) + &"]".repeat(500_000);
        assert!(Json::parse(&deep).is_none());
        let ok = "[".repeat(60) + &"]".repeat(60);
        assert!(Json::parse(&ok).is_some());
    }

    #[test]
    fn too_many_values_or_bytes_is_refused() {
        let many = format!("[{}0]", "0,".repeat(300_000));
        assert!(Json::parse(&many).is_none());
        let limits = JsonLimits {
            max_bytes: 10,
            ..JsonLimits::default()
        };
        assert!(Json::parse_with_limits("[1, 2, 3, 4, 5]", limits).is_none());
    }

    #[test]
    fn a_single_value_is_a_list_of_one() {
        let json = Json::parse(r#"{"author": {"name": "A"}}"#).unwrap();
        let author = json.root().get("author").unwrap();
        let names: Vec<_> = author.items().filter_map(|a| a.get_str("name")).collect();
        assert_eq!(names, ["A"]);
    }
}
