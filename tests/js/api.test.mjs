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

/** Markup whose live tree differs from its HTML in the ways a walk must handle. */
const TRICKY_PAGE = `<!doctype html><html lang="fr" dir="ltr"><head><title>Ramender les filets</title>
<script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "Anne Caron"}}</script>
<style>p { color: #333 }</style></head><body>
<!-- a comment --><nav><a href="/">Accueil</a></nav>
<article><h1>Ramender les filets</h1>
<p>Çà et là 🐟 漁網 &mdash; &ldquo;nets&rdquo; &amp; knots.</p>
<p>Les filets se déchirent sur les rochers et les épaves, et un filet déchiré perd l'essentiel de sa prise.</p>
<svg viewBox="0 0 10 10"><a xlink:href="#m"><text>m</text></a></svg>
<template><p>inert</p></template><noscript><p>no script</p></noscript>
<p>Les ramendeuses travaillent du bord du trou vers l'intérieur, <b>maille</b> après <i>maille</i>.</p>
<p>Une ramendeuse habile ferme en un après-midi un trou de la taille d'une porte.</p>
</article><footer>© Le Port</footer></body></html>`;

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

  test('markdown: true adds the article as Markdown on every entry point, the worker too', async () => {
    const outcome = await page.evaluate(async (html) => {
      const gisty = await import('/gisty.js');
      await gisty.init();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const options = { markdown: true, url: 'https://example.org/nets' };
      const worker = gisty.createWorkerSummarizer();
      const results = {
        summarize: gisty.summarize(html, options).markdown,
        extract: gisty.extract(html, options).markdown,
        extractDocument: gisty.extractDocument(doc, options).markdown,
        summarizeDocument: gisty.summarizeDocument(doc, options).markdown,
        extractSnapshot: gisty.extractSnapshot(gisty.snapshotDocument(doc), options).markdown,
        summarizeSnapshot: gisty.summarizeSnapshot(gisty.snapshotDocument(doc), options).markdown,
        worker: (await worker.extract(html, options)).markdown,
        workerSummarize: (await worker.summarize(html, options)).markdown,
      };
      worker.terminate();
      const without = gisty.summarize(html, { url: 'https://example.org/nets' });
      // `format` stays the summary's format.
      const summaryFormat = gisty.summarize(html, { format: 'markdown', markdown: true });
      return { results, hasField: 'markdown' in without, summary: summaryFormat.summary };
    }, PAGE);
    // The h1 repeats the title, which is the result's `title`.
    const expected = 'Fishing nets tear on rocks and wrecks, and a torn net loses most of its catch.\n\n'
      + 'Menders work from the edge of a hole inwards, tying each new mesh to the size of its neighbours.\n\n'
      + 'A skilled mender can close a hole the size of a door in an afternoon.\n';
    for (const [entry, markdown] of Object.entries(outcome.results)) assert.equal(markdown, expected, entry);
    assert.equal(outcome.hasField, false, 'no markdown field unless asked');
    assert.match(outcome.summary, /^- /, 'format: markdown still makes the summary a bulleted list');
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
      // null and undefined mean no options; a getter is refused as in summarize().
      const none = [null, undefined].map((o) => gisty.summarizeDocument(document, o).url);
      let getter;
      try {
        gisty.summarizeDocument(document, { get type() { return 'tldr'; } });
      } catch (e) {
        getter = e.code;
      }
      return { viaDocument, direct, ownUrl, directOwnUrl, notADocument, none, getter, url: document.URL };
    }, PAGE);
    assert.deepEqual(outcome.none, [outcome.url, outcome.url]);
    assert.equal(outcome.getter, 'INVALID_OPTIONS');
    assert.deepEqual(withoutTimings(outcome.viaDocument), withoutTimings(outcome.direct));
    assert.deepEqual(withoutTimings(outcome.ownUrl), withoutTimings(outcome.directOwnUrl));
    assert.equal(outcome.notADocument, 'INVALID_INPUT');
    assert.ok(outcome.viaDocument.sentences.length > 0);
  });

  test('a snapshot of the live tree, and extractDocument(), give the article of its HTML', async () => {
    const outcome = await page.evaluate(async (html) => {
      const gisty = await import('/gisty.js');
      await gisty.init();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      document.documentElement.innerHTML = doc.documentElement.innerHTML;
      const article = document.querySelector('article');
      // What scripts do to a live page: adjacent text nodes, an attribute
      // name getAttribute() cannot find again, a template's inert contents.
      article.querySelector('p').append(document.createTextNode(' Nets last '), document.createTextNode('for years.'));
      article.setAttributeNS(null, 'dataMark', 'x');
      const sameAsHtml = (options) => {
        const withUrl = { url: document.URL, ...options };
        const viaHtml = gisty.extract(`<!DOCTYPE html>${document.documentElement.outerHTML}`, withUrl);
        const viaTree = gisty.extractSnapshot(gisty.snapshotDocument(document), withUrl);
        const viaDocument = gisty.extractDocument(document, options);
        const same = (a) => JSON.stringify(a) === JSON.stringify(viaHtml);
        return same(viaTree) && same(viaDocument) ? 'same' : { viaTree, viaDocument, viaHtml };
      };
      const snapshot = gisty.snapshotDocument(document);
      const errors = {};
      for (const [name, bad] of Object.entries({
        unknownOperation: { ops: new Uint32Array([9]), text: '' },
        pastTheText: { ops: new Uint32Array([2, 50]), text: 'short' },
        notASnapshot: { ops: [1, 0, 1, 0], text: 'p' },
      })) {
        try {
          gisty.extractSnapshot(bad);
          errors[name] = 'no error';
        } catch (e) {
          errors[name] = e.code;
        }
      }
      return {
        plain: sameAsHtml({}),
        shallow: sameAsHtml({ maxDepth: 6 }),
        // Node limits count differently (comments and the doctype are nodes
        // of the parsed HTML, not of a snapshot), so only the flag is compared.
        truncated: [40, 41, 1000].map((maxNodes) => {
          const options = { url: document.URL, maxNodes };
          return gisty.extractSnapshot(gisty.snapshotDocument(document, { maxNodes }), options).truncated;
        }),
        text: gisty.extractDocument(document).textContent,
        opsAreCompact: snapshot.ops instanceof Uint32Array && snapshot.ops.length < 4 * document.getElementsByTagName('*').length + 4 * snapshot.text.length,
        errors,
      };
    }, TRICKY_PAGE);
    assert.equal(outcome.plain, 'same');
    assert.equal(outcome.shallow, 'same');
    assert.deepEqual(outcome.truncated, [true, true, false]);
    assert.match(outcome.text, /Çà et là 🐟 漁網 — “nets” & knots\. Nets last for years\./);
    assert.ok(outcome.opsAreCompact);
    assert.deepEqual(outcome.errors, { unknownOperation: 'INVALID_INPUT', pastTheText: 'INVALID_INPUT', notASnapshot: 'INVALID_INPUT' });
  });

  test('extractDocument() and snapshots of a 100,000-deep and a 200,000-wide tree stay bounded', async () => {
    const outcome = await page.evaluate(async (html) => {
      const gisty = await import('/gisty.js');
      await gisty.init();
      const timed = (build) => {
        // Built in place: cloning a 100,000-deep tree is more than the browser's own stack takes.
        const copy = new DOMParser().parseFromString(html, 'text/html');
        build(copy.body);
        const run = (read) => {
          const start = performance.now();
          const article = read();
          return { ms: performance.now() - start, truncated: article.truncated, text: article.textContent.length };
        };
        return {
          // Past 5,000 elements extractDocument() reads a snapshot: Chromium
          // crashes serializing a tree this deep.
          document: run(() => gisty.extractDocument(copy)),
          snapshot: run(() => gisty.extractSnapshot(gisty.snapshotDocument(copy))),
        };
      };
      const deep = timed((body) => {
        let at = body;
        for (let i = 0; i < 100_000; i++) at = at.appendChild(body.ownerDocument.createElement('div'));
        at.textContent = 'bottom';
      });
      const wide = timed((body) => {
        const holder = body.appendChild(body.ownerDocument.createElement('div'));
        for (let i = 0; i < 200_000; i++) holder.appendChild(body.ownerDocument.createElement('span')).textContent = 'x';
      });
      return { deep, wide };
    }, PAGE);
    for (const path of ['document', 'snapshot']) {
      // Deeper than maxDepth (512): the tree is cut there.
      assert.equal(outcome.deep[path].truncated, true, path);
      assert.equal(outcome.wide[path].truncated, false, path);
      for (const { ms, text } of [outcome.deep[path], outcome.wide[path]]) {
        assert.ok(text > 0, `${path}: the article is still found`);
        assert.ok(ms < 10_000, `${path}: took ${ms} ms`);
      }
    }
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
