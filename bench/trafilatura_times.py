#!/usr/bin/env python3
"""Times trafilatura's text extraction, one call per page.

Only `trafilatura.extract(html, url=..., output_format="txt")` is timed; reading
and decoding the page are not.

  trafilatura_times.py MANIFEST.jsonl [--warmup N]
      reads {"id","path","url"} lines (as score_extract.py manifest prints them),
      decodes each page like www/cli.mjs (byte order mark, else a charset declared
      in the first 4 KB, else UTF-8), prints {"id","ms","text"} per page, then
      the median and p95 on stderr.
  trafilatura_times.py --serve
      for bench/node.mjs: answers each {"id","url","html"} line on stdin with an
      {"id","ms","text"} line, so the pages alternate with the other contenders.
      The first line printed is {"ready": true, "trafilatura": VERSION, "python": VERSION}.
"""
import codecs
import json
import platform
import re
import statistics
import sys
import time

CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)")


def decode_html(data):
    """Decodes saved page bytes the way www/cli.mjs does."""
    for bom, label in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(label, errors="replace")
    match = CHARSET.search(data[:4096].lower())
    label = match.group(1).decode("ascii", errors="replace") if match else "utf-8"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        name = "utf-8"
    # A meta tag that declares UTF-16 sits in ASCII-compatible bytes: treat it as UTF-8.
    if name.startswith("utf-16") or name.startswith("utf_16"):
        name = "utf-8"
    return data.decode(name, errors="replace")


def timed_extract(trafilatura, html, url):
    start = time.perf_counter()
    text = trafilatura.extract(html, url=url, output_format="txt")
    return (time.perf_counter() - start) * 1000.0, text or ""


def serve(trafilatura):
    out = sys.stdout
    out.write(json.dumps({"ready": True, "trafilatura": trafilatura.__version__,
                          "python": platform.python_version()}) + "\n")
    out.flush()
    for line in sys.stdin:
        if not line.strip():
            continue
        row = json.loads(line)
        try:
            ms, text = timed_extract(trafilatura, row["html"], row.get("url"))
            reply = {"id": row.get("id"), "ms": ms, "text": text}
        except Exception as e:  # a failing page is reported, and the run goes on
            reply = {"id": row.get("id"), "ms": 0.0, "text": "", "error": repr(e)}
        out.write(json.dumps(reply, ensure_ascii=False) + "\n")
        out.flush()


def over_manifest(trafilatura, path, warmup):
    rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    pages = []
    for row in rows:
        with open(row["path"], "rb") as f:
            pages.append((row["id"], row.get("url"), decode_html(f.read())))
    for _, url, html in pages[:warmup]:
        timed_extract(trafilatura, html, url)
    times = []
    for page_id, url, html in pages:
        ms, text = timed_extract(trafilatura, html, url)
        times.append(ms)
        print(json.dumps({"id": page_id, "ms": ms, "text": text}, ensure_ascii=False))
    if times:
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        print(f"trafilatura {trafilatura.__version__}: {len(times)} pages, median "
              f"{statistics.median(times):.2f} ms, p95 {p95:.2f} ms", file=sys.stderr)


def main():
    args = sys.argv[1:]
    try:
        import trafilatura
    except ImportError as e:
        if "--serve" in args:
            print(json.dumps({"ready": False, "error": repr(e)}), flush=True)
        print(f"trafilatura is not available: {e}", file=sys.stderr)
        sys.exit(3)
    if "--serve" in args:
        serve(trafilatura)
    elif args and not args[0].startswith("-"):
        warmup = int(args[args.index("--warmup") + 1]) if "--warmup" in args else 5
        over_manifest(trafilatura, args[0], warmup)
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
