#!/usr/bin/env bash
# Where gisty's time goes: counts instructions per function with
# valgrind's callgrind on a native build of examples/cli.rs over pages of
# both extraction corpora (N per corpus, spread evenly, default 40).
# Instruction counts are repeatable, unlike timings on a loaded machine.
# Only the work inside gisty's extraction is counted (--toggle-collect on
# the pipeline's entry point alone: each match toggles, so a second pattern
# for a caller, Builder::extract when it is not inlined, would turn the
# count off again),
# not reading files or printing JSON.
#
#   bench/profile.sh [N]
#
# Prints the top functions by their own instructions (exclusive) and by
# instructions including their callees (inclusive).
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:-40}
shared=../shared
if [ ! -f "$shared/eval/score_extract.py" ]; then
  echo "profile skipped: $shared (corpora and scorers) is not present"
  exit 0
fi
if ! command -v valgrind > /dev/null; then
  echo "profile skipped: valgrind is not installed (apt-get install valgrind)"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Symbols and line tables, same optimizations as the release profile.
cargo build --quiet --release --example cli --target-dir target/profile --config 'profile.release.debug="line-tables-only"'
cli=target/profile/release/examples/cli

for corpus in readability-pages trafilatura-eval; do
  python3 "$shared/eval/score_extract.py" manifest "$shared/data/$corpus" > "$work/$corpus.jsonl"
  total=$(wc -l < "$work/$corpus.jsonl")
  # Every (total/n)-th page, as the benchmarks sample.
  awk -v n="$n" -v total="$total" 'BEGIN { if (n <= 0 || n > total) n = total }
    { i = NR - 1; if (int(i * n / total) != int((i - 1) * n / total) || i == 0) print }' \
    "$work/$corpus.jsonl" >> "$work/pages.jsonl"
done
pages=$(wc -l < "$work/pages.jsonl")

valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" \
  --toggle-collect='gisty::pipeline::Run::extract*' \
  "$cli" extract "$work/pages.jsonl" > /dev/null 2> "$work/valgrind.log" || {
  tail -20 "$work/valgrind.log"
  exit 1
}

echo "callgrind over $pages pages (extraction only), instructions by function"
echo "(inlined code counts in the function it was inlined into)"
# callgrind_annotate splits a function by source file when line tables are
# present (inlined code); add the parts up per function.
annotate() {
  callgrind_annotate --auto=no --inclusive="$1" --threshold=100 "$work/callgrind.out" 2> /dev/null | python3 -c '
import re, sys
total, per, table = 0, {}, False
for line in sys.stdin:
    if "file:function" in line:
        table = True
    m = re.match(r"\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)", line)
    if not m:
        continue
    count, where = int(m.group(1).replace(",", "")), m.group(2).strip()
    if where.startswith("PROGRAM TOTALS"):
        total = count
    elif table:
        fn = re.sub(r"\s*\[[^\]]*\]$", "", where.split(":", 1)[-1])
        # Exclusive parts add up; inclusive parts overlap (calls made from
        # inlined code count in both), so the largest part is kept.
        per[fn] = per.get(fn, 0) + count if sys.argv[1] == "no" else max(per.get(fn, 0), count)
print(f"{total:>15,}  100.0%  total")
if len(sys.argv) > 2:
    per = {fn: c for fn, c in per.items() if re.match(sys.argv[2], fn)}
for fn, count in sorted(per.items(), key=lambda kv: -kv[1])[:25]:
    print(f"{count:>15,}  {100 * count / max(total, 1):5.1f}%  {fn[:140]}")
' "$@"
}
echo
echo "== exclusive (the function's own instructions)"
annotate no
echo
echo "== inclusive (with everything it calls; callers above the extraction show the total)"
annotate yes
echo
echo "== inclusive, gisty's own functions"
annotate yes "<?gisty::"
