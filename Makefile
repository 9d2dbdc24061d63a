# gisty: the two commands a newcomer needs are `make demo` and `make test`.
# Each sets up what is missing first (scripts/setup is idempotent).

PORT ?= 8080

.PHONY: setup build demo test bench bench-quality bench-summary fuzz clean

setup:
	@scripts/setup

build: setup
	@scripts/build

## Builds, then serves www/ on http://127.0.0.1:$(PORT) (the demo page).
demo: build
	@echo "gisty demo: http://127.0.0.1:$(PORT)/"
	@cd www && python3 -m http.server $(PORT) --bind 127.0.0.1

## Every check: format, lints, native tests, wasm tests in Node, Chromium
## and Firefox, the packages' build, and the end-to-end browser tests.
test: setup
	@scripts/test

## Fuzzes each target in fuzz/ for FUZZ_SECONDS (default 60) on one core,
## from the checked-in seeds; findings land in fuzz/artifacts/.
FUZZ_SECONDS ?= 60
fuzz:
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
	@rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	@cd fuzz && for target in parse snapshot summarize_html summarize_text options; do \
	  case $$target in summarize_text|snapshot) seeds=seeds/text;; options) seeds=seeds/options;; *) seeds=seeds/html;; esac; \
	  mkdir -p corpus/$$target; \
	  echo "== fuzz $$target for $(FUZZ_SECONDS)s"; \
	  cargo +nightly fuzz run -O $$target corpus/$$target $$seeds -- \
	    -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 -print_final_stats=1 2>&1 \
	    | grep -E 'stat::number_of_executed_units|ERROR|panicked|SUMMARY|Done' || true; \
	  if ls artifacts/$$target/* >/dev/null 2>&1; then echo "findings in fuzz/artifacts/$$target"; exit 1; fi; \
	done

clean:
	cargo clean
	@scripts/build --clean
	rm -rf test-results

## ---- Benchmarks (not part of `make test`; see bench/) ----
## make bench           speed against Readability.js (jsdom, linkedom) and
##                      trafilatura in Node, against Readability.js in
##                      Chromium, size and its breakdown, scaling.
##                      BENCH_PAGES pages per corpus in Node (default 100;
##                      0 = all 829 pages, about 45 minutes on a loaded
##                      2-core machine, since Readability+jsdom takes ~1 s
##                      a page),
##                      BROWSER_PAGES per corpus in Chromium,
##                      SCALING_LIMIT seconds per scaling case.
## make bench-quality   extraction F1 of www/cli.mjs on each dev corpus, for
##                      both fixed halves (bench/halves.py) and the whole.
## make bench-summary   ROUGE of www/cli.mjs summarize on CNN/DM, SciTLDR and
##                      BBC, for both halves and the whole; dangling openers.
## make bench-profile   where the time goes (callgrind, native build).
## make bench-size      size variants of the release settings (slow).
BENCH_PAGES ?= 100
BROWSER_PAGES ?= 60
SCALING_LIMIT ?= 60
PROFILE_PAGES ?= 40
SHARED ?= ../shared

.PHONY: bench-profile bench-size bench-python

# trafilatura 2.3.1 for the comparison column (its lxml needs lxml_html_clean).
bench-python:
	@python3 -c 'import sys, trafilatura; sys.exit(trafilatura.__version__ != "2.3.1")' 2>/dev/null \
	  || pip install --quiet trafilatura==2.3.1 lxml_html_clean \
	  || echo "bench: trafilatura could not be installed; its column will be missing"

bench: build bench-python
	@echo "== Node: gisty vs Readability.js + jsdom / linkedom vs trafilatura"
	@node --expose-gc bench/node.mjs --pages $(BENCH_PAGES)
	@echo; echo "== Chromium: gisty vs Readability.js in the page"
	@node bench/browser.mjs --pages $(BROWSER_PAGES)
	@echo; echo "== Size"
	@node bench/size.mjs --breakdown
	@echo; echo "== Scaling"
	@node bench/scaling.mjs --limit $(SCALING_LIMIT)

bench-quality: build
	@if [ ! -f $(SHARED)/eval/score_extract.py ]; then echo "bench-quality skipped: $(SHARED) is not present"; exit 0; fi; \
	for corpus in readability-pages trafilatura-eval wcxb; do \
	  echo "== $$corpus"; \
	  python3 $(SHARED)/eval/score_extract.py manifest $(SHARED)/data/$$corpus > /tmp/gisty-bench-$$corpus.jsonl && \
	  node www/cli.mjs extract /tmp/gisty-bench-$$corpus.jsonl > /tmp/gisty-bench-$$corpus.pred.jsonl && \
	  GISTY_SHARED=$(SHARED) python3 bench/halves.py extract $(SHARED)/data/$$corpus /tmp/gisty-bench-$$corpus.pred.jsonl \
	  || exit 1; \
	done

bench-summary: build
	@if [ ! -f $(SHARED)/eval/score_summary.py ]; then echo "bench-summary skipped: $(SHARED) is not present"; exit 0; fi; \
	python3 -c 'import rouge_score' 2>/dev/null || pip install --quiet rouge-score; \
	for data in cnndm scitldr bbc-summary; do \
	  echo "== $$data"; \
	  python3 $(SHARED)/eval/score_summary.py manifest $(SHARED)/data/$$data/dev.jsonl > /tmp/gisty-bench-$$data.jsonl && \
	  node www/cli.mjs summarize /tmp/gisty-bench-$$data.jsonl > /tmp/gisty-bench-$$data.pred.jsonl && \
	  GISTY_SHARED=$(SHARED) python3 bench/halves.py summary $(SHARED)/data/$$data/dev.jsonl /tmp/gisty-bench-$$data.pred.jsonl \
	  || exit 1; \
	done; \
	python3 $(SHARED)/eval/dangling.py /tmp/gisty-bench-cnndm.pred.jsonl

bench-profile:
	@bench/profile.sh $(PROFILE_PAGES)

bench-size: build
	@bench/size-variants.sh
