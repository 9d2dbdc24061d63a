//! Extraction's choices printed to stderr when built with the `trace`
//! feature and run with `GISTY_TRACE` set: a tool for studying pages,
//! never part of a release build.

use super::choice::Choice;
use super::clean::Plan;
use super::page::{flag, Page, Pass, Stats};
use crate::parse::dom::{Dom, NodeId};

fn enabled() -> bool {
    std::env::var_os("GISTY_TRACE").is_some()
}

pub fn describe(dom: &Dom, id: NodeId) -> String {
    let tag = dom.tag(id).map_or("?", |t| &**t);
    let ident = dom.attr(id, "id").unwrap_or("");
    let class = dom
        .attr(id, "class")
        .unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(".");
    format!("{tag}#{ident}.{class}")
}

fn snippet(dom: &Dom, id: NodeId) -> String {
    let text = dom.text_content(id);
    let words: Vec<&str> = text.split_whitespace().collect();
    let limit = if std::env::var_os("GISTY_TRACE_FULL").is_some() {
        3000
    } else {
        90
    };
    words.join(" ").chars().take(limit).collect()
}

pub fn junk(dom: &Dom, id: NodeId) {
    if enabled() && dom.text_content(id).len() > 300 {
        eprintln!("  junk {} [{}]", describe(dom, id), snippet(dom, id));
    }
}

pub fn chosen(dom: &Dom, choice: &Choice) {
    if enabled() {
        let roots: Vec<String> = choice.roots.iter().map(|&r| describe(dom, r)).collect();
        eprintln!("chosen {roots:?}");
    }
}

pub fn candidates(dom: &Dom, stats: &Stats, score: &[f32], ranked: &[NodeId]) {
    if !enabled() {
        return;
    }
    for &c in ranked.iter().take(8) {
        eprintln!(
            "  candidate {:.1} {} text {} links {:.2}",
            score[c.index()],
            describe(dom, c),
            stats.text[c.index()],
            stats.link_density(c)
        );
    }
}

pub fn pass(dom: &Dom, page: &Page, pass: Pass, roots: &[NodeId], plan: &Plan) {
    if !enabled() {
        return;
    }
    let roots: Vec<String> = roots.iter().map(|&r| describe(dom, r)).collect();
    eprintln!("pass {pass:?}\n  roots {roots:?} kept {}", plan.kept_chars);
    for &(d, reason) in &plan.reasons {
        if !page.has(d, flag::JUNK) {
            eprintln!(
                "    drop {} ({reason}) [{}]",
                describe(dom, d),
                snippet(dom, d)
            );
        }
    }
}
