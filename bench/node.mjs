#!/usr/bin/env node
// Speed and quality of gisty against the extractors a Node user would pick
// instead, on the same pages in the same run:
//
//   gisty extract       extract(html, {url})            (wasm, www/pkg-node)
//   gisty summarize     summarize(html, {url})          (extraction + summary)
//   Readability+jsdom   new Readability(new JSDOM(html, {url}).window.document).parse()
//   Readability+linkedom new Readability(parseHTML(html).document).parse()
//   trafilatura         trafilatura.extract(html, url=url, output_format="txt"),
//                       timed by Python itself (bench/trafilatura_times.py --serve)
//
// The machine's load swings timings several-fold, so the contenders take
// turns page by page, in an order that rotates from page to page, after a
// warm-up; garbage is collected (untimed) before each timed call when Node
// runs with --expose-gc. Pages are decoded like www/cli.mjs, untimed.
//
//   node --expose-gc bench/node.mjs [--pages N] [--warmup N] [--corpus NAME[,NAME]] [--no-python]
//
// --pages N takes N pages spread evenly over each corpus (0, the default, is
// every page; also BENCH_PAGES). The F1 column scores each contender's text
// from this run with ../shared/eval/score_extract.py on the same pages.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import {
  EXTRACTION_CORPORA, collectGarbage, flags, headline, manifest, mean, median, ms, npmVersion,
  pageCount, percentile, ratio, readPage, require, requireShared, root, sample, scoreExtraction, table,
} from './common.mjs';

const STAGES = ['parse', 'extract', 'segment', 'score'];

function loadGisty() {
  const pkg = join(root, 'www', 'pkg-node', 'gisty.js');
  if (!existsSync(pkg)) {
    console.error(`${pkg} is missing; build it first with \`make build\``);
    process.exit(2);
  }
  return require(pkg);
}

/** The in-process contenders; each returns the extracted text (and stage timings). */
function nodeContenders(gisty) {
  const { JSDOM, VirtualConsole } = require('jsdom');
  const { parseHTML } = require('linkedom');
  const { Readability } = require('@mozilla/readability');
  // jsdom reports unparsable CSS on its console; keep the output clean.
  const quiet = new VirtualConsole();
  return [
    {
      name: 'gisty extract',
      run: (p) => ({ text: gisty.extract(p.html, { url: p.url }).textContent }),
    },
    {
      name: 'gisty summarize',
      run: (p) => {
        const g = gisty.summarize(p.html, { url: p.url });
        return { text: g.textContent, timings: g.timings };
      },
    },
    {
      name: 'Readability+jsdom',
      run: (p) => {
        const dom = new JSDOM(p.html, { url: p.url, virtualConsole: quiet });
        const article = new Readability(dom.window.document).parse();
        return { text: article ? article.textContent : '', cleanup: () => dom.window.close() };
      },
    },
    {
      name: 'Readability+linkedom',
      run: (p) => {
        const { document } = parseHTML(p.html);
        const article = new Readability(document).parse();
        return { text: article ? article.textContent : '' };
      },
    },
  ];
}

/**
 * trafilatura in a Python process that stays up for the whole run and
 * answers one page at a time, or null (with a printed reason) when Python
 * or trafilatura is missing.
 */
async function trafilaturaContender() {
  const script = join(root, 'bench', 'trafilatura_times.py');
  const child = spawn('python3', [script, '--serve'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const failed = new Promise((resolve) => child.on('error', (e) => resolve({ ready: false, error: String(e) })));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await lines.next();
    if (done) throw new Error('trafilatura process ended');
    return JSON.parse(value);
  };
  const hello = await Promise.race([next().catch((e) => ({ ready: false, error: String(e) })), failed]);
  if (!hello.ready) {
    console.log(`trafilatura column: not available (${hello.error}); install it with pip install trafilatura==2.3.1 lxml_html_clean`);
    child.kill();
    return null;
  }
  return {
    name: 'trafilatura',
    version: `trafilatura ${hello.trafilatura} on Python ${hello.python}`,
    run: async (p) => {
      child.stdin.write(JSON.stringify({ id: p.id, url: p.url, html: p.html }) + '\n');
      const reply = await next();
      if (reply.error) throw new Error(reply.error);
      return { text: reply.text, ms: reply.ms };
    },
    close: () => child.stdin.end(),
  };
}

/** Runs one contender on one page; the time is measured here unless the contender reports its own. */
async function timeOne(contender, page) {
  collectGarbage();
  const start = performance.now();
  try {
    const result = await contender.run(page);
    const elapsed = performance.now() - start;
    if (result.cleanup) result.cleanup();
    return { ms: result.ms ?? elapsed, text: result.text ?? '', timings: result.timings };
  } catch (e) {
    return { ms: performance.now() - start, text: '', error: String(e && e.message ? e.message : e) };
  }
}

/** Every contender on every page, page by page, the order rotating. */
async function race(contenders, pages, results) {
  for (let i = 0; i < pages.length; i++) {
    const page = readPage(pages[i]);
    for (let j = 0; j < contenders.length; j++) {
      const c = contenders[(i + j) % contenders.length];
      const r = await timeOne(c, page);
      results[c.name].push({ id: page.id, bytes: page.bytes, ...r });
    }
  }
}

function report(title, corpusRows, contenders, results, scores) {
  const base = 'gisty extract';
  console.log(`\n== ${title}: ${corpusRows} pages`);
  table(
    ['contender', 'median ms', 'p95 ms', 'mean ms', 'errors', 'F1'],
    contenders.map((c) => {
      const rs = results[c.name];
      const t = rs.map((r) => r.ms);
      const f1 = scores ? scores[c.name] : undefined;
      return [c.name, ms(median(t)), ms(percentile(t, 95)), ms(mean(t)),
        rs.filter((r) => r.error).length, Number.isFinite(f1) ? f1.toFixed(3) : '—'];
    }),
  );
  for (const c of contenders) {
    const failed = results[c.name].filter((r) => r.error);
    if (failed.length) console.log(`  ${c.name} failed on ${failed.length} page(s), e.g. ${failed[0].id}: ${failed[0].error.slice(0, 120)}`);
  }
  const g = results[base].map((r) => r.ms);
  console.log(`ratio of medians (in brackets: median of per-page ratios) against ${base}:`);
  for (const c of contenders) {
    if (c.name.startsWith('gisty')) continue;
    const t = results[c.name].map((r) => r.ms);
    const paired = t.map((x, k) => x / g[k]).filter(Number.isFinite);
    console.log(`  ${c.name.padEnd(22)} / gisty  ${ratio(median(t) / median(g)).padStart(7)}  [${ratio(median(paired))}]`);
  }
  const timed = results['gisty summarize'].filter((r) => r.timings);
  if (timed.length) {
    const parts = STAGES.map((s) => `${s} ${ms(median(timed.map((r) => r.timings[s])))}`);
    const p95s = STAGES.map((s) => `${s} ${ms(percentile(timed.map((r) => r.timings[s]), 95))}`);
    console.log(`gisty stages (summarize), median ms: ${parts.join('  ')}`);
    console.log(`gisty stages (summarize), p95 ms:    ${p95s.join('  ')}`);
  }
}

async function main() {
  requireShared();
  const f = flags();
  const n = pageCount(f.pages ?? process.env.BENCH_PAGES, 0);
  const warmup = pageCount(f.warmup, 10);
  const corpora = f.corpus ? String(f.corpus).split(',') : EXTRACTION_CORPORA;
  const gisty = loadGisty();

  const contenders = nodeContenders(gisty);
  const traf = f['no-python'] ? null : await trafilaturaContender();
  if (f['no-python']) console.log('trafilatura column: skipped (--no-python)');
  if (traf) contenders.push(traf);

  console.log(`Node ${process.version}; gisty ${gisty.version()} (wasm); @mozilla/readability ${npmVersion('@mozilla/readability')}; `
    + `jsdom ${npmVersion('jsdom')}; linkedom ${npmVersion('linkedom')}${traf ? `; ${traf.version}` : ''}`);
  console.log(`garbage collected before each timed call: ${typeof globalThis.gc === 'function' ? 'yes' : 'no (run node with --expose-gc)'}`);
  console.log(`load average at start: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);

  const byCorpus = corpora.map((corpus) => ({ corpus, rows: sample(manifest(corpus), n) }));
  const warm = byCorpus.flatMap((c) => c.rows.slice(0, Math.ceil(warmup / corpora.length)));
  const scratch = Object.fromEntries(contenders.map((c) => [c.name, []]));
  await race(contenders, warm, scratch);
  console.log(`warm-up: ${warm.length} pages per contender`);

  const overall = Object.fromEntries(contenders.map((c) => [c.name, []]));
  for (const { corpus, rows } of byCorpus) {
    const results = Object.fromEntries(contenders.map((c) => [c.name, []]));
    const started = performance.now();
    await race(contenders, rows, results);
    const seconds = (performance.now() - started) / 1000;
    const scores = Object.fromEntries(contenders.map((c) => [
      c.name, headline(scoreExtraction(corpus, rows, results[c.name].map(({ id, text }) => ({ id, text })))),
    ]));
    report(`${corpus} (${seconds.toFixed(0)} s)`, rows.length, contenders, results, scores);
    for (const c of contenders) overall[c.name].push(...results[c.name]);
  }
  if (byCorpus.length > 1) report('overall', byCorpus.reduce((a, c) => a + c.rows.length, 0), contenders, overall, null);
  console.log(`\nload average at end: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  if (traf) traf.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
