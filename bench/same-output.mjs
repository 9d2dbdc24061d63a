#!/usr/bin/env node
// Checks that two Node builds of gisty (folders made like www/pkg-node) give
// the same summary, article included, for every page of the extraction
// corpora (wcxb too), and the same summary of every document of the summary
// sets: the guard for changes meant to alter speed, size or structure only.
//
//   node bench/same-output.mjs DIR_A DIR_B

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { EXTRACTION_CORPORA, manifest, readPage, require, requireShared, shared } from './common.mjs';

const SUMMARY_SETS = ['cnndm', 'scitldr', 'bbc-summary'];

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

function runText(gisty, doc) {
  try {
    return JSON.stringify(gisty.summarizeText(doc.article, { maxSentences: doc.k ?? 3 }));
  } catch (e) {
    return `error ${e.code}: ${e.message}`;
  }
}

let pages = 0;
let differing = 0;
for (const corpus of [...EXTRACTION_CORPORA, 'wcxb']) {
  for (const row of manifest(corpus)) {
    const page = readPage(row);
    pages += 1;
    if (run(a, page) !== run(b, page)) {
      differing += 1;
      console.log(`differs: ${corpus}/${row.id}`);
    }
  }
}
let docs = 0;
for (const set of SUMMARY_SETS) {
  const lines = readFileSync(join(shared, 'data', set, 'dev.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  for (const line of lines) {
    const doc = JSON.parse(line);
    docs += 1;
    if (runText(a, doc) !== runText(b, doc)) {
      differing += 1;
      console.log(`differs: ${set}/${doc.id}`);
    }
  }
}
console.log(`${pages} pages and ${docs} texts, ${differing} with different output`);
process.exit(differing ? 1 : 0);
