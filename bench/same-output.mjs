#!/usr/bin/env node
// Checks that two Node builds of gisty (folders made like www/pkg-node) give
// the same summary, article included, for every page of the extraction
// corpora: the guard for changes meant to alter speed or size only.
//
//   node bench/same-output.mjs DIR_A DIR_B

import { resolve } from 'node:path';

import { EXTRACTION_CORPORA, manifest, readPage, require, requireShared } from './common.mjs';

requireShared();
const [dirA, dirB] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error('usage: node bench/same-output.mjs DIR_A DIR_B');
  process.exit(2);
}
const [a, b] = [dirA, dirB].map((dir) => require(resolve(dir, 'gisty.js')));

function run(gisty, page) {
  try {
    return JSON.stringify(gisty.summarize(page.html, { url: page.url }), (key, value) => (key === 'timings' ? undefined : value));
  } catch (e) {
    return `error ${e.code}: ${e.message}`;
  }
}

let pages = 0;
let differing = 0;
for (const corpus of EXTRACTION_CORPORA) {
  for (const row of manifest(corpus)) {
    const page = readPage(row);
    pages += 1;
    if (run(a, page) !== run(b, page)) {
      differing += 1;
      console.log(`differs: ${corpus}/${row.id}`);
    }
  }
}
console.log(`${pages} pages, ${differing} with different output`);
process.exit(differing ? 1 : 0);
