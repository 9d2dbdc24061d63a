#!/usr/bin/env node
// How gisty's time and memory grow with the input, in Node (wasm build):
// synthetic article pages of 100 KB, 1 MB and 10 MB, 100,000 nested
// elements, and many attributes on one element (10,000 to 80,000, then
// 1,000,000 under a time limit).
//
// Each case runs in a fresh Node process, so its memory figures are its
// own: the wasm memory's size after the calls (it only grows, so this is
// the peak) and the process's peak resident set size.
//
//   node bench/scaling.mjs [--limit SECONDS] [--only TEXT]
//       (time limit per case, default 60; only the cases whose name contains TEXT)

import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { flags, median, ms, require, root, table } from './common.mjs';

const MB = 1024 * 1024;

/** A deterministic stream of pseudo-random words (a linear congruential generator). */
function words(seed) {
  const vocabulary = ('the river rose after rain fell on hills north town council said bridge closed '
    + 'engineers found crack in pier repairs will take weeks traffic moved to ferry residents asked '
    + 'for help mayor promised funds water level dropped slowly farmers counted losses school opened late')
    .split(' ');
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return vocabulary[state % vocabulary.length];
  };
}

function sentence(next) {
  const n = 8 + (next().length % 12);
  const w = Array.from({ length: n }, next);
  return w[0][0].toUpperCase() + w.join(' ').slice(1) + '.';
}

/** An article page of about `bytes` bytes: navigation, the story, a sidebar, a footer. */
export function articlePage(bytes) {
  const next = words(bytes);
  const nav = '<nav><ul>' + Array.from({ length: 12 }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join('') + '</ul></nav>';
  const aside = '<aside class="related"><h2>Related</h2><ul>'
    + Array.from({ length: 8 }, (_, i) => `<li><a href="/r/${i}">${sentence(next)}</a></li>`).join('') + '</ul></aside>';
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Flood report | Coast News</title></head><body>${nav}`
    + '<main><article><h1>Flood report</h1><p class="byline">By A. Writer</p>';
  const tail = `</article>${aside}</main><footer><p>Copyright Coast News</p></footer></body></html>`;
  const parts = [head];
  let size = head.length + tail.length;
  for (let i = 0; size < bytes; i++) {
    const p = i % 7 === 6
      ? `<h2>${sentence(next)}</h2>`
      : `<p>${Array.from({ length: 4 }, () => sentence(next)).join(' ')} <a href="/x/${i}">more</a></p>`;
    parts.push(p);
    size += p.length;
  }
  parts.push(tail);
  return parts.join('');
}

const CASES = {
  '100 KB page': { make: () => articlePage(100 * 1024), runs: 15 },
  '1 MB page': { make: () => articlePage(MB), runs: 5 },
  '10 MB page': { make: () => articlePage(10 * MB), runs: 3 },
  '100,000 nested <div>': { make: () => '<body>' + '<div>'.repeat(100000) + '<p>Deep text here.</p>', runs: 3 },
  '100,000 nested <b>': { make: () => '<body><p>' + '<b>'.repeat(100000) + 'Deep text here.', runs: 3 },
  ...Object.fromEntries([10000, 20000, 40000, 80000, 1000000].map((n) => [
    `${n.toLocaleString('en')} attributes`,
    { make: () => attributesPage(n), runs: n > 100000 ? 1 : 3, attributes: n, extractOnly: n > 100000 },
  ])),
};

function attributesPage(n) {
  const attrs = Array.from({ length: n }, (_, i) => ` a${i}="v"`).join('');
  return `<html><body><article${attrs}><p>${'Text of the page that has many attributes. '.repeat(10)}</p></article></body></html>`;
}

/** In the child: load gisty, keeping hold of its wasm instance to read its memory size. */
function loadGistyWithMemory() {
  const Original = WebAssembly.Instance;
  let instance = null;
  WebAssembly.Instance = function Instance(module, imports) {
    instance = new Original(module, imports);
    return instance;
  };
  // A fresh copy of the glue (common.mjs may have loaded one already), so
  // that its instance is the one captured here.
  const glue = join(root, 'www', 'pkg-node', 'gisty.js');
  delete require.cache[require.resolve(glue)];
  const gisty = require(glue);
  WebAssembly.Instance = Original;
  return { gisty, memoryBytes: () => (instance ? instance.exports.memory.buffer.byteLength : NaN) };
}

function runCase(name) {
  const c = CASES[name];
  const html = c.make();
  const { gisty, memoryBytes } = loadGistyWithMemory();
  // Warm up on a small page first, so that a single timed run is not a cold one.
  gisty.summarize(articlePage(20 * 1024));
  const times = { extract: [], summarize: [] };
  let outcome = {};
  for (let r = 0; r < c.runs; r++) {
    for (const fn of c.extractOnly ? ['extract'] : ['extract', 'summarize']) {
      const start = performance.now();
      try {
        const out = gisty[fn](html, { url: 'https://example.org/story' });
        outcome = { truncated: out.truncated, textBytes: out.textContent.length };
      } catch (e) {
        outcome = { error: `${e.code || ''} ${e.message}`.trim() };
      }
      times[fn].push(performance.now() - start);
    }
  }
  process.stdout.write(JSON.stringify({
    bytes: Buffer.byteLength(html), extract: median(times.extract), summarize: median(times.summarize),
    wasm: memoryBytes(), maxRss: process.resourceUsage().maxRSS * 1024, ...outcome,
  }));
}

function mb(x) {
  return Number.isFinite(x) ? (x / MB).toFixed(1) : '—';
}

function main() {
  const f = flags();
  if (f.case) return runCase(f.case);
  const limit = Number(f.limit || 60);
  console.log(`gisty ${execFileSync(process.execPath, ['-e', `console.log(require(${JSON.stringify(join(root, 'www', 'pkg-node', 'gisty.js'))}).version())`]).toString().trim()} in Node ${process.version}; a fresh process per case, time limit ${limit} s`);
  const rows = [];
  const attributeTimes = [];
  const only = f.only ? String(f.only) : '';
  for (const name of Object.keys(CASES).filter((n) => n.includes(only))) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--case', name], {
      encoding: 'utf8', timeout: limit * 1000, maxBuffer: 1 << 20,
    });
    if (child.error || child.status !== 0) {
      const why = child.error && child.error.code === 'ETIMEDOUT' ? `did not finish within ${limit} s` : `failed: ${(child.stderr || '').trim().split('\n').pop()}`;
      rows.push([name, mb(Buffer.byteLength(CASES[name].make())), '—', '—', '—', '—', '—', '—', why]);
      if (CASES[name].attributes) attributeTimes.push({ n: CASES[name].attributes, ms: NaN });
      continue;
    }
    const r = JSON.parse(child.stdout);
    if (CASES[name].attributes) attributeTimes.push({ n: CASES[name].attributes, ms: r.extract });
    rows.push([name, mb(r.bytes), ms(r.extract), ms(r.summarize), ms(r.extract / (r.bytes / MB)),
      mb(r.wasm), mb(r.maxRss), r.error ? '—' : String(r.truncated), r.error || `${r.textBytes} chars of text`]);
  }
  table(['case', 'input MB', 'extract ms', 'summarize ms', 'extract ms/MB', 'wasm MB', 'peak RSS MB', 'truncated', 'result'],
    rows, [8]);
  reportAttributeGrowth(attributeTimes);
}

/** How the time for n attributes grows: the exponent between successive sizes, and a quadratic extrapolation. */
function reportAttributeGrowth(points) {
  const done = points.filter((p) => Number.isFinite(p.ms));
  for (let i = 1; i < done.length; i++) {
    const a = done[i - 1];
    const b = done[i];
    const exponent = Math.log(b.ms / a.ms) / Math.log(b.n / a.n);
    console.log(`attributes ${a.n} -> ${b.n}: time x${(b.ms / a.ms).toFixed(1)} (growth exponent ${exponent.toFixed(2)}; 1 = linear, 2 = quadratic)`);
  }
  const missing = points.filter((p) => !Number.isFinite(p.ms));
  const last = done[done.length - 1];
  for (const p of missing) {
    if (last) console.log(`attributes ${p.n}: a quadratic extrapolation from ${last.n} predicts ${((last.ms * (p.n / last.n) ** 2) / 1000).toFixed(0)} s`);
  }
}

main();
