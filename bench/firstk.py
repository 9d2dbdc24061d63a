#!/usr/bin/env python3
"""Share of summaries that are exactly the text's first k sentences (k = the number of sentences chosen).

  firstk.py PRED.jsonl [PRED.jsonl ...]

PRED rows are what `node www/cli.mjs summarize` prints: {"id", "sentences": [{"text", "index"}, ...]}, with index the
sentence's position in the text as gisty segments it. A summarizer that always takes the lead scores 1.0; the share
says how often the scores found a reason to pick anything else.
"""
import json
import sys


def share(path):
    total = first = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            indices = [s["index"] for s in json.loads(line).get("sentences", [])]
            if not indices:
                continue
            total += 1
            first += sorted(indices) == list(range(len(indices)))
    return first, total


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for path in sys.argv[1:]:
        first, total = share(path)
        print(f"{path}: exactly the first k sentences {first / max(total, 1):.3f} ({first}/{total} summaries)")


if __name__ == "__main__":
    main()
