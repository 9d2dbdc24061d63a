#!/usr/bin/env node
// Checks that two Node builds of gisty (folders made like www/pkg-node) give
// the same summary, article included, for every page of the extraction
// corpora (wcxb too), and the same summary of every document of the summary
// sets: the guard for changes meant to alter speed, size or structure only.
//
//   node bench/same-output.mjs DIR_A DIR_B
//
// Each differing page is listed with the result fields that differ.

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

const withoutTimings = (key, value) => (key === 'timings' ? undefined : value);

/** A result as one string per top-level field, or the error it threw. */
function fields(call) {
  try {
    const result = call();
    return Object.fromEntries(Object.keys(result).map((key) => [key, JSON.stringify(result[key], withoutTimings)]));
  } catch (e) {
    return { error: `${e.code}: ${e.message}` };
  }
}

const run = (gisty, page) => fields(() => gisty.summarize(page.html, { url: page.url }));
const runText = (gisty, doc) => fields(() => gisty.summarizeText(doc.article, { maxSentences: doc.k ?? 3 }));

/** The names of the fields whose values differ between two results. */
function differingFields(x, y) {
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  return [...keys].filter((key) => key !== 'timings' && x[key] !== y[key]);
}

let pages = 0;
let differing = 0;
for (const corpus of [...EXTRACTION_CORPORA, 'wcxb']) {
  for (const row of manifest(corpus)) {
    const page = readPage(row);
    pages += 1;
    const changed = differingFields(run(a, page), run(b, page));
    if (changed.length) {
      differing += 1;
      console.log(`differs: ${corpus}/${row.id} (${changed.join(', ')})`);
    }
  }
}
let docs = 0;
for (const set of SUMMARY_SETS) {
  const lines = readFileSync(join(shared, 'data', set, 'dev.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  for (const line of lines) {
    const doc = JSON.parse(line);
    docs += 1;
    const changed = differingFields(runText(a, doc), runText(b, doc));
    if (changed.length) {
      differing += 1;
      console.log(`differs: ${set}/${doc.id} (${changed.join(', ')})`);
    }
  }
}
console.log(`${pages} pages and ${docs} texts, ${differing} with different output`);
process.exit(differing ? 1 : 0);
