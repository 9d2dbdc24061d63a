//! Chosen article → what to drop inside it.
//!
//! In: the [`Dom`], the page analysis, the article's root blocks and the
//! pass's rules. Out: a [`Plan`]: the nodes to remove, and how much text is
//! left once they are gone.
//!
//! One post-order walk: every element is judged after its children, on the
//! sums of what is kept below it, so an inner share bar, once dropped, no
//! longer makes its paragraph look like navigation. Nothing is changed in
//! the tree here; [`crate::extract`] applies the plan.

use html5ever::local_name;

use crate::dom::{Dom, Edge, NodeId};
use crate::extract::{flag, Page, Pass};
use crate::hints::Hints;
use crate::rules;

/// What to remove from the article, and the text left afterwards.
#[derive(Debug, Default)]
pub(crate) struct Plan {
    pub drop: Vec<NodeId>,
    pub kept_chars: u32,
}

/// Sums over the kept content below an element.
#[derive(Clone, Copy, Default)]
struct Sums {
    text: u32,
    links: u32,
    commas: u32,
    paragraphs: u32,
    images: u32,
    list_items: u32,
    inputs: u32,
    heading_text: u32,
    list_text: u32,
    tables: u32,
}

impl Sums {
    fn add(&mut self, o: &Sums) {
        self.text += o.text;
        self.links += o.links;
        self.commas += o.commas;
        self.paragraphs += o.paragraphs;
        self.images += o.images;
        self.list_items += o.list_items;
        self.inputs += o.inputs;
        self.heading_text += o.heading_text;
        self.list_text += o.list_text;
        self.tables += o.tables;
    }

    fn link_density(&self) -> f32 {
        if self.text == 0 {
            0.0
        } else {
            (self.links as f32 / self.text as f32).min(1.0)
        }
    }
}

/// Maximum text of a byline block, in characters.
const MAX_BYLINE_CHARS: u32 = 100;
/// A share bar larger than this is not just a share bar.
const MAX_SHARE_CHARS: u32 = 500;
/// An image credit or copyright line is short.
const MAX_CREDIT_CHARS: u32 = 150;
/// Blocks with at least this many commas read as prose and are kept.
const PROSE_COMMAS: u32 = 10;
/// Longest text compared against [`rules::BOILERPLATE_LABELS`].
const MAX_LABEL_CHARS: u32 = 60;

/// Plans the cleaning of the article made of `roots`.
pub(crate) fn plan(
    dom: &Dom,
    page: &Page,
    roots: &[NodeId],
    pass: Pass,
    title: Option<&str>,
) -> Plan {
    let mut c = Cleaner {
        dom,
        page,
        pass,
        title_words: title.map(words).unwrap_or_default(),
        sums: vec![Sums::default(); dom.len()],
        dropped: vec![false; dom.len()],
        nested_table: vec![false; dom.len()],
        plan: Plan::default(),
        byline_seen: false,
        title_seen: false,
        in_code: 0,
        in_figure: 0,
        in_data_table: 0,
        data_tables: Vec::new(),
    };
    for &root in roots {
        c.mark_nested_tables(root);
        c.walk(root);
        c.plan.kept_chars += c.sums[root.index()].text;
    }
    c.plan
}

struct Cleaner<'a> {
    dom: &'a Dom,
    page: &'a Page,
    pass: Pass,
    title_words: Vec<String>,
    sums: Vec<Sums>,
    dropped: Vec<bool>,
    nested_table: Vec<bool>,
    plan: Plan,
    byline_seen: bool,
    title_seen: bool,
    in_code: u32,
    in_figure: u32,
    in_data_table: u32,
    /// Open tables: whether each is a data table.
    data_tables: Vec<bool>,
}

impl Cleaner<'_> {
    /// Marks tables that hold other tables (layout, not data).
    fn mark_nested_tables(&mut self, root: NodeId) {
        let mut open: Vec<NodeId> = Vec::new();
        for edge in self.dom.traverse(root) {
            match edge {
                Edge::Open(id) if self.dom.is(id, &local_name!("table")) => {
                    if let Some(&outer) = open.last() {
                        self.nested_table[outer.index()] = true;
                    }
                    open.push(id);
                }
                Edge::Close(id) if self.dom.is(id, &local_name!("table")) => {
                    open.pop();
                }
                _ => {}
            }
        }
    }

    fn walk(&mut self, root: NodeId) {
        let mut walk = self.dom.traverse(root);
        while let Some(edge) = walk.next() {
            match edge {
                Edge::Open(id) => {
                    if self.page.has(id, flag::JUNK) {
                        self.drop(id);
                        walk.skip_subtree();
                        continue;
                    }
                    self.open(id);
                }
                Edge::Close(id) => {
                    if self.dropped[id.index()] {
                        continue;
                    }
                    self.close(id, root);
                }
            }
        }
    }

    fn drop(&mut self, id: NodeId) {
        self.dropped[id.index()] = true;
        self.plan.drop.push(id);
    }

    fn open(&mut self, id: NodeId) {
        let i = id.index();
        let dom = self.dom;
        if self.page.text_len[i] > 0 {
            let s = &mut self.sums[i];
            s.text = self.page.text_len[i];
            s.commas = self.page.text_commas[i];
        }
        let Some(tag) = dom.tag(id) else { return };
        match *tag {
            local_name!("code") | local_name!("pre") => self.in_code += 1,
            local_name!("figure") => self.in_figure += 1,
            local_name!("table") => {
                let data = self.is_data_table(id);
                self.data_tables.push(data);
                if data {
                    self.in_data_table += 1;
                }
            }
            _ => {}
        }
    }

    fn close(&mut self, id: NodeId, root: NodeId) {
        let dom = self.dom;
        let i = id.index();
        let tag = dom.tag(id).cloned();
        // Leave the element's context before judging it: its own table or
        // figure does not shield it.
        let mut own_data_table = false;
        match tag {
            Some(local_name!("code")) | Some(local_name!("pre")) => {
                self.in_code = self.in_code.saturating_sub(1)
            }
            Some(local_name!("figure")) => self.in_figure = self.in_figure.saturating_sub(1),
            Some(local_name!("table")) => {
                own_data_table = self.data_tables.pop().unwrap_or(false);
                if own_data_table {
                    self.in_data_table = self.in_data_table.saturating_sub(1);
                }
            }
            _ => {}
        }
        if id != root && tag.is_some() {
            self.drop_boilerplate_runs(id);
            if self.should_drop(id, own_data_table) {
                self.drop(id);
                return;
            }
        } else if id == root {
            self.drop_boilerplate_runs(id);
        }
        // Count the element itself into its own sums, then give them to
        // the parent.
        let mut own = self.sums[i];
        match tag {
            Some(local_name!("p")) => own.paragraphs += 1,
            Some(local_name!("img")) => own.images += 1,
            Some(local_name!("li")) => own.list_items += 1,
            Some(local_name!("input")) => own.inputs += 1,
            Some(local_name!("table")) => own.tables += 1,
            Some(local_name!("a")) => own.links = own.text,
            Some(local_name!("h1"))
            | Some(local_name!("h2"))
            | Some(local_name!("h3"))
            | Some(local_name!("h4"))
            | Some(local_name!("h5"))
            | Some(local_name!("h6")) => own.heading_text = own.text,
            Some(local_name!("ul")) | Some(local_name!("ol")) => own.list_text = own.text,
            _ => {}
        }
        self.sums[i] = own;
        if id == root {
            return;
        }
        if let Some(p) = dom.parent(id) {
            self.sums[p.index()].add(&own);
        }
    }

    /// The rules, in order; the first that applies drops the element.
    fn should_drop(&mut self, id: NodeId, own_data_table: bool) -> bool {
        let dom = self.dom;
        let Some(tag) = dom.tag(id) else { return false };
        let s = self.sums[id.index()];
        let hints = self.page.hints(id);
        match *tag {
            local_name!("nav") | local_name!("aside") | local_name!("footer") => return true,
            local_name!("h1") | local_name!("h2") => {
                if !self.title_seen && self.duplicates_title(id) {
                    self.title_seen = true;
                    return true;
                }
                if self.pass.weight(hints) < 0.0 {
                    return true;
                }
            }
            _ => {}
        }
        if hints.has(Hints::SHARE) && s.text < MAX_SHARE_CHARS && self.in_code == 0 {
            return true;
        }
        if hints.has(Hints::CREDIT) && s.text < MAX_CREDIT_CHARS {
            return true;
        }
        if !self.byline_seen && s.text > 0 && s.text < MAX_BYLINE_CHARS && self.is_byline(id, hints)
        {
            self.byline_seen = true;
            return true;
        }
        if self.pass.clean_conditionally && self.conditionally_junk(id, &s, own_data_table) {
            return true;
        }
        false
    }

    /// Whether the block's names or attributes mark it as the author line.
    fn is_byline(&self, id: NodeId, hints: Hints) -> bool {
        let dom = self.dom;
        if dom.attr(id, "rel").is_some_and(|r| r.trim() == "author") {
            return true;
        }
        if dom
            .attr(id, "itemprop")
            .is_some_and(|p| p.split_whitespace().any(|w| w == "author"))
        {
            return true;
        }
        hints.has(Hints::BYLINE)
    }

    /// Whether a heading repeats the page title (most of its words are
    /// title words), which callers get apart from the text.
    fn duplicates_title(&self, id: NodeId) -> bool {
        if self.title_words.is_empty() {
            return false;
        }
        let heading = words(&self.dom.text_content(id));
        if heading.is_empty() {
            return false;
        }
        let total: usize = heading.iter().map(|w| w.chars().count()).sum();
        let shared: usize = heading
            .iter()
            .filter(|w| self.title_words.contains(w))
            .map(|w| w.chars().count())
            .sum();
        shared as f32 >= 0.75 * total as f32
    }

    /// Judges lists, tables, forms and generic blocks by their content:
    /// mostly links, mostly images, too short, or form fields.
    fn conditionally_junk(&self, id: NodeId, s: &Sums, own_data_table: bool) -> bool {
        let dom = self.dom;
        let Some(tag) = dom.tag(id) else { return false };
        let judged = matches!(
            *tag,
            local_name!("form")
                | local_name!("fieldset")
                | local_name!("table")
                | local_name!("ul")
                | local_name!("div")
        );
        if !judged || self.in_code > 0 || own_data_table || self.in_data_table > 0 {
            return false;
        }
        let weight = self.pass.weight(self.page.hints(id));
        if weight < 0.0 {
            return true;
        }
        if s.commas >= PROSE_COMMAS {
            return false;
        }
        let is_list = matches!(*tag, local_name!("ul") | local_name!("ol"))
            || (s.text > 0 && s.list_text as f32 > 0.9 * s.text as f32);
        let p = s.paragraphs as f32;
        let images = s.images as f32;
        let in_figure = self.in_figure > 0;
        let heading_density = if s.text == 0 {
            0.0
        } else {
            s.heading_text as f32 / s.text as f32
        };
        let density = s.link_density();
        (s.images > 1 && p / images < 0.5 && !in_figure)
            || (!is_list && s.list_items > s.paragraphs + 100)
            || (s.inputs as f32 > (p / 3.0).floor())
            || (!is_list
                && heading_density < 0.9
                && s.text < 25
                && (s.images == 0 || s.images > 2)
                && !in_figure)
            || (!is_list && weight < 25.0 && density > 0.2)
            || (weight >= 25.0 && density > 0.5)
    }

    /// Whether a table holds data (keep as is) rather than layout.
    fn is_data_table(&self, table: NodeId) -> bool {
        let dom = self.dom;
        if dom
            .attr(table, "role")
            .is_some_and(|r| matches!(r.trim(), "presentation" | "none"))
            || dom.attr(table, "datatable") == Some("0")
        {
            return false;
        }
        if dom
            .attr(table, "summary")
            .is_some_and(|s| !s.trim().is_empty())
        {
            return true;
        }
        let mut rows = 0u32;
        let mut cols = 0u32;
        let mut has_headers = false;
        let mut row_groups = Vec::new();
        for child in dom.element_children(table) {
            match dom.tag(child).map(|t| &**t) {
                Some("caption") => has_headers |= !dom.text_content(child).trim().is_empty(),
                Some("thead" | "tfoot" | "colgroup" | "col") => has_headers = true,
                Some("tbody") => row_groups.push(child),
                Some("tr") => row_groups.push(table),
                _ => {}
            }
        }
        row_groups.dedup();
        for group in row_groups {
            for row in dom.element_children(group) {
                if !dom.is(row, &local_name!("tr")) {
                    continue;
                }
                rows += 1;
                let mut width = 0u32;
                for cell in dom.element_children(row) {
                    if dom.is(cell, &local_name!("th")) {
                        has_headers = true;
                    }
                    let span = dom
                        .attr(cell, "colspan")
                        .and_then(|v| v.trim().parse::<u32>().ok())
                        .unwrap_or(1)
                        .clamp(1, 1000);
                    width += span;
                }
                cols = cols.max(width);
            }
        }
        if has_headers {
            return true;
        }
        if self.nested_table[table.index()] {
            return false;
        }
        rows >= 10 || cols > 4 || rows * cols > 10
    }

    /// Drops, among the kept children of `parent`, a label that announces
    /// boilerplate ("Related posts", "Comments") together with the links
    /// or list that follow it.
    fn drop_boilerplate_runs(&mut self, parent: NodeId) {
        let dom = self.dom;
        let mut child = dom.node(parent).first_child;
        while let Some(c) = child {
            child = dom.node(c).next_sibling;
            if self.dropped[c.index()] || dom.element(c).is_none() {
                continue;
            }
            let s = self.sums[c.index()];
            if s.text == 0 || s.text > MAX_LABEL_CHARS || !self.is_label(c) {
                continue;
            }
            // The label, then the link-heavy blocks right after it.
            let mut follow = dom.node(c).next_sibling;
            let mut followers = Vec::new();
            while let Some(f) = follow {
                follow = dom.node(f).next_sibling;
                if self.dropped[f.index()] || dom.element(f).is_none() {
                    continue;
                }
                let fs = self.sums[f.index()];
                if fs.text == 0 || fs.link_density() > 0.5 {
                    followers.push(f);
                    continue;
                }
                break;
            }
            let last_block = follow.is_none();
            if !followers.is_empty() || last_block {
                self.unsum(parent, c);
                self.drop(c);
                for f in followers {
                    self.unsum(parent, f);
                    self.drop(f);
                }
            }
        }
    }

    /// Takes a child's sums back out of its parent's.
    fn unsum(&mut self, parent: NodeId, child: NodeId) {
        let c = self.sums[child.index()];
        let p = &mut self.sums[parent.index()];
        p.text = p.text.saturating_sub(c.text);
        p.links = p.links.saturating_sub(c.links);
        p.commas = p.commas.saturating_sub(c.commas);
        p.paragraphs = p.paragraphs.saturating_sub(c.paragraphs);
        p.images = p.images.saturating_sub(c.images);
        p.list_items = p.list_items.saturating_sub(c.list_items);
        p.inputs = p.inputs.saturating_sub(c.inputs);
        p.heading_text = p.heading_text.saturating_sub(c.heading_text);
        p.list_text = p.list_text.saturating_sub(c.list_text);
        p.tables = p.tables.saturating_sub(c.tables);
    }

    /// Whether a short block's text is one of the boilerplate labels.
    fn is_label(&self, id: NodeId) -> bool {
        let text = self.dom.text_content(id);
        let norm = normalize_label(&text);
        !norm.is_empty() && rules::BOILERPLATE_LABELS.contains(&norm.as_str())
    }
}

/// Lower-cases a label and trims punctuation and whitespace around it.
fn normalize_label(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined = words.join(" ");
    joined
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// Lower-case words of a text (letters and digits).
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}
