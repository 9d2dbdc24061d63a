// What the benchmarks share: the corpora's page lists, decoding, sampling,
// statistics, scoring with ../shared/eval/score_extract.py, and printing.
//
// Pages are read from ../shared at run time (never copied into the project).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { decodeHtml } from '../www/cli.mjs';

export { decodeHtml };
export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const shared = join(root, '..', 'shared');
export const require = createRequire(join(root, 'package.json'));

/** The two extraction corpora, by folder name under ../shared/data. */
export const EXTRACTION_CORPORA = ['readability-pages', 'trafilatura-eval'];

const SCORER = join(shared, 'eval', 'score_extract.py');

/** Exits with a clear line when ../shared is missing. */
export function requireShared() {
  if (!existsSync(SCORER)) {
    console.log(`benchmark skipped: ${shared} (corpora and scorers) is not present`);
    process.exit(0);
  }
}

/** Reads command-line flags `--name value` (and bare `--name` as true). */
export function flags(argv = process.argv.slice(2)) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    if (!argv[i].startsWith('--')) continue;
    const name = argv[i].slice(2);
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) out[name] = true;
    else out[name] = argv[++i];
  }
  return out;
}

/** A page count from a flag or an environment variable; 0 means all pages. */
export function pageCount(value, fallback) {
  if (value === undefined || value === '' || value === true) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`page count must be a whole number, got ${value}`);
  return n;
}

/** The pages of a corpus as `{id, path, url}`, listed by the scorer itself. */
export function manifest(corpus) {
  const out = execFileSync('python3', [SCORER, 'manifest', join(shared, 'data', corpus)], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return out.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

/** `n` rows spread evenly over `rows` (all of them when n is 0 or too big). */
export function sample(rows, n) {
  if (!n || n >= rows.length) return rows.slice();
  return Array.from({ length: n }, (_, i) => rows[Math.floor((i * rows.length) / n)]);
}

/** Reads and decodes one page the way the command line does. */
export function readPage(row) {
  const bytes = readFileSync(row.path);
  return { id: row.id, url: row.url, html: decodeHtml(bytes), bytes: bytes.length };
}

export function median(xs) {
  return percentile(xs, 50);
}

/** The p-th percentile, by linear interpolation between closest ranks. */
export function percentile(xs, p) {
  if (!xs.length) return NaN;
  const s = Float64Array.from(xs).sort();
  const at = ((s.length - 1) * p) / 100;
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, s.length - 1);
  return s[lo] + (s[hi] - s[lo]) * (at - lo);
}

export function mean(xs) {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;
}

/**
 * Scores `{id, text}` predictions against a corpus with the shared scorer
 * and returns its printed lines; only the listed pages are scored (a
 * sample is scored through a temporary corpus of links to its pages).
 */
export function scoreExtraction(corpus, rows, predictions) {
  const dir = mkdtempSync(join(tmpdir(), 'gisty-bench-'));
  try {
    const corpusDir = subsetCorpus(corpus, rows, dir);
    const pred = join(dir, 'pred.jsonl');
    writeFileSync(pred, predictions.map((p) => JSON.stringify(p)).join('\n') + '\n');
    const out = execFileSync('python3', [SCORER, 'score', corpusDir, pred], { encoding: 'utf8' });
    return out.trim().split('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The last line's figure, e.g. 0.912 from "F1 0.912". */
export function headline(lines) {
  const m = /F1 ([\d.]+)/.exec(lines[lines.length - 1] || '');
  return m ? Number(m[1]) : NaN;
}

function subsetCorpus(corpus, rows, dir) {
  const full = join(shared, 'data', corpus);
  const all = manifest(corpus);
  if (rows.length === all.length) return full;
  const sub = join(dir, corpus);
  mkdirSync(sub);
  const truthPath = join(full, 'truth.json');
  if (existsSync(truthPath)) {
    // Snippet corpus: keep the sampled entries of truth.json, link html/.
    const truth = JSON.parse(readFileSync(truthPath, 'utf8'));
    const files = new Set(rows.map((r) => r.id));
    const kept = Object.fromEntries(Object.entries(truth).filter(([, v]) => files.has(v.file)));
    writeFileSync(join(sub, 'truth.json'), JSON.stringify(kept));
    symlinkSync(join(full, 'html'), join(sub, 'html'));
  } else {
    // Folder-per-page corpus: link the sampled pages' folders.
    for (const r of rows) symlinkSync(dirname(r.path), join(sub, basename(dirname(r.path))));
  }
  return sub;
}

/** The version of an installed npm package, or '?'. */
export function npmVersion(name) {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

/** Formats milliseconds with three significant figures. */
export function ms(x) {
  if (!Number.isFinite(x)) return '—';
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

export function ratio(x) {
  return Number.isFinite(x) ? `${x.toFixed(1)}x` : '—';
}

/** Prints rows of cells as aligned columns: numbers to the right, the first and `left` columns to the left. */
export function table(header, rows, left = []) {
  const all = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const leftAligned = (i) => i === 0 || left.includes(i);
  for (const r of all) {
    console.log(r.map((c, i) => (leftAligned(i) ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd());
  }
}

/** Collects garbage now (when Node runs with `--expose-gc`), so that one
 * contender's leftovers are not collected during the next one's timing. */
export function collectGarbage() {
  if (typeof globalThis.gc === 'function') globalThis.gc();
}
