// The example MV3 extension (www/extension) loaded unpacked in headless
// Chromium. Its toolbar button is pressed through the DevTools protocol
// (Extensions.triggerAction, which needs --enable-unsafe-extension-debugging
// and the pipe connection Playwright uses): that runs the real click path,
// activeTab grant included. Saves test-results/extension.png.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { requireBuild, requireFreshCopies, serve, launch, watchErrors, resultPath, squash, WWW } from './helpers.mjs';

const EXTENSION = join(WWW, 'extension');

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>How the night ferry crosses the strait | Harbour Times</title><link rel="icon" href="data:,">
<style>
  body { font: 17px/1.6 Georgia, serif; margin: 0; color: #222; }
  header { background: #1f3b57; color: #fff; padding: 12px 24px; }
  header a { color: #fff; margin-right: 16px; }
  main { display: flex; gap: 32px; padding: 24px; }
  article { max-width: 40em; }
  aside { width: 14em; font: 14px/1.4 sans-serif; }
  /* A page style that would spoil the panel if it leaked into it. */
  ol, li, button, h2, section { color: red !important; font-size: 40px !important; }
</style></head><body>
<header><a href="/">Harbour Times</a><a href="/ferries">Ferries</a><a href="/weather">Weather</a></header>
<main><article>
<h1>How the night ferry crosses the strait</h1>
<p>The last ferry of the day leaves the north quay at eleven, and most of its passengers are lorry drivers who sleep through the crossing.</p>
<p>On the bridge, two officers watch the radar for fishing boats, which often work the strait at night <b>without</b>
   the lights the rules require. The captain slows the ship whenever a <a href="/boats">small boat</a> cannot be identified.</p>
<p>In winter the crossing can take twice as long. Swell from the open sea meets the tide in the narrows, and the ship has to turn into the waves.</p>
<p>The crew is proud that the ferry has not missed a sailing for weather in six years, although it has arrived very late many times.</p>
<p>By dawn the ship is back at the north quay, and a second crew takes it over for the morning run.</p>
</article>
<aside><h2>Most read</h2><ol><li><a href="/a">New timetable for the island bus</a></li><li><a href="/b">Storm warning for the weekend</a></li></ol></aside>
</main><footer>© Harbour Times</footer></body></html>`;

const EMPTY = '<!doctype html><html><head><title>Nothing here</title><link rel="icon" href="data:,"></head><body></body></html>';

let server;
let browser;
let worker;
let cdp;

before(async () => {
  requireBuild('www/extension/pkg/gisty_bg.wasm', 'www/extension/gisty.js', 'www/extension/highlight.js', 'www/extension/snapshot.js');
  requireFreshCopies([
    ['www/gisty.js', 'www/extension/gisty.js'],
    ['www/highlight.js', 'www/extension/highlight.js'],
    ['www/snapshot.js', 'www/extension/snapshot.js'],
    ['www/pkg/gisty_bg.wasm', 'www/extension/pkg/gisty_bg.wasm'],
    ['www/pkg/gisty.js', 'www/extension/pkg/gisty.js'],
  ]);
  server = await serve(undefined, {
    '/article.html': { type: 'text/html; charset=utf-8', body: ARTICLE },
    '/empty.html': { type: 'text/html; charset=utf-8', body: EMPTY },
  });
  browser = await launch({
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--enable-unsafe-extension-debugging',
    ],
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  const { context } = browser;
  worker = context.serviceWorkers().find((w) => w.url().endsWith('/background.js'));
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  assert.match(worker.url(), /^chrome-extension:\/\/[a-p]{32}\/background\.js$/, 'the extension\'s service worker runs');
  cdp = await context.browser().newBrowserCDPSession();
});

after(async () => {
  await cdp?.detach().catch(() => {});
  await browser?.close();
  await server?.close();
});

/**
 * The extension's service worker, once its listeners are registered.
 * Playwright reports a worker when it starts, possibly before its module has
 * run; a click that arrives before then is lost.
 */
async function readyWorker() {
  const current = browser.context.serviceWorkers().find((w) => w.url().endsWith('/background.js'))
    ?? await browser.context.waitForEvent('serviceworker', { timeout: 15_000 });
  await current.evaluate(async () => {
    for (let i = 0; i < 300; i++) {
      if (chrome.action.onClicked.hasListeners() && chrome.runtime.onMessage.hasListeners()) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the service worker registered no listeners in 15 s');
  });
  return current;
}

/** Presses the extension's toolbar button for the tab showing `url`. */
async function pressButton(url) {
  worker = await readyWorker();
  const extensionId = new URL(worker.url()).host;
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === url);
  assert.ok(tab, `no tab target for ${url} among ${targetInfos.map((t) => t.url).join(', ')}`);
  await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
}

async function openPage(path) {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
  const errors = watchErrors(page);
  await page.goto(`${server.url}${path}`);
  return { page, errors };
}

test('pressing the button highlights the key points and shows them in a panel', async () => {
  const { page, errors } = await openPage('/article.html');
  await pressButton(page.url());
  await page.waitForFunction(() => document.querySelector('gisty-panel')?.shadowRoot?.querySelector('ol li'), null, { timeout: 15_000 });
  const state = await page.evaluate(() => {
    const shadow = document.querySelector('gisty-panel').shadowRoot;
    const highlight = CSS.highlights.get('gisty-extension-highlight');
    const ranges = highlight ? [...highlight] : [];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const item = shadow.querySelector('li button');
    const style = getComputedStyle(item);
    return {
      title: shadow.querySelector('h2').textContent,
      points: [...shadow.querySelectorAll('li')].map((li) => li.textContent),
      highlighted: ranges.map((r) => r.toString()),
      inArticle: ranges.every((r) => document.querySelector('article').contains(r.commonAncestorContainer)),
      itemColor: style.color,
      itemSize: style.fontSize,
      marks: document.querySelectorAll('mark').length,
      focusInPanel: document.activeElement === document.querySelector('gisty-panel'),
    };
  });
  // The panel shows the article's title, without the site's name.
  assert.equal(state.title, 'How the night ferry crosses the strait');
  assert.ok(state.points.length > 0 && state.points.length <= 3, `short key points: got ${state.points.length}`);
  assert.deepEqual(state.highlighted.map(squash), state.points.map(squash), 'the highlights are the panel\'s key points');
  assert.ok(state.inArticle, 'the highlights lie in the article');
  assert.equal(state.marks, 0, 'the page\'s DOM is not changed');
  assert.notEqual(state.itemColor, 'rgb(255, 0, 0)', 'the page\'s CSS leaked into the panel');
  assert.notEqual(state.itemSize, '40px', 'the page\'s CSS leaked into the panel');
  assert.ok(state.focusInPanel, 'focus moves to the panel');
  await page.screenshot({ path: resultPath('extension.png') });

  // "Copy as Markdown" puts the article's Markdown on the clipboard.
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.locator('gisty-panel').locator('button.copy').click();
  await page.waitForFunction(() => document.querySelector('gisty-panel').shadowRoot.querySelector('.status')?.textContent);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^The last ferry of the day leaves the north quay[^\n]*\n\nOn the bridge/);
  assert.match(copied, /at night \*\*without\*\* the lights/);
  assert.match(copied, /\[small boat\]\(http:\/\/127\.0\.0\.1:\d+\/boats\)/);
  assert.doesNotMatch(copied, /Most read|Harbour Times/, 'only the article');

  // Pressing again replaces the panel rather than adding a second one.
  await pressButton(page.url());
  await page.waitForFunction(() => document.querySelector('gisty-panel')?.shadowRoot?.querySelector('ol li'));
  assert.equal(await page.locator('gisty-panel').count(), 1);

  // Escape closes the panel and removes the highlights.
  await page.locator('gisty-panel').locator('button.close').focus();
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('gisty-panel'));
  assert.equal(await page.evaluate(() => CSS.highlights.has('gisty-extension-highlight')), false);

  // So does the close button.
  await pressButton(page.url());
  await page.waitForFunction(() => document.querySelector('gisty-panel')?.shadowRoot?.querySelector('ol li'));
  await page.locator('gisty-panel').locator('button.close').click();
  await page.waitForFunction(() => !document.querySelector('gisty-panel'));
  assert.equal(await page.evaluate(() => CSS.highlights.has('gisty-extension-highlight')), false);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a page without an article shows an error in the panel', async () => {
  const { page } = await openPage('/empty.html');
  await pressButton(page.url());
  const alert = page.locator('gisty-panel').locator('[role="alert"]');
  await alert.waitFor({ timeout: 15_000 }).catch(async (error) => {
    const panel = await page.evaluate(() => document.querySelector('gisty-panel')?.shadowRoot?.innerHTML.slice(-300) ?? 'no panel');
    throw new Error(`${error.message}\npanel: ${panel}`);
  });
  assert.match(await alert.textContent(), /No article was found/);
  await page.close();
});
