#!/usr/bin/env node
// Time of one summary of a CNN/DailyMail article in Node: summarizeText()
// with three sentences, as `node www/cli.mjs summarize` calls it, for one
// or more Node builds of gisty taking turns article by article after a
// warm-up.
//
//   node --expose-gc bench/summary-speed.mjs [DIR ...] [--docs N] [--warmup N]
//
// DIR is a folder made like www/pkg-node (default: www/pkg-node). N
// articles of ../shared/data/cnndm/dev.jsonl, spread evenly (default 500;
// 0 = all 2,000).

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { collectGarbage, flags, median, ms, pageCount, percentile, require, root, sample, shared, table } from './common.mjs';

function timeSummary(gisty, text) {
  collectGarbage();
  const start = performance.now();
  gisty.summarizeText(text, { maxSentences: 3 });
  return performance.now() - start;
}

function main() {
  const data = join(shared, 'data', 'cnndm', 'dev.jsonl');
  if (!existsSync(data)) {
    console.log(`benchmark skipped: ${data} is not present`);
    process.exit(0);
  }
  const f = flags();
  const dirs = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !(all[i - 1] || '').startsWith('--'));
  const builds = (dirs.length ? dirs : [join(root, 'www', 'pkg-node')])
    .map((d) => ({ name: d, gisty: require(join(resolve(d), 'gisty.js')), times: [] }));
  const articles = readFileSync(data, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).article);
  const docs = sample(articles, pageCount(f.docs, 500));
  for (const text of docs.slice(0, pageCount(f.warmup, 50))) {
    for (const b of builds) timeSummary(b.gisty, text);
  }
  docs.forEach((text, i) => {
    for (let j = 0; j < builds.length; j++) {
      const b = builds[(i + j) % builds.length];
      b.times.push(timeSummary(b.gisty, text));
    }
  });
  console.log(`summarizeText(article, { maxSentences: 3 }) on ${docs.length} CNN/DailyMail articles, taking turns`);
  table(['build', 'median ms', 'p95 ms'],
    builds.map((b) => [b.name, ms(median(b.times)), ms(percentile(b.times, 95))]));
}

main();
