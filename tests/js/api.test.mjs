// gisty.js, the API over the wasm package: init(), error codes, recovery
// after a panic (in headless Chromium), summarizeDocument(), and the same
// module in Node given the .wasm bytes.

import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { requireBuild, openBlankPage, ROOT, WWW } from './helpers.mjs';

const PAGE = `<!doctype html><html lang="en"><head><title>Mending nets</title></head><body>
<nav><a href="/">Home</a></nav>
<article><h1>Mending nets</h1>
<p>Fishing nets tear on rocks and wrecks, and a torn net loses most of its catch.</p>
<p>Menders work from the edge of a hole inwards, tying each new mesh to the size of its neighbours.</p>
<p>A skilled mender can close a hole the size of a door in an afternoon.</p>
</article></body></html>`;

function withoutTimings({ timings, ...rest }) {
  return rest;
}

describe('in the browser', () => {
  let opened;
  let page;
  let errors;

  before(async () => {
    requireBuild();
    opened = await openBlankPage();
    ({ page, errors } = opened);
  });

  after(async () => {
    await opened?.close();
  });

  test('calls before init() fail with NOT_INITIALIZED; init() is idempotent', async () => {
    const outcome = await page.evaluate(async () => {
      const gisty = await import('/gisty.js');
      let before;
      try {
        gisty.summarize('<p>x</p>');
      } catch (e) {
        before = { code: e.code, message: e.message };
      }
      const first = gisty.init();
      const second = gisty.init();
      await first;
      await gisty.init();
      return { before, same: first === second, initialized: gisty.isInitialized(), version: gisty.version() };
    });
    assert.equal(outcome.before.code, 'NOT_INITIALIZED');
    assert.match(outcome.before.message, /await init\(\)/);
    assert.equal(outcome.same, true);
    assert.equal(outcome.initialized, true);
    assert.match(outcome.version, /^\d+\.\d+\.\d+/);
  });

  test('errors from the module keep their codes', async () => {
    const codes = await page.evaluate(async () => {
      const gisty = await import('/gisty.js');
      await gisty.init();
      const codeOf = (fn) => {
        try {
          fn();
          return 'no error';
        } catch (e) {
          return e instanceof Error ? e.code : `not an Error: ${e}`;
        }
      };
      return {
        notText: codeOf(() => gisty.summarize(12345)),
        binary: codeOf(() => gisty.summarize('\u0000\u0001\u0002PNG\u0000\u0000'.repeat(50))),
        tooLarge: codeOf(() => gisty.summarize('<p>more than ten bytes</p>', { maxInputBytes: 10 })),
        empty: codeOf(() => gisty.summarize('<html><body></body></html>')),
        badType: codeOf(() => gisty.summarize('<p>x</p>', { type: 'poem' })),
        badOptions: codeOf(() => gisty.summarize('<p>x</p>', 'short')),
        unknownOption: codeOf(() => gisty.extract('<p>x</p>', { lenght: 'short' })),
      };
    });
    assert.deepEqual(codes, {
      notText: 'INVALID_INPUT',
      binary: 'INVALID_INPUT',
      tooLarge: 'INPUT_TOO_LARGE',
      empty: 'NOT_READERABLE',
      badType: 'INVALID_OPTIONS',
      badOptions: 'INVALID_OPTIONS',
      unknownOption: 'INVALID_OPTIONS',
    });
  });

  test('after a panic the module answers the next call as before', async () => {
    const outcome = await page.evaluate(async (html) => {
      const gisty = await import('/gisty.js');
      await gisty.init();
      const before = gisty.summarize(html, { length: 'medium' });
      let error;
      try {
        gisty.__panicForTesting();
      } catch (e) {
        error = { isError: e instanceof Error, code: e.code, cause: e.cause?.constructor?.name, message: e.message };
      }
      const after = gisty.summarize(html, { length: 'medium' });
      // And again: a second panic recovers too.
      let second;
      try {
        gisty.__panicForTesting();
      } catch (e) {
        second = e.code;
      }
      const again = gisty.summarize(html, { length: 'medium' });
      return { before, error, after, second, again };
    }, PAGE);
    assert.deepEqual(outcome.error?.isError, true, 'the panic is thrown as an Error');
    assert.equal(outcome.error.code, 'INTERNAL');
    // The module's panic hook throws the Error itself (no trap, so no cause).
    assert.match(outcome.error.message, /gisty failed: [\s\S]*deliberate panic/);
    assert.deepEqual(withoutTimings(outcome.after), withoutTimings(outcome.before));
    assert.equal(outcome.second, 'INTERNAL');
    assert.deepEqual(withoutTimings(outcome.again), withoutTimings(outcome.before));
    // The panic message reaches the console (console_error_panic_hook); nothing else does.
    const unexpected = errors.filter((e) => !/deliberate panic|RuntimeError|unreachable/i.test(e));
    assert.deepEqual(unexpected, []);
  });

  test('summarizeDocument() summarizes the live document with its URL', async () => {
    const outcome = await page.evaluate(async (html) => {
      const gisty = await import('/gisty.js');
      await gisty.init();
      document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
      const viaDocument = gisty.summarizeDocument(document, { length: 'long' });
      const direct = gisty.summarize(document.documentElement.outerHTML, { length: 'long', url: document.URL });
      const ownUrl = gisty.summarizeDocument(document, { url: 'https://example.org/nets' });
      const directOwnUrl = gisty.summarize(document.documentElement.outerHTML, { url: 'https://example.org/nets' });
      let notADocument;
      try {
        gisty.summarizeDocument({});
      } catch (e) {
        notADocument = e.code;
      }
      return { viaDocument, direct, ownUrl, directOwnUrl, notADocument };
    }, PAGE);
    assert.deepEqual(withoutTimings(outcome.viaDocument), withoutTimings(outcome.direct));
    assert.deepEqual(withoutTimings(outcome.ownUrl), withoutTimings(outcome.directOwnUrl));
    assert.equal(outcome.notADocument, 'INVALID_INPUT');
    assert.ok(outcome.viaDocument.sentences.length > 0);
  });

  test('init() with a wrong .wasm URL fails with LOAD_FAILED, and a later init() can succeed', async () => {
    // A new page, so that the module is not loaded yet.
    const fresh = await opened.browser.context.newPage();
    try {
      await fresh.goto(opened.blankUrl);
      var outcome = await fresh.evaluate(async () => {
        const gisty = await import('/gisty.js');
        const failed = await gisty.init('/pkg/missing.wasm').then(() => 'loaded', (e) => ({ code: e.code, message: e.message }));
        await gisty.init();
        return { failed: failed.code, message: failed.message, ok: gisty.summarize('<p>Nets are mended by hand on the quay.</p>').sentences.length };
      });
    } finally {
      await fresh.close();
    }
    assert.match(outcome.message, /could not load the gisty wasm module/);
    assert.equal(outcome.failed, 'LOAD_FAILED');
    assert.equal(outcome.ok, 1);
  });
});

describe('in Node', () => {
  before(() => requireBuild('www/pkg-node/gisty.js'));

  test('gisty.js runs in Node when given the .wasm bytes', async () => {
    const gisty = await import(pathToFileURL(join(WWW, 'gisty.js')).href);
    await gisty.init(readFileSync(join(WWW, 'pkg/gisty_bg.wasm')));
    const result = gisty.summarize(PAGE, { type: 'key-points', length: 'short' });
    assert.equal(result.title, 'Mending nets');
    assert.ok(result.sentences.length > 0);
    assert.throws(() => gisty.summarize(PAGE, { length: 'huge' }), (e) => e.code === 'INVALID_OPTIONS');
  });

  test('the nodejs package gives the same result, with no init()', async () => {
    const require = createRequire(import.meta.url);
    const node = require(join(ROOT, 'www/pkg-node/gisty.js'));
    const gisty = await import(pathToFileURL(join(WWW, 'gisty.js')).href);
    await gisty.init(readFileSync(join(WWW, 'pkg/gisty_bg.wasm')));
    assert.deepEqual(withoutTimings(node.summarize(PAGE)), withoutTimings(gisty.summarize(PAGE)));
  });
});
