//! Chosen article → what to drop inside it.
//!
//! In: the [`Dom`], the page analysis, the article's root blocks and the
//! pass's rules. Out: a [`Plan`]: the nodes to remove, and how much text is
//! left once they are gone.
//!
//! One post-order walk: every element is judged after its children, on the
//! sums of what is kept below it, so an inner share bar, once dropped, no
//! longer makes its paragraph look like navigation. The rules
//! ([`Cleaner::drop_reason`]) look at names (furniture, bylines, dates,
//! captions, credits), at content (link density, images, form fields, too
//! little text) and at short lines' words (date lines, "Read more:",
//! "Photo:", boilerplate labels and what follows them). Then the article's
//! first and last paragraphs are trimmed of advertising disclosures,
//! notices and calls to action, and of headings left with nothing after
//! them. Nothing is changed in the tree here; [`crate::extract`] applies
//! the plan.

use std::hash::Hasher;
use std::sync::LazyLock;

use html5ever::local_name;

use super::choice::Choice;
use super::hints::Hints;
use super::page::{flag, Page, Pass, Stats};
use super::rules;
use super::rules::clean::*;
use crate::parse::dom::{Dom, Edge, NodeId};
use crate::text::{lower_words, Fnv};

/// What to remove from the article, and the text left afterwards.
#[derive(Debug, Default)]
pub(crate) struct Plan {
    pub drop: Vec<NodeId>,
    pub kept_chars: u32,
    /// Why each element was dropped, for study.
    #[cfg(feature = "trace")]
    pub reasons: Vec<(NodeId, &'static str)>,
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
    /// Text inside `<time>` elements.
    time_text: u32,
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
        self.time_text += o.time_text;
    }

    fn link_density(&self) -> f32 {
        if self.text == 0 {
            0.0
        } else {
            (self.links as f32 / self.text as f32).min(1.0)
        }
    }
}

/// Plans the cleaning of the article made of `roots`.
pub(crate) fn plan(
    dom: &Dom,
    page: &Page,
    stats: &Stats,
    choice: &Choice,
    pass: Pass,
    title: Option<&str>,
) -> Plan {
    let mut c = Cleaner {
        dom,
        page,
        pass,
        title_words: title.map(|t| lower_words(t).collect()).unwrap_or_default(),
        sums: vec![Sums::default(); dom.len()],
        dropped: vec![false; dom.len()],
        nested_table: vec![false; dom.len()],
        block_below: vec![false; dom.len()],
        leaves: Vec::new(),
        article_text: choice.text,
        excluded: &stats.excluded,
        plan: Plan::default(),
        byline_seen: false,
        title_seen: false,
        in_code: 0,
        in_figure: 0,
        in_data_table: 0,
        data_tables: Vec::new(),
    };
    for &root in &choice.roots {
        c.mark_nested_tables(root);
        c.walk(root, root != choice.top);
        if !c.dropped[root.index()] {
            c.plan.kept_chars += c.sums[root.index()].text;
        }
    }
    c.trim_head(&choice.roots);
    c.trim_tail(&choice.roots);
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
    /// Whether a block with text is among the kept content below a node.
    block_below: Vec<bool>,
    /// Paragraph-level blocks kept so far, in document order.
    leaves: Vec<NodeId>,
    /// Text of the chosen blocks before cleaning.
    article_text: u32,
    /// Blocks the pass set aside before scoring (furniture by its names).
    excluded: &'a [bool],
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

    /// Walks one block of the article; `judge_root` says whether the block
    /// itself may be dropped (a sibling joined to the article may).
    fn walk(&mut self, root: NodeId, judge_root: bool) {
        let mut walk = self.dom.traverse(root);
        while let Some(edge) = walk.next() {
            match edge {
                Edge::Open(id) => {
                    if self.page.has(id, flag::JUNK) && is_render_hint(self.dom, id) {
                        // Not content, and not counted as anything, but
                        // left in the tree for the renderer to read.
                        self.dropped[id.index()] = true;
                        walk.skip_subtree();
                        continue;
                    }
                    if self.page.has(id, flag::JUNK)
                        || (self.excluded[id.index()] && !self.holds_lead(id))
                    {
                        self.drop_for(id, "junk or set aside");
                        walk.skip_subtree();
                        continue;
                    }
                    self.open(id);
                }
                Edge::Close(id) => {
                    if self.dropped[id.index()] {
                        continue;
                    }
                    self.close(id, root, judge_root);
                }
            }
        }
    }

    fn drop(&mut self, id: NodeId) {
        self.dropped[id.index()] = true;
        self.plan.drop.push(id);
    }

    /// Drops an element, noting the rule when tracing.
    fn drop_for(&mut self, id: NodeId, reason: &'static str) {
        #[cfg(feature = "trace")]
        self.plan.reasons.push((id, reason));
        #[cfg(not(feature = "trace"))]
        let _ = reason;
        self.drop(id);
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

    fn close(&mut self, id: NodeId, root: NodeId, judge_root: bool) {
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
        if (id != root || judge_root) && tag.is_some() {
            self.drop_boilerplate_runs(id);
            if let Some(reason) = self.drop_reason(id, own_data_table) {
                self.drop_for(id, reason);
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
            Some(local_name!("time")) => own.time_text = own.text,
            _ => {}
        }
        self.sums[i] = own;
        // Paragraph-level blocks (blocks with text and no such block
        // inside), in document order, for trimming the article's tail.
        let text_block = self.page.has(id, flag::BLOCK) && own.text > 0;
        if text_block && !self.block_below[i] {
            self.leaves.push(id);
        }
        if id == root {
            return;
        }
        if let Some(p) = dom.parent(id) {
            self.sums[p.index()].add(&own);
            if text_block || self.block_below[i] {
                self.block_below[p.index()] = true;
            }
        }
    }

    /// Drops the first paragraphs while they only disclose advertising
    /// ("Anzeige", "This post contains affiliate links").
    fn trim_head(&mut self, roots: &[NodeId]) {
        let mut checked = 0;
        let mut i = 0;
        while let Some(&leaf) = self.leaves.get(i) {
            i += 1;
            if checked >= HEAD_BLOCKS {
                break;
            }
            if self.is_gone(leaf, roots) {
                continue;
            }
            checked += 1;
            let text = self.sums[leaf.index()].text;
            let words = self.kept_text(leaf, MAX_NOTICE_CHARS).to_lowercase();
            let disclosure = LISTS
                .disclosure_phrases
                .iter()
                .any(|p| contains_words(&words, p));
            if text > MAX_NOTICE_CHARS || !disclosure {
                break;
            }
            self.drop_for(leaf, "disclosure");
            self.plan.kept_chars = self.plan.kept_chars.saturating_sub(text);
        }
    }

    /// Drops, among the article's last paragraphs, the calls to action and
    /// notices ("Subscribe to our newsletter", "Follow us on Twitter").
    fn trim_tail(&mut self, roots: &[NodeId]) {
        let mut checked = 0;
        // Headings at the very end announce what was cut away.
        let mut at_end = true;
        while let Some(leaf) = self.leaves.pop() {
            if checked >= TAIL_BLOCKS {
                break;
            }
            if self.is_gone(leaf, roots) {
                continue;
            }
            checked += 1;
            let text = self.sums[leaf.index()].text;
            let heading = matches!(
                self.dom.tag(leaf).map(|t| &**t),
                Some("h1" | "h2" | "h3" | "h4" | "h5" | "h6")
            );
            // (Never the article's only text.)
            let orphan = at_end && heading && self.plan.kept_chars > text * ORPHAN_HEADING_RATIO;
            at_end &= heading;
            if orphan
                || (text <= MAX_NOTICE_CHARS && is_notice(&self.kept_text(leaf, MAX_NOTICE_CHARS)))
            {
                self.drop_for(leaf, if orphan { "closing heading" } else { "notice" });
                self.plan.kept_chars = self.plan.kept_chars.saturating_sub(text);
            }
        }
    }

    /// Whether a block or one of its ancestors (below the article's
    /// blocks) was dropped.
    fn is_gone(&self, id: NodeId, roots: &[NodeId]) -> bool {
        if self.dropped[id.index()] {
            return true;
        }
        for a in self.dom.ancestors(id) {
            if self.dropped[a.index()] {
                return true;
            }
            if roots.contains(&a) {
                break;
            }
        }
        false
    }

    /// The rules, in order; the first that applies drops the element, and
    /// its name says why.
    fn drop_reason(&mut self, id: NodeId, own_data_table: bool) -> Option<&'static str> {
        let dom = self.dom;
        let tag = dom.tag(id)?;
        let s = self.sums[id.index()];
        let hints = self.page.hints(id);
        let block = self.page.has(id, flag::BLOCK);
        let leaf = block && s.paragraphs == 0;
        match *tag {
            // Furniture by its tag, unless it holds most of the article.
            local_name!("nav") | local_name!("aside") | local_name!("footer") => {
                return (s.text * FURNITURE_ARTICLE_SHARE <= self.article_text)
                    .then_some("furniture tag");
            }
            local_name!("h1") | local_name!("h2") => {
                if !self.title_seen && self.duplicates_title(id) {
                    self.title_seen = true;
                    return Some("title");
                }
                if self.pass.weight(hints) < 0.0 {
                    return Some("heading named as furniture");
                }
            }
            _ => {}
        }
        if hints.has(Hints::SHARE) && s.text < MAX_SHARE_CHARS && self.in_code == 0 {
            return Some("share bar");
        }
        if hints.has(Hints::CREDIT) && s.text < MAX_CREDIT_CHARS {
            return Some("credit");
        }
        if (*tag == local_name!("figcaption") || (hints.has(Hints::CAPTION) && block))
            && s.text < MAX_CAPTION_CHARS
        {
            return Some("short caption");
        }
        if self.pass.weigh_names && hints.has(Hints::DATE) && s.text < MAX_DATE_CHARS {
            return Some("date by name");
        }
        if self.pass.weight(hints) < 0.0 && s.text < MAX_SMALL_FURNITURE_CHARS && leaf {
            return Some("small furniture");
        }
        if self.pass.weigh_names
            && hints.has(Hints::FURNITURE)
            && block
            && s.text * FURNITURE_ARTICLE_SHARE <= self.article_text
        {
            return Some("furniture");
        }
        if !self.byline_seen && s.text > 0 && s.text < MAX_BYLINE_CHARS && self.is_byline(id, hints)
        {
            self.byline_seen = true;
            return Some("byline");
        }
        if leaf
            && self.in_data_table == 0
            && !own_data_table
            && s.text > 0
            && s.text < MAX_DATE_CHARS
            && (s.time_text * TIME_TEXT_SHARE >= s.text
                || is_date_line(&self.kept_text(id, MAX_DATE_CHARS)))
        {
            return Some("date line");
        }
        if leaf && s.text < MAX_CAPTION_LINE_CHARS && self.is_caption_line(id) {
            return Some("caption line");
        }
        if leaf && s.text < MAX_LABELLED_LINE_CHARS && self.starts_with_line_label(id) {
            return Some("labelled line");
        }
        if self.pass.clean_conditionally
            && *tag == local_name!("p")
            && s.text < MAX_LINK_PARAGRAPH_CHARS
            && s.link_density() > LINK_PARAGRAPH_DENSITY
            && !shows_address(&self.kept_text(id, MAX_LINK_PARAGRAPH_CHARS))
        {
            return Some("link paragraph");
        }
        if self.pass.clean_conditionally {
            return self.conditionally_junk(id, &s, own_data_table);
        }
        None
    }

    /// The text kept below `id` (no scripts, nothing dropped), each run of
    /// whitespace as one space, cut after about `max` characters: the rules
    /// that read text read short blocks, and must not pay for a long
    /// script, or a long run of spaces, inside one. Reading stops after
    /// [`KEPT_TEXT_READ_FACTOR`] times that much input, whatever it held.
    fn kept_text(&self, id: NodeId, max: u32) -> String {
        let mut out = String::new();
        let limit = max as usize * 4 + 16;
        let mut budget = limit * KEPT_TEXT_READ_FACTOR;
        let mut in_space = false;
        let mut walk = self.dom.descendants(id);
        while let Some(n) = walk.next() {
            if self.dropped[n.index()] || self.page.has(n, flag::JUNK) {
                walk.skip_children();
                continue;
            }
            let Some(t) = self.dom.text(n) else { continue };
            for c in t.chars() {
                budget = match budget.checked_sub(c.len_utf8()) {
                    Some(left) => left,
                    None => return out,
                };
                if c.is_whitespace() {
                    if !in_space {
                        out.push(' ');
                    }
                    in_space = true;
                    continue;
                }
                in_space = false;
                out.push(c);
                if out.len() > limit {
                    return out;
                }
            }
        }
        out
    }

    /// Whether a block set aside as furniture holds the article's lead (an
    /// article header often does), and so must be cleaned, not dropped.
    fn holds_lead(&self, id: NodeId) -> bool {
        self.dom
            .descendants(id)
            .any(|d| self.page.hints(d).has(Hints::LEAD))
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
        let heading: Vec<String> = lower_words(&self.kept_text(id, MAX_TITLE_CHARS)).collect();
        if heading.is_empty() {
            return false;
        }
        let total: usize = heading.iter().map(|w| w.chars().count()).sum();
        let shared: usize = heading
            .iter()
            .filter(|w| self.title_words.contains(w))
            .map(|w| w.chars().count())
            .sum();
        shared as f32 >= TITLE_HEADING_SHARE * total as f32
    }

    /// Judges lists, tables, forms and generic blocks by their content:
    /// mostly links, mostly images, too short, or form fields.
    fn conditionally_junk(
        &self,
        id: NodeId,
        s: &Sums,
        own_data_table: bool,
    ) -> Option<&'static str> {
        let dom = self.dom;
        let tag = dom.tag(id)?;
        let judged = matches!(
            *tag,
            local_name!("form")
                | local_name!("fieldset")
                | local_name!("table")
                | local_name!("ul")
                | local_name!("div")
                | local_name!("section")
        );
        if !judged || self.in_code > 0 || own_data_table || self.in_data_table > 0 {
            return None;
        }
        let weight = self.pass.weight(self.page.hints(id));
        if weight < 0.0 {
            return Some("named as furniture");
        }
        if s.commas >= PROSE_COMMAS {
            return None;
        }
        let is_list = matches!(*tag, local_name!("ul") | local_name!("ol"))
            || (s.text > 0 && s.list_text as f32 > LIST_TEXT_SHARE * s.text as f32);
        let p = s.paragraphs as f32;
        let images = s.images as f32;
        let in_figure = self.in_figure > 0;
        let heading_density = if s.text == 0 {
            0.0
        } else {
            s.heading_text as f32 / s.text as f32
        };
        let density = s.link_density();
        if s.images > 1
            && p / images < MIN_PARAGRAPHS_PER_IMAGE
            && !in_figure
            && (s.text as f32) < images * TEXT_PER_IMAGE
        {
            return Some("more images than paragraphs");
        }
        if !is_list && s.list_items > s.paragraphs + LONG_LIST_EXTRA_ITEMS {
            return Some("long list");
        }
        if s.inputs as f32 > (p / PARAGRAPHS_PER_INPUT).floor() {
            return Some("form fields");
        }
        if !is_list
            && heading_density < MAX_HEADING_DENSITY
            && s.text < MIN_BLOCK_CHARS
            && (s.images == 0 || s.images > MAX_TEXTLESS_IMAGES)
            && !in_figure
        {
            return Some("too little text");
        }
        if !is_list && weight < rules::NAME_WEIGHT && density > MAX_LINK_DENSITY {
            return Some("links");
        }
        if weight >= rules::NAME_WEIGHT && density > MAX_LINK_DENSITY_NAMED {
            return Some("mostly links");
        }
        None
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
        rows >= DATA_TABLE_MIN_ROWS
            || cols > DATA_TABLE_MAX_LAYOUT_COLUMNS
            || rows * cols > DATA_TABLE_MAX_LAYOUT_CELLS
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
                if fs.text == 0 || fs.link_density() > LABEL_FOLLOWER_LINK_DENSITY {
                    followers.push(f);
                    continue;
                }
                break;
            }
            let last_block = follow.is_none();
            if !followers.is_empty() || last_block {
                self.unsum(parent, c);
                self.drop_for(c, "boilerplate label");
                for f in followers {
                    self.unsum(parent, f);
                    self.drop_for(f, "after boilerplate label");
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
        p.time_text = p.time_text.saturating_sub(c.time_text);
    }

    /// Whether a block's text opens with a label such as "Read more:" or
    /// "Photo:".
    fn starts_with_line_label(&self, id: NodeId) -> bool {
        is_labelled_line(&self.kept_text(id, MAX_LABELLED_LINE_CHARS))
    }

    /// Whether a block's text reads as a picture's caption: it opens with
    /// "Figure 4:" or ends with a credit ("(Photo: Getty)").
    fn is_caption_line(&self, id: NodeId) -> bool {
        is_caption_text(&self.kept_text(id, MAX_CAPTION_LINE_CHARS))
    }

    /// Whether a short block's text is one of the boilerplate labels.
    fn is_label(&self, id: NodeId) -> bool {
        is_boilerplate_label(&normalize_label(&self.kept_text(id, MAX_LABEL_CHARS)))
    }
}

/// Whether a paragraph is a call to action or a notice: it holds one of
/// [`rules::NOTICE_PHRASES`] between word boundaries.
fn is_notice(text: &str) -> bool {
    let lower = text.to_lowercase();
    LISTS
        .notice_phrases
        .iter()
        .any(|p| contains_words(&lower, p))
}

/// Whether `phrase` occurs in `text` between word boundaries.
fn contains_words(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(at, _)| {
        let before = text.get(..at).and_then(|t| t.chars().next_back());
        let after = text.get(at + phrase.len()..).and_then(|t| t.chars().next());
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The rules' word lists that are searched entry by entry, split once
/// (each is written as one string, see [`rules::entries`]).
struct WordLists {
    disclosure_phrases: Vec<&'static str>,
    notice_phrases: Vec<&'static str>,
    line_labels: Vec<&'static str>,
    caption_labels: Vec<&'static str>,
    credit_markers: Vec<&'static str>,
    date_words: Vec<&'static str>,
}

static LISTS: LazyLock<WordLists> = LazyLock::new(|| {
    let split = |list| rules::entries(list).collect();
    WordLists {
        disclosure_phrases: split(rules::DISCLOSURE_PHRASES),
        notice_phrases: split(rules::NOTICE_PHRASES),
        line_labels: split(rules::LINE_LABELS),
        caption_labels: split(rules::CAPTION_LABELS),
        credit_markers: split(rules::CREDIT_MARKERS),
        date_words: split(rules::DATE_WORDS),
    }
});

/// The boilerplate labels as word lists, with a key per label: the hash
/// of its first word in the high bits, its position in the low
/// [`LABEL_INDEX_BITS`], sorted (one sort of integers, which the binary
/// shares with the other integer sorts, rather than a sort of its own).
static LABELS: LazyLock<(Vec<Vec<&'static str>>, Vec<u64>)> = LazyLock::new(|| {
    let labels: Vec<Vec<&'static str>> = rules::entries(rules::BOILERPLATE_LABELS)
        .map(|l| l.split_whitespace().collect::<Vec<_>>())
        .filter(|w| !w.is_empty())
        .collect();
    let mut keys: Vec<u64> = labels
        .iter()
        .enumerate()
        .map(|(i, words)| label_key(words.first().copied().unwrap_or_default()) | i as u64)
        .collect();
    keys.sort_unstable();
    (labels, keys)
});

/// Bits of a label's key that hold its position (far more than there are labels).
const LABEL_INDEX_BITS: u32 = 16;

/// The part of a label's key that its first word decides.
fn label_key(first_word: &str) -> u64 {
    let mut h = Fnv::default();
    h.write(first_word.as_bytes());
    h.finish() & (u64::MAX << LABEL_INDEX_BITS)
}

/// The labels whose first word is `word` (and, rarely, a few whose first
/// word has the same hash, which the caller's comparison rejects).
fn labels_starting(word: &str) -> impl Iterator<Item = &'static [&'static str]> {
    let (labels, keys) = &*LABELS;
    let key = label_key(word);
    let index_mask = !(u64::MAX << LABEL_INDEX_BITS);
    let start = keys.partition_point(|&k| k & !index_mask < key);
    keys[start..]
        .iter()
        .take_while(move |&&k| k & !index_mask == key)
        .filter_map(move |&k| labels.get((k & index_mask) as usize))
        .map(Vec::as_slice)
}

/// Whether a text spells out a web or mail address, which the article
/// gives for the reader to use (not a teaser pointing elsewhere).
fn shows_address(text: &str) -> bool {
    text.contains("://")
        || text.contains("www.")
        || text
            .split_whitespace()
            .any(|w| w.contains('@') && w.contains('.'))
}

/// Whether a line opens with one of [`rules::LINE_LABELS`] and a colon.
fn is_labelled_line(text: &str) -> bool {
    let text = text.trim_start_matches(|c: char| c.is_whitespace() || c == '(' || c == '[');
    let Some((head, _)) = text.split_once([':', '|']) else {
        return false;
    };
    if head.chars().count() > MAX_LINE_LABEL_CHARS {
        return false;
    }
    let head = normalize_label(head);
    LISTS.line_labels.contains(&head.as_str())
}

/// Whether a short text is a caption: "Figure 4: ..." or "Abb. 2: ...",
/// or a credit ([`rules::CREDIT_MARKERS`]) near its end.
fn is_caption_text(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    if let Some((head, _)) = lower.split_once([':', '.']) {
        let word = head.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
        if word.chars().count() <= MAX_CAPTION_LABEL_CHARS
            && LISTS.caption_labels.contains(&word.trim())
        {
            return true;
        }
    }
    let tail_start = lower
        .char_indices()
        .rev()
        .nth(CREDIT_TAIL_CHARS)
        .map_or(0, |(i, _)| i);
    let tail = lower.get(tail_start..).unwrap_or("");
    LISTS.credit_markers.iter().any(|m| tail.contains(m))
}

/// Whether a short text is a boilerplate label: one of
/// [`rules::BOILERPLATE_LABELS`] as a whole, or, for labels of several
/// words, as a run of its words ("Das Thema könnte dich auch
/// interessieren").
fn is_boilerplate_label(norm: &str) -> bool {
    let words: Vec<&str> = norm.split_whitespace().collect();
    for (i, w) in words.iter().enumerate() {
        for label in labels_starting(w) {
            let fits = words.get(i..i + label.len()) == Some(label);
            if fits && (label.len() > 1 || words.len() == 1) {
                return true;
            }
        }
    }
    false
}

/// Whether a line only gives a date or time: numbers and
/// [`rules::DATE_WORDS`], with at most one other short word.
fn is_date_line(text: &str) -> bool {
    let mut numbers = 0;
    let mut date_words = 0;
    let mut others = 0;
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        if word.chars().all(|c| c.is_ascii_digit()) {
            numbers += 1;
            continue;
        }
        let lower = word.to_lowercase();
        if LISTS.date_words.contains(&lower.as_str()) {
            date_words += 1;
        } else {
            others += 1;
        }
    }
    numbers > 0
        && numbers + date_words >= DATE_LINE_MIN_PARTS
        && others <= DATE_LINE_MAX_OTHER_WORDS
        && others * DATE_LINE_PARTS_PER_OTHER <= numbers + date_words
}

/// Lower-cases a label and trims punctuation and whitespace around it.
fn normalize_label(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined = words.join(" ");
    joined
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// Elements that are never content but tell the renderer how to write
/// what is: a list item's checkbox (a task list in Markdown) and a
/// formula's TeX source.
fn is_render_hint(dom: &Dom, id: NodeId) -> bool {
    let Some(el) = dom.element(id) else {
        return false;
    };
    if el.is_mathml() {
        return &*el.name.local == "annotation"
            && el
                .attr("encoding")
                .is_some_and(|e| e.to_ascii_lowercase().contains("tex"));
    }
    dom.is(id, &local_name!("input"))
        && el
            .attr("type")
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("checkbox"))
        && dom
            .ancestors(id)
            .take(3)
            .any(|a| dom.is(a, &local_name!("li")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boilerplate_labels() {
        for label in [
            "related posts",
            "das thema könnte dich auch interessieren",
            "temas relacionados",
            "comments",
        ] {
            assert!(is_boilerplate_label(label), "{label}");
        }
        assert!(!is_boilerplate_label("share of voters rises"));
        assert!(!is_boilerplate_label("unrelated postscript"));
    }

    #[test]
    fn captions() {
        assert!(is_caption_text("Abbildung 4: klassische Schwachschicht."));
        assert!(is_caption_text("Fig. 2. The bridge before the flood"));
        assert!(is_caption_text(
            "Golf im TV: die Zeiten im Überblick. (Foto: Getty)"
        ));
        assert!(is_caption_text("The market at dawn. | © Jane Doe/Agency"));
        assert!(!is_caption_text("Berlin (dpa) - The council met on Monday to discuss the flood defences and voted for new walls."));
        assert!(is_labelled_line("Read more: Storm hits the coast"));
        assert!(!is_labelled_line(
            "More than half of the town flooded: a record."
        ));
    }

    #[test]
    fn notices() {
        assert!(is_notice("Follow us on Twitter and Facebook."));
        assert!(is_notice("Abonnieren Sie unseren Newsletter!"));
        assert!(!is_notice(
            "The sprint ended with a blueprint for the new bridge."
        ));
    }

    #[test]
    fn date_lines() {
        for line in [
            "05:28 Uhr",
            "23.10.2018",
            "05. Februar 2020",
            "Updated: Monday, June 4, 2019 at 10:30 am EDT",
            "Erstellt am Dienstag 6. Mai 2014",
            "Publié le 3 mars 2021 à 14h05",
            "Veröffentlichung: 2. Februar 2022",
        ] {
            assert!(is_date_line(line), "{line}");
        }
        for line in [
            "Am 13. Mai 2014 entschied das Gericht über die Klage.",
            "200 g Zucker",
            "Dezember",
            "Chapter 3",
        ] {
            assert!(!is_date_line(line), "{line}");
        }
    }
}
