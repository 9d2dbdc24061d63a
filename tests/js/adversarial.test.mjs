// Hostile calls from JavaScript: non-strings, broken UTF-16, bad options,
// oversized input and a deliberate panic. Each failing call must throw an
// Error with a stable code, and the module must keep working afterwards,
// in Node and in a Chromium page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root, missing, startServer, launchChromium, openTestPage } from './xss/harness.mjs';

const require = createRequire(import.meta.url);
const nodePkg = join(root, 'www', 'pkg-node', 'gisty.js');
const skipNode = existsSync(nodePkg) ? false : 'www/pkg-node is missing: run `make build` first';
const skipBrowser = missing() ?? false;

const PAGE = `<html><head><title>Canal walks</title></head><body><article><h1>Canal walks</h1>
<p>The towpath runs for twelve miles between the two locks, past mills that once spun cotton for export.</p>
<p>Walkers can rest at the old lock keeper's cottage, which now serves tea on summer weekends.</p>
<p>The council plans to resurface the muddiest stretch before the autumn rains arrive.</p></article></body></html>`;

function codeOf(fn) {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof Error, `an Error, got ${e}`);
    return e.code;
  }
  return 'no error';
}

let gisty;
before(() => {
  if (skipNode) return;
  gisty = require(nodePkg);
  // A panic logs its message; keep the test output readable.
  console.error = () => {};
});

function stillWorks() {
  const gist = gisty.summarize(PAGE);
  assert.ok(gist.textContent.includes('towpath'));
}

test('non-strings are INVALID_INPUT and leave the module usable', { skip: skipNode }, () => {
  const inputs = [42, 4.2, undefined, null, true, {}, [], ['<p>x</p>'], new String(PAGE), () => PAGE,
    Symbol('s'), 10n, new Uint8Array([60, 112, 62]), new Map()];
  for (const input of inputs) {
    for (const call of [gisty.summarize, gisty.extract, gisty.summarizeText, gisty.isProbablyReaderable]) {
      assert.equal(codeOf(() => call(input)), 'INVALID_INPUT', `${call.name}(${String(input)})`);
    }
    stillWorks();
  }
});

test('broken UTF-16 is read with replacement characters, never a crash', { skip: skipNode }, () => {
  const lone = ['\uD800', '\uDFFF', '\uDC00\uD800', 'a\uD83Db', '\uD83D'.repeat(3)];
  for (const s of lone) {
    const gist = gisty.summarize(s + PAGE + s);
    assert.ok(gist.textContent.includes('towpath'));
    assert.equal(gist.length, gist.textContent.length);
    gisty.summarizeText(`One sentence ${s} here. Another ${s} one.`);
    stillWorks();
  }
  // Text that is mostly lone surrogates looks like a wrong decoding.
  assert.equal(codeOf(() => gisty.summarize('\uD800'.repeat(5000))), 'INVALID_INPUT');
  assert.equal(codeOf(() => gisty.summarizeText('\uDC00x'.repeat(5000))), 'INVALID_INPUT');
  stillWorks();
});

test('bad options are INVALID_OPTIONS naming the field', { skip: skipNode }, () => {
  const cases = [
    [{ type: 'poem' }, 'type'],
    [{ length: 5 }, 'length'],
    [{ maxSentences: 'three' }, 'maxSentences'],
    [{ maxSentences: 2.5 }, 'maxSentences'],
    [{ maxSentences: -1 }, 'maxSentences'],
    [{ maxSentences: 0 }, 'maxSentences'],
    [{ maxAttributes: 0 }, 'maxAttributes'],
    [{ maxDepth: Infinity }, 'maxDepth'],
    [{ keywords: NaN }, 'keywords'],
    [{ url: 5 }, 'url'],
    [{ language: 'english!' }, 'language'],
    [{ colour: 'blue' }, 'colour'],
    [[], 'object'],
    ['tldr', 'object'],
    [7, 'object'],
  ];
  for (const [options, field] of cases) {
    let error;
    try {
      gisty.summarize(PAGE, options);
    } catch (e) {
      error = e;
    }
    assert.equal(error?.code, 'INVALID_OPTIONS', JSON.stringify(options));
    assert.ok(error.message.includes(field), `${error.message} should name ${field}`);
    stillWorks();
  }
});

test('oversized input is refused before it is copied', { skip: skipNode }, () => {
  const big = 'x'.repeat(64 << 20);
  const start = performance.now();
  assert.equal(codeOf(() => gisty.summarize(big)), 'INPUT_TOO_LARGE');
  assert.equal(codeOf(() => gisty.summarize(PAGE, { maxInputBytes: 100 })), 'INPUT_TOO_LARGE');
  // Multi-byte text: under the limit in UTF-16 units, over it in UTF-8.
  assert.equal(codeOf(() => gisty.summarize('é'.repeat(60), { maxInputBytes: 100 })), 'INPUT_TOO_LARGE');
  assert.ok(performance.now() - start < 2_000);
  stillWorks();
});

test('a panic throws INTERNAL and the next call works (Node)', { skip: skipNode }, () => {
  for (let i = 0; i < 3; i++) {
    assert.equal(codeOf(() => gisty.__panicForTesting()), 'INTERNAL');
    stillWorks();
  }
});

test('a panic throws INTERNAL and the next call works (Chromium page)', { skip: skipBrowser }, async () => {
  const server = await startServer();
  const browser = await launchChromium();
  try {
    const page = await openTestPage(browser.context, server.origin);
    const outcome = await page.evaluate((html) => {
      const rounds = [];
      for (let i = 0; i < 3; i++) {
        let code = 'no error';
        try {
          window.gisty.__panicForTesting();
        } catch (e) {
          code = e instanceof Error ? e.code : `not an Error: ${e}`;
        }
        const after = window.gisty.summarize(html).textContent.includes('towpath');
        let bad = 'no error';
        try {
          window.gisty.summarize(42);
        } catch (e) {
          bad = e.code;
        }
        rounds.push({ code, after, bad });
      }
      return rounds;
    }, PAGE);
    for (const round of outcome) {
      assert.deepEqual(round, { code: 'INTERNAL', after: true, bad: 'INVALID_INPUT' });
    }
  } finally {
    await browser.close();
    await server.close();
  }
});
