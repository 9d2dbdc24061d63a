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

/// How a table is written.
#[derive(Clone, Debug, PartialEq)]
pub enum TableLayout {
    /// A GFM pipe table: `columns` wide, with each column's alignment.
    Pipe { align: Vec<Align> },
    /// Spans make it no grid: each row a line, its cells separated by `|`.
    Rows,
    /// Cells that hold lists, headings, code or tables: each cell's blocks
    /// in order (a table used for layout).
    Blocks,
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
pub struct Plan<'a> {
    tables: FastMap<usize, TableLayout>,
    /// Footnote references (links), by node, with their number.
    noterefs: FastMap<usize, u32>,
    /// Footnotes that are referenced, by node, with their number.
    notes: FastMap<usize, u32>,
    /// The ids of the references and of the `<sup>` around them, which
    /// links back from a footnote point to.
    ref_ids: FastMap<&'a str, ()>,
}

impl<'a> Plan<'a> {
    pub fn table(&self, id: NodeId) -> TableLayout {
        self.tables
            .get(&id.index())
            .cloned()
            .unwrap_or(TableLayout::Blocks)
    }

    pub fn noteref(&self, id: NodeId) -> Option<u32> {
        self.noterefs.get(&id.index()).copied()
    }

    pub fn note(&self, id: NodeId) -> Option<u32> {
        self.notes.get(&id.index()).copied()
    }

    /// Whether a link to `href` goes back to a footnote's reference.
    pub fn is_backlink(&self, href: &str) -> bool {
        href.strip_prefix('#')
            .is_some_and(|id| self.ref_ids.contains_key(id))
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
    structure: bool,
    /// The cell of this table the walk is in.
    cell: Option<NodeId>,
}

/// Walks the article once. `skipped` says which elements the renderer
/// leaves out (dropped, or empty: `Some(true)` for empty).
pub fn plan<'a>(dom: &'a Dom, root: NodeId, skipped: impl Fn(NodeId) -> Option<bool>) -> Plan<'a> {
    let mut plan = Plan::default();
    let mut frames: Vec<Frame> = Vec::new();
    let mut containers: Vec<NodeId> = Vec::new();
    let mut definitions: FastMap<&'a str, NodeId> = FastMap::default();
    let mut references: Vec<(NodeId, &'a str)> = Vec::new();
    let mut walk = dom.traverse(root);
    while let Some(edge) = walk.next() {
        match edge {
            Edge::Open(id) => {
                let Some(el) = dom.element(id) else { continue };
                let name: &str = dom.tag(id).map_or("", |t| t);
                match skipped(id) {
                    Some(empty) => {
                        walk.skip_subtree();
                        if empty && matches!(name, "td" | "th") {
                            if let Some(f) = frames.last_mut() {
                                count_cell(f, dom, id);
                            }
                        }
                        continue;
                    }
                    None => {}
                }
                if let Some(f) = frames.last_mut() {
                    if f.cell.is_some() && rules::MD_STRUCTURE_TAGS.contains(&name) {
                        f.structure = true;
                    }
                }
                match name {
                    "table" => frames.push(Frame {
                        id,
                        rows: 0,
                        cells: 0,
                        columns: 0,
                        align: Vec::new(),
                        spans: false,
                        structure: false,
                        cell: None,
                    }),
                    "tr" => {
                        if let Some(f) = frames.last_mut() {
                            f.rows += 1;
                            f.cells = 0;
                        }
                    }
                    "td" | "th" => {
                        if let Some(f) = frames.last_mut() {
                            count_cell(f, dom, id);
                            f.cell = Some(id);
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
                    if by_role || (name == "li" && !containers.is_empty()) {
                        definitions.entry(note_id).or_insert(id);
                    }
                }
            }
            Edge::Close(id) => {
                if containers.last() == Some(&id) {
                    containers.pop();
                }
                let Some(f) = frames.last_mut() else { continue };
                if f.cell == Some(id) {
                    f.cell = None;
                } else if dom.is(id, &local_name!("tr")) {
                    f.columns = f.columns.max(f.cells);
                } else if f.id == id {
                    let f = frames.pop().expect("a frame");
                    if let Some(outer) = frames.last_mut() {
                        if outer.cell.is_some() {
                            outer.structure = true;
                        }
                    }
                    plan.tables.insert(id.index(), layout(f));
                }
            }
        }
    }
    number_notes(&mut plan, dom, &definitions, &references);
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

fn layout(f: Frame) -> TableLayout {
    if f.structure || f.columns == 0 {
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
fn number_notes<'a>(
    plan: &mut Plan<'a>,
    dom: &'a Dom,
    definitions: &FastMap<&'a str, NodeId>,
    references: &[(NodeId, &'a str)],
) {
    let mut numbers: FastMap<usize, u32> = FastMap::default();
    for &(link, target) in references {
        let Some(&note) = definitions.get(target) else {
            continue;
        };
        // A reference inside its own note is no reference.
        if dom.ancestors(link).any(|a| a == note) {
            continue;
        }
        let next = u32::try_from(numbers.len() + 1).unwrap_or(u32::MAX);
        let n = *numbers.entry(note.index()).or_insert(next);
        plan.noterefs.insert(link.index(), n);
        for id in [Some(link), dom.parent(link)].into_iter().flatten() {
            if let Some(v) = dom.attr(id, "id").filter(|v| !v.is_empty()) {
                plan.ref_ids.insert(v, ());
            }
        }
    }
    plan.notes = numbers;
}
