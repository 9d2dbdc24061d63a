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
	@cd fuzz && for target in parse summarize_html summarize_text options; do \
	  case $$target in summarize_text) seeds=seeds/text;; options) seeds=seeds/options;; *) seeds=seeds/html;; esac; \
	  mkdir -p corpus/$$target; \
	  echo "== fuzz $$target for $(FUZZ_SECONDS)s"; \
	  cargo +nightly fuzz run -O $$target corpus/$$target $$seeds -- \
	    -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 -print_final_stats=1 2>&1 \
	    | grep -E 'stat::number_of_executed_units|ERROR|panicked|SUMMARY|Done' || true; \
	  if ls artifacts/$$target/* >/dev/null 2>&1; then echo "findings in fuzz/artifacts/$$target"; exit 1; fi; \
	done

clean:
	cargo clean
	rm -rf www/pkg www/pkg-node www/extension/pkg test-results
