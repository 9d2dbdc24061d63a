#!/usr/bin/env python3
"""Scores a dev corpus on its two fixed halves and on the whole, with the shared scorers.

  halves.py extract CORPUS PRED.jsonl     # CORPUS: a folder under ../shared/data
  halves.py summary DATA.jsonl PRED.jsonl # DATA: a .jsonl of ../shared/data (cnndm, scitldr, ...)
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


def extract(corpus, predictions):
    scorer = load_scorer("score_extract")
    kind, pages = scorer.load_corpus(corpus)
    preds = {}
    with open(predictions, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                preds[row["id"]] = row
    halves = {"A": {}, "B": {}}
    for k, page in pages.items():
        halves[page_half(k, page.get("url"))][k] = page
    for name, subset in (("half A (tuned)", halves["A"]), ("half B (unseen)", halves["B"]), ("whole", pages)):
        print(f"-- {os.path.basename(os.path.normpath(corpus))}, {name}: {len(subset)} pages")
        scorer.score(kind, subset, {k: preds[k] for k in subset if k in preds}, None)
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
    if len(sys.argv) != 4 or sys.argv[1] not in ("extract", "summary", "half"):
        sys.exit(__doc__)
    cmd, source, arg = sys.argv[1:]
    if cmd == "extract":
        extract(source, arg)
    elif cmd == "summary":
        summary(source, arg)
    elif os.path.isdir(source):
        _, pages = load_scorer("score_extract").load_corpus(source)
        print(page_half(arg, pages[arg].get("url")))
    else:
        print(half_of(arg))


if __name__ == "__main__":
    main()
