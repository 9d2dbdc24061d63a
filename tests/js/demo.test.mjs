// The demo page (www/index.html) in headless Chromium: the summary panel,
// the highlights in the article, the length control, pasting a page, and
// errors shown in the page. Saves test-results/demo.png.
//
// Expectations are computed by calling gisty directly in the same page, so
// they hold whatever the summarizer picks.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { requireBuild, serve, launch, watchErrors, resultPath, squash } from './helpers.mjs';

let server;
let browser;
let page;
let errors;

before(async () => {
  requireBuild();
  server = await serve();
  browser = await launch();
  page = await browser.context.newPage();
  page.setDefaultTimeout(10_000);
  errors = watchErrors(page);
  // Sum the layout shifts not caused by input, as Cumulative Layout Shift does.
  await page.addInitScript(() => {
    globalThis.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) globalThis.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${server.url}/index.html`);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits until the panel is done and returns what it shows. */
async function panel() {
  await page.waitForFunction(
    () => document.getElementById('result').getAttribute('aria-busy') === 'false',
    null,
    { timeout: 15_000 },
  );
  return page.evaluate(() => ({
    title: document.getElementById('result-title').textContent,
    points: [...document.querySelectorAll('#key-points li')].map((li) => li.textContent),
    error: document.getElementById('error').textContent,
    source: document.getElementById('source-name').textContent,
    meta: document.getElementById('result-meta').textContent,
  }));
}

/** The ranges of the demo's highlight, as whitespace-collapsed text, in document order. */
function highlightedTexts() {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('gisty-highlight');
    if (!highlight) return null;
    const ranges = [...highlight];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString().replace(/\s+/g, ' ').trim());
  });
}

/** What gisty itself returns for the sample article with these options, called directly in the page. */
function directSummary(options) {
  return page.evaluate(async (opts) => {
    const gisty = await import('/gisty.js');
    await gisty.init();
    const site = document.getElementById('sample-page');
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${site.dataset.title}</title>` +
      `<meta name="author" content="${site.dataset.author}"></head><body>${site.innerHTML}</body></html>`;
    const r = gisty.summarize(html, opts);
    return { title: r.title, sentences: r.sentences.map((s) => s.text) };
  }, options);
}

test('the demo shows the summary the wasm module makes, and highlights its key points', async () => {
  const shown = await panel();
  assert.equal(shown.error, '', `the page shows an error: ${shown.error}\n${errors.join('\n')}`);
  const expected = await directSummary({ type: 'key-points', length: 'short' });
  assert.ok(expected.sentences.length > 0, 'gisty found no key points in the sample article');
  assert.ok(expected.sentences.length <= 3, `short key points are at most 3, got ${expected.sentences.length}`);
  assert.equal(shown.title, expected.title);
  assert.deepEqual(shown.points.map(squash), expected.sentences.map(squash));
  assert.match(shown.meta, /^\d+ min read · [\d,]+ words$/);
  const version = await page.textContent('#version');
  assert.match(version, /^gisty \d+\.\d+\.\d+/);

  const highlighted = await highlightedTexts();
  assert.ok(highlighted, 'CSS.highlights has no "gisty-highlight" entry');
  assert.equal(highlighted.length, expected.sentences.length, 'one highlighted range per key point');
  assert.deepEqual(highlighted, expected.sentences.map(squash));
  // Every highlight lies in the sample article's page, not in the summary panel.
  const inSample = await page.evaluate(() =>
    [...CSS.highlights.get('gisty-highlight')].every((r) =>
      document.getElementById('sample-page').contains(r.commonAncestorContainer)));
  assert.ok(inSample, 'a highlight lies outside the sample page');
  const shift = await page.evaluate(() => globalThis.layoutShift);
  assert.ok(shift < 0.01, `the page's layout shifted while loading (${shift.toFixed(3)})`);
  await page.screenshot({ path: resultPath('demo.png') });
  await page.screenshot({ path: resultPath('demo-full.png'), fullPage: true });
});

test('the demo shows the article as Markdown and copies it to the clipboard', async () => {
  await panel();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const shown = await page.evaluate(() => document.getElementById('markdown').textContent);
  assert.match(shown, /\*\*[^*\n]+\*\*/, 'strong text is written as **strong**');
  assert.match(shown, /^> \S/m, 'the quote is a block quote');
  assert.match(shown, /\n\n/, 'paragraphs are separated by blank lines');
  assert.doesNotMatch(shown, /<\/?[a-z][^>]*>/i, 'no HTML in the Markdown');
  await page.click('#copy-markdown');
  await page.waitForFunction(() => document.getElementById('copy-status').textContent !== '');
  const status = await page.evaluate(() => document.getElementById('copy-status').textContent);
  assert.equal(status, 'Copied the article as Markdown.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, shown);
});

test('clicking a key point marks it as the active highlight', async () => {
  await panel();
  await page.click('#key-points li:first-child button');
  const active = await page.evaluate(() => ({
    current: document.querySelector('#key-points [aria-current="true"]')?.dataset.index,
    size: CSS.highlights.get('gisty-highlight-active')?.size,
  }));
  assert.deepEqual(active, { current: '0', size: 1 });
});

test('changing the length control changes the number of key points', async () => {
  const short = (await panel()).points.length;
  await page.selectOption('#length', 'long');
  const long = await panel();
  const expected = await directSummary({ type: 'key-points', length: 'long' });
  assert.equal(long.points.length, expected.sentences.length);
  assert.ok(long.points.length > short, `long (${long.points.length}) should list more points than short (${short})`);
  assert.equal((await highlightedTexts()).length, long.points.length);

  await page.selectOption('#type', 'headline');
  const headline = await panel();
  assert.equal(headline.points.length, 1, 'a headline is one sentence');
  assert.equal(await page.textContent('#points-heading'), 'Headline');
  await page.selectOption('#type', 'key-points');
  await page.selectOption('#length', 'short');
  await panel();
});

const PASTED = `<!doctype html><html lang="en"><head><title>Notes on keeping bees in a city</title></head><body>
<nav><a href="/">Home</a> <a href="/garden">Garden</a></nav>
<article><h1>Notes on keeping bees in a city</h1>
<p>Bees kept on a city roof need water close by, because they will otherwise drink from gutters and pools.
A shallow dish with floating corks lets them land without drowning.</p>
<p>Neighbours worry about stings, yet a calm colony rarely bothers anyone more than a few metres from the hive.
Placing the entrance so that the bees fly up over a fence keeps their path above people's heads.</p>
<p>City hives often produce more honey than rural ones, since parks and street trees flower one after another
from spring to autumn. The honey tastes different from street to street.</p>
<p>Most beekeepers inspect their hives once a week in summer and leave them closed through the winter.</p>
</article><footer>Contact us</footer></body></html>`;

test('pasting a page summarizes it in the worker and highlights the extracted article', async () => {
  await page.fill('#paste', PASTED);
  await page.click('#summarize-paste');
  await page.waitForFunction(() => document.getElementById('source-name').textContent === 'pasted HTML');
  const shown = await panel();
  assert.equal(shown.error, '');
  const expected = await page.evaluate(async (html) => {
    const gisty = await import('/gisty.js');
    return gisty.summarize(html, { type: 'key-points', length: 'short' }).sentences.map((s) => s.text);
  }, PASTED);
  assert.equal(shown.title, 'Notes on keeping bees in a city');
  assert.deepEqual(shown.points.map(squash), expected.map(squash));
  assert.ok(await page.isVisible('#preview'), 'the extracted article is shown');
  assert.ok(await page.isHidden('#sample-page'), 'the sample article is hidden');
  const highlighted = await highlightedTexts();
  assert.equal(highlighted.length, expected.length);
});

test('an empty page shows an error in the page', async () => {
  await page.fill('#paste', '<!doctype html><html><head><title>Nothing</title></head><body></body></html>');
  await page.click('#summarize-paste');
  const alert = page.locator('#error[role="alert"]');
  await alert.filter({ hasText: 'NOT_READERABLE' }).waitFor({ timeout: 10_000 });
  assert.match(await alert.textContent(), /No article text was found/);
  assert.equal((await panel()).points.length, 0, 'no key points are left from before');
});

test('a binary file shows an error in the page', async () => {
  const junk = Buffer.alloc(4096);
  for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) % 251; // bytes of every kind, NULs included
  await page.setInputFiles('#file', { name: 'photo.html', mimeType: 'text/html', buffer: junk });
  const alert = page.locator('#error[role="alert"]');
  await alert.filter({ hasText: 'INVALID_INPUT' }).waitFor({ timeout: 10_000 });
  assert.match(await alert.textContent(), /does not look like an HTML page/);
  assert.equal(await page.textContent('#source-name'), 'photo.html');
});

test('a saved page in windows-1252 is decoded by its <meta charset>', async () => {
  const html = '<html><head><meta charset="windows-1252"><title>Caf\xe9 notes</title></head><body><article>' +
    '<p>The caf\xe9 on the corner opens at seven, and the first customers are always the bakers from next door.</p>' +
    '<p>By nine the terrace is full, and the owner starts to bake the second batch of bread for the afternoon.</p>' +
    '</article></body></html>';
  await page.setInputFiles('#file', { name: 'cafe.html', mimeType: 'text/html', buffer: Buffer.from(html, 'latin1') });
  await page.waitForFunction(() => document.getElementById('source-name').textContent === 'cafe.html');
  const shown = await panel();
  assert.equal(shown.error, '');
  assert.equal(shown.title, 'Café notes');
});

test('the back button returns to the sample article', async () => {
  await page.click('#back');
  const shown = await panel();
  assert.equal(shown.source, 'the sample article');
  assert.ok(await page.isVisible('#sample-page'));
  assert.ok(shown.points.length > 0);
  const unexpected = errors.filter((e) => !/Failed to load resource/.test(e));
  assert.deepEqual(unexpected, [], 'no errors in the console');
});
