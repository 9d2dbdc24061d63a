// The example MV3 extension (www/extension) loaded unpacked in headless
// Chromium. Its toolbar button is pressed through the DevTools protocol
// (Extensions.triggerAction, which needs --enable-unsafe-extension-debugging
// and the pipe connection Playwright uses): that runs the real click path,
// activeTab grant included. The panel's shadow root is closed, so that the
// page cannot reach it; the tests read it through the DevTools protocol,
// which can. Hostile pages clobber globals, define the panel's old element
// name, try to rewrite the key points and probe for the extension's files.
// Saves test-results/extension.png.

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

/** The article with `markup` added at the end of its body. */
const articleWith = (markup) => ARTICLE.replace('</body>', `${markup}</body>`);

const HOSTILE = {
  // Named elements become globals of every world (DOM clobbering).
  '/clobber.html': articleWith('<form id="__gistyState"><input name="dismiss"></form><img name="gistyState" src="data:,">'),
  // A page can define any custom element name, and its constructor would run
  // inside the content script's createElement().
  '/custom-element.html': articleWith(`<script>
    customElements.define('gisty-panel', class extends HTMLElement {
      constructor() { super(); window.constructedByPage = true; this.attachShadow({ mode: 'closed' }); }
    });</script>`),
  // Rewrites whatever panel it can reach, as soon as it is added and again later.
  '/rewrite.html': articleWith(`<script>
    const rewrite = (root) => root.querySelectorAll('h2, li button').forEach((node) => { node.textContent = 'rewritten by the page'; });
    const roots = [];
    new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) {
        if (node.shadowRoot) roots.push(node.shadowRoot);
        try { roots.push(node.attachShadow({ mode: 'open' })); } catch {}
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
    setInterval(() => roots.forEach(rewrite), 20);</script>`),
};

let server;
let browser;
let worker;
let cdp;

before(async () => {
  requireBuild('www/extension/pkg/gisty_bg.wasm', 'www/extension/gisty.js', 'www/extension/highlight.js', 'www/extension/snapshot.js', 'www/extension/reader.js');
  requireFreshCopies([
    ['www/gisty.js', 'www/extension/gisty.js'],
    ['www/highlight.js', 'www/extension/highlight.js'],
    ['www/snapshot.js', 'www/extension/snapshot.js'],
    ['www/pkg/gisty_bg.wasm', 'www/extension/pkg/gisty_bg.wasm'],
    ['www/pkg/gisty.js', 'www/extension/pkg/gisty.js'],
  ]);
  const html = (body) => ({ type: 'text/html; charset=utf-8', body });
  const routes = { '/article.html': html(ARTICLE), '/empty.html': html(EMPTY) };
  for (const [path, body] of Object.entries(HOSTILE)) routes[path] = html(body);
  server = await serve(undefined, routes);
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

/**
 * Runs `fn` with `this` bound to each shadow root in the page, through the
 * DevTools protocol, which reaches closed roots; returns what it returns for
 * the roots that hold a panel (where it returns something other than null).
 */
async function inPanels(page, fn, ...args) {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = await session.send('DOM.getDocument', { depth: -1, pierce: true });
    const out = [];
    for (const stack = [root]; stack.length > 0;) {
      const node = stack.pop();
      stack.push(...(node.children ?? []), ...(node.shadowRoots ?? []));
      if (node.nodeName !== '#document-fragment') continue; // a shadow root
      const { object } = await session.send('DOM.resolveNode', { backendNodeId: node.backendNodeId });
      const { result } = await session.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function (...args) { return this.querySelector('.panel') ? (${fn})(this, ...args) : null; }`,
        arguments: args.map((value) => ({ value })),
        returnByValue: true,
        awaitPromise: true,
      });
      if (result.value != null) out.push(result.value);
    }
    return out;
  } finally {
    await session.detach().catch(() => {});
  }
}

/** What each panel on the page shows. */
function panels(page) {
  return inPanels(page, (shadow) => {
    const style = (selector) => {
      const node = shadow.querySelector(selector);
      return node ? { color: getComputedStyle(node).color, fontSize: getComputedStyle(node).fontSize } : null;
    };
    return {
      title: shadow.querySelector('h2')?.textContent,
      points: [...shadow.querySelectorAll('li')].map((li) => li.textContent),
      alert: shadow.querySelector('[role="alert"]')?.textContent ?? null,
      itemStyle: style('li button'),
      focused: document.activeElement === shadow.host,
      mode: shadow.mode,
      seen: shadow.host.hasAttribute('data-test-seen'),
    };
  });
}

/** Polls the page's panels until `ready(panels)`, for at most 15 s. */
async function waitForPanels(page, ready, what) {
  let last = [];
  for (const until = Date.now() + 15_000; Date.now() < until; await new Promise((resolve) => setTimeout(resolve, 100))) {
    last = await panels(page);
    if (ready(last)) return last;
  }
  throw new Error(`timed out waiting for ${what}; panels: ${JSON.stringify(last)}`);
}

const withPoints = (list) => list.length > 0 && list[0].points.length > 0;

/** Clicks, as a user would, the element `selector` inside the panel. */
async function clickInPanel(page, selector) {
  const [box] = await inPanels(page, (shadow, sel) => {
    const rect = shadow.querySelector(sel).getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  }, selector);
  await page.mouse.click(box.x, box.y);
}

/** Records, from now on, in the service worker, what each content script sends. */
async function watchMessages() {
  await (await readyWorker()).evaluate(() => {
    self.pagesSent = [];
    if (self.watchingMessages) return;
    self.watchingMessages = true;
    chrome.runtime.onMessage.addListener((message) => {
      self.pagesSent.push({ doctype: message.html?.slice(0, 15) ?? null, snapshot: Array.isArray(message.snapshot?.ops) });
    });
  });
}

function pagesSent() {
  return worker.evaluate(() => self.pagesSent);
}

function highlights(page) {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('gisty-extension-highlight');
    const ranges = highlight ? [...highlight] : [];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return {
      texts: ranges.map((r) => r.toString()),
      inArticle: ranges.every((r) => document.querySelector('article').contains(r.commonAncestorContainer)),
      marks: document.querySelectorAll('mark').length,
    };
  });
}

test('pressing the button highlights the key points and shows them in a panel', async () => {
  await watchMessages();
  const { page, errors } = await openPage('/article.html');
  await pressButton(page.url());
  const [panel] = await waitForPanels(page, withPoints, 'the key points');
  const shown = await highlights(page);
  // The panel shows the article's title, without the site's name.
  assert.equal(panel.title, 'How the night ferry crosses the strait');
  assert.ok(panel.points.length > 0 && panel.points.length <= 3, `short key points: got ${panel.points.length}`);
  assert.deepEqual(shown.texts.map(squash), panel.points.map(squash), 'the highlights are the panel\'s key points');
  assert.ok(shown.inArticle, 'the highlights lie in the article');
  assert.equal(shown.marks, 0, 'the page\'s DOM is not changed');
  assert.notEqual(panel.itemStyle.color, 'rgb(255, 0, 0)', 'the page\'s CSS leaked into the panel');
  assert.notEqual(panel.itemStyle.fontSize, '40px', 'the page\'s CSS leaked into the panel');
  assert.ok(panel.focused, 'focus moves to the panel');
  // The page is read as summarizeDocument() reads it: with its doctype.
  assert.deepEqual(await pagesSent(), [{ doctype: '<!DOCTYPE html>', snapshot: false }]);
  await page.screenshot({ path: resultPath('extension.png') });

  // "Copy as Markdown" puts the article's Markdown on the clipboard.
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await clickInPanel(page, 'button.copy');
  for (const until = Date.now() + 15_000; Date.now() < until; await new Promise((resolve) => setTimeout(resolve, 100))) {
    const [status] = await inPanels(page, (shadow) => shadow.querySelector('.status')?.textContent ?? '');
    if (status) break;
  }
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^The last ferry of the day leaves the north quay[^\n]*\n\nOn the bridge/);
  assert.match(copied, /at night \*\*without\*\* the lights/);
  assert.match(copied, /\[small boat\]\(http:\/\/127\.0\.0\.1:\d+\/boats\)/);
  assert.doesNotMatch(copied, /Most read|Harbour Times/, 'only the article');

  // Pressing again replaces the panel rather than adding a second one.
  await inPanels(page, (shadow) => shadow.host.setAttribute('data-test-seen', ''));
  await pressButton(page.url());
  await waitForPanels(page, (list) => list.length === 1 && !list[0].seen && withPoints(list), 'a new panel alone');

  // Escape closes the panel and removes the highlights.
  await inPanels(page, (shadow) => shadow.querySelector('button.close').focus());
  await page.keyboard.press('Escape');
  await waitForPanels(page, (list) => list.length === 0, 'the panel to close');
  assert.equal(await page.evaluate(() => CSS.highlights.has('gisty-extension-highlight')), false);

  // So does the close button.
  await pressButton(page.url());
  await waitForPanels(page, withPoints, 'the key points');
  await clickInPanel(page, 'button.close');
  await waitForPanels(page, (list) => list.length === 0, 'the panel to close');
  assert.equal(await page.evaluate(() => CSS.highlights.has('gisty-extension-highlight')), false);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a page of more than 5,000 elements is sent as a snapshot and summarized', async () => {
  await watchMessages();
  const { page, errors } = await openPage('/article.html?many-elements');
  // Over snapshot.js's SERIALIZE_MAX_ELEMENTS: the content script walks the
  // tree instead of serializing it, as summarizeDocument() does
  // (tests/js/api.test.mjs has the deep trees that make this necessary).
  await page.evaluate(() => {
    const box = document.body.appendChild(document.createElement('div'));
    box.hidden = true;
    for (let i = 0; i < 6_000; i++) box.appendChild(document.createElement('span')).textContent = 'x';
  });
  await pressButton(page.url());
  const [panel] = await waitForPanels(page, withPoints, 'the key points');
  assert.equal(panel.title, 'How the night ferry crosses the strait');
  assert.deepEqual(await pagesSent(), [{ doctype: null, snapshot: true }]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a page without an article shows an error in the panel', async () => {
  const { page } = await openPage('/empty.html');
  await pressButton(page.url());
  const [panel] = await waitForPanels(page, (list) => list[0]?.alert, 'an error in the panel');
  assert.match(panel.alert, /No article was found/);
  await page.close();
});

test('a page whose elements clobber globals still gets its panel', async () => {
  const { page, errors } = await openPage('/clobber.html');
  await pressButton(page.url());
  const [panel] = await waitForPanels(page, withPoints, 'the key points');
  assert.equal(panel.title, 'How the night ferry crosses the strait');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a page that defines the custom element <gisty-panel> neither breaks the panel nor runs code in it', async () => {
  const { page, errors } = await openPage('/custom-element.html');
  await pressButton(page.url());
  const [panel] = await waitForPanels(page, withPoints, 'the key points');
  assert.equal(panel.title, 'How the night ferry crosses the strait');
  assert.equal(await page.evaluate(() => window.constructedByPage ?? false), false, 'the page\'s constructor ran');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the page can neither read nor rewrite the key points shown', async () => {
  const { page, errors } = await openPage('/rewrite.html');
  await pressButton(page.url());
  await waitForPanels(page, withPoints, 'the key points');
  await new Promise((resolve) => setTimeout(resolve, 300)); // the page rewrites every 20 ms
  const [panel] = await panels(page);
  assert.ok(panel.points.every((text) => !text.includes('rewritten')), `the page rewrote the panel: ${JSON.stringify(panel.points)}`);
  assert.equal(panel.title, 'How the night ferry crosses the strait');
  assert.equal(panel.mode, 'closed');
  assert.deepEqual(errors, []);
  await page.close();
});

test('pages cannot detect the extension by fetching its files at their fixed URL', async () => {
  const { page } = await openPage('/article.html?probe');
  const id = new URL((await readyWorker()).url()).host;
  const reachable = await page.evaluate(async (origin) => {
    const out = {};
    for (const file of ['highlight.js', 'snapshot.js', 'gisty.js', 'manifest.json']) {
      out[file] = await fetch(`${origin}/${file}`).then((r) => r.ok, () => false);
    }
    return out;
  }, `chrome-extension://${id}`);
  assert.deepEqual(reachable, { 'highlight.js': false, 'snapshot.js': false, 'gisty.js': false, 'manifest.json': false });
  // The content script still reaches them, at their per-session URL.
  await pressButton(page.url());
  await waitForPanels(page, withPoints, 'the key points');
  await page.close();
});
