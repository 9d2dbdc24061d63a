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

/// One value in the arena.
#[derive(Debug)]
struct Node {
    kind: Kind,
    /// The member name, for values inside an object.
    key: Option<String>,
    /// The decoded text, for strings.
    text: String,
    first_child: Option<u32>,
    last_child: Option<u32>,
    next_sibling: Option<u32>,
}

/// A parsed JSON document.
#[derive(Debug)]
pub struct Json {
    nodes: Vec<Node>,
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
            nodes: Vec::new(),
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
}

impl<'a> Value<'a> {
    fn node(&self) -> Option<&'a Node> {
        self.json.node(self.index)
    }

    pub fn kind(&self) -> Kind {
        self.node().map_or(Kind::Null, |n| n.kind)
    }

    /// The text of a string value.
    pub fn as_str(&self) -> Option<&'a str> {
        self.node()
            .filter(|n| n.kind == Kind::String)
            .map(|n| n.text.as_str())
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
        self.children()
            .filter(|c| c.node().and_then(|n| n.key.as_deref()) == Some(key))
            .last()
    }

    /// The string member `key` of an object.
    pub fn get_str(&self, key: &str) -> Option<&'a str> {
        self.get(key).and_then(|v| v.as_str())
    }

    /// The elements of an array or the member values of an object.
    pub fn children(&self) -> Children<'a> {
        Children {
            json: self.json,
            next: self.node().and_then(|n| n.first_child),
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
    next: Option<u32>,
}

impl<'a> Iterator for Children<'a> {
    type Item = Value<'a>;
    fn next(&mut self) -> Option<Value<'a>> {
        let index = self.next?;
        self.next = self.json.node(index).and_then(|n| n.next_sibling);
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

/// The parsing state: the input, the arena, and (in `run`) the stack of
/// open containers.
struct Parser<'s> {
    src: &'s [u8],
    text: &'s str,
    pos: usize,
    nodes: Vec<Node>,
    limits: JsonLimits,
}

/// An array or object still open, with the key awaiting its value.
struct Open {
    index: u32,
    is_object: bool,
}

impl Parser<'_> {
    fn run(mut self) -> Option<Json> {
        let mut stack: Vec<Open> = Vec::new();
        loop {
            // Here a value is expected (inside an object, preceded by its
            // key); a container pushes itself and loops back for its first.
            let parent = stack.last().map(|o| o.index);
            let mut key = None;
            if let Some(open) = stack.last() {
                if open.is_object {
                    self.skip_ws();
                    if self.peek()? != b'"' {
                        return None;
                    }
                    key = Some(self.string()?);
                    self.skip_ws();
                    self.expect(b':')?;
                }
            }
            self.skip_ws();
            let index = self.value_start(parent, key)?;
            if let Some(index) = index {
                // An array or object was opened: empty, or descend.
                self.skip_ws();
                let is_object = self.nodes.get(index as usize)?.kind == Kind::Object;
                let close = if is_object { b'}' } else { b']' };
                if self.peek() == Some(close) {
                    self.pos += 1;
                } else {
                    if stack.len() >= self.limits.max_depth {
                        return None;
                    }
                    stack.push(Open { index, is_object });
                    continue;
                }
            }
            // A value is complete: close containers until a ',' continues one.
            loop {
                self.skip_ws();
                let Some(open) = stack.last() else {
                    // Top-level value done: only whitespace may follow.
                    return (self.pos == self.src.len()).then_some(Json { nodes: self.nodes });
                };
                let close = if open.is_object { b'}' } else { b']' };
                match self.peek()? {
                    b',' => {
                        self.pos += 1;
                        break;
                    }
                    c if c == close => {
                        self.pos += 1;
                        stack.pop();
                    }
                    _ => return None,
                }
            }
        }
    }

    /// Reads a scalar value or the opening of a container, adds it to the
    /// arena under `parent`, and returns the container's index if one opened.
    fn value_start(&mut self, parent: Option<u32>, key: Option<String>) -> Option<Option<u32>> {
        let (kind, text) = match self.peek()? {
            b'{' => {
                self.pos += 1;
                (Kind::Object, String::new())
            }
            b'[' => {
                self.pos += 1;
                (Kind::Array, String::new())
            }
            b'"' => (Kind::String, self.string()?),
            b't' => {
                self.literal("true")?;
                (Kind::Bool, String::new())
            }
            b'f' => {
                self.literal("false")?;
                (Kind::Bool, String::new())
            }
            b'n' => {
                self.literal("null")?;
                (Kind::Null, String::new())
            }
            b'-' | b'0'..=b'9' => {
                self.number()?;
                (Kind::Number, String::new())
            }
            _ => return None,
        };
        let index = self.add(parent, kind, key, text)?;
        Some(matches!(kind, Kind::Array | Kind::Object).then_some(index))
    }

    fn add(
        &mut self,
        parent: Option<u32>,
        kind: Kind,
        key: Option<String>,
        text: String,
    ) -> Option<u32> {
        if self.nodes.len() >= self.limits.max_values {
            return None;
        }
        let index = u32::try_from(self.nodes.len()).ok()?;
        self.nodes.push(Node {
            kind,
            key,
            text,
            first_child: None,
            last_child: None,
            next_sibling: None,
        });
        if let Some(p) = parent {
            let last = self.nodes.get(p as usize)?.last_child;
            match last {
                Some(l) => self.nodes.get_mut(l as usize)?.next_sibling = Some(index),
                None => self.nodes.get_mut(p as usize)?.first_child = Some(index),
            }
            self.nodes.get_mut(p as usize)?.last_child = Some(index);
        }
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

    fn literal(&mut self, word: &str) -> Option<()> {
        let end = self.pos.checked_add(word.len())?;
        (self.src.get(self.pos..end)? == word.as_bytes()).then(|| self.pos = end)
    }

    /// Checks the shape of a number and skips it.
    fn number(&mut self) -> Option<()> {
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek()? {
            b'0' => self.pos += 1,
            b'1'..=b'9' => self.digits(),
            _ => return None,
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            self.required_digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            self.required_digits()?;
        }
        Some(())
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
    }

    fn required_digits(&mut self) -> Option<()> {
        let start = self.pos;
        self.digits();
        (self.pos > start).then_some(())
    }

    /// Reads a string starting at its opening quote, decoding escapes.
    fn string(&mut self) -> Option<String> {
        self.expect(b'"')?;
        let mut out = String::new();
        loop {
            // Copy the run of plain characters up to the next quote or escape.
            let start = self.pos;
            while !matches!(self.peek()?, b'"' | b'\\') {
                self.pos += 1;
            }
            out.push_str(self.text.get(start..self.pos)?);
            if self.peek()? == b'"' {
                self.pos += 1;
                return Some(out);
            }
            self.pos += 1;
            let escape = self.peek()?;
            self.pos += 1;
            let c = match escape {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => self.unicode_escape()?,
                _ => return None,
            };
            out.push(c);
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
