// Shared by the browser tests: a static server on 127.0.0.1 (random port)
// that serves www/pkg and a test page and records every other request, and
// a headless Debian Chromium with a fresh profile.
import { createServer } from 'node:http';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

import { CHROMIUM, CHROMIUM_ARGS } from '../helpers.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const pkg = join(root, 'www', 'pkg');

const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.ts': 'text/plain' };

// The test page: loads the web package and exposes it as `window.gisty`.
const PAGE = `<!doctype html><html><head><meta charset=utf-8><title>gisty test</title></head>
<body><div id=out></div>
<script type=module>
import init, * as gisty from '/pkg/gisty.js';
await init();
window.gisty = gisty;
window.gistyReady = true;
</script></body></html>`;

/** Whether the web package and Chromium are there to test with. */
export function missing() {
  if (!existsSync(join(pkg, 'gisty.js'))) return 'www/pkg is missing: run `make build` first';
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is missing: run scripts/setup`;
  return null;
}

/**
 * Starts the server. `requests` lists every request other than the test
 * page and the package: { path, dest } with dest the Sec-Fetch-Dest header
 * (what kind of load the browser made: image, script, document...).
 * /beacon answers 204 No Content, so a navigation to it leaves the page.
 */
export async function startServer() {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://127.0.0.1').pathname;
    if (path === '/' || path === '/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
      return;
    }
    if (path.startsWith('/pkg/')) {
      const file = normalize(join(pkg, path.slice('/pkg/'.length)));
      if (file.startsWith(pkg)) {
        try {
          const body = await readFile(file);
          const ext = file.slice(file.lastIndexOf('.'));
          res.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream' });
          res.end(body);
          return;
        } catch {
          // Falls through to the 404.
        }
      }
    }
    if (path !== '/favicon.ico') {
      requests.push({ path: req.url, dest: req.headers['sec-fetch-dest'] ?? '' });
    }
    res.writeHead(path === '/beacon' ? 204 : 404);
    res.end();
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, requests, close: () => new Promise((ok) => server.close(ok)) };
}

/** Launches Chromium with a fresh profile; `close()` removes the profile. */
export async function launchChromium() {
  const profile = await mkdtemp(join(tmpdir(), 'gisty-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the test page and waits for the package to load. */
export async function openTestPage(context, origin) {
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => window.gistyReady === true, null, { timeout: 30_000 });
  return page;
}
