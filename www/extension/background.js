// The extension's service worker. It has no DOM: it only runs gisty on the
// page that the content script sends (its HTML, or a large page's
// snapshot), and injects that script when the toolbar button (or
// Alt+Shift+G) is pressed.
//
//   action click ─▶ run(tabId) ─▶ reader.js and content.js in the tab
//   content.js ─▶ {type: 'gisty:summarize', html | snapshot, url} ─▶ summarize() ─▶ {ok, result | error}

import { init, summarize, summarizeSnapshot, ErrorCode } from './gisty.js';

/** The summary the panel shows. */
// `markdown` adds the article as Markdown, for the panel's "Copy as Markdown".
const SUMMARY_OPTIONS = { type: 'key-points', length: 'short', markdown: true };

// Start loading the module at once, before any message arrives: a click on
// a stopped worker starts it, and the fetch and compile then overlap the
// injection of the content script and its reading of the page. The
// instance lives as long as the worker. Listeners must be registered
// synchronously.
const ready = init().then(() => mark('gisty:module-ready'));
ready.catch((error) => console.error('gisty: could not load the module', error));

chrome.action.onClicked.addListener((tab) => {
  mark('gisty:clicked');
  if (tab.id === undefined) return;
  run(tab.id).catch((error) => console.warn('gisty: could not read this page:', error.message));
});

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (!message || message.type !== 'gisty:summarize') return false;
  answer(message, sender).then(sendResponse);
  return true; // the response is sent asynchronously
});
mark('gisty:listening');

/** How often, and how far apart, an injection refused for want of access is tried. */
const INJECT_ATTEMPTS = 6;
const INJECT_RETRY_MS = 50;

/**
 * What the toolbar button does: injects the content script into the tab
 * (after reader.js, scripts/build's classic-script copy of snapshot.js,
 * which saves content.js an import() of it),
 * which sends the page back to be summarized and shows the result.
 * Needs the activeTab grant that the click gives (or a host permission).
 *
 * The click grants activeTab in the browser before this runs, but the
 * tab's renderer, which checks the grant again when the script arrives,
 * learns of it through a message of its own (on the process's extension
 * interface, while the script comes on the frame's), and under load the
 * script can be handled first: the first press on a page is then refused
 * with "Cannot access contents of the page", and the same call a moment
 * later succeeds. So that refusal is tried again, a few times, before it is
 * reported; any other error (a chrome:// page, say) is reported at once.
 * @param {number} tabId
 */
export async function run(tabId) {
  for (let attempt = 1; ; attempt++) {
    try {
      await chrome.scripting.executeScript({ target: { tabId }, files: ['reader.js', 'content.js'] });
      return;
    } catch (error) {
      if (attempt === INJECT_ATTEMPTS || !/^Cannot access contents of/.test(error?.message)) throw error;
      await new Promise((resolve) => setTimeout(resolve, INJECT_RETRY_MS * attempt));
    }
  }
}

async function answer(message, sender) {
  try {
    mark('gisty:message');
    await ready;
    const url = message.url ?? sender.tab?.url;
    const options = { ...SUMMARY_OPTIONS, ...(isHttp(url) ? { url } : {}) };
    const start = mark('gisty:summarize-start');
    const result = message.snapshot
      ? summarizeSnapshot(snapshotOf(message.snapshot), options)
      : summarize(String(message.html ?? ''), options);
    measure('gisty:summarize', start);
    delete result.content; // the panel does not need the article's HTML
    return { ok: true, result };
  } catch (error) {
    return { ok: false, error: { code: error.code ?? ErrorCode.INTERNAL, message: error.message } };
  }
}

/** A snapshot as messages carry it (JSON: its ops as a plain array). */
function snapshotOf({ ops, text }) {
  return { ops: Uint32Array.from(Array.isArray(ops) ? ops : []), text: String(text ?? '') };
}

function isHttp(url) {
  return typeof url === 'string' && /^https?:/i.test(url);
}

// User Timing marks of the click's stages in the worker (seen in DevTools'
// performance panel, and read by bench/first-click.mjs). Only the latest
// of each name is kept, so a long-lived worker does not pile them up.
function mark(name) {
  performance.clearMarks(name);
  return performance.mark(name);
}

function measure(name, start) {
  performance.clearMeasures(name);
  performance.measure(name, { start: start.startTime });
}
