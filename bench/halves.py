#!/usr/bin/env python3
"""Scores a dev corpus on its two fixed halves and on the whole, with the shared scorers.

  halves.py extract CORPUS PRED.jsonl     # CORPUS: a folder under ../shared/data
  halves.py summary DATA.jsonl PRED.jsonl # DATA: a .jsonl of ../shared/data (cnndm, scitldr, ...)
  halves.py markdown CORPUS PRED.jsonl    # check_markdown.py's figures; PRED from extract --markdown --content
  halves.py half CORPUS|DATA.jsonl ID     # prints A or B for one page or document id

Tuning looks at half A only; half B says whether a change generalizes (a gap over 0.01 between the
halves means it fits pages, not the problem). A page's half comes from a hash of its site (the host
of its URL, "www." dropped), so that pages of one site never fall on both sides; pages without a URL,
and summary documents, are split by a hash of their id. The split never changes: it depends on
nothing but those names.
"""
import hashlib
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("GISTY_SHARED", os.path.join(HERE, "..", "..", "shared"))
EVAL = os.path.join(SHARED, "eval")


def half_of(key):
    """'A' or 'B', from the first byte of the key's SHA-1."""
    return "A" if hashlib.sha1(key.encode("utf-8")).digest()[0] % 2 == 0 else "B"


def site_of(url):
    host = (urlsplit(url or "").hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    # readability-pages all claim to be at "fakehost": their folder names stand for their sites.
    return "" if host in ("", "fakehost") else host


def page_half(page_id, url):
    return half_of(site_of(url) or page_id)


def load_scorer(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(EVAL, name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_rows(path):
    """The JSON lines of a predictions file, blank lines skipped."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def extract(corpus, predictions):
    scorer = load_scorer("score_extract")
    kind, pages = scorer.load_corpus(corpus)
    preds = {row["id"]: row for row in read_rows(predictions)}
    halves = {"A": {}, "B": {}}
    for k, page in pages.items():
        halves[page_half(k, page.get("url"))][k] = page
    for name, subset in (("half A (tuned)", halves["A"]), ("half B (unseen)", halves["B"]), ("whole", pages)):
        print(f"-- {os.path.basename(os.path.normpath(corpus))}, {name}: {len(subset)} pages")
        scorer.score(kind, subset, {k: preds[k] for k in subset if k in preds}, None)
        sys.stdout.flush()


def rendered_text(check, md):
    """The text of the Markdown as a CommonMark renderer shows it: inline pieces joined as they
    stand (check_markdown.py joins them with spaces, which splits `[link](u),` from its comma) and
    images' alt text left out (a renderer writes it into the `alt` attribute, which `text`, the
    page's textContent, does not read either)."""
    words = []
    stack = list(reversed(check.MD.parse(md or "")))
    while stack:
        t = stack.pop()
        if t.type in ("fence", "code_block"):
            words.append("\n" + t.content + "\n")
        elif t.type in ("text", "code_inline"):
            words.append(t.content)
        elif t.type in ("softbreak", "hardbreak", "paragraph_close", "heading_close", "td_close", "th_close"):
            words.append("\n")
        if t.children and t.type != "image":
            stack.extend(reversed(t.children))
    return "".join(words)


def markdown(corpus, predictions):
    """check_markdown.py's three figures on each half and on the whole: the F1 of `text` and of the
    text the Markdown renders to, the pages whose Markdown holds raw HTML, the share of pages whose
    structure (headings, list items, cells, code blocks, quotes, images) agrees with `content`."""
    import contextlib
    import io

    scorer, check = load_scorer("score_extract"), load_scorer("check_markdown")
    kind, pages = scorer.load_corpus(corpus)
    preds = {}
    for row in read_rows(predictions):
        if "error" not in row:
            kinds, raw, text = check.md_kinds_and_text(row.get("markdown", ""))
            row.update(md_text=text, md_raw=raw > 0, md_agrees=kinds == check.html_kinds(row.get("content", "")),
                       md_rendered=rendered_text(check, row.get("markdown", "")))
            preds[row["id"]] = row

    def f1(subset, field):
        got = {k: {"text": preds[k].get(field, "")} for k in subset if k in preds}
        with contextlib.redirect_stdout(io.StringIO()) as out:
            scorer.score(kind, subset, got, None)
        return float(out.getvalue().strip().splitlines()[-1].split()[1])

    halves = {"A": {}, "B": {}}
    for k, page in pages.items():
        halves[page_half(k, page.get("url"))][k] = page
    for name, subset in (("half A (tuned)", halves["A"]), ("half B (unseen)", halves["B"]), ("whole", pages)):
        rows = [preds[k] for k in subset if k in preds]
        raw = sum(r["md_raw"] for r in rows)
        agree = sum(r["md_agrees"] for r in rows) / max(len(rows), 1)
        print(f"-- {os.path.basename(os.path.normpath(corpus))}, {name}: {len(rows)} pages  "
              f"F1 text {f1(subset, 'text'):.3f}  F1 markdown {f1(subset, 'md_text'):.3f}  "
              f"(as rendered {f1(subset, 'md_rendered'):.3f})  "
              f"raw-HTML pages {raw}  structure agrees {agree:.3f}")
        sys.stdout.flush()


def summary(data, predictions):
    rows = [line for line in open(data, encoding="utf-8") if line.strip()]
    tmp = tempfile.mkdtemp(prefix="gisty-halves-")
    paths = {}
    for name in ("A", "B"):
        paths[name] = os.path.join(tmp, f"{name}.jsonl")
        with open(paths[name], "w", encoding="utf-8") as out:
            out.writelines(r for r in rows if half_of(str(json.loads(r)["id"])) == name)
    script = os.path.join(EVAL, "score_summary.py")
    for name, path in (("half A (tuned)", paths["A"]), ("half B (unseen)", paths["B"]), ("whole", data)):
        print(f"-- {os.path.basename(os.path.dirname(os.path.abspath(data)))}, {name}")
        sys.stdout.flush()
        subprocess.run([sys.executable, script, "score", path, predictions], check=True)


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("extract", "summary", "markdown", "half"):
        sys.exit(__doc__)
    cmd, source, arg = sys.argv[1:]
    if cmd == "extract":
        extract(source, arg)
    elif cmd == "summary":
        summary(source, arg)
    elif cmd == "markdown":
        markdown(source, arg)
    elif os.path.isdir(source):
        _, pages = load_scorer("score_extract").load_corpus(source)
        print(page_half(arg, pages[arg].get("url")))
    else:
        print(half_of(arg))


if __name__ == "__main__":
    main()
