#!/usr/bin/env node
// Compares the speed of two Node builds of gisty (folders made like
// www/pkg-node, e.g. one built with other release settings) on the same
// pages, taking turns page by page in a rotating order, after a warm-up.
//
//   node --expose-gc bench/ab.mjs DIR_A DIR_B [--pages N] [--warmup N]
//       [--options-a JSON] [--options-b JSON]
//
// N pages per extraction corpus, spread evenly (default 60; 0 = all).
// --options-a/-b add options to each build's calls (the same build twice
// with '{"markdown":true}' for B measures what an option costs).

import { resolve, join } from 'node:path';

import {
  EXTRACTION_CORPORA, collectGarbage, flags, manifest, median, ms, pageCount, percentile, ratio,
  readPage, require, requireShared, sample, table,
} from './common.mjs';

function timeExtract(gisty, page, options) {
  collectGarbage();
  const start = performance.now();
  try {
    gisty.extract(page.html, { url: page.url, ...options });
  } catch {
    // A page without an article costs its time all the same.
  }
  return performance.now() - start;
}

function main() {
  requireShared();
  const args = process.argv.slice(2);
  const dirs = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
  if (dirs.length !== 2) {
    console.error('usage: node --expose-gc bench/ab.mjs DIR_A DIR_B [--pages N] [--warmup N]');
    process.exit(2);
  }
  const f = flags();
  const n = pageCount(f.pages, 60);
  const warmup = pageCount(f.warmup, 10);
  const extra = [f['options-a'], f['options-b']].map((o) => (typeof o === 'string' ? JSON.parse(o) : {}));
  const builds = dirs.map((d, k) => ({
    name: Object.keys(extra[k]).length ? `${d} ${JSON.stringify(extra[k])}` : d,
    // The same folder twice loads one module; options tell the runs apart.
    gisty: require(join(resolve(d), 'gisty.js')),
    options: extra[k],
    times: [],
  }));
  const rows = EXTRACTION_CORPORA.flatMap((c) => sample(manifest(c), n));
  for (const row of rows.slice(0, warmup)) {
    const page = readPage(row);
    for (const b of builds) timeExtract(b.gisty, page, b.options);
  }
  rows.forEach((row, i) => {
    const page = readPage(row);
    for (let j = 0; j < builds.length; j++) {
      const b = builds[(i + j) % builds.length];
      b.times.push(timeExtract(b.gisty, page, b.options));
    }
  });
  console.log(`extract() on ${rows.length} pages, taking turns`);
  table(['build', 'median ms', 'p95 ms', 'total ms'],
    builds.map((b) => [b.name, ms(median(b.times)), ms(percentile(b.times, 95)), ms(b.times.reduce((x, y) => x + y, 0))]));
  const [a, b] = builds;
  const paired = a.times.map((t, k) => b.times[k] / t);
  console.log(`B / A: ratio of medians ${(median(b.times) / median(a.times)).toFixed(3)}, median of per-page ratios ${median(paired).toFixed(3)}, ratio of totals ${(b.times.reduce((x, y) => x + y, 0) / a.times.reduce((x, y) => x + y, 0)).toFixed(3)}`);
}

main();
