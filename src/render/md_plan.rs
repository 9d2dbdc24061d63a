//! What the Markdown writer must know before it reaches an element: how
//! each table can be written, and which links and elements are footnotes.
//!
//! In: the DOM, the article's root and the renderer's decisions (which
//! elements are dropped, which are empty). Out: a [`Plan`], from one walk
//! over the article.

use html5ever::local_name;

use crate::parse::dom::{Dom, Edge, NodeId};
use crate::render::rules;
use crate::text::FastMap;

/// Node-keyed findings, in document order: the writer meets them in the
/// same order, so it reads them with a cursor.
struct InOrder<T> {
    items: Vec<(NodeId, T)>,
    next: usize,
}

impl<T> Default for InOrder<T> {
    fn default() -> Self {
        InOrder {
            items: Vec::new(),
            next: 0,
        }
    }
}

impl<T: Clone> InOrder<T> {
    /// The finding for `id`, if it is the next one.
    fn take(&mut self, id: NodeId) -> Option<T> {
        let (at, value) = self.items.get(self.next)?;
        if *at != id {
            return None;
        }
        self.next += 1;
        Some(value.clone())
    }
}

/// How a table is written.
#[derive(Clone, Debug, PartialEq)]
pub enum TableLayout {
    /// A GFM pipe table: `columns` wide, with each column's alignment.
    Pipe { align: Vec<Align> },
    /// Spans make it no grid: each row a line, its cells separated by `|`.
    Rows,
    /// A table that lays out blocks, or whose cells hold lists, headings,
    /// code or tables: each cell's blocks in order.
    Blocks,
}

/// What the HTML renderer decided of a table (one definition for both).
pub struct TableFacts {
    /// Written as a table, not as the blocks it lays out.
    pub grid: bool,
    /// Its cells hold blocks.
    pub cell_blocks: bool,
}

#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Align {
    None,
    Left,
    Center,
    Right,
}

/// The walk's findings.
#[derive(Default)]
pub struct Plan {
    tables: InOrder<TableLayout>,
    /// Footnote references (links), with their number.
    noterefs: InOrder<u32>,
    /// Footnotes that are referenced, with their number.
    notes: InOrder<u32>,
}

impl Plan {
    /// How the table `id` is written (asked once per table, in order).
    pub fn table(&mut self, id: NodeId) -> TableLayout {
        self.tables.take(id).unwrap_or(TableLayout::Blocks)
    }

    /// The number of the footnote the link `id` refers to.
    pub fn noteref(&mut self, id: NodeId) -> Option<u32> {
        self.noterefs.take(id)
    }

    /// The number of the footnote `id`, when something refers to it.
    pub fn note(&mut self, id: NodeId) -> Option<u32> {
        self.notes.take(id)
    }
}

/// A table being walked.
struct Frame {
    id: NodeId,
    rows: usize,
    cells: usize,
    columns: usize,
    align: Vec<Align>,
    spans: bool,
    /// Where its layout goes in the plan.
    slot: usize,
}

/// Walks the article once. `skipped` says which elements the renderer
/// leaves out (dropped, or empty: `Some(true)` for empty), `facts` what it
/// decided of each table.
pub fn plan<'a>(
    dom: &'a Dom,
    root: NodeId,
    skipped: impl Fn(NodeId) -> Option<bool>,
    facts: impl Fn(NodeId) -> TableFacts,
) -> Plan {
    let mut plan = Plan::default();
    let mut frames: Vec<Frame> = Vec::new();
    let mut containers: Vec<NodeId> = Vec::new();
    // Footnotes in document order, and where each id is among them.
    let mut definitions: Vec<NodeId> = Vec::new();
    let mut by_id: FastMap<String, u32> = FastMap::default();
    let mut references: Vec<(NodeId, &'a str)> = Vec::new();
    let mut walk = dom.traverse(root);
    while let Some(edge) = walk.next() {
        match edge {
            Edge::Open(id) => {
                let Some(el) = dom.element(id) else { continue };
                let name: &str = dom.tag(id).map_or("", |t| t);
                if let Some(empty) = skipped(id) {
                    walk.skip_subtree();
                    if empty && matches!(name, "td" | "th") {
                        if let Some(f) = frames.last_mut() {
                            count_cell(f, dom, id);
                        }
                    }
                    continue;
                }
                match name {
                    "table" => {
                        frames.push(Frame {
                            id,
                            rows: 0,
                            cells: 0,
                            columns: 0,
                            align: Vec::new(),
                            spans: false,
                            slot: plan.tables.items.len(),
                        });
                        plan.tables.items.push((id, TableLayout::Blocks));
                    }
                    "tr" => {
                        if let Some(f) = frames.last_mut() {
                            f.rows += 1;
                            f.cells = 0;
                        }
                    }
                    "td" | "th" => {
                        if let Some(f) = frames.last_mut() {
                            count_cell(f, dom, id);
                        }
                    }
                    "a" => {
                        if let Some(target) = el.attr("href").and_then(|h| h.strip_prefix('#')) {
                            if looks_like_noteref(dom, id) {
                                references.push((id, target));
                            }
                        }
                    }
                    _ => {}
                }
                let role = el.attr("role").unwrap_or("");
                if role
                    .split_ascii_whitespace()
                    .any(|r| r == rules::FOOTNOTES_ROLE)
                    || has_class(el.attr("class"), rules::FOOTNOTES_CLASS)
                {
                    containers.push(id);
                }
                if let Some(note_id) = el.attr("id").filter(|v| !v.is_empty()) {
                    let by_role = role
                        .split_ascii_whitespace()
                        .any(|r| rules::FOOTNOTE_ROLES.contains(&r));
                    if (by_role || (name == "li" && !containers.is_empty()))
                        && !by_id.contains_key(note_id)
                    {
                        let at = u32::try_from(definitions.len()).unwrap_or(u32::MAX);
                        by_id.insert(note_id.to_string(), at);
                        definitions.push(id);
                    }
                }
            }
            Edge::Close(id) => {
                if containers.last() == Some(&id) {
                    containers.pop();
                }
                let Some(f) = frames.last_mut() else { continue };
                if dom.is(id, &local_name!("tr")) {
                    f.columns = f.columns.max(f.cells);
                } else if f.id == id {
                    let f = frames.pop().expect("a frame");
                    let slot = f.slot;
                    plan.tables.items[slot].1 = layout(f, facts(id));
                }
            }
        }
    }
    number_notes(&mut plan, dom, &definitions, &by_id, &references);
    plan
}

fn count_cell(f: &mut Frame, dom: &Dom, id: NodeId) {
    f.cells += 1;
    let span = |name| {
        dom.attr(id, name)
            .and_then(|v| v.trim().parse::<u32>().ok())
            .is_some_and(|n| n > 1)
    };
    if span("colspan") || span("rowspan") {
        f.spans = true;
    }
    if f.rows <= 1 {
        f.align.push(cell_align(dom, id));
    }
}

fn layout(f: Frame, facts: TableFacts) -> TableLayout {
    if !facts.grid || facts.cell_blocks || f.columns == 0 {
        TableLayout::Blocks
    } else if f.spans {
        TableLayout::Rows
    } else {
        let mut align = f.align;
        align.resize(f.columns, Align::None);
        TableLayout::Pipe { align }
    }
}

/// A cell's alignment, from `align` or an inline `text-align`.
fn cell_align(dom: &Dom, id: NodeId) -> Align {
    let from = |v: &str| match v.trim().to_ascii_lowercase().as_str() {
        "left" | "start" => Align::Left,
        "center" | "middle" => Align::Center,
        "right" | "end" => Align::Right,
        _ => Align::None,
    };
    if let Some(a) = dom.attr(id, "align") {
        return from(a);
    }
    let style = dom.attr(id, "style").unwrap_or("");
    style
        .split(';')
        .filter_map(|d| d.split_once(':'))
        .find(|(p, _)| p.trim().eq_ignore_ascii_case("text-align"))
        .map_or(Align::None, |(_, v)| from(v))
}

fn has_class(class: Option<&str>, word: &str) -> bool {
    class.is_some_and(|c| c.split_ascii_whitespace().any(|w| w == word))
}

/// A link shaped like a footnote reference: marked so, or a number in a
/// superscript.
fn looks_like_noteref(dom: &Dom, id: NodeId) -> bool {
    let role = dom.attr(id, "role").unwrap_or("");
    if role
        .split_ascii_whitespace()
        .any(|r| r == rules::NOTEREF_ROLE)
    {
        return true;
    }
    let class = dom.attr(id, "class").unwrap_or("").to_ascii_lowercase();
    class.contains(rules::NOTEREF_CLASS_WORD) || in_sup(dom, id)
}

fn in_sup(dom: &Dom, id: NodeId) -> bool {
    dom.parent(id)
        .is_some_and(|p| dom.is(p, &local_name!("sup")))
        || dom
            .element_children(id)
            .any(|c| dom.is(c, &local_name!("sup")))
}

/// Numbers the referenced footnotes in the order of their first reference.
fn number_notes(
    plan: &mut Plan,
    dom: &Dom,
    definitions: &[NodeId],
    by_id: &FastMap<String, u32>,
    references: &[(NodeId, &str)],
) {
    let mut numbers = vec![0u32; definitions.len()];
    let mut count = 0u32;
    for &(link, target) in references {
        let Some(&at) = by_id.get(target) else {
            continue;
        };
        let at = at as usize;
        // A reference inside its own note is no reference.
        if dom.ancestors(link).any(|a| a == definitions[at]) {
            continue;
        }
        if numbers[at] == 0 {
            count += 1;
            numbers[at] = count;
        }
        plan.noterefs.items.push((link, numbers[at]));
    }
    plan.notes.items = definitions
        .iter()
        .zip(numbers)
        .filter(|&(_, n)| n > 0)
        .map(|(&id, n)| (id, n))
        .collect();
}
