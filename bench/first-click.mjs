#!/usr/bin/env node
// The example extension's first click, timed in headless Chromium: from the
// press of the toolbar button to the panel filled with the key points.
//
//   gisty, cold    the extension's service worker stopped before the click:
//                  the worker starts, loads and compiles the module, and
//                  the page is summarized and highlighted
//   gisty, warm    the same click again at once, on a fresh load of the
//                  same page: the worker runs and holds the module
//   Readability    the same click in a second extension, made by this
//                  script, whose content script runs Readability.js
//                  (node_modules) on a clone of the document and shows the
//                  article's title and excerpt in a panel of the same kind
//
// The three take turns page by page, in that order, each on a fresh load
// of the page (a new document, so a new content script and no highlights
// left over).
//
// How the button is pressed: through the DevTools protocol,
// `Extensions.triggerAction` on the tab's target, which Chromium allows
// when started with --enable-unsafe-extension-debugging and driven over
// the pipe Playwright uses. It runs the action's onClicked path itself,
// activeTab grant included; a headless browser has no toolbar to click.
//
// How the worker is made cold: `ServiceWorker.stopWorker` (DevTools
// protocol, from a session on the tab) for the extension's running worker
// version, waiting until the protocol reports it stopped. This is what
// Chromium does to an idle extension worker after 30 s, so the click after
// it is the one a user gets after a pause: the browser, its caches and the
// operating system's file cache stay warm, and nothing of the worker's
// JavaScript heap survives (not the compiled module either).
//
// When the click ends: the content script focuses the panel's heading once
// the key points are listed and highlighted (or an error is shown). The
// panel's host is a plain element of the page, so a listener that this
// script adds to the page's own world sees the `focusin` event (retargeted
// to that host) without reaching into the closed shadow root. The click's
// start is read from this process's clock, the end from the page's
// (performance.timeOrigin + now()); the offset between the two clocks is
// measured just before each click, bracketed by a round trip.
//
// Where the time goes: the worker and the content script set User Timing
// marks (`gisty:*`), read after each click from the worker and from the
// page: the worker's start (its timeOrigin), the module ready, the message
// received, the summary's duration; the content script's start, the page
// read, the answer received.
//
// Pages: served by a node http server on 127.0.0.1 with a
// Content-Security-Policy that lets none of their scripts run (content
// scripts are not bound by it); every other host resolves to nothing.
// Chromium runs with `--headless` (Playwright's headless: true), which in
// this Chromium is the new headless mode, the one that loads extensions.
//
//   node bench/first-click.mjs [--pages N] [--corpus NAME] [--extension DIR]
//     N pages spread over the corpus (default 30; FIRST_CLICK_PAGES),
//     NAME under ../shared/data (default readability-pages),
//     DIR the unpacked extension (default www/extension, as scripts/build
//     leaves it); several, comma-separated, are loaded together and take
//     turns page by page, to compare variants

import { createServer } from 'node:http';
import { copyFileSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { flags, manifest, median, ms, npmVersion, pageCount, percentile, require, requireShared, root, sample, table } from './common.mjs';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const DEFAULT_EXTENSION = join(root, 'www', 'extension');
/** How long one click may take before it counts as failed. */
const CLICK_TIMEOUT_MS = 20_000;

/** The comparison extension: the same click, Readability.js in the content script. */
function readabilityExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'gisty-bench-readability-ext-'));
  copyFileSync(require.resolve('@mozilla/readability/Readability.js'), join(dir, 'Readability.js'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3,
    name: 'Readability first-click benchmark',
    version: '1.0',
    action: {},
    permissions: ['activeTab', 'scripting'],
    background: { service_worker: 'readability-background.js' },
  }));
  // The same injection, retried as background.js retries it.
  writeFileSync(join(dir, 'readability-background.js'), `
chrome.action.onClicked.addListener(async (tab) => {
  for (let attempt = 1; ; attempt++) {
    try {
      await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['Readability.js', 'readability-content.js'] });
      return;
    } catch (error) {
      if (attempt === 6 || !/^Cannot access contents of/.test(error?.message)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
});`);
  writeFileSync(join(dir, 'readability-content.js'), `
(() => {
  performance.mark('readability:start');
  const host = document.createElement('div');
  host.style.cssText = 'all: initial; position: fixed; top: 16px; right: 16px; z-index: 2147483647;';
  const shadow = host.attachShadow({ mode: 'closed' });
  shadow.innerHTML = '<style>section { width: 360px; padding: 14px; background: #fff; border: 1px solid #888; font: 14px system-ui; }</style>'
    + '<section><h2 tabindex="-1">Reading…</h2></section>';
  (document.body ?? document.documentElement).append(host);
  const section = shadow.querySelector('section');
  const heading = shadow.querySelector('h2');
  let article = null;
  try { article = new Readability(document.cloneNode(true)).parse(); } catch (error) { article = null; }
  performance.mark(article ? 'readability:parsed' : 'readability:failed');
  heading.textContent = article?.title || 'No article found';
  const p = document.createElement('p');
  p.textContent = article?.excerpt ?? '';
  section.append(p);
  heading.focus({ preventScroll: true });
})();`);
  return dir;
}

/** Serves the sampled pages at /page/K, their scripts never run. */
function serve(pages) {
  const server = createServer((req, res) => {
    const m = /^\/page\/(\d+)$/.exec(new URL(req.url, 'http://x').pathname);
    if (m && pages[Number(m[1])]) {
      res.writeHead(200, {
        'content-type': 'text/html',
        'content-security-policy': "script-src 'none'; object-src 'none'",
        'cache-control': 'no-store',
      });
      res.end(readFileSync(pages[Number(m[1])].path));
      return;
    }
    res.writeHead(404);
    res.end();
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}

/** This process's clock, on the same scale as the page's timeOrigin + now(). */
const nowMs = () => performance.timeOrigin + performance.now();

/**
 * Loads page k in `page`, arms the listener for the panel's focus, and
 * measures the page clock's offset from ours.
 */
async function loadPage(page, url) {
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  let best = null;
  for (let i = 0; i < 3; i++) {
    const before = nowMs();
    const theirs = await page.evaluate(() => performance.timeOrigin + performance.now());
    const after = nowMs();
    if (!best || after - before < best.rtt) best = { rtt: after - before, offset: theirs - (before + after) / 2 };
  }
  await page.evaluate(() => {
    const added = new Set();
    const note = (records) => records.forEach((r) => r.addedNodes.forEach((node) => added.add(node)));
    const observer = new MutationObserver(note);
    observer.observe(document.body ?? document.documentElement, { childList: true });
    window.__firstClick = new Promise((resolve) => {
      document.addEventListener('focusin', (event) => {
        const at = performance.timeOrigin + performance.now();
        note(observer.takeRecords()); // a host added in this same task is not delivered yet
        if (added.has(event.target)) resolve(at);
      }, true);
    });
  });
  return best;
}

/** The page's User Timing marks, as absolute times. */
function pageMarks(page) {
  return page.evaluate(() => Object.fromEntries(
    performance.getEntriesByType('mark').map((m) => [m.name, performance.timeOrigin + m.startTime])));
}

/** Presses `extensionId`'s button on the tab showing `url`; resolves to the click's time on the page's clock. */
async function click(cdp, extensionId, url, clock) {
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === url);
  if (!tab) throw new Error(`no tab for ${url}`);
  const start = nowMs() + clock.offset;
  await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  return start;
}

/** Waits for the panel's focus; resolves to its time on the page's clock. */
function panelShown(page) {
  return page.evaluate((timeout) => Promise.race([
    window.__firstClick,
    new Promise((_, fail) => setTimeout(() => fail(new Error('no panel')), timeout)),
  ]), CLICK_TIMEOUT_MS);
}

/** Tracks the gisty worker's versions through the ServiceWorker domain of a tab's session. */
async function workerControl(page, scriptUrl) {
  const session = await page.context().newCDPSession(page);
  const versions = new Map();
  const waiters = [];
  session.on('ServiceWorker.workerVersionUpdated', ({ versions: list }) => {
    for (const v of list) if (v.scriptURL === scriptUrl) versions.set(v.versionId, v.runningStatus);
    for (const w of waiters.splice(0)) w();
  });
  await session.send('ServiceWorker.enable');
  const changed = () => new Promise((resolve) => waiters.push(resolve));
  return {
    /** Stops the running worker and resolves once the protocol reports it stopped. */
    async stop() {
      const until = Date.now() + 10_000;
      for (;;) {
        const running = [...versions].filter(([, status]) => status !== 'stopped');
        if (running.length === 0) return;
        if (Date.now() > until) throw new Error(`the worker did not stop: ${JSON.stringify(running)}`);
        for (const [versionId] of running) await session.send('ServiceWorker.stopWorker', { versionId }).catch(() => {});
        await Promise.race([changed(), new Promise((r) => setTimeout(r, 200))]);
      }
    },
    detach: () => session.detach().catch(() => {}),
  };
}

/** The worker's own timings: its start, and its gisty:* marks, as absolute times. */
async function workerMarks(context, scriptUrl) {
  const worker = context.serviceWorkers().find((w) => w.url() === scriptUrl);
  if (!worker) return null;
  return worker.evaluate(() => ({
    origin: performance.timeOrigin,
    marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, performance.timeOrigin + m.startTime])),
    measures: Object.fromEntries(performance.getEntriesByType('measure').map((m) => [m.name, m.duration])),
  })).catch(() => null);
}

/**
 * Whether the worker can keep a compiled WebAssembly.Module in IndexedDB
 * (older Chromium could; the spec and browsers dropped it): the error or 'stored'.
 */
function indexedDbModuleCheck(worker) {
  return worker.evaluate(async () => {
    const module = await WebAssembly.compileStreaming(fetch('pkg/gisty_bg.wasm'));
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('gisty-bench-module-check', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('modules');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      db.transaction('modules', 'readwrite').objectStore('modules').put(module, 'gisty');
      return 'stored';
    } catch (error) {
      return `${error.name}: ${error.message}`;
    } finally {
      db.close();
      indexedDB.deleteDatabase('gisty-bench-module-check');
    }
  }).catch((error) => `check failed: ${error.message}`);
}

/** The service worker whose URL ends with `suffix`, once it runs. */
async function waitForWorker(context, suffix) {
  const found = context.serviceWorkers().find((w) => w.url().endsWith(suffix));
  return found ?? context.waitForEvent('serviceworker', { predicate: (w) => w.url().endsWith(suffix), timeout: 15_000 });
}

/** One timed click: loads the page, (stops the worker,) presses, waits; returns its figures. */
async function measure(env, kind, variant, url) {
  const { page, cdp, context } = env;
  const clock = await loadPage(page, url);
  if (kind === 'cold') await variant.control.stop();
  const start = await click(cdp, kind === 'readability' ? env.readabilityId : variant.id, url, clock);
  const end = await panelShown(page);
  const marks = await pageMarks(page);
  const out = { total: end - start, rtt: clock.rtt, start, end, marks };
  if (kind !== 'readability') out.worker = await workerMarks(context, variant.url);
  return out;
}

/** An unpacked extension's id, as Chromium derives it from its folder's path. */
function extensionId(dir) {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

function stats(name, xs) {
  const t = xs.filter(Number.isFinite);
  return [name, t.length, ms(median(t)), ms(percentile(t, 95))];
}

/** The stages of a gisty click, from its marks; NaN where a mark is missing. */
function stages(r) {
  const p = r.marks;
  const w = r.worker?.marks ?? {};
  const cold = r.worker && r.worker.origin > r.start;
  const summarized = w['gisty:summarize-start'] + (r.worker?.measures?.['gisty:summarize'] ?? NaN);
  return {
    'click → worker started': cold ? r.worker.origin - r.start : NaN,
    'worker started → module ready': cold ? w['gisty:module-ready'] - r.worker.origin : NaN,
    'worker started → its script has run': cold ? w['gisty:listening'] - r.worker.origin : NaN,
    'worker started → click event': cold ? w['gisty:clicked'] - r.worker.origin : NaN,
    'click → click event in the worker': w['gisty:clicked'] - r.start,
    'click event → content script runs': p['gisty:content-start'] - w['gisty:clicked'],
    'content script: panel drawn, readPage() at hand': p['gisty:reader-loaded'] - p['gisty:content-start'],
    'content script: page read': p['gisty:page-read'] - p['gisty:reader-loaded'],
    'page read → message in the worker': w['gisty:message'] - p['gisty:page-read'],
    'worker: waits for the module': w['gisty:summarize-start'] - w['gisty:message'],
    'worker: summary': r.worker?.measures?.['gisty:summarize'],
    'summary → answer in the page': p['gisty:answer'] - summarized,
    'answer → highlight.js at hand, sentences highlighted': p['gisty:highlighted'] - p['gisty:answer'],
    'highlighted → panel filled (list)': p['gisty:shown'] - p['gisty:highlighted'],
  };
}

async function main() {
  requireShared();
  const f = flags();
  const n = pageCount(f.pages ?? process.env.FIRST_CLICK_PAGES, 30);
  const corpus = typeof f.corpus === 'string' ? f.corpus : 'readability-pages';
  const rows = sample(manifest(corpus), n);
  const { chromium } = require('playwright-core');

  const dirs = (typeof f.extension === 'string' ? f.extension.split(',') : [DEFAULT_EXTENSION]).map((d) => realpathSync(d));
  const readability = readabilityExtension();
  const extensions = [...dirs, readability].join(',');
  const { server, origin } = await serve(rows);
  const profile = mkdtempSync(join(tmpdir(), 'gisty-bench-first-click-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extensions}`, `--load-extension=${extensions}`,
      '--enable-unsafe-extension-debugging', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 900 },
  });
  try {
    const readabilityWorker = await waitForWorker(context, '/readability-background.js');
    const env = {
      context,
      readabilityId: new URL(readabilityWorker.url()).host,
      cdp: await context.browser().newBrowserCDPSession(),
      page: context.pages()[0] ?? (await context.newPage()),
    };
    await env.page.goto(`${origin}/page/0`);
    const variants = [];
    for (const dir of dirs) {
      const url = `chrome-extension://${extensionId(dir)}/background.js`;
      const worker = await waitForWorker(context, url);
      variants.push({ dir, id: extensionId(dir), url, worker, control: await workerControl(env.page, url),
        label: dirs.length > 1 ? `gisty (${dir})` : 'gisty', results: { cold: [], warm: [] } });
    }
    console.log(`IndexedDB put() of a compiled WebAssembly.Module in the worker: ${await indexedDbModuleCheck(variants[0].worker)}`);
    console.log(`Chromium ${context.browser().version()} (--headless); @mozilla/readability ${npmVersion('@mozilla/readability')}; `
      + `${corpus}, ${rows.length} pages; order per page: ${dirs.length > 1 ? 'each extension (in turn first) ' : ''}cold, warm, then Readability`);

    // Warm-up, not counted: the browser's own first loads of each file.
    for (const variant of variants) {
      for (const kind of ['cold', 'warm']) await measure(env, kind, variant, `${origin}/page/0`).catch(() => {});
    }
    await measure(env, 'readability', null, `${origin}/page/0`).catch(() => {});

    const readabilityResults = [];
    const failed = [];
    for (let k = 0; k < rows.length; k++) {
      const url = `${origin}/page/${k}`;
      const turn = variants.map((_, i) => variants[(i + k) % variants.length]);
      const runs = [...turn.flatMap((v) => [['cold', v], ['warm', v]]), ['readability', null]];
      for (const [kind, variant] of runs) {
        try {
          const r = { id: rows[k].id, ...(await measure(env, kind, variant, url)) };
          (variant ? variant.results[kind] : readabilityResults).push(r);
        } catch (error) {
          failed.push(`${kind} ${rows[k].id}: ${String(error.message).split('\n')[0].slice(0, 120)}`);
        }
      }
    }

    console.log();
    table(['click to panel (ms)', 'clicks', 'median', 'p95'], [
      ...variants.flatMap((v) => [
        stats(`${v.label}, cold worker`, v.results.cold.map((r) => r.total)),
        stats(`${v.label}, warm worker`, v.results.warm.map((r) => r.total)),
      ]),
      stats('Readability.js in the content script', readabilityResults.map((r) => r.total)),
    ]);
    const errors = (list, mark) => list.filter((r) => r.marks[mark]).length;
    for (const v of variants) {
      console.log(`panels showing an error, ${v.label}: cold ${errors(v.results.cold, 'gisty:failed')}, warm ${errors(v.results.warm, 'gisty:failed')}`);
    }
    console.log(`Readability found no article: ${errors(readabilityResults, 'readability:failed')}`);
    const all = [...variants.flatMap((v) => [...v.results.cold, ...v.results.warm]), ...readabilityResults];
    console.log(`clock offset round trip: median ${ms(median(all.map((r) => r.rtt)))} ms`);
    for (const v of variants) {
      for (const kind of ['cold', 'warm']) {
        console.log(`\n== where a ${kind} click's time goes, ${v.label} (medians of each stage, ms)`);
        const staged = v.results[kind].map(stages);
        const names = Object.keys(staged[0] ?? {});
        table(['stage', 'median', 'p95'], names
          .map((name) => [name, staged.map((x) => x[name]).filter(Number.isFinite)])
          .filter(([, xs]) => xs.length > 0)
          .map(([name, xs]) => [name, ms(median(xs)), ms(percentile(xs, 95))]));
      }
    }
    if (failed.length) console.log(`\nfailed ${failed.length} click(s): ${failed.slice(0, 5).join('; ')}`);
    for (const v of variants) await v.control.detach();
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(readability, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
