// createWorkerSummarizer() in headless Chromium: the worker answers with
// what the direct calls return, reports errors with the same codes, and
// keeps the main thread free while it works on a 5 MB page.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireBuild, openBlankPage, WWW } from './helpers.mjs';

let opened;
let page;
let errors;

before(async () => {
  requireBuild();
  opened = await openBlankPage({ timeout: 20_000 });
  ({ page, errors } = opened);
  await page.evaluate(async () => {
    const gisty = await import('/gisty.js');
    await gisty.init();
    globalThis.gisty = gisty;
    globalThis.summarizer = gisty.createWorkerSummarizer();
    await globalThis.summarizer.ready;
  });
});

after(async () => {
  await opened?.close();
});

const PAGE = `<!doctype html><html lang="en"><head><title>The lighthouse keeper's log | Coastal Notes</title>
<meta name="author" content="R. Oduya"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li></ul></nav>
<article><h1>The lighthouse keeper's log</h1>
<p>For forty years the keeper wrote down the weather at dawn, noon and dusk, in the same brown ledgers.</p>
<p>Read today, the entries show storms arriving later in the autumn than they once did.
They also record the first automatic lamp, installed in 1962, which the keeper distrusted for a decade.</p>
<p>The ledgers are now kept by the county archive, where volunteers are typing them into a database.</p>
<p>Historians hope to compare them with ship logs from the same years to check the readings.</p>
</article><aside>Popular: <a href="/x">Ten walks by the sea</a></aside></body></html>`;

function withoutTimings(result) {
  if (result && typeof result === 'object' && 'timings' in result) {
    const { timings, ...rest } = result;
    return rest;
  }
  return result;
}

test('the worker serves every function the wasm module exports, as gisty.js and gisty.d.ts list them', async () => {
  const gisty = await import(join(WWW, 'gisty.js'));
  const pkg = await import(join(WWW, 'pkg/gisty.js'));
  // The package's loaders, its reset and its test hook are not calls to forward.
  const exported = Object.keys(pkg).filter((name) => !['default', 'initSync', '__panicForTesting', '__wbg_reset_state'].includes(name));
  assert.deepEqual([...gisty.WORKER_METHODS].sort(), exported.sort(), 'WORKER_METHODS in www/gisty.js');
  for (const name of gisty.WORKER_METHODS) assert.equal(typeof gisty[name], 'function', `gisty.js exports ${name}`);
  const declared = readFileSync(join(WWW, 'gisty.d.ts'), 'utf8').match(/WORKER_METHODS: readonly \[([^\]]*)\]/)[1];
  assert.deepEqual([...declared.matchAll(/'(\w+)'/g)].map((m) => m[1]), [...gisty.WORKER_METHODS], 'WORKER_METHODS in www/gisty.d.ts');
  // And the worker answers each of them (none left out of its table).
  const answered = await page.evaluate(async (names) => {
    const out = {};
    for (const name of names) {
      out[name] = await globalThis.summarizer[name]().then(() => 'answered', (e) => e.message);
    }
    return out;
  }, [...gisty.WORKER_METHODS]);
  for (const [name, outcome] of Object.entries(answered)) {
    assert.doesNotMatch(outcome, /unknown method/, `the worker serves ${name}`);
  }
});

test('the worker returns what the direct call returns (timings aside)', async () => {
  const cases = [
    ['summarize', [PAGE]],
    ['summarize', [PAGE, { type: 'tldr', length: 'medium', format: 'markdown', url: 'https://example.org/log' }]],
    ['summarize', [PAGE, { type: 'key-points', length: 'long', keywords: 3 }]],
    ['extract', [PAGE, { url: 'https://example.org/log' }]],
    ['summarizeText', ['Rain fell all day.\nThe river rose a metre.\nThe bridge was closed at noon.', { type: 'headline' }]],
    ['isProbablyReaderable', [PAGE]],
    ['version', []],
  ];
  for (const [method, args] of cases) {
    const { direct, viaWorker } = await page.evaluate(async ([m, a]) => ({
      direct: globalThis.gisty[m](...a),
      viaWorker: await globalThis.summarizer[m](...a),
    }), [method, args]);
    assert.deepEqual(withoutTimings(viaWorker), withoutTimings(direct), `${method}(${JSON.stringify(args[1] ?? '')})`);
  }
  // The results are plain data, nothing the structured clone would lose.
  const shape = await page.evaluate(async (html) => {
    const r = await globalThis.summarizer.summarize(html);
    return { proto: Object.getPrototypeOf(r) === Object.prototype, sentences: Array.isArray(r.sentences), start: typeof r.sentences[0]?.start };
  }, PAGE);
  assert.deepEqual(shape, { proto: true, sentences: true, start: 'number' });
});

test('worker errors are Errors with the same code as the direct call', async () => {
  const cases = [
    ['', undefined],
    [PAGE, { type: 'bogus' }],
    [PAGE, { maxInputBytes: 10 }],
    [42, undefined],
  ];
  for (const [input, options] of cases) {
    const { direct, viaWorker } = await page.evaluate(async ([html, opts]) => {
      const describe = (e) => ({ isError: e instanceof Error, code: e.code, hasMessage: typeof e.message === 'string' && e.message.length > 0 });
      let direct;
      let viaWorker;
      try {
        globalThis.gisty.summarize(html, opts);
      } catch (e) {
        direct = describe(e);
      }
      try {
        await globalThis.summarizer.summarize(html, opts);
      } catch (e) {
        viaWorker = describe(e);
      }
      return { direct, viaWorker };
    }, [input, options]);
    assert.ok(direct, `the direct call with ${JSON.stringify(options)} should throw`);
    assert.deepEqual(viaWorker, direct, `error for input ${JSON.stringify(String(input).slice(0, 20))} ${JSON.stringify(options)}`);
  }
});

test('answers match their requests when several are in flight', async () => {
  const lengths = await page.evaluate(async (html) => {
    const asked = ['short', 'long', 'medium', 'short', 'long'];
    const answers = await Promise.all(asked.map((length) => globalThis.summarizer.summarize(html, { length })));
    const direct = asked.map((length) => globalThis.gisty.summarize(html, { length }).sentences.length);
    return { got: answers.map((r) => r.sentences.length), direct };
  }, PAGE);
  assert.deepEqual(lengths.got, lengths.direct);
});

test('a 5 MB page is summarized in the worker without blocking the main thread', async (t) => {
  const stats = await page.evaluate(async () => {
    const paragraph = (i) => `<p>Paragraph ${i} tells how the tide came in over the flats near the harbour wall, ` +
      `and how the gulls rose all at once when the first wave reached the old stone steps by the ferry landing.</p>\n`;
    const parts = ['<!doctype html><html><head><title>Big page</title></head><body><article>'];
    let size = parts[0].length;
    for (let i = 0; size < 5 * 1024 * 1024; i++) {
      const p = paragraph(i);
      parts.push(p);
      size += p.length;
    }
    parts.push('</article></body></html>');
    const html = parts.join('');

    // Measure the longest pause between timer ticks while the worker works.
    let last = performance.now();
    let longest = 0;
    let ticks = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      ticks++;
    }, 5);
    const started = performance.now();
    const result = await globalThis.summarizer.summarize(html, { maxSentences: 5 });
    const elapsed = performance.now() - started;
    clearInterval(timer);
    return { bytes: html.length, elapsed, longest, ticks, sentences: result.sentences.length, words: result.wordCount };
  });
  t.diagnostic(`${stats.bytes} chars in ${stats.elapsed.toFixed(0)} ms; longest main-thread pause ${stats.longest.toFixed(0)} ms`);
  assert.ok(stats.bytes >= 5 * 1024 * 1024);
  assert.ok(stats.sentences > 0 && stats.sentences <= 5, `got ${stats.sentences} sentences`);
  assert.ok(stats.words > 100_000, `the whole page was read (${stats.words} words)`);
  // The call took a while, yet the page kept ticking: no pause near the call's length.
  assert.ok(stats.longest < 250, `the main thread was blocked for ${stats.longest.toFixed(0)} ms (call took ${stats.elapsed.toFixed(0)} ms)`);
  assert.ok(stats.ticks >= 2, `timer ticked ${stats.ticks} times during ${stats.elapsed.toFixed(0)} ms`);
});

test('a Worker made by the caller can be passed in', async () => {
  const outcome = await page.evaluate(async (html) => {
    const worker = new Worker(new URL('/gisty-worker.js', location.href), { type: 'module' });
    const summarizer = globalThis.gisty.createWorkerSummarizer({ worker });
    const version = await summarizer.ready;
    const result = await summarizer.summarize(html);
    summarizer.terminate();
    return { version, same: JSON.stringify(result.sentences) === JSON.stringify(globalThis.gisty.summarize(html).sentences) };
  }, PAGE);
  assert.match(outcome.version, /^\d+\.\d+\.\d+/);
  assert.equal(outcome.same, true);
});

test('terminate() rejects calls still waiting, with code TERMINATED', async () => {
  const outcome = await page.evaluate(async (html) => {
    const worker = globalThis.gisty.createWorkerSummarizer();
    const pending = worker.summarize(html);
    worker.terminate();
    const first = await pending.then(() => 'resolved', (e) => e.code);
    const after = await worker.summarize(html).then(() => 'resolved', (e) => e.code);
    return { first, after };
  }, PAGE);
  assert.deepEqual(outcome, { first: 'TERMINATED', after: 'TERMINATED' });
});

test('a worker script that fails to load rejects with code LOAD_FAILED', async () => {
  const code = await page.evaluate(async () => {
    const worker = globalThis.gisty.createWorkerSummarizer({ url: '/no-such-worker.js' });
    const code = await worker.summarize('<p>x</p>').then(() => 'resolved', (e) => e.code);
    worker.terminate();
    return code;
  });
  assert.equal(code, 'LOAD_FAILED');
  const unexpected = errors.filter((e) => !/Failed to load resource|no-such-worker/.test(e));
  assert.deepEqual(unexpected, []);
});
