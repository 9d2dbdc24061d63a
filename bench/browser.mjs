#!/usr/bin/env node
// gisty against Readability.js inside headless Chromium, timed in the page
// the way a browser extension's content script runs them:
//
//   gisty         extract(document.documentElement.outerHTML, {url})   (serialization timed)
//   Readability   new Readability(document.cloneNode(true)).parse()   (cloning timed)
//
// How pages load fast and the same way each time: a server on 127.0.0.1
// sends each saved page's bytes as the document (the browser decodes them)
// with a Content-Security-Policy that allows scripts only from the page's
// own origin and WebAssembly compilation, so the page's inline scripts and
// event handlers never run; every other request (the page's scripts,
// styles, images, frames, any other host) is aborted by Playwright's
// routing, except /bench-assets/ (gisty's web package and Readability.js),
// which the harness adds to the loaded page as script tags. Scripting stays
// enabled, so <noscript> parses as it does for real visitors.
//
// Each page is a fresh document: the first call of each contender there is
// cold (as for a content script); the contenders then take turns for
// --rounds rounds, the order rotating, and both the first call and the
// median of the later ones are reported.
//
//   node bench/browser.mjs [--pages N] [--rounds R]     (N per corpus, default 60; BROWSER_PAGES)

import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  EXTRACTION_CORPORA, flags, headline, manifest, median, ms, npmVersion, pageCount, percentile,
  ratio, require, requireShared, root, sample, scoreExtraction, table,
} from './common.mjs';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Files the harness may load, by path under /bench-assets/. */
const ASSETS = {
  'pkg/gisty.js': [join(root, 'www', 'pkg', 'gisty.js'), 'text/javascript'],
  'pkg/gisty_bg.wasm': [join(root, 'www', 'pkg', 'gisty_bg.wasm'), 'application/wasm'],
  'Readability.js': [join(root, 'node_modules', '@mozilla', 'readability', 'Readability.js'), 'text/javascript'],
  'harness.mjs': [join(root, 'bench', 'browser-harness.mjs'), 'text/javascript'],
};

/** Serves the sampled pages at /page/K and the assets; returns its origin. */
function serve(pages) {
  const csp = "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'";
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const page = /^\/page\/(\d+)$/.exec(path);
    if (page && pages[Number(page[1])]) {
      res.writeHead(200, {
        'content-type': 'text/html',
        'content-security-policy': csp,
        // Cross-origin isolation gives performance.now() its finest resolution.
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      });
      res.end(readFileSync(pages[Number(page[1])].path));
      return;
    }
    const asset = ASSETS[path.replace(/^\/bench-assets\//, '')];
    if (path.startsWith('/bench-assets/') && asset) {
      res.writeHead(200, { 'content-type': asset[1], 'cross-origin-resource-policy': 'same-origin' });
      res.end(readFileSync(asset[0]));
      return;
    }
    res.writeHead(404);
    res.end();
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}

/** Loads page k, adds the harness, and runs the timed rounds in the page. */
async function measurePage(page, origin, k, row, rounds) {
  const url = `${origin}/page/${k}`;
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30000 });
  await page.addScriptTag({ url: `${origin}/bench-assets/Readability.js` });
  await page.addScriptTag({ url: `${origin}/bench-assets/harness.mjs`, type: 'module' });
  await page.waitForFunction(() => window.__gistyBench && window.__gistyBench.ready, null, { timeout: 30000 });
  return page.evaluate(([pageUrl, n, first]) => window.__gistyBench.run(pageUrl, n, first), [row.url, rounds, k % 2]);
}

function summarize(name, results, pick) {
  const t = results.map(pick).filter(Number.isFinite);
  return [name, t.length, ms(median(t)), ms(percentile(t, 95))];
}

function report(title, results, scores) {
  console.log(`\n== ${title}: ${results.length} pages`);
  const rows = [
    summarize('gisty, first call', results, (r) => r.gisty[0]),
    summarize('Readability, first call', results, (r) => r.readability[0]),
    summarize('gisty, later calls', results, (r) => median(r.gisty.slice(1))),
    summarize('Readability, later calls', results, (r) => median(r.readability.slice(1))),
  ];
  table(['contender (in-page ms)', 'pages', 'median', 'p95'], rows);
  const firstG = results.map((r) => r.gisty[0]);
  const firstR = results.map((r) => r.readability[0]);
  const laterG = results.map((r) => median(r.gisty.slice(1)));
  const laterR = results.map((r) => median(r.readability.slice(1)));
  console.log(`ratio of medians Readability / gisty: first call ${ratio(median(firstR) / median(firstG))}, `
    + `later calls ${ratio(median(laterR) / median(laterG))}`);
  const serialize = results.map((r) => median(r.serialize));
  console.log(`of gisty's time, outerHTML serialization: median ${ms(median(serialize))} ms; `
    + `crossOriginIsolated: ${results.every((r) => r.isolated)}`);
  if (scores) console.log(`F1 on these pages: gisty ${scores.gisty.toFixed(3)}, Readability ${scores.readability.toFixed(3)}`);
}

async function main() {
  requireShared();
  const f = flags();
  const n = pageCount(f.pages ?? process.env.BROWSER_PAGES, 60);
  const rounds = Math.max(2, pageCount(f.rounds, 3));
  const { chromium } = require('playwright-core');

  const byCorpus = EXTRACTION_CORPORA.map((corpus) => ({ corpus, rows: sample(manifest(corpus), n) }));
  const all = byCorpus.flatMap((c) => c.rows);
  const { server, origin } = await serve(all);
  const profile = mkdtempSync(join(tmpdir(), 'gisty-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS,
  });
  try {
    await context.route('**/*', (route) => {
      const req = route.request();
      const u = req.url();
      const own = u.startsWith(`${origin}/bench-assets/`)
        || (u.startsWith(`${origin}/page/`) && req.isNavigationRequest() && req.frame().parentFrame() === null);
      return own ? route.continue() : route.abort();
    });
    const page = context.pages()[0] || (await context.newPage());
    console.log(`Chromium ${context.browser() ? context.browser().version() : await page.evaluate(() => navigator.userAgent)}; `
      + `@mozilla/readability ${npmVersion('@mozilla/readability')}; ${rounds} rounds per page`);
    // Warm-up: the browser's own start-up, wasm code caching.
    for (let k = 0; k < Math.min(3, all.length); k++) await measurePage(page, origin, k, all[k], rounds);

    const overall = [];
    let offset = 0;
    for (const { corpus, rows } of byCorpus) {
      const results = [];
      const skipped = [];
      for (let k = 0; k < rows.length; k++) {
        try {
          results.push({ id: rows[k].id, ...(await measurePage(page, origin, offset + k, rows[k], rounds)) });
        } catch (e) {
          skipped.push(`${rows[k].id}: ${String(e.message).split('\n')[0].slice(0, 100)}`);
        }
      }
      offset += rows.length;
      const kept = rows.filter((r) => results.some((x) => x.id === r.id));
      const scores = {
        gisty: headline(scoreExtraction(corpus, kept, results.map((r) => ({ id: r.id, text: r.gistyText })))),
        readability: headline(scoreExtraction(corpus, kept, results.map((r) => ({ id: r.id, text: r.readabilityText })))),
      };
      report(corpus, results, scores);
      if (skipped.length) console.log(`skipped ${skipped.length} page(s): ${skipped.slice(0, 3).join('; ')}`);
      overall.push(...results);
    }
    report('overall', overall, null);
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
