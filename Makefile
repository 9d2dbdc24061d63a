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

clean:
	cargo clean
	rm -rf www/pkg www/pkg-node www/extension/pkg test-results
