//! HTML → DOM.
//!
//! In: an HTML string. Out: a [`Dom`], a compact arena tree built by html5ever,
//! the WHATWG parsing algorithm browsers use, so malformed markup ends up in
//! the same shape a browser would give it.
//!
//! Every walk over the tree here is iterative: pages can nest elements
//! hundreds of thousands deep, and recursion would overflow the stack.

use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};
use std::fmt;
use std::num::NonZeroU32;

pub use html5ever::interface::QuirksMode;
use html5ever::interface::{ElementFlags, NodeOrText, Tracer, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts};
use html5ever::{local_name, ns, Attribute, LocalName, QualName, TokenizerResult};

use crate::options::Limits;
use crate::parse::plain_tokens::{Raw, Source};
use crate::parse::tag_scan::{self, RawText, Scan};
use crate::text::FastMap;

/// Index of a node in a [`Dom`].
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct NodeId(NonZeroU32);

impl NodeId {
    fn new(index: usize) -> NodeId {
        let raw = u32::try_from(index + 1).unwrap_or(u32::MAX);
        NodeId(NonZeroU32::new(raw).unwrap_or(NonZeroU32::MIN))
    }

    /// The position of the node in the arena, 0 for the document.
    pub fn index(self) -> usize {
        self.0.get() as usize - 1
    }
}

/// What a node is.
pub enum NodeData {
    Document,
    Doctype,
    Text(StrTendril),
    Comment,
    ProcessingInstruction,
    Element(Element),
}

/// An element's name, attributes and, for `<template>`, its inert contents.
pub struct Element {
    pub name: QualName,
    pub attrs: Vec<Attribute>,
    pub template_contents: Option<NodeId>,
}

/// Texts and values are shown as strings: how a tendril holds its text
/// (inline, owned, shared) is no part of the tree.
impl fmt::Debug for NodeData {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NodeData::Document => f.write_str("Document"),
            NodeData::Doctype => f.write_str("Doctype"),
            NodeData::Text(t) => f.debug_tuple("Text").field(&&**t).finish(),
            NodeData::Comment => f.write_str("Comment"),
            NodeData::ProcessingInstruction => f.write_str("ProcessingInstruction"),
            NodeData::Element(e) => e.fmt(f),
        }
    }
}

impl fmt::Debug for Element {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let attrs: Vec<_> = self.attrs.iter().map(|a| (&a.name, &*a.value)).collect();
        f.debug_struct("Element")
            .field("name", &self.name)
            .field("attrs", &attrs)
            .field("template_contents", &self.template_contents)
            .finish()
    }
}

impl Element {
    /// The value of the attribute with this (lower-case, no namespace) name.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|a| a.name.ns == ns!() && same_name(&a.name.local, name))
            .map(|a| &*a.value)
    }

    /// The values of several attributes (no namespace) in one pass over the
    /// element's attributes, names compared as atoms: cheaper than one
    /// [`Element::attr`] per name on hot paths. Each value is the first
    /// attribute of that name, as [`Element::attr`] gives it.
    /// Not generic over the number of names: one copy of the code in wasm.
    pub fn attrs_named<'a>(&'a self, names: &[&LocalName], values: &mut [Option<&'a str>]) {
        for a in self.attrs.iter().filter(|a| a.name.ns == ns!()) {
            for (name, value) in names.iter().zip(values.iter_mut()) {
                if value.is_none() && a.name.local == **name {
                    *value = Some(&*a.value);
                }
            }
        }
    }

    /// Whether the element is in the HTML namespace (not SVG or MathML).
    pub fn is_html(&self) -> bool {
        self.name.ns == ns!(html)
    }

    /// Whether the element is MathML.
    pub fn is_mathml(&self) -> bool {
        self.name.ns == ns!(mathml)
    }
}

/// `a == b`, byte by byte: attribute names are short and mostly differ in
/// length or within a byte or two, sooner than a call to `memcmp` returns.
fn same_name(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y)
}

/// A node and its links to its neighbours.
#[derive(Debug)]
pub struct Node {
    pub parent: Option<NodeId>,
    pub first_child: Option<NodeId>,
    pub last_child: Option<NodeId>,
    pub prev_sibling: Option<NodeId>,
    pub next_sibling: Option<NodeId>,
    pub data: NodeData,
}

impl Node {
    fn new(data: NodeData) -> Node {
        Node {
            parent: None,
            first_child: None,
            last_child: None,
            prev_sibling: None,
            next_sibling: None,
            data,
        }
    }
}

/// Why parsing stopped before the end of the input.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ParseStop {
    /// The tree reached [`Limits::max_nodes`] nodes, or far more nodes
    /// than the input has bytes (see `NODES_PER_BYTE_SLACK`).
    Nodes,
    /// Elements nested [`Limits::max_depth`] deep.
    Depth,
    /// A tag had more than [`Limits::max_attributes`] attributes.
    Attributes,
    /// The tag scanner and the reader of the tokens (`plain_tokens`, or
    /// html5ever's tokenizer) disagreed on where a tag ends. Never seen;
    /// parsing stops rather than risk an unguarded tag.
    Desync,
}

/// A parsed document.
#[derive(Debug)]
pub struct Dom {
    nodes: Vec<Node>,
    /// True when parsing stopped early at a [`Limits`] bound, or an
    /// element lost attributes over [`Limits::max_attributes`].
    pub truncated: bool,
    /// Why parsing stopped early, if it did.
    pub stop: Option<ParseStop>,
    /// The document's mode, which its doctype chose (`document.compatMode`
    /// in a browser).
    pub quirks_mode: QuirksMode,
}

/// An entry of a depth-first walk: entering or leaving a node.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Edge {
    Open(NodeId),
    Close(NodeId),
}

/// Long runs of text are fed to the parser in slices of at most this many
/// bytes, so the limits are checked between them.
const FEED_CHUNK: usize = 64 * 1024;

/// Some markup makes the tree builder create many nodes per input byte: each
/// `<p>x</p>` after hundreds of unclosed `<b class=...>` tags re-opens all of
/// them. Parsing stops once the tree has more nodes than this plus the
/// number of input bytes read, so the work stays linear in the input.
pub const NODES_PER_BYTE_SLACK: usize = 64 * 1024;

/// How often (in input bytes) the tree builder's own stacks are measured.
const STACK_CHECK_BYTES: usize = 4 * 1024;

impl Dom {
    /// Parses a whole HTML document.
    pub fn parse(html: &str) -> Dom {
        Dom::parse_with_limits(html, Limits::default())
    }

    /// Parses a whole HTML document, stopping early at `limits`.
    ///
    /// The input is read one tag at a time: `tag_scan` finds where the
    /// next tag ends and how many attributes it has, `plain_tokens` reads
    /// the stretch up to there as tokens for html5ever's tree builder, and
    /// the limits are checked after each tag. html5ever's tokenizer is not
    /// used (see [`Dom::parse_by_tokenizer`]).
    pub fn parse_with_limits(html: &str, limits: Limits) -> Dom {
        GuardedParser::plain(html, limits).run()
    }

    /// Parses as [`Dom::parse_with_limits`] does, with html5ever's tokenizer
    /// reading all of the input: the reference the plain-token reading is
    /// checked against in tests.
    #[doc(hidden)]
    pub fn parse_by_tokenizer(html: &str, limits: Limits) -> Dom {
        GuardedParser::tokenizer(html, limits).run()
    }

    /// The document node, root of the tree.
    pub fn document(&self) -> NodeId {
        NodeId::new(0)
    }

    /// Number of nodes in the arena (detached ones included).
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Whether the arena holds only the document node.
    pub fn is_empty(&self) -> bool {
        self.nodes.len() <= 1
    }

    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.index()]
    }

    /// The element data of `id`, if it is an element.
    pub fn element(&self, id: NodeId) -> Option<&Element> {
        match &self.node(id).data {
            NodeData::Element(e) => Some(e),
            _ => None,
        }
    }

    /// The local name of an HTML element; `None` for other nodes and for
    /// SVG or MathML elements.
    pub fn tag(&self, id: NodeId) -> Option<&LocalName> {
        self.element(id)
            .filter(|e| e.is_html())
            .map(|e| &e.name.local)
    }

    /// Whether `id` is the HTML element `name`.
    pub fn is(&self, id: NodeId, name: &LocalName) -> bool {
        self.tag(id) == Some(name)
    }

    /// The text of a text node.
    pub fn text(&self, id: NodeId) -> Option<&str> {
        match &self.node(id).data {
            NodeData::Text(t) => Some(t),
            _ => None,
        }
    }

    /// An attribute of an element.
    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        self.element(id).and_then(|e| e.attr(name))
    }

    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        self.node(id).parent
    }

    pub fn children(&self, id: NodeId) -> Children<'_> {
        Children {
            dom: self,
            next: self.node(id).first_child,
        }
    }

    /// Element children only.
    pub fn element_children(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.children(id).filter(|&c| self.element(c).is_some())
    }

    /// `id` and everything below it, in document order.
    pub fn descendants(&self, id: NodeId) -> Descendants<'_> {
        Descendants {
            walk: self.traverse(id),
        }
    }

    /// A depth-first walk below and including `id`, reporting each node when
    /// it is entered and when it is left.
    pub fn traverse(&self, id: NodeId) -> Traverse<'_> {
        Traverse {
            dom: self,
            root: id,
            next: Some(Edge::Open(id)),
            last_opened: None,
        }
    }

    /// The ancestors of `id`, nearest first, not including `id`.
    pub fn ancestors(&self, id: NodeId) -> Ancestors<'_> {
        Ancestors {
            dom: self,
            next: self.parent(id),
        }
    }

    /// The concatenated text of every text node below `id`, as the DOM's
    /// `textContent` gives it (script and style text included).
    pub fn text_content(&self, id: NodeId) -> String {
        let mut out = String::new();
        for n in self.descendants(id) {
            if let Some(t) = self.text(n) {
                out.push_str(t);
            }
        }
        out
    }

    /// The first element with this HTML local name, in document order.
    pub fn find(&self, from: NodeId, name: &LocalName) -> Option<NodeId> {
        self.descendants(from).find(|&n| self.is(n, name))
    }

    /// The `<html>` element.
    pub fn html(&self) -> Option<NodeId> {
        self.element_children(self.document())
            .find(|&n| self.is(n, &local_name!("html")))
    }

    /// The `<head>` element.
    pub fn head(&self) -> Option<NodeId> {
        let html = self.html()?;
        self.element_children(html)
            .find(|&n| self.is(n, &local_name!("head")))
    }

    /// The `<body>` element (or the `<frameset>` that stands for it).
    pub fn body(&self) -> Option<NodeId> {
        let html = self.html()?;
        self.element_children(html)
            .find(|&n| self.is(n, &local_name!("body")) || self.is(n, &local_name!("frameset")))
    }

    // ---- mutation, for cleaning an extracted article --------------------

    /// Unlinks `id` (and its subtree) from its parent.
    pub fn detach(&mut self, id: NodeId) {
        let (parent, prev, next) = {
            let n = self.node(id);
            (n.parent, n.prev_sibling, n.next_sibling)
        };
        let Some(parent) = parent else { return };
        match prev {
            Some(p) => self.nodes[p.index()].next_sibling = next,
            None => self.nodes[parent.index()].first_child = next,
        }
        match next {
            Some(n) => self.nodes[n.index()].prev_sibling = prev,
            None => self.nodes[parent.index()].last_child = prev,
        }
        let n = &mut self.nodes[id.index()];
        n.parent = None;
        n.prev_sibling = None;
        n.next_sibling = None;
    }

    /// Makes `child` (detached first if needed) the last child of `parent`.
    pub fn append_child(&mut self, parent: NodeId, child: NodeId) {
        self.detach(child);
        let last = self.node(parent).last_child;
        {
            let c = &mut self.nodes[child.index()];
            c.parent = Some(parent);
            c.prev_sibling = last;
        }
        match last {
            Some(l) => self.nodes[l.index()].next_sibling = Some(child),
            None => self.nodes[parent.index()].first_child = Some(child),
        }
        self.nodes[parent.index()].last_child = Some(child);
    }

    /// Puts `new` (detached first if needed) just before `sibling`.
    pub fn insert_before(&mut self, sibling: NodeId, new: NodeId) {
        self.detach(new);
        let Some(parent) = self.parent(sibling) else {
            return;
        };
        let prev = self.node(sibling).prev_sibling;
        {
            let n = &mut self.nodes[new.index()];
            n.parent = Some(parent);
            n.prev_sibling = prev;
            n.next_sibling = Some(sibling);
        }
        self.nodes[sibling.index()].prev_sibling = Some(new);
        match prev {
            Some(p) => self.nodes[p.index()].next_sibling = Some(new),
            None => self.nodes[parent.index()].first_child = Some(new),
        }
    }

    /// Adds a new detached element to the arena.
    pub fn create_element(&mut self, name: LocalName) -> NodeId {
        self.push(NodeData::Element(Element {
            name: QualName::new(None, ns!(html), name),
            attrs: Vec::new(),
            template_contents: None,
        }))
    }

    /// Adds a new detached text node to the arena.
    pub fn create_text(&mut self, text: &str) -> NodeId {
        self.push(NodeData::Text(StrTendril::from_slice(text)))
    }

    /// Renames an element (for example a `<div>` holding only text into `<p>`).
    pub fn rename(&mut self, id: NodeId, name: LocalName) {
        if let NodeData::Element(e) = &mut self.nodes[id.index()].data {
            e.name = QualName::new(None, ns!(html), name);
        }
    }

    /// Mutable access to an element's attributes.
    pub fn attrs_mut(&mut self, id: NodeId) -> Option<&mut Vec<Attribute>> {
        match &mut self.nodes[id.index()].data {
            NodeData::Element(e) => Some(&mut e.attrs),
            _ => None,
        }
    }

    fn push(&mut self, data: NodeData) -> NodeId {
        self.nodes.push(Node::new(data));
        NodeId::new(self.nodes.len() - 1)
    }

    // ---- building from a live document's snapshot (src/snapshot.rs) ------

    /// A document node and nothing else.
    pub(crate) fn empty() -> Dom {
        Dom {
            nodes: vec![Node::new(NodeData::Document)],
            truncated: false,
            stop: None,
            quirks_mode: QuirksMode::NoQuirks,
        }
    }

    /// Adds an element as the last child of `parent`.
    pub(crate) fn append_element(
        &mut self,
        parent: NodeId,
        name: QualName,
        attrs: Vec<Attribute>,
    ) -> NodeId {
        let id = self.push(NodeData::Element(Element {
            name,
            attrs,
            template_contents: None,
        }));
        self.append_child(parent, id);
        id
    }

    /// Adds `text` at the end of `parent`, joined to the text node already
    /// last there, as the parser joins adjacent text.
    pub(crate) fn append_text(&mut self, parent: NodeId, text: &str) {
        if let Some(last) = self.node(parent).last_child {
            if let NodeData::Text(t) = &mut self.nodes[last.index()].data {
                t.push_slice(text);
                return;
            }
        }
        let id = self.create_text(text);
        self.append_child(parent, id);
    }

    /// Records that the tree was cut short at a limit.
    pub(crate) fn stop_early(&mut self, why: ParseStop) {
        self.truncated = true;
        self.stop = self.stop.or(Some(why));
    }
}

/// The largest index `<= at` that falls on a character boundary of `s`.
fn floor_char_boundary(s: &str, at: usize) -> usize {
    if at >= s.len() {
        return s.len();
    }
    let mut i = at;
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    if i == 0 {
        // A chunk smaller than one character cannot happen with FEED_CHUNK,
        // but never return an empty cut.
        s.char_indices().nth(1).map_or(s.len(), |(j, _)| j)
    } else {
        i
    }
}

/// Iterator over a node's children.
pub struct Children<'a> {
    dom: &'a Dom,
    next: Option<NodeId>,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let id = self.next?;
        self.next = self.dom.node(id).next_sibling;
        Some(id)
    }
}

/// Iterator over a node's ancestors.
pub struct Ancestors<'a> {
    dom: &'a Dom,
    next: Option<NodeId>,
}

impl Iterator for Ancestors<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let id = self.next?;
        self.next = self.dom.parent(id);
        Some(id)
    }
}

/// Depth-first walk following the sibling links, with no stack.
pub struct Traverse<'a> {
    dom: &'a Dom,
    root: NodeId,
    next: Option<Edge>,
    last_opened: Option<NodeId>,
}

impl Traverse<'_> {
    /// Skips the subtree of the node just opened: its close comes next.
    pub fn skip_subtree(&mut self) {
        if let Some(id) = self.last_opened.take() {
            self.next = Some(Edge::Close(id));
        }
    }
}

impl Iterator for Traverse<'_> {
    type Item = Edge;
    fn next(&mut self) -> Option<Edge> {
        let edge = self.next?;
        self.last_opened = None;
        self.next = match edge {
            Edge::Open(id) => {
                self.last_opened = Some(id);
                match self.dom.node(id).first_child {
                    Some(child) => Some(Edge::Open(child)),
                    None => Some(Edge::Close(id)),
                }
            }
            Edge::Close(id) if id == self.root => None,
            Edge::Close(id) => match self.dom.node(id).next_sibling {
                Some(sibling) => Some(Edge::Open(sibling)),
                None => self.dom.parent(id).map(Edge::Close),
            },
        };
        Some(edge)
    }
}

/// Nodes of a subtree in document order.
pub struct Descendants<'a> {
    walk: Traverse<'a>,
}

impl Descendants<'_> {
    /// Skips the children of the node returned last.
    pub fn skip_children(&mut self) {
        self.walk.skip_subtree();
    }
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        loop {
            match self.walk.next()? {
                Edge::Open(id) => return Some(id),
                Edge::Close(_) => continue,
            }
        }
    }
}

// ---- the guarded parser ----------------------------------------------------

/// The tokenizer's state between two tags, as far as the scanner needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Lexical {
    Data,
    /// Raw text opened by the start tag named `name`.
    Raw(RawText, LocalName),
    /// `<plaintext>`: the rest of the input is text.
    Plaintext,
}

/// Passes tokens on to html5ever's tree builder and records what the parser
/// needs to follow the tokenizer state the tree builder chooses: that state
/// after the last tag and, when html5ever's tokenizer reads the input, how
/// many tags came out of its last feed.
struct Guard {
    builder: TreeBuilder<NodeId, Sink>,
    tags: Cell<usize>,
    last_was_tag: Cell<bool>,
    after_tag: RefCell<Lexical>,
    /// Drops the end tags that can only be ignored ([`StrayEndTags`]);
    /// off when html5ever's tokenizer reads the input, the reference the
    /// tests compare the tree with.
    strays: Option<StrayEndTags>,
}

impl Guard {
    fn new(builder: TreeBuilder<NodeId, Sink>, drop_strays: bool) -> Guard {
        Guard {
            builder,
            tags: Cell::new(0),
            last_was_tag: Cell::new(false),
            after_tag: RefCell::new(Lexical::Data),
            strays: drop_strays.then(StrayEndTags::default),
        }
    }

    fn sink(&self) -> &Sink {
        &self.builder.sink
    }
}

impl TokenSink for Guard {
    type Handle = NodeId;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<NodeId> {
        let tag_name = match &token {
            Token::TagToken(tag) => Some(tag.name.clone()),
            // Not passed on: the tree builder would take a parse error for
            // the token after `<pre>` and keep a newline that follows (the
            // tree has no use for errors).
            Token::ParseError(_) => return TokenSinkResult::Continue,
            _ => None,
        };
        let text = matches!(token, Token::CharacterTokens(_) | Token::NullCharacterToken);
        let appended_before = self.sink().text_appends.get();
        let pass = self.strays.as_ref().is_none_or(|s| s.passes(&token));
        let result = if pass {
            self.builder.process_token(token, line_number)
        } else {
            TokenSinkResult::Continue
        };
        if let (true, Some(strays)) = (text, &self.strays) {
            strays.after_text(self.sink().text_appends.get() != appended_before);
        }
        self.last_was_tag.set(tag_name.is_some());
        if let Some(name) = tag_name {
            self.tags.set(self.tags.get() + 1);
            *self.after_tag.borrow_mut() = match &result {
                TokenSinkResult::RawData(RawKind::Rcdata) => Lexical::Raw(RawText::Rcdata, name),
                TokenSinkResult::RawData(RawKind::ScriptData) => {
                    Lexical::Raw(RawText::Script, name)
                }
                // Escaped script kinds are never chosen by the tree builder.
                TokenSinkResult::RawData(_) => Lexical::Raw(RawText::Rawtext, name),
                TokenSinkResult::Plaintext => Lexical::Plaintext,
                _ => Lexical::Data,
            };
        }
        result
    }

    fn end(&self) {
        self.builder.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.builder
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// End tags that can only be ignored, told apart before the tree builder
/// sees them: for each one it walks the stack of open elements looking for
/// an element of that name, so two million of them under five hundred open
/// `<span>`s would cost a billion steps.
///
/// An end tag is a stray when no start tag of its name came before (so no
/// element of that name is open, or listed as an active formatting
/// element) and its name is not one whose end tag acts without such an
/// element ([`ACTING_END_TAGS`]). Every insertion mode ignores a stray, but
/// in a few a stray first moves the mode on (from after the body back into
/// the body, out of a column group, out of the initial mode) to one where
/// strays are ignored, and only a start tag, a non-stray end tag or a
/// doctype can move it back. And where text in a table waits to be placed
/// (the "in table text" mode), any end tag places it. So the first stray
/// after any of those tokens, and after text that did not go into the tree
/// at once, is passed on; the strays after it are dropped. The tree is the
/// one html5ever builds from every token, which the parser tests compare.
#[derive(Default)]
struct StrayEndTags {
    /// The names of the start tags seen so far. (A map of strings, whose
    /// code the module already holds for its word tables, is smaller in
    /// wasm than a set of atoms.)
    opened: RefCell<FastMap<String, u32>>,
    /// Whether a stray was passed on since the last token after which a
    /// stray might act.
    settled: Cell<bool>,
}

/// End tags that act even when no element of their name is open: `</p>`
/// and `</br>` insert an element; `</body>`, `</html>` and `</head>`
/// change the insertion mode; the end tags of table parts close other
/// parts (`</table>` closes an open `<tr>` or `<caption>` with no table
/// around them); and the names of elements the tree builder creates with
/// no start tag of theirs (`<image>` makes an `<img>`, a `<td>` in a table
/// implies `<tbody>` and `<tr>`, a `<col>` implies `<colgroup>`). And
/// `</template>`, which a column group reads without leaving it, where any
/// stray would.
const ACTING_END_TAGS: &[LocalName] = &[
    local_name!("p"),
    local_name!("template"),
    local_name!("br"),
    local_name!("body"),
    local_name!("html"),
    local_name!("head"),
    local_name!("img"),
    local_name!("table"),
    local_name!("caption"),
    local_name!("colgroup"),
    local_name!("col"),
    local_name!("thead"),
    local_name!("tbody"),
    local_name!("tfoot"),
    local_name!("tr"),
    local_name!("td"),
    local_name!("th"),
];

/// The heading elements, whose end tags close any of them.
const HEADINGS: &[LocalName] = &[
    local_name!("h1"),
    local_name!("h2"),
    local_name!("h3"),
    local_name!("h4"),
    local_name!("h5"),
    local_name!("h6"),
];

impl StrayEndTags {
    /// Whether `token` goes on to the tree builder.
    fn passes(&self, token: &Token) -> bool {
        match token {
            Token::TagToken(tag) if tag.kind == TagKind::StartTag => {
                let mut opened = self.opened.borrow_mut();
                if !opened.contains_key(&*tag.name) {
                    opened.insert(tag.name.to_string(), 0);
                }
                self.settled.set(false);
                true
            }
            Token::TagToken(tag) => {
                let stray = !ACTING_END_TAGS.contains(&tag.name) && !self.was_opened(&tag.name);
                if !stray {
                    self.settled.set(false);
                    return true;
                }
                !self.settled.replace(true)
            }
            // Comments go into the tree at once (placing waiting text
            // first); text is judged once the tree builder has read it.
            Token::CommentToken(_) | Token::CharacterTokens(_) | Token::NullCharacterToken => true,
            _ => {
                self.settled.set(false);
                true
            }
        }
    }

    /// Whether an element that an end tag of this name could close was
    /// opened: one of that name, or for a heading any heading (`</h1>`
    /// closes an open `<h2>`).
    fn was_opened(&self, name: &LocalName) -> bool {
        let opened = self.opened.borrow();
        if HEADINGS.contains(name) {
            return HEADINGS.iter().any(|h| opened.contains_key(&**h));
        }
        opened.contains_key(&**name)
    }

    /// After text: text that did not go into the tree may be waiting for
    /// an end tag to place it.
    fn after_text(&self, appended: bool) {
        if !appended {
            self.settled.set(false);
        }
    }
}

/// Counts the handles the tree builder holds: its open elements, active
/// formatting elements and a few pointers.
struct HandleCount(Cell<usize>);

impl Tracer for HandleCount {
    type Handle = NodeId;
    fn trace_handle(&self, _: &NodeId) {
        self.0.set(self.0.get() + 1);
    }
}

/// The line number given with tokens read by `plain_tokens`: gisty keeps
/// none.
const NO_LINE: u64 = 0;

/// What turns the input into the tree builder's tokens.
trait Reader {
    /// Whether `plain_tokens` reads all of the input (else html5ever's
    /// tokenizer does).
    const PLAIN: bool;
    fn guard(&self) -> &Guard;
    fn into_guard(self) -> Guard;
    /// Gives html5ever's tokenizer more input.
    fn feed(&mut self, slice: StrTendril);
    /// Ends the input.
    fn end(&mut self);
}

/// `plain_tokens` reads the input: html5ever's tokenizer is not used.
struct PlainReader(Guard);

impl Reader for PlainReader {
    const PLAIN: bool = true;

    fn guard(&self) -> &Guard {
        &self.0
    }

    fn into_guard(self) -> Guard {
        self.0
    }

    fn feed(&mut self, _: StrTendril) {}

    fn end(&mut self) {
        let _ = self.0.process_token(Token::EOFToken, NO_LINE);
        self.0.end();
    }
}

/// html5ever's tokenizer reads the input.
struct TokenizerReader {
    tokenizer: Tokenizer<Guard>,
    queue: BufferQueue,
}

impl Reader for TokenizerReader {
    const PLAIN: bool = false;

    fn guard(&self) -> &Guard {
        &self.tokenizer.sink
    }

    fn into_guard(self) -> Guard {
        self.tokenizer.sink
    }

    fn feed(&mut self, slice: StrTendril) {
        self.queue.push_back(slice);
        while !matches!(self.tokenizer.feed(&self.queue), TokenizerResult::Done) {}
    }

    fn end(&mut self) {
        self.tokenizer.end();
    }
}

/// Reads the input one tag at a time (see [`Dom::parse_with_limits`]).
struct GuardedParser<'a, R> {
    reader: R,
    input: &'a str,
    /// `input` as one tendril, when it fits in one.
    whole: Option<StrTendril>,
    /// Tokens read by `plain_tokens`, kept to reuse the allocation.
    tokens: Vec<Token>,
    /// Bytes of `input` read so far.
    fed: usize,
    checked_stack_at: usize,
    limits: Limits,
}

/// The input without a byte order mark, which only the start of the
/// stream may have (html5ever's own option drops one at the start of every
/// feed).
fn without_bom(html: &str) -> &str {
    html.strip_prefix('\u{feff}').unwrap_or(html)
}

fn tree_builder(limits: Limits, drop_strays: bool) -> Guard {
    Guard::new(
        TreeBuilder::new(Sink::new(limits), TreeBuilderOpts::default()),
        drop_strays,
    )
}

impl GuardedParser<'_, PlainReader> {
    fn plain(html: &str, limits: Limits) -> GuardedParser<'_, PlainReader> {
        GuardedParser::with_reader(
            PlainReader(tree_builder(limits, true)),
            without_bom(html),
            limits,
        )
    }
}

impl GuardedParser<'_, TokenizerReader> {
    fn tokenizer(html: &str, limits: Limits) -> GuardedParser<'_, TokenizerReader> {
        let opts = TokenizerOpts {
            discard_bom: false,
            ..TokenizerOpts::default()
        };
        let reader = TokenizerReader {
            tokenizer: Tokenizer::new(tree_builder(limits, false), opts),
            queue: BufferQueue::default(),
        };
        GuardedParser::with_reader(reader, without_bom(html), limits)
    }
}

impl<R: Reader> GuardedParser<'_, R> {
    fn with_reader(reader: R, html: &str, limits: Limits) -> GuardedParser<'_, R> {
        GuardedParser {
            reader,
            input: html,
            // One copy of the input, sliced without copying as it is read (a
            // tendril's length is a u32: larger inputs are copied slice by
            // slice).
            whole: u32::try_from(html.len())
                .is_ok()
                .then(|| StrTendril::from_slice(html)),
            tokens: Vec::new(),
            fed: 0,
            checked_stack_at: 0,
            limits,
        }
    }

    fn run(mut self) -> Dom {
        // Where the scanner goes on from; the tree builder has put the
        // tokenizer in `state` there.
        let mut scan = 0;
        let mut state = Lexical::Data;
        let stop = loop {
            let next = self.next_scan(&state, scan);
            let step = if R::PLAIN {
                self.step_plainly(&state, next)
            } else {
                self.step_by_tokenizer(next)
            };
            match step {
                Step::Next(at) => {
                    scan = at;
                    state = self.guard().after_tag.borrow().clone();
                }
                Step::Done => break None,
                Step::Stop(why) => break Some(why),
            }
        };
        self.reader.end();
        let mut dom = self.reader.into_guard().builder.sink.finish();
        if let Some(why) = stop {
            dom.truncated = true;
            dom.stop = dom.stop.or(Some(why));
        }
        dom
    }

    fn guard(&self) -> &Guard {
        self.reader.guard()
    }

    /// Scans ahead from `scan`, where the tokenizer is in `state`, to the
    /// end of the next tag (or whatever comes first, see [`Scan`]).
    fn next_scan(&self, state: &Lexical, scan: usize) -> Scan {
        let bytes = self.input.as_bytes();
        let max_attributes = self.limits.max_attributes;
        match state {
            Lexical::Plaintext => Scan::End,
            Lexical::Raw(kind, name) => {
                tag_scan::next_in_raw_text(bytes, scan, *kind, name.as_bytes(), max_attributes)
            }
            Lexical::Data => tag_scan::next_in_data(bytes, scan, max_attributes),
        }
    }

    /// Reads up to the end of `next` with `plain_tokens`.
    fn step_plainly(&mut self, state: &Lexical, next: Scan) -> Step {
        if let Scan::Cdata { at } = next {
            return self.cdata_plainly(at);
        }
        let Some(to) = self.read_plainly(state, next) else {
            return Step::Stop(ParseStop::Desync);
        };
        if let Some(why) = self.give_tokens(to) {
            return Step::Stop(why);
        }
        match next {
            Scan::End | Scan::Unfinished { .. } => Step::Done,
            Scan::TooManyAttributes { .. } => Step::Stop(ParseStop::Attributes),
            _ => Step::Next(to),
        }
    }

    /// Reads the input not read yet, up to the end of `next`, as tokens
    /// into `self.tokens`; returns where they end. `None` only if a tag
    /// does not end where the scanner says, which never happens.
    fn read_plainly(&mut self, state: &Lexical, next: Scan) -> Option<usize> {
        let source = Source {
            input: self.input,
            whole: self.whole.as_ref(),
        };
        let (text_end, tag) = match next {
            Scan::Tag { start, end } => (start, Some((start, end))),
            Scan::TooManyAttributes { start } | Scan::Unfinished { start } => (start, None),
            Scan::End => (self.input.len(), None),
            Scan::Cdata { at } => (at, None),
        };
        let tokens = &mut self.tokens;
        tokens.clear();
        match state {
            Lexical::Data => source.data(self.fed, text_end, tokens)?,
            Lexical::Raw(kind, _) => source.raw(Raw::Text(*kind), self.fed, text_end, tokens),
            Lexical::Plaintext => source.raw(Raw::Plaintext, self.fed, text_end, tokens),
        }
        match (tag, next) {
            (Some((start, end)), _) => {
                tokens.push(Token::TagToken(source.tag(start, end)?));
                Some(end)
            }
            // The tokenizer drops a tag the input ends in.
            (None, Scan::Unfinished { .. }) => Some(self.input.len()),
            (None, _) => Some(text_end),
        }
    }

    /// Reads the data before the `<![CDATA[` at `at`, then asks the tree
    /// builder whether a CDATA section may start there (in SVG or MathML)
    /// and reads it as one, or else as a bogus comment.
    fn cdata_plainly(&mut self, at: usize) -> Step {
        let Some(to) = self.read_plainly(&Lexical::Data, Scan::Cdata { at }) else {
            return Step::Stop(ParseStop::Desync);
        };
        if let Some(why) = self.give_tokens(to) {
            return Step::Stop(why);
        }
        let cdata = self
            .guard()
            .adjusted_current_node_present_but_not_in_html_namespace();
        let bytes = self.input.as_bytes();
        let end = tag_scan::after_cdata_or_bogus_comment(bytes, at, cdata);
        if cdata {
            let body = at + "<![CDATA[".len();
            let closed = end >= body + 3 && bytes.get(end - 3..end) == Some(b"]]>");
            let body_end = if closed { end - 3 } else { end };
            let source = Source {
                input: self.input,
                whole: self.whole.as_ref(),
            };
            source.cdata(body, body_end, &mut self.tokens);
        } else {
            self.tokens.push(Token::CommentToken(StrTendril::new()));
        }
        match self.give_tokens(end) {
            Some(why) => Step::Stop(why),
            None => Step::Next(end),
        }
    }

    /// Gives the tree builder the tokens read up to `to`.
    fn give_tokens(&mut self, to: usize) -> Option<ParseStop> {
        let guard = self.reader.guard();
        for token in self.tokens.drain(..) {
            // Text always gives `Continue`. A tag may also say a script
            // ended, name an encoding or start raw text: html5ever's
            // tokenizer passes over the first two, and the guard notes the
            // last.
            let _ = guard.process_token(token, NO_LINE);
        }
        self.fed = to;
        self.over_limit()
    }

    /// Has html5ever's tokenizer read up to the end of `next`, checking
    /// that it agrees with the scanner.
    fn step_by_tokenizer(&mut self, next: Scan) -> Step {
        self.guard().tags.set(0);
        match next {
            Scan::Tag { end, .. } => {
                if let Some(why) = self.feed_to(end) {
                    return Step::Stop(why);
                }
                let guard = self.guard();
                if guard.tags.get() != 1 || !guard.last_was_tag.get() {
                    return Step::Stop(ParseStop::Desync);
                }
                Step::Next(end)
            }
            Scan::Cdata { at } => {
                if let Some(why) = self.feed_to(at) {
                    return Step::Stop(why);
                }
                if self.guard().tags.get() != 0 {
                    return Step::Stop(ParseStop::Desync);
                }
                let cdata = self
                    .guard()
                    .adjusted_current_node_present_but_not_in_html_namespace();
                Step::Next(tag_scan::after_cdata_or_bogus_comment(
                    self.input.as_bytes(),
                    at,
                    cdata,
                ))
            }
            Scan::TooManyAttributes { start } => {
                Step::Stop(self.feed_to(start).unwrap_or(ParseStop::Attributes))
            }
            Scan::End | Scan::Unfinished { .. } => match self.feed_to(self.input.len()) {
                Some(why) => Step::Stop(why),
                None => Step::Done,
            },
        }
    }

    /// Gives the tokenizer the input up to `end`, in slices of at most
    /// [`FEED_CHUNK`] bytes, checking the limits after each.
    fn feed_to(&mut self, end: usize) -> Option<ParseStop> {
        while self.fed < end {
            let rest = self.input.get(self.fed..end).unwrap_or_default();
            if rest.is_empty() {
                // `end` is not a character boundary: cannot happen, since the
                // scanner only cuts next to ASCII `<` and `>`.
                return Some(ParseStop::Desync);
            }
            let cut = floor_char_boundary(rest, FEED_CHUNK);
            let Some(chunk) = rest.get(..cut) else {
                return Some(ParseStop::Desync);
            };
            let slice = match &self.whole {
                Some(whole) => whole.subtendril(self.fed as u32, cut as u32),
                None => StrTendril::from_slice(chunk),
            };
            self.reader.feed(slice);
            self.fed += cut;
            if let Some(why) = self.over_limit() {
                return Some(why);
            }
        }
        None
    }

    fn over_limit(&mut self) -> Option<ParseStop> {
        let sink = self.guard().sink();
        if let Some(why) = sink.stop.get() {
            return Some(why);
        }
        if sink.node_count() > self.fed.saturating_add(NODES_PER_BYTE_SLACK) {
            return Some(ParseStop::Nodes);
        }
        if self.fed - self.checked_stack_at >= STACK_CHECK_BYTES {
            self.checked_stack_at = self.fed;
            let count = HandleCount(Cell::new(0));
            self.guard().builder.trace_handles(&count);
            if count.0.get() > self.limits.max_depth.saturating_mul(2).saturating_add(16) {
                return Some(ParseStop::Depth);
            }
        }
        None
    }
}

/// How far a step of the parser got.
enum Step {
    /// Go on from here.
    Next(usize),
    /// The input is read.
    Done,
    /// A limit was reached, or the scanner and the tokenizer disagreed.
    Stop(ParseStop),
}

// ---- the html5ever tree sink ----------------------------------------------

/// Builds a [`Dom`] as html5ever parses.
struct Sink {
    nodes: RefCell<Vec<Node>>,
    /// Depth of each node, kept beside the arena; approximate after the
    /// parser moves subtrees, which is enough to stop on runaway nesting.
    depth: RefCell<Vec<u32>>,
    limits: Limits,
    /// Set at the first limit reached; the parser stops feeding input.
    stop: Cell<Option<ParseStop>>,
    quirks_mode: Cell<QuirksMode>,
    /// Attributes were dropped over `max_attributes`.
    dropped_attributes: Cell<bool>,
    /// How many times text was put in the tree, for [`StrayEndTags`].
    text_appends: Cell<u64>,
}

impl Sink {
    fn new(limits: Limits) -> Sink {
        Sink {
            nodes: RefCell::new(vec![Node::new(NodeData::Document)]),
            depth: RefCell::new(vec![0]),
            limits,
            stop: Cell::new(None),
            quirks_mode: Cell::new(QuirksMode::NoQuirks),
            dropped_attributes: Cell::new(false),
            text_appends: Cell::new(0),
        }
    }

    fn push(&self, data: NodeData) -> NodeId {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(Node::new(data));
        self.depth.borrow_mut().push(0);
        if nodes.len() >= self.limits.max_nodes {
            self.stop(ParseStop::Nodes);
        }
        NodeId::new(nodes.len() - 1)
    }

    /// Keeps at most `max_attributes` attributes; the tag scanner stops
    /// before tags with more, but `<html>` and `<body>` tags repeated
    /// through a page add theirs to one element.
    fn cap_attributes(&self, attrs: &mut Vec<Attribute>) {
        if attrs.len() > self.limits.max_attributes {
            attrs.truncate(self.limits.max_attributes);
            self.dropped_attributes.set(true);
        }
    }

    fn note_depth(&self, parent: NodeId, child: NodeId) {
        let parent_depth = self.depth_of(parent);
        let d = parent_depth.saturating_add(1);
        if let Some(slot) = self.depth.borrow_mut().get_mut(child.index()) {
            *slot = d;
        }
        if d as usize >= self.limits.max_depth {
            self.stop(ParseStop::Depth);
        }
    }

    /// The depth of `id`. A `<template>`'s contents are a separate fragment
    /// whose root is pushed just before the template element (see
    /// `create_element`); it counts as deep as the template, so nesting
    /// templates cannot escape the depth limit.
    fn depth_of(&self, id: NodeId) -> u32 {
        let depth = self.depth.borrow();
        let own = depth.get(id.index()).copied().unwrap_or(0);
        if id.index() == 0 {
            return own;
        }
        let nodes = self.nodes.borrow();
        let is_fragment = matches!(
            nodes.get(id.index()).map(|n| &n.data),
            Some(NodeData::Document)
        );
        if !is_fragment {
            return own;
        }
        depth.get(id.index() + 1).copied().unwrap_or(own)
    }

    fn stop(&self, why: ParseStop) {
        if self.stop.get().is_none() {
            self.stop.set(Some(why));
        }
    }

    fn node_count(&self) -> usize {
        self.nodes.borrow().len()
    }

    fn detach(&self, id: NodeId) {
        let mut nodes = self.nodes.borrow_mut();
        detach_in(&mut nodes, id);
    }

    fn append_node(&self, parent: NodeId, child: NodeId) {
        self.detach(child);
        {
            let mut nodes = self.nodes.borrow_mut();
            let last = nodes[parent.index()].last_child;
            let c = &mut nodes[child.index()];
            c.parent = Some(parent);
            c.prev_sibling = last;
            match last {
                Some(l) => nodes[l.index()].next_sibling = Some(child),
                None => nodes[parent.index()].first_child = Some(child),
            }
            nodes[parent.index()].last_child = Some(child);
        }
        self.note_depth(parent, child);
    }

    fn insert_before_node(&self, sibling: NodeId, new: NodeId) {
        self.detach(new);
        let parent = {
            let mut nodes = self.nodes.borrow_mut();
            let Some(parent) = nodes[sibling.index()].parent else {
                return;
            };
            let prev = nodes[sibling.index()].prev_sibling;
            {
                let n = &mut nodes[new.index()];
                n.parent = Some(parent);
                n.prev_sibling = prev;
                n.next_sibling = Some(sibling);
            }
            nodes[sibling.index()].prev_sibling = Some(new);
            match prev {
                Some(p) => nodes[p.index()].next_sibling = Some(new),
                None => nodes[parent.index()].first_child = Some(new),
            }
            parent
        };
        self.note_depth(parent, new);
    }

    /// Appends text to the text node `id` if it is one.
    fn extend_text(&self, id: Option<NodeId>, text: &StrTendril) -> bool {
        let Some(id) = id else { return false };
        let mut nodes = self.nodes.borrow_mut();
        if let NodeData::Text(t) = &mut nodes[id.index()].data {
            t.push_tendril(text);
            true
        } else {
            false
        }
    }
}

fn detach_in(nodes: &mut [Node], id: NodeId) {
    let (parent, prev, next) = {
        let n = &nodes[id.index()];
        (n.parent, n.prev_sibling, n.next_sibling)
    };
    let Some(parent) = parent else { return };
    match prev {
        Some(p) => nodes[p.index()].next_sibling = next,
        None => nodes[parent.index()].first_child = next,
    }
    match next {
        Some(n) => nodes[n.index()].prev_sibling = prev,
        None => nodes[parent.index()].last_child = prev,
    }
    let n = &mut nodes[id.index()];
    n.parent = None;
    n.prev_sibling = None;
    n.next_sibling = None;
}

impl TreeSink for Sink {
    type Handle = NodeId;
    type Output = Dom;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Dom {
        let stop = self.stop.get();
        Dom {
            nodes: self.nodes.into_inner(),
            truncated: stop.is_some() || self.dropped_attributes.get(),
            stop,
            quirks_mode: self.quirks_mode.get(),
        }
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> NodeId {
        NodeId::new(0)
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Ref<'a, QualName> {
        Ref::map(self.nodes.borrow(), |nodes| {
            match &nodes[target.index()].data {
                NodeData::Element(e) => &e.name,
                // The tree builder only asks for names of elements.
                _ => &PLACEHOLDER_NAME,
            }
        })
    }

    fn create_element(
        &self,
        name: QualName,
        mut attrs: Vec<Attribute>,
        flags: ElementFlags,
    ) -> NodeId {
        self.cap_attributes(&mut attrs);
        // The contents' root is pushed just before its template: `depth_of`
        // relies on that order.
        let template_contents = flags.template.then(|| self.push(NodeData::Document));
        self.push(NodeData::Element(Element {
            name,
            attrs,
            template_contents,
        }))
    }

    fn create_comment(&self, _text: StrTendril) -> NodeId {
        self.push(NodeData::Comment)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> NodeId {
        self.push(NodeData::ProcessingInstruction)
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        match child {
            NodeOrText::AppendNode(node) => self.append_node(*parent, node),
            NodeOrText::AppendText(text) => {
                self.text_appends.set(self.text_appends.get() + 1);
                let last = self.nodes.borrow()[parent.index()].last_child;
                if !self.extend_text(last, &text) {
                    let node = self.push(NodeData::Text(text));
                    self.append_node(*parent, node);
                }
            }
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        if self.nodes.borrow()[element.index()].parent.is_some() {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {
        let node = self.push(NodeData::Doctype);
        self.append_node(NodeId::new(0), node);
    }

    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        match &self.nodes.borrow()[target.index()].data {
            NodeData::Element(Element {
                template_contents: Some(t),
                ..
            }) => *t,
            // Promised not to happen; answering with the element keeps going.
            _ => *target,
        }
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.quirks_mode.set(mode);
    }

    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        match new_node {
            NodeOrText::AppendNode(node) => self.insert_before_node(*sibling, node),
            NodeOrText::AppendText(text) => {
                self.text_appends.set(self.text_appends.get() + 1);
                let prev = self.nodes.borrow()[sibling.index()].prev_sibling;
                if !self.extend_text(prev, &text) {
                    let node = self.push(NodeData::Text(text));
                    self.insert_before_node(*sibling, node);
                }
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let NodeData::Element(e) = &mut nodes[target.index()].data {
            for attr in attrs {
                if e.attrs.len() >= self.limits.max_attributes {
                    self.dropped_attributes.set(true);
                    break;
                }
                if !e.attrs.iter().any(|a| a.name == attr.name) {
                    e.attrs.push(attr);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &NodeId) {
        self.detach(*target);
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        loop {
            let child = self.nodes.borrow()[node.index()].first_child;
            match child {
                Some(c) => self.append_node(*new_parent, c),
                None => break,
            }
        }
    }
}

/// Answer for the (never expected) request of a non-element's name.
static PLACEHOLDER_NAME: std::sync::LazyLock<QualName> =
    std::sync::LazyLock::new(|| QualName::new(None, ns!(html), local_name!("div")));

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(dom: &Dom, from: NodeId) -> Vec<String> {
        dom.descendants(from)
            .filter_map(|n| dom.tag(n).map(|t| t.to_string()))
            .collect()
    }

    /// Markup whose reading by src/plain_tokens.rs must give the tree
    /// html5ever's tokenizer gives: each state's corner cases.
    #[test]
    fn plain_token_reading_builds_the_tokenizers_tree() {
        let cases = [
            "\u{feff}<p>a\u{feff}<b>\u{feff}b",
            "<p>a\r\nb\rc\r<b>\r\n</b>\0x <3 a<<b>",
            "<p title='a&amp;b&notit;&not=&#150;&#x0;'>&notin;&notit;&#65&copy2 AT&T",
            "<pre><!--c-->\nx</pre><pre>\ny</pre><textarea>\n&lt;&amp</textarea>",
            "<title>a &amp; <b> &#x41;</title><style>a<b>&amp;\0</style>",
            "<script>if (a<b) x='</scr'+'ipt>';<!--<script></script>-->y</script>z",
            "<style>p > </style d) \u{fffd} *ra htman<",
            "<script>a</script",
            "<title>a</title x=\"",
            "<p>x<a href=\"y",
            "<p>x<",
            "<p>x</",
            "<plaintext>a<b>&amp;\0\r\n",
            "<!DOCTYPE html><p>a<!x><?y></><b>c</ d>",
            "<svg><title>t</title><![CDATA[c<d]]></svg><math><style>s</style></math>",
            "<table>a<tr>b<!--c-->d<td>e</table>",
            "<noscript><p>n</p></noscript><iframe><p>i</iframe><xmp><p></xmp>",
            "<p\0 a\0b=\"x\0\" A=1 a=2 / c / >",
            "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\"><p><table>",
            "<!doctype html public '-//W3C//DTD HTML 4.01 Transitional//EN' 'x'><p><table>",
            "<!DOCTYPE HTML SYSTEM \"about:legacy-compat\"><p><table>",
            "<!DOCTYPE html PUBLIC\"-//W3O//DTD W3 HTML Strict 3.0//EN//\"x>",
            "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Frameset//EN\" \"y\" z>",
            "<!DOCTYPE>",
            "<!DOCTYPEhtml>",
            "<!DOCTYPE html x>",
            "<!DOCTYPE\0x>",
            "<!DOCTYPE html PUBLIC \"a>",
            "<!DOCTYPE html SYSTEM>",
            "<!DOCTYPE html",
            "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\"\r\n\"u\"",
            "<!doctype html system 'a' b>",
            "<!doctype",
            "<pre></>\nx</pre><listing>&zz;\ny</listing><pre>\0\nz",
        ];
        // Enough attributes for duplicates to be found through a set.
        let many: String = (0..60)
            .map(|i| format!(" A{} a{}=x", i % 40, i % 25))
            .collect();
        let many = format!("<p{many}>x</p{many}>");
        let limits = Limits::default();
        for html in cases.into_iter().chain([many.as_str()]) {
            assert_eq!(
                format!("{:?}", Dom::parse_with_limits(html, limits)),
                format!("{:?}", Dom::parse_by_tokenizer(html, limits)),
                "{html:?}"
            );
        }
    }

    #[test]
    fn doctypes_choose_the_quirks_mode() {
        let mode = |html: &str| Dom::parse(html).quirks_mode;
        assert_eq!(mode("<!DOCTYPE html><p>"), QuirksMode::NoQuirks);
        assert_eq!(mode("<p>"), QuirksMode::Quirks);
        let transitional = r#"<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN""#;
        assert_eq!(mode(&format!("{transitional}>")), QuirksMode::Quirks);
        assert_eq!(
            mode(&format!(
                r#"{transitional} "http://www.w3.org/TR/html4/loose.dtd">"#
            )),
            QuirksMode::LimitedQuirks
        );
    }

    #[test]
    fn builds_html_head_body_for_a_fragment() {
        let dom = Dom::parse("<p>Hello <b>world</b>");
        let body = dom.body().expect("body");
        assert_eq!(
            tags(&dom, dom.document()),
            ["html", "head", "body", "p", "b"]
        );
        assert_eq!(dom.text_content(body), "Hello world");
    }

    #[test]
    fn fixes_misnested_markup_like_a_browser() {
        // The adoption agency algorithm splits the <b> across the paragraph.
        let dom = Dom::parse("<p><b>one<p>two</b>three");
        let body = dom.body().unwrap();
        assert_eq!(tags(&dom, body), ["body", "p", "b", "p", "b"]);
        assert_eq!(dom.text_content(body), "onetwothree");
    }

    #[test]
    fn reads_several_attributes_in_one_pass() {
        let dom = Dom::parse(r#"<p id="x" class="a b" style="">t</p>"#);
        let p = dom.find(dom.document(), &local_name!("p")).unwrap();
        let el = dom.element(p).unwrap();
        let mut values = [None; 4];
        el.attrs_named(
            &[
                &local_name!("class"),
                &local_name!("role"),
                &local_name!("id"),
                &local_name!("style"),
            ],
            &mut values,
        );
        let [class, role, id, style] = values;
        assert_eq!(class, Some("a b"));
        assert_eq!(role, None);
        assert_eq!(id, Some("x"));
        assert_eq!(style, Some(""));
    }

    #[test]
    fn decodes_entities_and_merges_text() {
        let dom = Dom::parse("<p>caf&eacute; &amp; cr&#232;me &zzz; &notin; &notit</p>");
        let p = dom.find(dom.document(), &local_name!("p")).unwrap();
        let texts: Vec<_> = dom.children(p).collect();
        assert_eq!(texts.len(), 1);
        assert_eq!(dom.text(texts[0]), Some("café & crème &zzz; ∉ ¬it"));
    }

    #[test]
    fn character_references_follow_the_standard_in_text_and_attributes() {
        let dom = Dom::parse(concat!(
            r#"<p title="&copy2 &amp;x" data-u="?a=1&copy=2&not;">"#,
            "&NotEqualTilde; &notin &copy2 &#x80;&#150; &AMP &ampx &am</p>"
        ));
        let p = dom.find(dom.document(), &local_name!("p")).unwrap();
        // Two code points; the longest name without ';' ("not", then "in");
        // a legacy name before a digit; numbers in 0x80-0x9F read as
        // windows-1252; "am" starts names but is none.
        assert_eq!(
            dom.text_content(p),
            "\u{2242}\u{338} \u{ac}in \u{a9}2 \u{20ac}\u{2013} & &x &am"
        );
        let el = dom.element(p).unwrap();
        // In attributes a name without ';' stays as written before an
        // alphanumeric or '='.
        assert_eq!(el.attr("title"), Some("&copy2 &x"));
        assert_eq!(el.attr("data-u"), Some("?a=1&copy=2\u{ac}"));
    }

    #[test]
    fn template_contents_are_not_children() {
        let dom = Dom::parse("<body><template><p>inert</p></template><p>live</p>");
        let body = dom.body().unwrap();
        assert_eq!(dom.text_content(body), "live");
    }

    #[test]
    fn deep_nesting_stops_at_the_depth_limit() {
        let html = "<div>".repeat(100_000);
        let dom = Dom::parse_with_limits(
            &html,
            Limits {
                max_nodes: 1_000_000,
                max_depth: 1_000,
                ..Limits::default()
            },
        );
        assert!(dom.truncated);
        // Dropping and walking a deep tree must not overflow the stack.
        assert!(dom.descendants(dom.document()).count() > 1_000);
    }

    #[test]
    fn node_limit_truncates() {
        let html = "<p>x</p>".repeat(10_000);
        let dom = Dom::parse_with_limits(
            &html,
            Limits {
                max_nodes: 500,
                max_depth: 100,
                ..Limits::default()
            },
        );
        assert!(dom.truncated);
        assert!(dom.len() < 20_000);
    }

    #[test]
    fn traverse_reports_open_and_close_in_order() {
        let dom = Dom::parse("<body><p>a</p><p>b</p></body>");
        let body = dom.body().unwrap();
        let edges: Vec<String> = dom
            .traverse(body)
            .map(|e| match e {
                Edge::Open(n) => format!("+{}", dom.tag(n).map_or("#", |t| t)),
                Edge::Close(n) => format!("-{}", dom.tag(n).map_or("#", |t| t)),
            })
            .collect();
        assert_eq!(
            edges,
            ["+body", "+p", "+#", "-#", "-p", "+p", "+#", "-#", "-p", "-body"]
        );
    }

    #[test]
    fn detach_and_append_keep_links_consistent() {
        let mut dom = Dom::parse("<body><p>a</p><p>b</p><p>c</p></body>");
        let body = dom.body().unwrap();
        let ps: Vec<_> = dom.element_children(body).collect();
        dom.detach(ps[1]);
        assert_eq!(dom.text_content(body), "ac");
        dom.append_child(body, ps[1]);
        assert_eq!(dom.text_content(body), "acb");
        dom.insert_before(ps[0], ps[2]);
        assert_eq!(dom.text_content(body), "cab");
    }

    #[test]
    fn multibyte_text_across_feed_chunks_survives() {
        let para = "ж".repeat(FEED_CHUNK);
        let html = format!("<p>{para}</p>");
        let dom = Dom::parse(&html);
        assert_eq!(dom.text_content(dom.body().unwrap()), para);
    }
}
