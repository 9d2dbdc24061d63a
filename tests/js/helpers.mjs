// Shared by the end-to-end tests: a static file server for www/, a headless
// Chromium from Debian (/usr/bin/chromium), and checks that the wasm
// package is built.

import { createServer } from 'node:http';
import { existsSync, mkdtempSync, rmSync, statSync, createReadStream, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const WWW = join(ROOT, 'www');
export const RESULTS = join(ROOT, 'test-results');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Chromium's flags for a quiet, offline, sandbox-free headless run. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ts': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Throws, with what to do, when the wasm package (or a file the extension
 * needs) is missing.
 */
export function requireBuild(...extra) {
  const needed = ['www/pkg/gisty.js', 'www/pkg/gisty_bg.wasm', ...extra];
  const missing = needed.filter((path) => !existsSync(join(ROOT, path)));
  if (missing.length > 0) {
    throw new Error(`missing ${missing.join(', ')}: build the wasm package first with \`make build\` (or scripts/build)`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium package (scripts/setup) or set CHROMIUM_PATH`);
  }
}

/** Throws, saying to rebuild, when a copy made by the build differs from its source. */
export function requireFreshCopies(pairs) {
  for (const [source, copy] of pairs) {
    if (!readFileSync(join(ROOT, source)).equals(readFileSync(join(ROOT, copy)))) {
      throw new Error(`${copy} is older than ${source}: run \`make build\` (or scripts/build) again`);
    }
  }
}

/**
 * Serves `dir` on 127.0.0.1 at a free port. `routes` maps a path to
 * {type, body} served instead of a file. Resolves to {url, close()}.
 */
export async function serve(dir = WWW, routes = {}) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (Object.hasOwn(routes, path)) {
      const { type, body } = routes[path];
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
      return;
    }
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME_TYPES[extname(file)] || 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

/**
 * Launches headless Chromium with a fresh profile in a temporary folder.
 * Resolves to {context, close()}; close() also removes the profile.
 */
export async function launch({ args = [], ignoreDefaultArgs, viewport = { width: 1280, height: 900 } } = {}) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'gisty-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [...CHROMIUM_ARGS, ...args],
      ignoreDefaultArgs,
      viewport,
      timeout: 60_000,
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Collects a page's console errors and uncaught exceptions, for failure messages. */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** A path in test-results/ (created if needed), for screenshots. */
export function resultPath(name) {
  mkdirSync(RESULTS, { recursive: true });
  return join(RESULTS, name);
}

/** Collapses runs of whitespace, as the highlighter compares text. */
export function squash(text) {
  return String(text).replace(/\s+/g, ' ').trim();
}

/** An empty page, to load www/ modules into without any other content. */
export const BLANK_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title><link rel="icon" href="data:,"></head><body></body></html>';

/**
 * Serves www/ with an empty page at /blank.html, launches Chromium and
 * opens that page. Resolves to {server, browser, page, errors, blankUrl,
 * close()}; `errors` collects the page's console errors.
 */
export async function openBlankPage({ timeout = 15_000 } = {}) {
  const server = await serve(undefined, { '/blank.html': { type: 'text/html; charset=utf-8', body: BLANK_PAGE } });
  const blankUrl = `${server.url}/blank.html`;
  let browser;
  try {
    browser = await launch();
    const page = await browser.context.newPage();
    page.setDefaultTimeout(timeout);
    const errors = watchErrors(page);
    await page.goto(blankUrl);
    return {
      server,
      browser,
      page,
      errors,
      blankUrl,
      close: async () => {
        await browser.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}
