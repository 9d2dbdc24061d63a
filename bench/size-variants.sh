#!/usr/bin/env bash
# Builds the wasm module under other release settings and prints each
# one's size after wasm-bindgen and wasm-opt, the way scripts/build ships
# it, to see what a setting saves. Builds go to target/size-variants; www/
# is not touched. Each variant is a full release build (about a minute).
#
#   bench/size-variants.sh            every variant
#   bench/size-variants.sh NAME...    only these (names as printed)
set -euo pipefail
cd "$(dirname "$0")/.."

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
wasm_opt=node_modules/.bin/wasm-opt
target=target/size-variants

gz() { gzip -9c "$1" | wc -c; }

# Builds with extra `cargo --config` settings, then wasm-bindgen and
# wasm-opt with the given flags; prints raw and gzip sizes.
variant() {
  local name=$1 opt_flags=$2
  shift 2
  if [ ${#only[@]} -gt 0 ] && [[ ! " ${only[*]} " == *" $name "* ]]; then return; fi
  local configs=()
  for c in "$@"; do configs+=(--config "$c"); done
  cargo build --quiet --release --target wasm32-unknown-unknown --lib --target-dir "$target" "${configs[@]}"
  rm -rf "$out/pkg"
  wasm-bindgen --target web --out-dir "$out/pkg" "$target/wasm32-unknown-unknown/release/gisty.wasm"
  # shellcheck disable=SC2086
  "$wasm_opt" $opt_flags "$out/pkg/gisty_bg.wasm" -o "$out/opt.wasm"
  printf '%-44s %8d bytes raw %8d bytes gzip -9\n' "$name" "$(wc -c < "$out/opt.wasm")" "$(gz "$out/opt.wasm")"
}

only=("$@")
shipped='-Oz --skip-pass=memory-packing --strip-debug --strip-producers'
variant baseline "$shipped"
variant wasm-opt-Oz-with-memory-packing "-Oz --strip-debug --strip-producers"
variant wasm-opt-Os "-Os --skip-pass=memory-packing --strip-debug --strip-producers"
variant wasm-opt-O3 "-O3 --skip-pass=memory-packing --strip-debug --strip-producers"
variant wasm-opt-Oz-converge "$shipped --converge"
variant no-wasm-opt "--strip-debug --strip-producers"
variant opt-level-z "$shipped" 'profile.release.opt-level="z"'
variant opt-level-3 "$shipped" 'profile.release.opt-level=3'
variant opt-level-z-html5ever-3 "$shipped" 'profile.release.opt-level="z"' 'profile.release.package.html5ever.opt-level=3'
variant opt-level-z-html5ever-s "$shipped" 'profile.release.opt-level="z"' 'profile.release.package.html5ever.opt-level="s"'
