#!/usr/bin/env bash
# Builds the wasm module under other release settings and prints each
# one's size after wasm-bindgen and wasm-opt, the way scripts/build ships
# it, to see what a setting saves. Builds go to target/size-variants; www/
# is not touched. Each variant is a full release build (about a minute).
#
#   bench/size-variants.sh            every variant
#   bench/size-variants.sh NAME...    only these (names as printed)
#
# With KEEP=DIR each variant's Node package is also kept in DIR/NAME, for
# timing variants against each other with bench/ab.mjs.
set -euo pipefail
cd "$(dirname "$0")/.."

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
wasm_opt=node_modules/.bin/wasm-opt
target=target/size-variants

gz() { gzip -9c "$1" | wc -c; }

# Builds with extra settings, each either `RUSTFLAGS=...` or a `cargo
# --config` value, then runs wasm-bindgen and wasm-opt with the given
# flags; prints raw and gzip sizes.
variant() {
  local name=$1 opt_flags=$2
  shift 2
  if [ ${#only[@]} -gt 0 ] && [[ ! " ${only[*]} " == *" $name "* ]]; then return; fi
  local configs=() env=()
  for c in "$@"; do
    case $c in
      RUSTFLAGS=*) env+=("$c") ;;
      *) configs+=(--config "$c") ;;
    esac
  done
  env "${env[@]}" cargo build --quiet --release --target wasm32-unknown-unknown --lib --target-dir "$target" "${configs[@]}"
  local raw="$target/wasm32-unknown-unknown/release/gisty.wasm"
  rm -rf "$out/pkg"
  wasm-bindgen --target web --out-dir "$out/pkg" "$raw"
  # shellcheck disable=SC2086
  "$wasm_opt" $opt_flags "$out/pkg/gisty_bg.wasm" -o "$out/opt.wasm"
  printf '%-44s %8d bytes raw %8d bytes gzip -9\n' "$name" "$(wc -c < "$out/opt.wasm")" "$(gz "$out/opt.wasm")"
  if [ -n "${KEEP:-}" ]; then
    rm -rf "${KEEP:?}/$name"
    wasm-bindgen --target nodejs --out-dir "$KEEP/$name" "$raw"
    # shellcheck disable=SC2086
    "$wasm_opt" $opt_flags "$KEEP/$name/gisty_bg.wasm" -o "$KEEP/$name/gisty_bg.wasm"
  fi
}

only=("$@")
shipped='-Oz --skip-pass=memory-packing --strip-debug --strip-producers'
variant baseline "$shipped"
variant wasm-opt-Oz-with-memory-packing "-Oz --strip-debug --strip-producers"
variant wasm-opt-Os "-Os --skip-pass=memory-packing --strip-debug --strip-producers"
variant wasm-opt-O3 "-O3 --skip-pass=memory-packing --strip-debug --strip-producers"
variant wasm-opt-Oz-converge "$shipped --converge"
variant no-wasm-opt "--strip-debug --strip-producers"
# gisty's own settings apply to html5ever's parser too: its generic code
# is compiled as part of gisty.
variant gisty-opt-level-s "$shipped" 'profile.release.package.gisty.opt-level="s"'
variant gisty-opt-level-z "$shipped" 'profile.release.package.gisty.opt-level="z"'
# LLVM's inlining threshold: 150 is the shipped one (.cargo/config.toml;
# a RUSTFLAGS setting replaces it), 75 is opt-level "s"'s and 225 opt-level
# 2's default.
variant gisty-inline-threshold-75 "$shipped" 'RUSTFLAGS=-C llvm-args=-inline-threshold=75'
variant gisty-inline-threshold-225 "$shipped" 'RUSTFLAGS=-C llvm-args=-inline-threshold=225'
variant gisty-opt-level-3 "$shipped" 'profile.release.package.gisty.opt-level=3'
variant all-opt-level-3 "$shipped" 'profile.release.opt-level=3' 'profile.release.package.gisty.opt-level=3'
# WebAssembly SIMD (all current browsers; Safari from 16.4): memchr's
# byte searches and LLVM's loop vectorizer use 128-bit vectors.
variant simd128 "$shipped --enable-simd" 'RUSTFLAGS=-C target-feature=+simd128 -C llvm-args=-inline-threshold=150'
