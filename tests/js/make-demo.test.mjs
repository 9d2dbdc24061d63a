// `make demo` serves www/ with Python's static server; this loads the demo
// from that same server in headless Chromium, checks that the wasm module
// produced the summary shown, and saves test-results/make-demo.png.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { requireBuild, launch, resultPath, WWW } from './helpers.mjs';

let python;
let browser;
let base;

/** A port that is free right now on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, deadline) {
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`python3 -m http.server did not answer at ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

before(async () => {
  requireBuild();
  const port = await freePort();
  python = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', WWW], {
    stdio: 'ignore',
  });
  base = `http://127.0.0.1:${port}`;
  await waitForServer(`${base}/index.html`, Date.now() + 10_000);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  python?.kill();
});

test('the demo served as `make demo` serves it shows a summary made by the wasm module', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${base}/`);
  await page.waitForFunction(() => document.getElementById('result').getAttribute('aria-busy') === 'false', null, {
    timeout: 20_000,
  });
  const shown = await page.evaluate(async () => {
    const points = [...document.querySelectorAll('#key-points li')].map((li) => li.textContent.trim());
    // The same call made directly on the module the page loaded.
    const gisty = await import('./gisty.js');
    await gisty.init();
    return { points, error: document.getElementById('error').textContent.trim(), version: gisty.version() };
  });
  assert.equal(shown.error, '', 'no error shown');
  assert.ok(shown.points.length > 0, 'key points are shown');
  assert.match(shown.version, /^\d+\.\d+\.\d+/);
  await page.screenshot({ path: resultPath('make-demo.png'), fullPage: false });
});
