#!/usr/bin/env node
// What gisty costs to download, and what takes the space.
//
//   node bench/size.mjs                 sizes of the built packages (www/pkg, www/pkg-node)
//   node bench/size.mjs --breakdown     also: a build that keeps function names
//                                       (wasm-bindgen --keep-debug, then wasm-opt -Oz -g
//                                       --strip-dwarf; its memory-packing keeps each
//                                       static in a data segment of its own) from target/.../gisty.wasm, its code
//                                       grouped by crate and by topic (formatting, panics,
//                                       allocator, ...), its largest functions and data
//                                       segments, and twiggy's view when installed
//
// "gzip alone" compresses a group's bytes on their own: a measure of weight
// that does not add up to the module's gzip size (compression shares
// context across groups), but ranks the groups the way gzip sees them.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { flags, root, table } from './common.mjs';

const KB = 1024;
const kb = (n) => (n / KB).toFixed(1);
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const br = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const GOAL_GZ = 250 * KB;

function packageSizes() {
  const files = ['www/pkg/gisty_bg.wasm', 'www/pkg/gisty.js', 'www/pkg-node/gisty_bg.wasm', 'www/pkg-node/gisty.js'];
  const rows = [];
  for (const f of files) {
    const path = join(root, f);
    if (!existsSync(path)) {
      rows.push([f, 'missing (make build)', '', '']);
      continue;
    }
    const bytes = readFileSync(path);
    rows.push([f, bytes.length, gz(bytes), br(bytes)]);
  }
  table(['file', 'raw bytes', 'gzip -9 bytes', 'brotli 11 bytes'], rows);
  const wasm = join(root, 'www/pkg/gisty_bg.wasm');
  if (existsSync(wasm)) {
    const bytes = readFileSync(wasm);
    const g = gz(bytes);
    const big = readModule(bytes).sections.filter((x) => x.size > 2 * KB);
    console.log(`www/pkg/gisty_bg.wasm by section: ${big.map((x) => `${x.label} ${kb(x.size)} KB raw / ${kb(gz(x.bytes))} KB gzip alone`).join('; ')}`);
    console.log(`www/pkg/gisty_bg.wasm gzip: ${kb(g)} KB of the ${kb(GOAL_GZ)} KB goal (${g <= GOAL_GZ ? 'within' : 'over'} by ${kb(Math.abs(GOAL_GZ - g))} KB)`);
  }
}

// ---- a minimal reader of the wasm binary format ----------------------------------------

function reader(bytes, pos = 0) {
  return {
    get pos() {
      return pos;
    },
    byte: () => bytes[pos++],
    u32() {
      let result = 0;
      let shift = 0;
      for (;;) {
        const b = bytes[pos++];
        result += (b & 0x7f) * 2 ** shift;
        if (!(b & 0x80)) return result;
        shift += 7;
      }
    },
    skip(n) {
      pos += n;
    },
    name() {
      const n = this.u32();
      const s = new TextDecoder().decode(bytes.subarray(pos, pos + n));
      pos += n;
      return s;
    },
  };
}

/** Function bodies and data segments with their names, from a module that kept its name section. */
function readModule(bytes) {
  const r = reader(bytes, 8);
  let importedFunctions = 0;
  const bodies = [];
  const segments = [];
  const functionNames = new Map();
  const dataNames = new Map();
  const sections = [];
  while (r.pos < bytes.length) {
    const id = r.byte();
    const size = r.u32();
    const start = r.pos;
    const end = start + size;
    let label = `section ${id}`;
    if (id === 0) {
      const name = r.name();
      label = `custom section "${name}"`;
      if (name === 'name') readNames(reader(bytes, r.pos), end, functionNames, dataNames);
    } else if (id === 2) {
      label = 'imports';
      importedFunctions = countImportedFunctions(r);
    } else if (id === 10) {
      label = 'code';
      const count = r.u32();
      for (let i = 0; i < count; i++) {
        const n = r.u32();
        bodies.push({ index: importedFunctions + i, bytes: bytes.subarray(r.pos, r.pos + n) });
        r.skip(n);
      }
    } else if (id === 11) {
      label = 'data';
      readSegments(r, bytes, segments);
    }
    sections.push({ label, size, bytes: bytes.subarray(start, end) });
    r.skip(end - r.pos);
  }
  for (const b of bodies) b.name = functionNames.get(b.index) || `(function ${b.index}, no name)`;
  segments.forEach((s, i) => {
    s.name = dataNames.get(i) || `data segment ${i}`;
  });
  return { bodies, segments, sections };
}

function countImportedFunctions(r) {
  let functions = 0;
  const count = r.u32();
  for (let i = 0; i < count; i++) {
    r.name();
    r.name();
    const kind = r.byte();
    if (kind === 0) {
      functions++;
      r.u32();
    } else if (kind === 1) {
      r.byte();
      limits(r);
    } else if (kind === 2) {
      limits(r);
    } else if (kind === 3) {
      r.byte();
      r.byte();
    } else if (kind === 4) {
      r.byte();
      r.u32();
    }
  }
  return functions;
}

function limits(r) {
  const flag = r.byte();
  r.u32();
  if (flag & 1) r.u32();
}

function readSegments(r, bytes, segments) {
  const count = r.u32();
  for (let i = 0; i < count; i++) {
    const kind = r.u32();
    if (kind === 2) r.u32();
    if (kind !== 1) skipConstExpr(r);
    const n = r.u32();
    segments.push({ bytes: bytes.subarray(r.pos, r.pos + n) });
    r.skip(n);
  }
}

function skipConstExpr(r) {
  for (;;) {
    const op = r.byte();
    if (op === 0x0b) return;
    if (op === 0x41 || op === 0x23) r.u32();
    else if (op === 0x42) r.u32();
  }
}

function readNames(r, end, functionNames, dataNames) {
  while (r.pos < end) {
    const kind = r.byte();
    const size = r.u32();
    const next = r.pos + size;
    if (kind === 1 || kind === 9) {
      const map = kind === 1 ? functionNames : dataNames;
      const count = r.u32();
      for (let i = 0; i < count; i++) {
        const index = r.u32();
        map.set(index, r.name());
      }
    }
    r.skip(next - r.pos);
  }
}

// ---- grouping --------------------------------------------------------------------------

const PRIMITIVES = new Set(['f32', 'f64', 'i8', 'i16', 'i32', 'i64', 'i128', 'u8', 'u16', 'u32', 'u64', 'u128',
  'isize', 'usize', 'bool', 'char', 'str', 'T', '()']);

/** The crate a symbol belongs to: its path's first segment; for `<T as Trait>`, T's crate unless T is a primitive. */
export function crateOf(name) {
  if (/shim|^__wbg|^__wbindgen|^wasm_bindgen|externref|^\(function/.test(name)) return 'wasm-bindgen glue';
  let s = name.replace(/^[<&*]+(mut |const |dyn )?/, '');
  const drop = /^core(\[[0-9a-f]+\])?::ptr::drop_in_place<(.*)>/.exec(s);
  if (drop) s = drop[2].replace(/^[<&*(\[]+(mut |dyn )?/, '');
  let first = s.split(/::|\[|<| as |>| /)[0];
  if (PRIMITIVES.has(first) || first === '') {
    const trait = / as ([a-z_0-9]+)/.exec(name);
    first = trait ? trait[1] : 'core';
  }
  return first;
}

/** Topics that cut across crates, to see what a language feature costs. */
const TOPICS = [
  ['float formatting (flt2dec, float Display/Debug)', /flt2dec|fmt::float|<f(32|64) as core[^>]*::fmt::(Display|Debug)>/],
  ['float parsing (dec2flt)', /dec2flt/],
  ['other formatting (core::fmt, Display/Debug impls)', /core(\[[0-9a-f]+\])?::fmt|as core(\[[0-9a-f]+\])?::fmt::(Display|Debug|Write)|alloc(\[[0-9a-f]+\])?::fmt/],
  ['panics (panicking, panic hook, Location)', /panic|console_error_panic_hook|begin_panic|rust_begin_unwind/],
  ['allocator (dlmalloc)', /dlmalloc|__rdl_|__rust_alloc|__rust_dealloc|__rust_realloc/],
  ['serde and serde-wasm-bindgen', /^<?&?(serde|serde_wasm_bindgen|serde_path_to_error|tsify)|serde(_wasm_bindgen|_path_to_error)?(\[[0-9a-f]+\])?::|as serde(\[[0-9a-f]+\])?::/],
  ['string interning (string_cache, phf)', /string_cache|phf|markup5ever.*atom|Atom</],
  ['sorting', /slice::sort/],
];

function topicOf(name) {
  for (const [topic, pattern] of TOPICS) if (pattern.test(name)) return topic;
  return null;
}

function groupRows(items, keyOf, limit) {
  const groups = new Map();
  for (const it of items) {
    const k = keyOf(it);
    if (k === null) continue;
    const g = groups.get(k) || { key: k, parts: [], raw: 0, count: 0 };
    g.parts.push(it.bytes);
    g.raw += it.bytes.length;
    g.count++;
    groups.set(k, g);
  }
  const sorted = [...groups.values()].sort((a, b) => b.raw - a.raw);
  return sorted.slice(0, limit).map((g) => {
    const all = Buffer.concat(g.parts.map((p) => Buffer.from(p)));
    return [g.key, g.count, kb(g.raw), kb(gz(all))];
  });
}

/** The first printable run in a data segment, to recognise it. */
function peek(bytes) {
  const text = Buffer.from(bytes.subarray(0, 4000)).toString('latin1').replace(/[^\x20-\x7e]+/g, ' ');
  const words = text.split(' ').filter((w) => w.length >= 3).slice(0, 8).join(' ');
  return words.slice(0, 70);
}

function breakdown() {
  const rawWasm = join(root, 'target/wasm32-unknown-unknown/release/gisty.wasm');
  if (!existsSync(rawWasm)) {
    console.log(`breakdown skipped: ${rawWasm} is missing (make build)`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'gisty-size-'));
  try {
    execFileSync('wasm-bindgen', ['--keep-debug', '--target', 'web', '--out-dir', dir, rawWasm]);
    const named = join(dir, 'named.wasm');
    execFileSync(join(root, 'node_modules/.bin/wasm-opt'), ['-Oz', '-g', '--strip-dwarf', join(dir, 'gisty_bg.wasm'), '-o', named]);
    const bytes = readFileSync(named);
    const { bodies, segments, sections } = readModule(bytes);
    const code = bodies.reduce((a, b) => a + b.bytes.length, 0);
    const data = segments.reduce((a, s) => a + s.bytes.length, 0);
    console.log(`\nnamed build (wasm-bindgen --keep-debug; wasm-opt -Oz -g --strip-dwarf, which keeps each static its own data segment): ${kb(bytes.length)} KB raw with names;`
      + ` code ${kb(code)} KB raw (${bodies.length} functions), data ${kb(data)} KB raw (${segments.length} segments)`);
    console.log(`sections: ${sections.map((s) => `${s.label} ${kb(s.size)}`).join(', ')}`);

    console.log('\ncode by crate (KB; "gzip alone" = the group compressed by itself):');
    table(['crate', 'functions', 'raw KB', 'gzip alone KB'], groupRows(bodies, (b) => crateOf(b.name), 20));
    console.log('\ncode by topic, across crates (a function counts in its first matching topic):');
    table(['topic', 'functions', 'raw KB', 'gzip alone KB'], groupRows(bodies, (b) => topicOf(b.name), 20));
    console.log('\nlargest functions:');
    const top = [...bodies].sort((a, b) => b.bytes.length - a.bytes.length).slice(0, 20);
    table(['function', 'raw KB', 'gzip alone KB'], top.map((b) => [b.name.slice(0, 110), kb(b.bytes.length), kb(gz(b.bytes))]));
    console.log('\nlargest data segments (what they start with):');
    const bigData = [...segments].sort((a, b) => b.bytes.length - a.bytes.length).slice(0, 8);
    table(['segment', 'raw KB', 'gzip alone KB', 'starts with'], bigData.map((s) => [s.name, kb(s.bytes.length), kb(gz(s.bytes)), peek(s.bytes)]), [3]);
    const small = segments.filter((x) => x.bytes.length < 64);
    const smallBytes = Buffer.concat(small.map((x) => Buffer.from(x.bytes)));
    const allData = Buffer.concat(segments.map((x) => Buffer.from(x.bytes)));
    console.log(`all data: ${kb(allData.length)} KB raw / ${kb(gz(allData))} KB gzip alone; of it, ${small.length} segments under 64 bytes `
      + `(small statics): ${kb(smallBytes.length)} KB raw / ${kb(gz(smallBytes))} KB gzip alone`);
    twiggyViews(named);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What retains float formatting, as twiggy sees it, when twiggy is installed. */
function twiggyViews(named) {
  const twiggy = [join(homedir(), '.cargo/bin/twiggy'), '/usr/local/bin/twiggy'].find(existsSync);
  if (!twiggy) {
    console.log('\ntwiggy not installed: skipping its views (cargo install twiggy)');
    return;
  }
  const garbage = execFileSync(twiggy, ['garbage', '-n', '5', named], { encoding: 'utf8' });
  console.log(`\ntwiggy garbage (code nothing reaches):\n${garbage.trim()}`);
}

const f = flags();
packageSizes();
if (f.breakdown) breakdown();
