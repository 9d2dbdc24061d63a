// highlight() on tricky markup in headless Chromium: sentences split across
// elements and text nodes with odd whitespace, hidden and repeated text,
// clear(), scrollTo(), the <mark> fallback, and a large document.

import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { requireBuild, openBlankPage, squash, WWW } from './helpers.mjs';

const require = createRequire(import.meta.url);

let opened;
let page;
let errors;

before(async () => {
  requireBuild();
  opened = await openBlankPage();
  ({ page, errors } = opened);
});

beforeEach(async () => {
  await page.evaluate(async () => {
    globalThis.gisty = await import('/gisty.js');
  });
});

after(async () => {
  await opened?.close();
});

/** Sets the body's markup, highlights `sentences`, and describes the outcome. */
function highlightIn(markup, sentences, options = {}) {
  return page.evaluate(([html, list, opts]) => {
    document.body.innerHTML = html;
    const root = opts.root ? document.querySelector(opts.root) : undefined;
    const handle = globalThis.gisty.highlight(document, { sentences: list.map((text) => ({ text })) }, { ...opts, root });
    globalThis.handle = handle;
    const registered = CSS.highlights.get(opts.className || 'gisty-highlight');
    return {
      texts: handle.ranges.map((r) => (r ? r.toString() : null)),
      containers: handle.ranges.map((r) => (r ? r.startContainer.parentElement.closest('[id]')?.id ?? null : null)),
      registered: registered ? registered.size : 0,
      marks: document.querySelectorAll('mark').length,
    };
  }, [markup, sentences, options]);
}

/** Soft hyphens, zero-width characters, BOMs and directional marks, as pages use them. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;
const visible = (text) => text.replace(new RegExp(INVISIBLE.source, 'g'), '');

const TRICKY = `
<nav id="nav"><a href="#">Home</a></nav>
<article id="story">
  <p id="p1">Intro   sentence here.   The <b>quick</b>
      brown <a href="#">fox <span>ju</span>mps</a>
      over&nbsp;the <i>lazy</i>  dog.  Outro<!-- a comment --> sentence.</p>
  <p id="p2">Soft&shy;hyphen and zero&#8203;width characters do not matter.</p>
  <p id="p3">Café, naïve and 🦊 emoji survive too.</p>
</article>`;

test('a sentence split across <b>, <a>, <span>, comments and odd whitespace is found as one range', async () => {
  const sentences = [
    'The quick brown fox jumps over the lazy dog.',
    'Outro sentence.',
    'Softhyphen and zerowidth characters do not matter.',
    'Café, naïve and 🦊 emoji survive too.',
  ];
  const outcome = await highlightIn(TRICKY, sentences);
  assert.equal(outcome.registered, 4, 'one range per sentence in CSS.highlights');
  assert.equal(outcome.marks, 0, 'the Highlight API path does not change the DOM');
  assert.deepEqual(outcome.texts.map(squash), [
    'The quick brown fox jumps over the lazy dog.',
    'Outro sentence.',
    'Soft\u00adhyphen and zero\u200bwidth characters do not matter.',
    'Café, naïve and 🦊 emoji survive too.',
  ]);
  // The range starts and ends exactly at the sentence's first and last characters.
  const bounds = await page.evaluate(() => {
    const r = globalThis.handle.ranges[0];
    return { start: r.startContainer.data.slice(r.startOffset, r.startOffset + 3), end: r.endContainer.data.slice(r.endOffset - 4, r.endOffset) };
  });
  assert.deepEqual(bounds, { start: 'The', end: 'dog.' });
});

test('a sentence with spacing that differs from the page still matches', async () => {
  // An extractor may put a space between blocks or drop one between inline elements.
  const outcome = await highlightIn('<p id="p">Tightly<b>bound</b> words, then a table:</p><table id="t"><tr><td>left</td><td>right</td></tr></table>',
    ['Tightly bound words, then a table:', 'left right']);
  assert.deepEqual(outcome.texts, ['Tightlybound words, then a table:', 'leftright']);
});

test('script, style, noscript, hidden and display:none text is skipped', async () => {
  const markup = `
    <script id="s">var x = "A hidden sentence lives here.";</script>
    <style id="st">/* A hidden sentence lives here. */</style>
    <noscript id="n">A hidden sentence lives here.</noscript>
    <div id="h" hidden>A hidden sentence lives here.</div>
    <div id="d" style="display:none">A hidden sentence lives here.</div>
    <template id="tp">A hidden sentence lives here.</template>
    <p id="visible">A hidden sentence lives here.</p>`;
  const outcome = await highlightIn(markup, ['A hidden sentence lives here.', 'Only in a script.']);
  assert.deepEqual(outcome.containers, ['visible', null]);
  assert.equal(outcome.registered, 1);

  // Hidden by a style sheet: kept in the text, but a rendered copy wins.
  const styled = `<style>.gone { display: none }</style>
    <article id="menu" class="gone"><p>Tides turn twice a day.</p></article>
    <div id="shown"><p>Tides turn twice a day.</p></div>`;
  const second = await highlightIn(styled, ['Tides turn twice a day.']);
  assert.deepEqual(second.containers, ['shown']);
});

test('a sentence repeated outside the article is taken from the article', async () => {
  const markup = `
    <aside id="teaser"><p>Water levels rose by a metre overnight.</p></aside>
    <article id="story"><p>Rain fell for three days. Water levels rose by a metre overnight. The bridge closed.</p></article>
    <footer id="foot"><p>Water levels rose by a metre overnight.</p></footer>`;
  const outcome = await highlightIn(markup, ['Water levels rose by a metre overnight.']);
  assert.deepEqual(outcome.containers, ['story']);

  // Without an <article>, the sentences found only once decide the region.
  const region = `
    <div id="promo"><p>The bridge closed at noon.</p></div>
    <div id="main"><p>Rain fell for three days.</p><p>The bridge closed at noon.</p><p>Boats were moved inland.</p></div>`;
  const second = await highlightIn(region, ['Rain fell for three days.', 'The bridge closed at noon.', 'Boats were moved inland.']);
  assert.deepEqual(second.containers, ['main', 'main', 'main']);

  // `root` limits the search.
  const rooted = await highlightIn(markup, ['Water levels rose by a metre overnight.'], { root: '#foot' });
  assert.deepEqual(rooted.containers, ['foot']);
});

test('sentences not on the page get a null range and are left out of the highlight', async () => {
  const outcome = await highlightIn('<p id="p">One sentence is here.</p>', ['Not on this page at all.', 'One sentence is here.', '']);
  assert.deepEqual(outcome.containers, [null, 'p', null]);
  assert.equal(outcome.registered, 1);
});

test('clear() removes the highlight; a second call replaces the first', async () => {
  await highlightIn(TRICKY, ['Outro sentence.']);
  const state = await page.evaluate(() => {
    const { highlight } = globalThis.gisty;
    const first = globalThis.handle;
    const second = highlight(document, ['Intro sentence here.', 'Outro sentence.']);
    const afterSecond = CSS.highlights.get('gisty-highlight').size;
    first.clear(); // stale: must not remove the newer highlight
    const afterStaleClear = CSS.highlights.has('gisty-highlight');
    const scrolled = second.scrollTo(1);
    const active = CSS.highlights.get('gisty-highlight-active')?.size;
    const { clear } = second; // works unbound too
    clear();
    return { afterSecond, afterStaleClear, scrolled, active, afterClear: CSS.highlights.has('gisty-highlight'), activeAfterClear: CSS.highlights.has('gisty-highlight-active') };
  });
  assert.deepEqual(state, { afterSecond: 2, afterStaleClear: true, scrolled: true, active: 1, afterClear: false, activeAfterClear: false });
});

test('the style sheet is added once and names can be chosen', async () => {
  const sheets = await page.evaluate(() => {
    const { highlight } = globalThis.gisty;
    document.body.innerHTML = '<p>Alpha beta gamma.</p>';
    highlight(document, ['Alpha beta gamma.']);
    highlight(document, ['Alpha beta gamma.']);
    highlight(document, ['Alpha beta gamma.'], { className: 'my-marks' });
    const rules = document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].flatMap((r) => [...(r.cssRules ?? [r])].map((x) => x.selectorText)));
    const p = document.querySelector('p');
    const colour = () => getComputedStyle(p, '::highlight(gisty-highlight)').backgroundColor;
    const ours = colour();
    // The page's own rule wins over the defaults, which sit in a cascade layer.
    const style = document.createElement('style');
    style.textContent = '::highlight(gisty-highlight) { background-color: rgb(1, 2, 3); }';
    document.head.append(style);
    return { count: document.adoptedStyleSheets.length, rules: rules.filter((r) => r.startsWith('::highlight')), mine: CSS.highlights.has('my-marks'), ours, page: colour() };
  });
  assert.equal(sheets.count, 2);
  assert.ok(sheets.rules.includes('::highlight(gisty-highlight)'));
  assert.ok(sheets.rules.includes('::highlight(my-marks)'));
  assert.equal(sheets.mine, true);
  assert.equal(sheets.ours, 'rgb(255, 229, 138)');
  assert.equal(sheets.page, 'rgb(1, 2, 3)');
  await assert.rejects(
    page.evaluate(() => globalThis.gisty.highlight(document, ['x'], { className: 'a b{' })),
    /not a valid CSS identifier/,
  );
});

test('without CSS.highlights, sentences are wrapped in <mark>, and clear() restores the DOM', async () => {
  const outcome = await page.evaluate((markup) => {
    delete CSS.highlights;
    const { highlight } = globalThis.gisty;
    document.body.innerHTML = markup;
    const before = document.body.innerHTML;
    const handle = highlight(document, ['The quick brown fox jumps over the lazy dog.', 'Café, naïve and 🦊 emoji survive too.', 'Missing.']);
    const marks = [...document.querySelectorAll('mark.gisty-highlight')];
    const firstSentenceMarks = marks.filter((m) => document.getElementById('p1').contains(m));
    const scrolled = handle.scrollTo(0);
    const activeMarks = document.querySelectorAll('mark.gisty-highlight-active').length;
    const result = {
      hasRegistry: 'highlights' in CSS,
      marks: marks.length,
      firstText: firstSentenceMarks.map((m) => m.textContent).join(''),
      rangeTexts: handle.ranges.map((r) => (r ? r.toString().replace(/\s+/g, ' ').trim() : null)),
      scrolled,
      activeEqualsFirst: activeMarks === firstSentenceMarks.length,
      textBefore: document.body.textContent,
    };
    handle.clear();
    result.restored = document.body.innerHTML === before;
    result.marksAfter = document.querySelectorAll('mark').length;
    result.textAfter = document.body.textContent;
    return result;
  }, TRICKY);
  assert.equal(outcome.hasRegistry, false);
  assert.ok(outcome.marks >= 5, `the first sentence spans several elements (got ${outcome.marks} marks)`);
  assert.equal(squash(outcome.firstText), 'The quick brown fox jumps over the lazy dog.');
  assert.deepEqual(outcome.rangeTexts, ['The quick brown fox jumps over the lazy dog.', 'Café, naïve and 🦊 emoji survive too.', null]);
  assert.equal(outcome.scrolled, true);
  assert.equal(outcome.activeEqualsFirst, true);
  assert.equal(outcome.marksAfter, 0);
  assert.equal(outcome.restored, true, 'the markup after clear() equals the markup before');
  assert.equal(outcome.textAfter, outcome.textBefore);
});

test('the key sentences gisty returns are all found on the page they came from', async () => {
  const outcome = await page.evaluate(async (markup) => {
    const { init, summarizeDocument, highlight } = globalThis.gisty;
    await init();
    document.body.innerHTML = markup;
    const result = summarizeDocument(document, { length: 'long' });
    const handle = highlight(document, result);
    return { sentences: result.sentences.map((s) => s.text), found: handle.ranges.map((r) => (r ? r.toString() : null)) };
  }, TRICKY + '<p>Another paragraph with a <em>second</em> sentence. And a third one.</p>');
  assert.ok(outcome.sentences.length > 0);
  // The page's range holds the soft hyphen and zero-width space; the sentence does not.
  assert.deepEqual(outcome.found.map((t) => (t === null ? null : squash(visible(t)))), outcome.sentences.map(squash));
});

test('sentences come without invisible characters and are still found in the page that has them', async () => {
  const markup = `<article>
    <h1>Die Burg im Mit&shy;tel&shy;al&shy;ter</h1>
    <p>Im Mit&shy;tel&shy;al&shy;ter wa&shy;ren Bur&shy;gen Wohn&shy;sit&shy;ze des Adels und zu&shy;gleich Fes&shy;tun&shy;gen gegen Angreifer aus dem Umland.</p>
    <p>Die Mau&shy;ern&#8203;wer&#8203;ke waren oft drei Meter dick, und &#8206;die Tor&shy;an&shy;la&shy;gen&#8207; hatten Zug&shy;brü&shy;cken und Fall&shy;git&shy;ter.</p>
    <p>&#xfeff;Heute besuchen &#8294;Tau&shy;sen&shy;de&#8297; Men&shy;schen jedes Jahr die Ruinen, &#8234;die&#8236; man im Sommer be&shy;sich&shy;ti&shy;gen kann.</p>
    <p>Der Burg&shy;gra&shy;ben<b><br></b>war mit Wasser gefüllt, und die Brücke wurde jeden Abend hoch&shy;ge&shy;zo&shy;gen.</p>
  </article>`;
  const outcome = await page.evaluate(async (html) => {
    const { init, summarizeDocument, highlight } = globalThis.gisty;
    await init();
    document.body.innerHTML = html;
    const result = summarizeDocument(document, { length: 'long' });
    const handle = highlight(document, result);
    return {
      text: result.textContent,
      sentences: result.sentences.map((s) => s.text),
      found: handle.ranges.map((r) => (r ? r.toString() : null)),
    };
  }, markup);
  assert.doesNotMatch(outcome.text, INVISIBLE, 'textContent holds no invisible characters');
  assert.match(outcome.text, /Mittelalter waren Burgen Wohnsitze/);
  assert.match(outcome.text, /Burggraben\nwar/, 'the <br> inside an empty <b> still breaks the line');
  assert.ok(outcome.sentences.length >= 4, `${outcome.sentences.length} sentences`);
  for (const sentence of outcome.sentences) assert.doesNotMatch(sentence, INVISIBLE, sentence);
  // Each range covers the page's own characters, invisible ones included.
  assert.deepEqual(
    outcome.found.map((t) => (t === null ? null : squash(visible(t)))),
    outcome.sentences.map(squash),
  );
  assert.ok(outcome.found.some((t) => t && INVISIBLE.test(t)), 'the live text still holds them');
});

test('highlighting a large document takes time linear in its text', async (t) => {
  const timing = await page.evaluate(() => {
    const { highlight } = globalThis.gisty;
    const build = (n) => {
      const parts = [];
      for (let i = 0; i < n; i++) parts.push(`<p>Paragraph <b>${i}</b> is about   the <a href="#">harbour</a> wall and the tide.</p>`);
      document.body.innerHTML = `<article>${parts.join('')}</article>`;
      return [`Paragraph ${n - 1} is about the harbour wall and the tide.`, 'Paragraph 0 is about the harbour wall and the tide.', 'Not there.'];
    };
    // The best of three runs, to keep the machine's other work out of it.
    const time = (n) => {
      const sentences = build(n);
      let best = Infinity;
      let found = 0;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        const handle = highlight(document, sentences);
        best = Math.min(best, performance.now() - started);
        found = handle.ranges.filter(Boolean).length;
        handle.clear();
      }
      return { ms: best, found, chars: document.body.textContent.length };
    };
    time(2000); // warm up
    return { small: time(10_000), large: time(40_000) };
  });
  t.diagnostic(`${timing.small.chars} chars: ${timing.small.ms.toFixed(0)} ms; ${timing.large.chars} chars: ${timing.large.ms.toFixed(0)} ms`);
  assert.equal(timing.large.found, 2);
  assert.ok(timing.large.chars > 2_000_000);
  // Four times the text may take about four times as long, not sixteen.
  assert.ok(timing.large.ms < 8 * timing.small.ms + 200, `10k paragraphs: ${timing.small.ms} ms, 40k: ${timing.large.ms} ms`);
  assert.deepEqual(errors, []);
});

test('a crafted result with 200,000 sentences is cut to as many as a result can hold', async () => {
  // A fresh page: an earlier test removed CSS.highlights, whose Highlight
  // took the ranges spread into its constructor.
  await page.reload();
  const outcome = await page.evaluate(async () => {
    globalThis.gisty = await import('/gisty.js');
    if (!('highlights' in CSS)) return { error: 'no CSS.highlights' };
    document.body.innerHTML = '<article><p>The ferry left at noon.</p><p>The ferry came back at six.</p></article>';
    const started = performance.now();
    let handle;
    try {
      handle = globalThis.gisty.highlight(document, { sentences: Array(200_000).fill('ferry') });
    } catch (error) {
      return { error: `${error.name}: ${error.message}` };
    }
    const ms = performance.now() - started;
    const outcome = { ranges: handle.ranges.length, found: handle.ranges.filter(Boolean).length, painted: CSS.highlights.get('gisty-highlight').size, ms };
    handle.clear();
    return outcome;
  });
  assert.equal(outcome.error, undefined);
  // As many as the module puts in a result: maxSentences is at most that.
  const gisty = require(join(WWW, 'pkg-node/gisty.js'));
  const article = `<title>Ferries</title><article>${'<p>The ferry left the quay at noon with every seat taken.</p>'.repeat(3)}</article>`;
  assert.ok(gisty.summarize(article, { maxSentences: outcome.ranges }));
  assert.throws(() => gisty.summarize(article, { maxSentences: outcome.ranges + 1 }), { code: 'INVALID_OPTIONS' });
  assert.equal(outcome.found, outcome.ranges, 'each sentence looked for is found');
  assert.equal(outcome.painted, outcome.found, 'every range found is painted');
  assert.ok(outcome.ms < 2000, `took ${outcome.ms.toFixed(0)} ms`);
});
