#!/usr/bin/env node
// gisty against Readability.js inside headless Chromium, timed in the page
// the way a browser extension's content script runs them:
//
//   gisty            extract(document.documentElement.outerHTML, {url})   (serialization timed)
//   gisty snapshot   extractSnapshot(snapshotDocument(document), {url})   (the walk timed; what
//                    extractDocument() and summarizeDocument() in www/gisty.js do)
//   Readability      new Readability(document.cloneNode(true)).parse()   (cloning timed)
//
// How pages load fast and the same way each time: a server on 127.0.0.1
// sends each saved page's bytes as the document (the browser decodes them)
// with a Content-Security-Policy that allows scripts only from the page's
// own origin and WebAssembly compilation, so the page's inline scripts and
// event handlers never run; every other request (the page's scripts,
// styles, images, frames, any other host) is aborted by Playwright's
// routing, except /bench-assets/ (gisty's web package and Readability.js),
// which the harness adds to the loaded page as script tags. Scripting stays
// enabled, so <noscript> parses as it does for real visitors. Pages whose
// own policy (a <meta> Content-Security-Policy) forbids WebAssembly are
// skipped and listed.
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
  'snapshot.js': [join(root, 'www', 'snapshot.js'), 'text/javascript'],
  'Readability.js': [join(root, 'node_modules', '@mozilla', 'readability', 'Readability.js'), 'text/javascript'],
  'harness.mjs': [join(root, 'bench', 'browser-harness.mjs'), 'text/javascript'],
};

/** Serves the sampled pages at /page/K and the assets; returns its origin. */
function serve(pages) {
  const csp = "script-src 'self' 'wasm-unsafe-eval'";
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
  // A page whose own Content-Security-Policy forbids WebAssembly never gets
  // ready (an extension's content script would run under the extension's
  // policy instead); it is skipped and counted.
  await page.waitForFunction(() => window.__gistyBench && window.__gistyBench.ready, null, { timeout: 10000 });
  return page.evaluate(([pageUrl, n, first]) => window.__gistyBench.run(pageUrl, n, first), [row.url, rounds, k % 3]);
}

function summarize(name, results, pick) {
  const t = results.map(pick).filter(Number.isFinite);
  return [name, t.length, ms(median(t)), ms(percentile(t, 95))];
}

function report(title, results, scores) {
  console.log(`\n== ${title}: ${results.length} pages`);
  const first = (key) => results.map((r) => r[key][0]);
  const later = (key) => results.map((r) => median(r[key].slice(1)));
  const rows = [
    summarize('gisty (outerHTML), first call', results, (r) => r.gisty[0]),
    summarize('gisty (snapshot), first call', results, (r) => r.snapshot[0]),
    summarize('Readability, first call', results, (r) => r.readability[0]),
    summarize('gisty (outerHTML), later calls', results, (r) => median(r.gisty.slice(1))),
    summarize('gisty (snapshot), later calls', results, (r) => median(r.snapshot.slice(1))),
    summarize('Readability, later calls', results, (r) => median(r.readability.slice(1))),
  ];
  table(['contender (in-page ms)', 'pages', 'median', 'p95'], rows);
  for (const [key, name] of [['gisty', 'gisty (outerHTML)'], ['snapshot', 'gisty (snapshot)']]) {
    console.log(`ratio of medians Readability / ${name}: first call ${ratio(median(first('readability')) / median(first(key)))}, `
      + `later calls ${ratio(median(later('readability')) / median(later(key)))}`);
  }
  console.log(`of gisty's time, outerHTML serialization: median ${ms(median(results.map((r) => median(r.serialize))))} ms; `
    + `the snapshot walk: median ${ms(median(results.map((r) => median(r.walk))))} ms, `
    + `first call ${ms(median(results.map((r) => r.walk[0])))} ms; `
    + `crossOriginIsolated: ${results.every((r) => r.isolated)}`);
  const differ = results.filter((r) => r.gistyText !== r.snapshotText).length;
  console.log(`pages where the snapshot's article text differs from the HTML's: ${differ}`);
  if (scores) {
    console.log(`F1 on these pages: gisty ${scores.gisty.toFixed(3)}, gisty (snapshot) ${scores.snapshot.toFixed(3)}, `
      + `Readability ${scores.readability.toFixed(3)}`);
  }
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
    // A page that cannot be measured is skipped (and listed) in the timed
    // runs below; here it is only passed over.
    for (let k = 0; k < Math.min(3, all.length); k++) {
      await measurePage(page, origin, k, all[k], rounds).catch(() => {});
    }

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
        snapshot: headline(scoreExtraction(corpus, kept, results.map((r) => ({ id: r.id, text: r.snapshotText })))),
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
