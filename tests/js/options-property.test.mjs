// Random option objects, hostile ones among them (getters, setters, Proxies
// whose traps throw or call gisty, symbols, inherited values, huge strings,
// wrong types, values with toJSON), drawn from a seeded generator so a run
// can be repeated: every call gives a result or an Error with a known
// code, and an ordinary call right after still works. GISTY_OPTIONS_SEED
// and GISTY_OPTIONS_CASES explore further.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './xss/harness.mjs';

const require = createRequire(import.meta.url);
const nodePkg = join(root, 'www', 'pkg-node', 'gisty.js');
const skip = existsSync(nodePkg) ? false : 'www/pkg-node is missing: run `make build` first';

const SEED = Number(process.env.GISTY_OPTIONS_SEED ?? 20261201);
const CASES = Number(process.env.GISTY_OPTIONS_CASES ?? 1500);
const CODES = new Set(['INVALID_INPUT', 'INPUT_TOO_LARGE', 'NOT_READERABLE', 'INVALID_OPTIONS', 'INTERNAL', 'REENTRANT']);

const PAGE = `<html><head><title>Canal walks</title></head><body><article><h1>Canal walks</h1>
<p>The towpath runs for twelve miles between the two locks, past mills that once spun cotton for export.</p>
<p>Walkers can rest at the old lock keeper's cottage, which now serves tea on summer weekends.</p></article></body></html>`;

/** A small deterministic generator (xorshift32). */
function generator(seed) {
  let x = seed >>> 0 || 1;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n), pick: (xs) => xs[Math.floor(next() * xs.length)] };
}

const NAMES = ['type', 'length', 'format', 'maxSentences', 'url', 'language', 'keywords', 'maxInputBytes', 'maxNodes',
  'maxDepth', 'maxAttributes', 'maxSentencesScored', 'colour', '__proto__', 'constructor', 'toString', ''];

function value(r, g) {
  switch (r.int(14)) {
    case 0: return r.pick(['key-points', 'tldr', 'teaser', 'headline', 'short', 'medium', 'long', 'plain-text', 'markdown']);
    case 1: return r.pick([0, 1, 3, 100, 101, -1, 1.5, 2 ** 32, NaN, Infinity]);
    case 2: return r.pick(['en', 'de', 'xx', 'english', '', 'https://example.org/a']);
    case 3: return 'x'.repeat(r.pick([10, 70, 70_000]));
    case 4: return null;
    case 5: return undefined;
    case 6: return r.pick([true, false, 10n, Symbol('s')]);
    case 7: return { toJSON() { g.summarize(PAGE); return 1; } };
    case 8: return [1, 2];
    case 9: return () => 'tldr';
    case 10: return new String('tldr');
    case 11: return { valueOf() { g.summarize(PAGE); return 3; } };
    default: return r.pick([3, 'tldr', 'medium']);
  }
}

function options(r, g) {
  const kind = r.int(10);
  if (kind === 0) return r.pick([null, undefined, 42, 'tldr', [], () => {}]);
  const base = kind === 1 ? Object.create({ maxInputBytes: 10, type: 'tldr' }) : {};
  for (let i = r.int(5); i > 0; i--) {
    const name = r.pick(NAMES);
    if (r.int(6) === 0) {
      Object.defineProperty(base, name, {
        enumerable: r.int(2) === 0,
        configurable: true,
        get() { if (r.int(2)) g.summarize(PAGE); if (r.int(3) === 0) throw new Error('getter'); return value(r, g); },
      });
    } else {
      try { base[name] = value(r, g); } catch { /* a read-only name */ }
    }
  }
  if (r.int(8) === 0) base[Symbol('k')] = 1;
  if (kind < 4) return base;
  if (kind === 4) {
    const trap = r.pick(['ownKeys', 'getOwnPropertyDescriptor', 'get', 'has', 'getPrototypeOf']);
    return new Proxy(base, {
      [trap](...args) {
        if (r.int(2)) g.summarize(PAGE);
        if (r.int(2)) throw new Error(`trap ${trap}`);
        return Reflect[trap](...args);
      },
    });
  }
  return base;
}

test('random and hostile option objects: a result or a coded Error, and the module keeps working', { skip }, () => {
  const g = require(nodePkg);
  const quiet = console.error;
  console.error = () => {};
  const r = generator(SEED);
  const seen = new Map();
  try {
    for (let i = 0; i < CASES; i++) {
      const entry = r.pick(['summarize', 'extract', 'summarizeText', 'isProbablyReaderable']);
      let outcome;
      try {
        const result = g[entry](PAGE, options(r, g));
        outcome = 'result';
        assert.ok(result !== undefined, `case ${i}: ${entry} gave undefined`);
      } catch (e) {
        assert.ok(e instanceof Error, `case ${i}: ${entry} threw a non-Error: ${e}`);
        assert.ok(CODES.has(e.code), `case ${i}: ${entry} threw ${e.code}: ${e.message}`);
        outcome = e.code;
      }
      seen.set(outcome, (seen.get(outcome) ?? 0) + 1);
      assert.ok(g.summarize(PAGE).textContent.includes('towpath'), `case ${i}: the next call works`);
    }
  } finally {
    console.error = quiet;
  }
  // The generator reaches both kinds of outcome, and REENTRANT never: these
  // options are read before any work starts.
  assert.ok(seen.get('result') > 0 && seen.get('INVALID_OPTIONS') > 0, JSON.stringify([...seen]));
  assert.ok(!seen.has('REENTRANT') && !seen.has('INTERNAL'), JSON.stringify([...seen]));
});
