//! Article → Markdown: CommonMark with GFM tables, strikethrough, task
//! items and footnotes, written in the same walk as the sanitized HTML.
//!
//! In: the renderer's events, in document order: an element opened (with
//! the attributes the HTML kept, URLs already made safe and absolute) or
//! closed, a word of visible text, a space, the text of a `<pre>`, an
//! element left out. Out: the Markdown.
//!
//! Blocks follow the text's blocks: a paragraph for each run of text, with
//! the containers around it (quotes, list items, footnotes) as line
//! prefixes. Headings and table cells are single lines, so the blocks
//! inside them are joined by spaces. Inline marks (emphasis, links, code)
//! are opened at their first word and closed after their last, so that
//! spaces stay outside them; a block boundary inside one closes it and the
//! next block opens it again. Text is escaped ([`md_escape`]) and nothing
//! is ever written as HTML.

use crate::parse::dom::{Dom, NodeId};
use crate::render::md_alt::SeenAlts;
use crate::render::md_escape::{self as escape, Place};
use crate::render::md_plan::{Align, Plan, TableLayout};
use crate::render::rules;

/// What separates the next block from the one before it.
#[derive(Copy, Clone, PartialEq)]
enum Sep {
    /// A blank line.
    Blank,
    /// A line break (between the items of one list).
    Line,
}

/// A block container: each line inside it starts with its prefix.
struct Container {
    kind: ContainerKind,
    /// Whether its first line has been written.
    written: bool,
}

enum ContainerKind {
    Quote,
    /// A list item or a footnote: its marker (`- `, `3. `, `[^1]: `) on
    /// the first line, as many spaces on the others.
    Item {
        marker: String,
        indent: usize,
    },
}

/// An inline mark: written when its first content comes.
struct Span {
    kind: SpanKind,
    written: bool,
    /// Position of its opening delimiter, once written.
    at: usize,
}

#[derive(Clone, PartialEq)]
enum SpanKind {
    Delimited(&'static str),
    Link { url: String, title: Option<String> },
}

/// A pipe table being written.
struct PipeTable {
    align: Vec<Align>,
    row: usize,
    cells: usize,
}

/// What an open element did, undone when it closes.
enum Role {
    Inline,
    Block,
    Heading {
        level: u8,
    },
    List,
    Item,
    Note,
    Quote,
    Pre,
    Code,
    Span,
    /// A caption: a block with an emphasis span.
    Caption,
    Suppressed,
    /// A table, as its plan says to write it.
    Table,
    PipeRow,
    PipeCell,
    RowsRow,
    RowsCell,
}

/// How the innermost open table is being written.
#[derive(Copy, Clone, PartialEq)]
enum TableKind {
    Pipe,
    Rows,
    Blocks,
}

/// A list: ordered ones count their items.
struct List {
    next: Option<u64>,
    items: usize,
}

pub struct Markdown<'a> {
    dom: &'a Dom,
    plan: Plan,
    pub out: String,
    roles: Vec<Role>,
    containers: Vec<Container>,
    lists: Vec<List>,
    spans: Vec<Span>,
    /// Inside a block: its first line has been written.
    in_block: bool,
    sep: Sep,
    space: bool,
    hard_break: bool,
    line_start: bool,
    /// How many digits the line began with, while nothing else followed.
    line_digits: usize,
    /// The heading being written, and whether its line has started.
    heading: Option<u8>,
    heading_started: bool,
    /// Inside a cell of a pipe table or of a row line: one line.
    cell: bool,
    tables: Vec<TableKind>,
    pipe: Option<PipeTable>,
    rows_cells: usize,
    /// The text of the `<pre>` being written, and its language.
    code: Option<(String, String)>,
    /// The text of the code span being written, and whether a space came
    /// before it.
    code_span: Option<(String, bool)>,
    suppress: u32,
    /// The last inline mark closed, while nothing followed it: its opening
    /// and closing delimiters' positions and its delimiter.
    closed: Option<(usize, usize, &'static str)>,
    /// The last block was a table, which only a blank line ends.
    after_table: bool,
    /// Inside a footnote, where links back to the reference are left out.
    in_note: u32,
    alts: SeenAlts,
}

impl<'a> Markdown<'a> {
    pub fn new(dom: &'a Dom, plan: Plan) -> Markdown<'a> {
        Markdown {
            dom,
            plan,
            out: String::new(),
            roles: Vec::new(),
            containers: Vec::new(),
            lists: Vec::new(),
            spans: Vec::new(),
            in_block: false,
            sep: Sep::Blank,
            space: false,
            hard_break: false,
            line_start: false,
            line_digits: 0,
            heading: None,
            heading_started: false,
            cell: false,
            tables: Vec::new(),
            pipe: None,
            rows_cells: 0,
            code: None,
            code_span: None,
            suppress: 0,
            closed: None,
            after_table: false,
            in_note: 0,
            alts: SeenAlts::default(),
        }
    }

    /// The Markdown, once the walk is over.
    pub fn finish(mut self) -> String {
        self.end_block();
        let end = self.out.trim_end().len();
        self.out.truncate(end);
        self.out.push('\n');
        if self.out.trim().is_empty() {
            self.out.clear();
        }
        self.out
    }

    // ---- events ----------------------------------------------------------

    /// An element opened. `kept` holds the attributes the HTML kept, when
    /// the HTML kept the element (`None` when it was unwrapped).
    #[inline(never)]
    pub fn open(&mut self, id: NodeId, name: &str, kept: Option<&[(&'static str, String)]>) {
        let role = self.role_for(id, name, kept);
        self.roles.push(role);
    }

    #[inline(never)]
    pub fn close(&mut self) {
        let Some(role) = self.roles.pop() else { return };
        match role {
            Role::Inline => {}
            Role::Suppressed => self.suppress = self.suppress.saturating_sub(1),
            Role::Block => self.block_boundary(),
            Role::Caption => {
                self.close_span();
                self.block_boundary();
            }
            Role::Span => self.close_span(),
            Role::Code => self.close_code_span(),
            Role::Heading { level } => {
                if self.heading == Some(level) && !self.heading_started {
                    // An empty heading is still one.
                    self.start_block();
                    self.trim_trailing_space();
                }
                self.end_block();
                self.heading = None;
            }
            Role::List => {
                self.end_block();
                self.lists.pop();
            }
            Role::Note => {
                self.in_note -= 1;
                self.end_block();
                self.containers.pop();
            }
            Role::Item | Role::Quote => {
                if self.containers.last().is_some_and(|c| !c.written) {
                    self.start_block();
                    self.trim_trailing_space();
                }
                self.end_block();
                self.containers.pop();
            }
            Role::Pre => self.close_pre(),
            Role::Table => match self.tables.pop() {
                Some(TableKind::Pipe) => {
                    self.end_block();
                    self.pipe = None;
                    self.after_table = true;
                }
                Some(TableKind::Rows) => self.end_block(),
                _ => self.block_boundary(),
            },
            Role::PipeRow => self.close_pipe_row(),
            Role::PipeCell => {
                self.close_spans();
                self.out.push_str(" |");
                self.cell = false;
            }
            Role::RowsRow => {
                self.end_block();
                self.cell = false;
            }
            Role::RowsCell => self.space = true,
        }
    }

    /// A word of visible text.
    #[inline(never)]
    pub fn word(&mut self, word: &str) {
        if self.suppress > 0 {
            return;
        }
        if let Some((code, _)) = &mut self.code {
            if self.space && !code.is_empty() && !code.ends_with('\n') {
                code.push(' ');
            }
            self.space = false;
            code.push_str(word);
            return;
        }
        if let Some((code, _)) = &mut self.code_span {
            if self.space && !code.is_empty() {
                code.push(' ');
            }
            self.space = false;
            code.push_str(word);
            return;
        }
        let glued = self.in_block && !self.space && !self.hard_break;
        self.before_content(word.chars().next());
        let place = Place {
            line_start: self.line_start,
            heading: self.heading.is_some(),
            cell: self.cell,
        };
        let mut word = word;
        // Digits that began the line, then `.` from another text node
        // (`<span>1</span>. Total`): still an ordered list marker.
        if glued && self.line_digits > 0 && self.line_digits <= 9 {
            if let Some(rest) = word.strip_prefix(['.', ')']) {
                self.out.push('\\');
                self.out.push_str(&word[..1]);
                word = rest;
            }
        }
        let all_digits = !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit());
        self.line_digits = if all_digits && (self.line_start || (glued && self.line_digits > 0)) {
            self.line_digits + word.len()
        } else {
            0
        };
        escape::escape_word(word, place, &mut self.out);
        self.line_start = false;
    }

    /// Whitespace between words.
    pub fn space(&mut self) {
        self.space = true;
    }

    /// Text inside a `<pre>`, as it is.
    pub fn pre_text(&mut self, text: &str) {
        if self.suppress > 0 {
            return;
        }
        if let Some((code, _)) = &mut self.code {
            code.push_str(text);
        }
    }

    /// An element the HTML leaves out: an empty block or line break, an
    /// empty table cell, a checkbox.
    #[inline(never)]
    pub fn left_out(&mut self, id: NodeId, name: &str, block: bool, breaks: bool) {
        if self.suppress > 0 {
            return;
        }
        if let Some((code, _)) = &mut self.code {
            if (block || breaks) && !code.is_empty() && !code.ends_with('\n') {
                code.push('\n');
            }
        } else if name == "input" {
            self.checkbox(id);
        } else if matches!(name, "td" | "th") && self.pipe.is_some() && !self.cell {
            self.out.push_str("  |");
            if let Some(p) = &mut self.pipe {
                p.cells += 1;
            }
        } else if block {
            self.block_boundary();
        } else if breaks {
            self.line_break();
        }
    }

    // ---- roles -------------------------------------------------------------

    #[inline(never)]
    fn role_for(
        &mut self,
        id: NodeId,
        name: &str,
        kept: Option<&[(&'static str, String)]>,
    ) -> Role {
        if self.suppress > 0 {
            self.suppress += 1;
            return Role::Suppressed;
        }
        let dom = self.dom;
        if self.code.is_some() {
            if matches!(name, "br") || is_block(name) {
                if let Some((code, _)) = &mut self.code {
                    if !code.is_empty() && !code.ends_with('\n') {
                        code.push('\n');
                    }
                }
                self.space = false;
            }
            return Role::Inline;
        }
        if name.is_empty() && dom.element(id).is_some_and(|e| &*e.name.local == "math") {
            return self.math(id);
        }
        if let Some(n) = self.plan.note(id) {
            self.structure();
            // The note keeps its place in its list's numbering.
            if let Some(List {
                next: Some(next), ..
            }) = self.lists.last_mut()
            {
                *next += 1;
            }
            self.containers.push(Container {
                kind: ContainerKind::Item {
                    marker: format!("[^{n}]: "),
                    indent: 4,
                },
                written: false,
            });
            self.in_note += 1;
            return Role::Note;
        }
        match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.structure();
                let level = name.as_bytes()[1] - b'0';
                self.heading = Some(level);
                self.heading_started = false;
                Role::Heading { level }
            }
            "ul" | "ol" => {
                self.structure();
                // A list right under its item's first line stays tight.
                if self.containers.last().is_some_and(|c| c.written)
                    && matches!(self.roles.last(), Some(Role::Item))
                {
                    self.sep = Sep::Line;
                }
                let start = dom
                    .attr(id, "start")
                    .and_then(|s| s.trim().parse::<u64>().ok())
                    .unwrap_or(1);
                self.lists.push(List {
                    next: (name == "ol").then_some(start.min(999_999_999)),
                    items: 0,
                });
                Role::List
            }
            "li" => {
                self.structure();
                self.item(id);
                Role::Item
            }
            "blockquote" => {
                self.structure();
                self.containers.push(Container {
                    kind: ContainerKind::Quote,
                    written: false,
                });
                Role::Quote
            }
            "pre" => {
                self.structure();
                self.code = Some((String::new(), code_language(dom, id)));
                self.space = false;
                Role::Pre
            }
            "hr" => {
                self.structure();
                self.start_block();
                self.out.push_str("***");
                self.end_block();
                Role::Inline
            }
            "table" => self.table(id),
            "tr" | "td" | "th" | "thead" | "tbody" | "tfoot" => self.table_part(name),
            "br" => {
                self.line_break();
                Role::Inline
            }
            "img" => {
                if let Some(attrs) = kept {
                    self.image(id, attrs);
                }
                Role::Inline
            }
            "a" => self.link(id, kept),
            "figcaption" => {
                self.block_boundary();
                self.push_span(SpanKind::Delimited("*"));
                Role::Caption
            }
            _ if rules::MD_CODE_TAGS.contains(&name) => {
                if self.code_span.is_none() {
                    self.code_span = Some((String::new(), self.space));
                    self.space = false;
                    Role::Code
                } else {
                    Role::Inline
                }
            }
            _ if rules::MD_EMPHASIS_TAGS.contains(&name) => self.delimited("*"),
            _ if rules::MD_STRONG_TAGS.contains(&name) => self.delimited("**"),
            _ if rules::MD_STRIKE_TAGS.contains(&name) => self.delimited("~~"),
            _ if is_block(name) => {
                self.block_boundary();
                Role::Block
            }
            _ => Role::Inline,
        }
    }

    fn delimited(&mut self, delimiter: &'static str) -> Role {
        let kind = SpanKind::Delimited(delimiter);
        if self.code_span.is_some() || self.spans.iter().any(|s| s.kind == kind) {
            return Role::Inline;
        }
        self.push_span(kind);
        Role::Span
    }

    fn push_span(&mut self, kind: SpanKind) {
        self.spans.push(Span {
            kind,
            written: false,
            at: 0,
        });
    }

    /// A structural block: ends the block before it, and a heading it is in.
    fn structure(&mut self) {
        self.end_block();
        if self.heading.is_some() {
            self.heading = None;
        }
    }

    /// A plain block's edge: a new block, or a space inside a one-line
    /// block (a heading, a table cell).
    fn block_boundary(&mut self) {
        if self.heading.is_some() || self.cell || self.code_span.is_some() {
            self.space = true;
        } else {
            self.end_block();
        }
    }

    fn line_break(&mut self) {
        if self.heading.is_some() || self.cell || self.code_span.is_some() {
            self.space = true;
        } else if self.in_block {
            if self.hard_break {
                // Two breaks end the paragraph, as in the text.
                self.end_block();
            } else {
                self.hard_break = true;
            }
        }
    }

    fn item(&mut self, id: NodeId) {
        let (marker, indent) = match self.lists.last_mut() {
            Some(list) => {
                list.items += 1;
                let first = list.items == 1;
                match &mut list.next {
                    Some(next) => {
                        let n = self
                            .dom
                            .attr(id, "value")
                            .and_then(|v| v.trim().parse::<u64>().ok())
                            .map_or(*next, |v| v.min(999_999_999));
                        *next = n + 1;
                        let marker = format!("{n}. ");
                        let indent = marker.len();
                        if !first {
                            self.sep = Sep::Line;
                        }
                        (marker, indent)
                    }
                    None => {
                        if !first {
                            self.sep = Sep::Line;
                        }
                        ("- ".to_string(), 2)
                    }
                }
            }
            None => ("- ".to_string(), 2),
        };
        if self.after_table {
            self.sep = Sep::Blank;
        }
        self.containers.push(Container {
            kind: ContainerKind::Item { marker, indent },
            written: false,
        });
    }

    /// A checkbox at the start of a list item makes it a task item.
    fn checkbox(&mut self, id: NodeId) {
        let dom = self.dom;
        let is_box = dom
            .attr(id, "type")
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("checkbox"));
        if !is_box || self.in_block {
            return;
        }
        if let Some(Container {
            kind: ContainerKind::Item { marker, .. },
            written: false,
        }) = self.containers.last_mut()
        {
            if marker.starts_with("[^") || marker.ends_with("] ") {
                return;
            }
            marker.push_str(if dom.attr(id, "checked").is_some() {
                "[x] "
            } else {
                "[ ] "
            });
        }
    }

    #[inline(never)]
    fn link(&mut self, id: NodeId, kept: Option<&[(&'static str, String)]>) -> Role {
        let raw_href = self.dom.attr(id, "href").unwrap_or("");
        if let Some(n) = self.plan.noteref(id) {
            self.before_content(Some('['));
            self.escape_bang();
            self.out.push_str(&format!("[^{n}]"));
            self.line_start = false;
            self.suppress += 1;
            return Role::Suppressed;
        }
        if self.is_backlink(id, raw_href) {
            self.suppress += 1;
            return Role::Suppressed;
        }
        let Some(attrs) = kept else {
            return Role::Inline;
        };
        let Some(url) = attr(attrs, "href") else {
            return Role::Inline;
        };
        let in_link = self
            .spans
            .iter()
            .any(|s| matches!(s.kind, SpanKind::Link { .. }));
        if in_link || self.code_span.is_some() {
            return Role::Inline;
        }
        let title = attr(attrs, "title").map(str::to_string);
        self.push_span(SpanKind::Link {
            url: url.to_string(),
            title,
        });
        Role::Span
    }

    /// A link back from a footnote to its reference: marked so, or an
    /// in-page link in a footnote with no word in it (`↩`, `^`).
    fn is_backlink(&self, id: NodeId, href: &str) -> bool {
        let dom = self.dom;
        let marked = dom.attr(id, "role").is_some_and(|r| {
            r.split_ascii_whitespace()
                .any(|w| w == rules::BACKLINK_ROLE)
        });
        marked
            || (self.in_note > 0
                && href.starts_with('#')
                && !dom.text_content(id).chars().any(char::is_alphanumeric))
    }

    #[inline(never)]
    fn image(&mut self, id: NodeId, attrs: &[(&'static str, String)]) {
        if self.code_span.is_some() {
            return;
        }
        let src = attr(attrs, "srcset")
            .and_then(largest_candidate)
            .or_else(|| attr(attrs, "src"));
        let Some(src) = src else { return };
        self.before_content(Some('!'));
        self.out.push_str("![");
        let alt = attr(attrs, "alt").unwrap_or("");
        let alt = self.alts.kept(self.dom, id, alt, src);
        let place = Place {
            cell: self.cell,
            ..Place::default()
        };
        for (i, word) in alt.split_whitespace().enumerate() {
            if i > 0 {
                self.out.push(' ');
            }
            escape::escape_word(word, place, &mut self.out);
        }
        self.write_destination(src, attr(attrs, "title"));
        self.line_start = false;
    }

    /// MathML with its TeX (an annotation, or `alttext`): `$…$`, or `$$…$$`
    /// for display math. Without TeX its symbols stay as text.
    #[inline(never)]
    fn math(&mut self, id: NodeId) -> Role {
        let dom = self.dom;
        let tex = dom
            .descendants(id)
            .find(|&d| {
                dom.element(d).is_some_and(|e| {
                    &*e.name.local == "annotation"
                        && e.attr("encoding").is_some_and(|enc| {
                            rules::TEX_ENCODINGS.contains(&enc.trim().to_ascii_lowercase().as_str())
                        })
                })
            })
            .map(|a| dom.text_content(a))
            .or_else(|| dom.attr(id, "alttext").map(str::to_string));
        let Some(tex) = tex.filter(|t| !t.trim().is_empty()) else {
            return Role::Inline;
        };
        let display = dom
            .attr(id, "display")
            .is_some_and(|d| d.eq_ignore_ascii_case("block"));
        let fence = if display { "$$" } else { "$" };
        self.before_content(Some('$'));
        self.out.push_str(fence);
        for (i, word) in tex.split_whitespace().enumerate() {
            if i > 0 {
                self.out.push(' ');
            }
            for c in word.chars() {
                match c {
                    // Never the start of a tag; TeX reads `\lt` as `<`.
                    '<' => self.out.push_str("\\lt "),
                    '$' => self.out.push_str("\\$"),
                    c => self.out.push(c),
                }
            }
        }
        self.out.push_str(fence);
        self.line_start = false;
        self.suppress += 1;
        Role::Suppressed
    }

    fn table(&mut self, id: NodeId) -> Role {
        let kind = match self.plan.table(id) {
            TableLayout::Pipe { align } if self.pipe.is_none() && !self.cell => {
                self.structure();
                self.pipe = Some(PipeTable {
                    align,
                    row: 0,
                    cells: 0,
                });
                TableKind::Pipe
            }
            TableLayout::Rows if !self.cell => {
                self.structure();
                TableKind::Rows
            }
            _ => {
                self.block_boundary();
                TableKind::Blocks
            }
        };
        self.tables.push(kind);
        Role::Table
    }

    /// Rows, cells and row groups, as the innermost table is written.
    #[inline(never)]
    fn table_part(&mut self, name: &str) -> Role {
        match (self.tables.last(), name) {
            (Some(TableKind::Pipe), "tr") if !self.cell => self.pipe_row(),
            (Some(TableKind::Pipe), "td" | "th") if !self.cell => {
                self.out.push(' ');
                self.space = false;
                self.cell = true;
                if let Some(p) = &mut self.pipe {
                    p.cells += 1;
                }
                Role::PipeCell
            }
            (Some(TableKind::Pipe), _) => Role::Inline,
            (Some(TableKind::Rows), "tr") if !self.cell => {
                self.block_boundary();
                self.cell = true;
                self.rows_cells = 0;
                Role::RowsRow
            }
            (Some(TableKind::Rows), "td" | "th") => {
                if self.rows_cells > 0 && self.in_block {
                    self.out.push_str(" |");
                    self.space = true;
                }
                self.rows_cells += 1;
                Role::RowsCell
            }
            (Some(TableKind::Rows), _) => Role::Inline,
            _ => {
                self.block_boundary();
                Role::Block
            }
        }
    }

    fn pipe_row(&mut self) -> Role {
        let first = self.pipe.as_ref().is_some_and(|p| p.row == 0);
        if first {
            self.start_block();
        } else {
            self.newline_in_block();
        }
        self.out.push('|');
        self.line_start = false;
        if let Some(p) = &mut self.pipe {
            p.cells = 0;
        }
        Role::PipeRow
    }

    fn close_pipe_row(&mut self) {
        let Some(p) = &mut self.pipe else { return };
        let (columns, cells, row) = (p.align.len(), p.cells, p.row);
        p.row += 1;
        for _ in cells..columns {
            self.out.push_str("  |");
        }
        if row == 0 {
            let align = self
                .pipe
                .as_ref()
                .map(|p| p.align.clone())
                .unwrap_or_default();
            let columns = align.len().max(cells);
            self.newline_in_block();
            self.out.push('|');
            for i in 0..columns {
                self.out.push_str(match align.get(i) {
                    Some(Align::Left) => " :--- |",
                    Some(Align::Center) => " :---: |",
                    Some(Align::Right) => " ---: |",
                    _ => " --- |",
                });
            }
        }
    }

    #[inline(never)]
    fn close_pre(&mut self) {
        let Some((code, language)) = self.code.take() else {
            return;
        };
        let code = code.trim_end_matches(['\n', ' ', '\t']);
        let code = code.trim_start_matches('\n');
        let ticks = escape::longest_run(code, '`').max(2) + 1;
        self.start_block();
        escape::push_repeated('`', ticks, &mut self.out);
        self.out.push_str(&language);
        for line in code.split('\n') {
            self.newline_in_block_for(line.is_empty());
            self.out.push_str(line.trim_end_matches('\r'));
        }
        self.newline_in_block();
        escape::push_repeated('`', ticks, &mut self.out);
        self.in_block = false;
        self.end_block();
    }

    fn close_code_span(&mut self) {
        let Some((code, space_before)) = self.code_span.take() else {
            return;
        };
        if code.is_empty() {
            self.space |= space_before;
            return;
        }
        let space_after = self.space;
        self.space = space_before;
        let first = code.chars().next();
        self.before_content(first);
        escape::code_span(&code, self.cell, &mut self.out);
        self.line_start = false;
        self.space = space_after;
    }

    // ---- writing -------------------------------------------------------------

    /// Before inline content: starts the block, writes the pending space
    /// or break, and opens the inline marks waiting for content.
    #[inline(never)]
    fn before_content(&mut self, first: Option<char>) {
        if !self.in_block {
            self.start_block();
        } else if self.hard_break {
            self.out.push('\\');
            self.newline_in_block();
            self.line_start = true;
            self.closed = None;
        } else if self.space {
            self.out.push(' ');
            self.closed = None;
        }
        self.hard_break = false;
        self.space = false;
        if let Some((open, close, delimiter)) = self.closed.take() {
            // Glued to the mark just closed: `*a**b*` would not read as
            // two marks, and a mark ending inside a word (`**bold**ed`) is
            // left out, so that the word stays one.
            let unclosable = first.is_some_and(char::is_alphanumeric);
            let reopens = self
                .spans
                .iter()
                .any(|s| !s.written && s.kind == SpanKind::Delimited(delimiter));
            if reopens {
                // Merge: drop the closer, and the next opener is not needed.
                self.out.truncate(close);
                if let Some(s) = self
                    .spans
                    .iter_mut()
                    .find(|s| !s.written && s.kind == SpanKind::Delimited(delimiter))
                {
                    s.written = true;
                    s.at = open;
                }
            } else if unclosable {
                self.out.truncate(close);
                self.out.replace_range(open..open + delimiter.len(), "");
            }
        }
        self.open_spans(first);
    }

    fn open_spans(&mut self, first: Option<char>) {
        for i in 0..self.spans.len() {
            if self.spans[i].written {
                continue;
            }
            let at = self.out.len();
            match &self.spans[i].kind {
                SpanKind::Delimited(d) => {
                    // No mark starts inside a word (`H*ij*`): the word
                    // stays one, and between a letter and punctuation it
                    // could not open anyway.
                    let before = self.out.chars().next_back();
                    let inside_word = !self.line_start && before.is_some_and(char::is_alphanumeric);
                    if inside_word || first.is_none() {
                        continue;
                    }
                    self.out.push_str(d);
                }
                SpanKind::Link { .. } => {
                    self.escape_bang();
                    self.out.push('[');
                }
            }
            self.spans[i].written = true;
            self.spans[i].at = at;
        }
    }

    fn close_span(&mut self) {
        let Some(span) = self.spans.pop() else { return };
        if span.written {
            self.write_closer(&span);
        }
    }

    /// Closes every open mark (at a block's end); the next block opens
    /// them again.
    fn close_spans(&mut self) {
        for i in (0..self.spans.len()).rev() {
            if self.spans[i].written {
                let span = Span {
                    kind: self.spans[i].kind.clone(),
                    written: true,
                    at: self.spans[i].at,
                };
                self.write_closer(&span);
                self.spans[i].written = false;
            }
        }
        self.closed = None;
    }

    fn write_closer(&mut self, span: &Span) {
        match &span.kind {
            SpanKind::Delimited(d) => {
                let close = self.out.len();
                self.out.push_str(d);
                self.closed = Some((span.at, close, d));
            }
            SpanKind::Link { url, title } => {
                self.write_destination(url, title.as_deref());
                self.closed = None;
            }
        }
    }

    /// The end of a link or an image: `](url "title")`.
    #[inline(never)]
    fn write_destination(&mut self, url: &str, title: Option<&str>) {
        self.out.push_str("](");
        escape::escape_destination(url, &mut self.out);
        if let Some(title) = title.filter(|t| !t.trim().is_empty()) {
            escape::escape_title(title, &mut self.out);
        }
        self.out.push(')');
    }

    #[inline(never)]
    fn start_block(&mut self) {
        if !self.out.is_empty() {
            self.out.push('\n');
            if self.sep == Sep::Blank {
                self.push_prefix(false);
                self.trim_trailing_space();
                self.out.push('\n');
            }
        }
        self.push_prefix(true);
        if let Some(level) = self.heading {
            escape::push_repeated('#', usize::from(level), &mut self.out);
            self.out.push(' ');
            self.heading_started = true;
        }
        self.in_block = true;
        self.line_start = true;
        self.space = false;
        self.hard_break = false;
        self.closed = None;
        self.sep = Sep::Blank;
        self.after_table = false;
    }

    #[inline(never)]
    fn end_block(&mut self) {
        if self.code_span.is_some() {
            self.close_code_span();
            self.code_span = Some((String::new(), false));
        }
        if self.in_block {
            self.close_spans();
            self.sep = Sep::Blank;
        }
        self.in_block = false;
        self.space = false;
        self.hard_break = false;
        self.closed = None;
        if self.heading.is_some() && self.heading_started {
            // The heading's line is over; what follows in it is a paragraph.
            self.heading = None;
        }
    }

    /// The prefix of the containers: on a block's first line (`first`),
    /// markers not yet written are written; on the blank line before a
    /// block, only containers already started count.
    fn push_prefix(&mut self, first: bool) {
        for c in &mut self.containers {
            if !first && !c.written {
                continue;
            }
            match &c.kind {
                ContainerKind::Quote => self.out.push_str("> "),
                ContainerKind::Item { marker, indent } => {
                    if c.written {
                        escape::push_repeated(' ', *indent, &mut self.out);
                    } else {
                        self.out.push_str(marker);
                    }
                }
            }
            if first {
                c.written = true;
            }
        }
    }

    fn newline_in_block(&mut self) {
        self.newline_in_block_for(false);
    }

    /// A new line inside the block: the containers' prefix again (trimmed
    /// on an empty line).
    fn newline_in_block_for(&mut self, empty: bool) {
        self.out.push('\n');
        self.push_prefix(false);
        if empty {
            self.trim_trailing_space();
        }
    }

    /// A `!` just before a link's `[` would make it an image.
    fn escape_bang(&mut self) {
        if self.out.ends_with('!') && !self.out.ends_with("\\!") {
            let at = self.out.len() - 1;
            self.out.insert(at, '\\');
        }
    }

    fn trim_trailing_space(&mut self) {
        let end = self.out.trim_end_matches(' ').len();
        self.out.truncate(end);
    }
}

/// Whether an element makes blocks of the text, as it does for the text.
fn is_block(name: &str) -> bool {
    crate::parse::rules::BLOCK_TAGS.contains(&name) && !rules::REPLACED_TAGS.contains(&name)
}

fn attr<'v>(attrs: &'v [(&'static str, String)], name: &str) -> Option<&'v str> {
    attrs
        .iter()
        .find(|(a, _)| *a == name)
        .map(|(_, v)| v.as_str())
}

/// The candidate of a (safe, resolved) `srcset` with the largest width or
/// density: the image at its best.
fn largest_candidate(srcset: &str) -> Option<&str> {
    let mut best: Option<(&str, u64)> = None;
    for candidate in srcset.split(", ") {
        let mut parts = candidate.split(' ');
        let Some(url) = parts.next().filter(|u| !u.is_empty()) else {
            continue;
        };
        let size = parts
            .find_map(|d| d.strip_suffix(['w', 'x']).map(descriptor_size))
            .unwrap_or(1000);
        if best.is_none_or(|(_, s)| size > s) {
            best = Some((url, size));
        }
    }
    best.map(|(url, _)| url)
}

/// A width or density as thousandths (`1.5` is 1500), without float parsing.
fn descriptor_size(number: &str) -> u64 {
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let digits = |s: &str| -> u64 {
        s.bytes().take_while(u8::is_ascii_digit).fold(0u64, |n, b| {
            n.saturating_mul(10).saturating_add(u64::from(b - b'0'))
        })
    };
    let mut thousandths: String = fraction.chars().take(3).collect();
    while thousandths.len() < 3 {
        thousandths.push('0');
    }
    digits(whole)
        .saturating_mul(1000)
        .saturating_add(digits(&thousandths))
}

/// The language of a code block, from the classes of the `<pre>`, of the
/// `<code>` in it, or of the element around it.
fn code_language(dom: &Dom, pre: NodeId) -> String {
    let code = dom.element_children(pre).find(|&c| {
        dom.tag(c)
            .is_some_and(|t| rules::MD_CODE_TAGS.contains(&&**t))
    });
    let candidates = [Some(pre), code, dom.parent(pre)];
    for id in candidates.into_iter().flatten() {
        let Some(class) = dom.attr(id, "class") else {
            continue;
        };
        for word in class.split_ascii_whitespace() {
            let lower = word.to_ascii_lowercase();
            for prefix in rules::CODE_LANGUAGE_PREFIXES {
                if let Some(lang) = lower.strip_prefix(prefix) {
                    let lang: String = lang
                        .chars()
                        .filter(|c| {
                            c.is_ascii_alphanumeric() || matches!(c, '_' | '+' | '#' | '.' | '-')
                        })
                        .take(rules::MAX_CODE_LANGUAGE)
                        .collect();
                    if !lang.is_empty() {
                        return lang;
                    }
                }
            }
        }
    }
    String::new()
}

#[cfg(test)]
mod tests {
    use crate::parse::dom::Dom;
    use crate::render::content::render;

    fn md(html: &str) -> String {
        let dom = Dom::parse(html);
        let body = dom.body().expect("body");
        render(&dom, body, Some("https://example.com/a/page.html"), true)
            .markdown
            .expect("markdown asked for")
    }

    #[test]
    fn headings_keep_their_levels_and_paragraphs_their_breaks() {
        assert_eq!(
            md("<h1>One</h1><p>Text <br> more</p><h3>Three <div>joined</div></h3><h6></h6><p>a<br><br>b</p>"),
            "# One\n\nText\\\nmore\n\n### Three joined\n\na\n\nb\n"
        );
    }

    #[test]
    fn inline_marks_hug_their_words() {
        assert_eq!(
            md("<p>a <em> spaced </em>, <strong>bold <em>both</em></strong> <del>old</del> <s>x</s></p>"),
            "a *spaced* , **bold *both*** ~~old~~ ~~x~~\n"
        );
        // Inside a word a mark is left out: the word stays one.
        assert_eq!(
            md("<p>H<i>ij</i> and <b>bold</b>ed</p>"),
            "Hij and bolded\n"
        );
        // Two marks in a row are one.
        assert_eq!(md("<p><b>a</b><b>b</b> c</p>"), "**ab** c\n");
        // Across blocks a mark closes and opens again.
        assert_eq!(md("<em><p>one</p><p>two</p></em>"), "*one*\n\n*two*\n");
    }

    #[test]
    fn links_are_absolute_and_safe() {
        assert_eq!(
            md(
                r#"<p><a href="../x (1).html" title="T">the link</a> <a href="javascript:alert(1)">bad</a> <a href="mailto:a@b.c">mail</a></p>"#
            ),
            "[the link](https://example.com/x%20\\(1\\).html \"T\") bad [mail](mailto:a@b.c)\n"
        );
        // A link around blocks links each block.
        assert_eq!(
            md(r#"<a href="/s"><h2>Title</h2><p>Teaser</p></a>"#),
            "## [Title](https://example.com/s)\n\n[Teaser](https://example.com/s)\n"
        );
        // A `!` before a link stays text.
        assert_eq!(
            md(r#"<p>Wow!<a href="/n">[8]</a></p>"#),
            "Wow\\![\\[8\\]](https://example.com/n)\n"
        );
    }

    #[test]
    fn images_keep_alt_title_and_the_best_source() {
        assert_eq!(
            md(
                r#"<figure><img src="s.jpg" srcset="m.jpg 640w, l.jpg 1280w" alt="A [cat]" title="Nap"><figcaption>The cat, asleep</figcaption></figure>"#
            ),
            "![A \\[cat\\]](https://example.com/a/l.jpg \"Nap\")\n\n*The cat, asleep*\n"
        );
        assert_eq!(
            md(r#"<p>x<img src="javascript:x"> <img src="data:image/png;base64,AA"></p>"#),
            "x ![](data:image/png;base64,AA)\n"
        );
    }

    #[test]
    fn lists_nest_and_keep_their_numbers() {
        assert_eq!(
            md("<ul><li>one</li><li>two<ul><li>inner</li></ul></li></ul><ol start=7><li>seven<p>more</p></li><li value=10>ten</li><li>eleven</li></ol>"),
            "- one\n- two\n  - inner\n\n7. seven\n\n   more\n10. ten\n11. eleven\n"
        );
        assert_eq!(
            md("<ul><li><input type=checkbox checked> done</li><li><input type=checkbox>todo</li><li>\u{200b}</li></ul>"),
            "- [x] done\n- [ ] todo\n-\n"
        );
    }

    #[test]
    fn quotes_nest_and_rules_stay_rules() {
        assert_eq!(
            md("<blockquote><p>outer</p><blockquote><p>inner</p><p>two</p></blockquote></blockquote><hr><ul><li><hr></li></ul>"),
            "> outer\n>\n> > inner\n> >\n> > two\n\n***\n\n- ***\n"
        );
    }

    #[test]
    fn code_blocks_are_fenced_longer_than_their_backticks() {
        assert_eq!(
            md("<pre class=\"language-rust\"><code>let s = \"```\";\n\n  x</code></pre><p>Use <code>a `b`</code> and <kbd>Ctrl</kbd>.</p>"),
            "````rust\nlet s = \"```\";\n\n  x\n````\n\nUse `` a `b` `` and `Ctrl`.\n"
        );
        assert_eq!(
            md("<div class=\"highlight-source-python\"><pre>print(1)</pre></div><ul><li><pre>a\nb</pre></li></ul>"),
            "```python\nprint(1)\n```\n\n- ```\n  a\n  b\n  ```\n"
        );
    }

    #[test]
    fn tables_are_pipe_tables_with_alignment_and_escaping() {
        assert_eq!(
            md("<table><thead><tr><th align=right>N</th><th style='text-align:center'>A|B</th><th></th></tr></thead>\
                <tbody><tr><td>1</td><td>x<br>y</td><td><code>a|b</code></td></tr><tr><td>2</td></tr></tbody></table>"),
            "| N | A\\|B |  |\n| ---: | :---: | --- |\n| 1 | x y | `a\\|b` |\n| 2 |  |  |\n"
        );
    }

    #[test]
    fn tables_that_are_no_grid_are_flattened() {
        // Spans: a row per line.
        assert_eq!(
            md("<table><tr><td colspan=2>Total</td></tr><tr><td>a</td><td>b</td></tr></table>"),
            "Total\n\na | b\n"
        );
        // Blocks in cells (a layout table): the blocks, in order.
        assert_eq!(
            md("<table><tr><td><h2>Side</h2><ul><li>x</li></ul></td><td><p>Main</p></td></tr></table>"),
            "## Side\n\n- x\n\nMain\n"
        );
        // One cell: a box, not a table.
        assert_eq!(
            md("<table><tr><td><pre>let x = 1;</pre></td></tr></table>"),
            "```\nlet x = 1;\n```\n"
        );
        // A data table whose cells hold lists stays a table in the HTML,
        // but no pipe table holds a list: its blocks, in order.
        assert_eq!(
            md("<table><tr><th>Tools</th><td><ul><li>saw</li><li>awl</li></ul></td></tr></table>"),
            "Tools\n\n- saw\n- awl\n"
        );
    }

    #[test]
    fn images_keep_only_the_alt_that_describes_them() {
        assert_eq!(
            md("<figure><img src=a.jpg alt='IMG_0042.jpg'><figcaption>A dog</figcaption></figure>\
                <p><img src=b.jpg alt='A dog asleep on a step'></p>\
                <p><img src=c.jpg alt='A dog asleep on a step'></p>\
                <p><img src=d.svg alt='{x^2}' role=presentation></p>"),
            "![](https://example.com/a/a.jpg)\n\n*A dog*\n\n![A dog asleep on a step](https://example.com/a/b.jpg)\n\n\
             ![](https://example.com/a/c.jpg)\n\n![](https://example.com/a/d.svg)\n"
        );
    }

    #[test]
    fn footnotes_become_references_and_definitions() {
        let html = r##"<p>Claim<sup><a href="#fn1" id="r1">1</a></sup> and more<a role="doc-noteref" href="#fn2">[2]</a>.</p>
            <section class="footnotes"><ol><li id="fn1"><p>Source one. <a href="#r1">↩</a></p></li>
            <li id="fn2">Source two.</li><li id="fn3">Never cited.</li></ol></section>"##;
        assert_eq!(
            md(html),
            "Claim[^1] and more[^2].\n\n[^1]: Source one.\n\n[^2]: Source two.\n\n3. Never cited.\n"
        );
    }

    #[test]
    fn math_is_written_as_tex() {
        assert_eq!(
            md(
                r#"<p>So <math><semantics><mi>a</mi><annotation encoding="application/x-tex">a&lt;b</annotation></semantics></math> and <math display="block" alttext="\sum x"><mi>x</mi></math>, or <math><mi>y</mi></math>.</p>"#
            ),
            "So $a\\lt b$ and $$\\sum x$$, or y.\n"
        );
    }

    #[test]
    fn text_is_escaped_to_render_as_itself() {
        assert_eq!(
            md("<p>1. not a list</p><p># not a heading</p><p>- not an item</p><p><span>2</span>. no</p>\
                <p>*stars* _under_ [brackets] &lt;b&gt; &amp;amp; `tick` ~tilde~ $x$ costs $5 a|b</p>"),
            "1\\. not a list\n\n\\# not a heading\n\n\\- not an item\n\n2\\. no\n\n\
             \\*stars\\* \\_under\\_ \\[brackets\\] \\<b> \\&amp; \\`tick\\` \\~tilde\\~ \\$x\\$ costs $5 a|b\n"
        );
    }

    #[test]
    fn nothing_is_written_as_html() {
        let out = md(
            "<p>a<script>x</script><iframe src=x></iframe><svg><text>s</text></svg>\
                      <img src=x onerror=alert(1)><!-- c --><b onclick=x>b</b></p>",
        );
        assert_eq!(out, "a![](https://example.com/a/x)**b**\n");
    }

    #[test]
    fn invisible_characters_are_left_out() {
        assert_eq!(
            md("<p>Mit\u{ad}tel\u{200b}al\u{200e}ter</p><p>\u{200d}</p>"),
            "Mittelalter\n"
        );
    }
}
