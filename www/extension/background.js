// The extension's service worker. It has no DOM: it only runs gisty on the
// page that the content script sends (its HTML, or a large page's
// snapshot), and injects that script when the toolbar button (or
// Alt+Shift+G) is pressed.
//
//   action click ─▶ run(tabId) ─▶ content.js in the tab
//   content.js ─▶ {type: 'gisty:summarize', html | snapshot, url} ─▶ summarize() ─▶ {ok, result | error}

import { init, summarize, summarizeSnapshot, ErrorCode } from './gisty.js';

/** The summary the panel shows. */
// `markdown` adds the article as Markdown, for the panel's "Copy as Markdown".
const SUMMARY_OPTIONS = { type: 'key-points', length: 'short', markdown: true };

// Start loading the module at once; listeners must be registered synchronously.
const ready = init();
ready.catch((error) => console.error('gisty: could not load the module', error));

chrome.action.onClicked.addListener((tab) => {
  if (tab.id === undefined) return;
  run(tab.id).catch((error) => console.warn('gisty: could not read this page:', error.message));
});

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (!message || message.type !== 'gisty:summarize') return false;
  answer(message, sender).then(sendResponse);
  return true; // the response is sent asynchronously
});

/** How often, and how far apart, an injection refused for want of access is tried. */
const INJECT_ATTEMPTS = 6;
const INJECT_RETRY_MS = 50;

/**
 * What the toolbar button does: injects the content script into the tab,
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
      await chrome.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
      return;
    } catch (error) {
      if (attempt === INJECT_ATTEMPTS || !/^Cannot access contents of/.test(error?.message)) throw error;
      await new Promise((resolve) => setTimeout(resolve, INJECT_RETRY_MS * attempt));
    }
  }
}

async function answer(message, sender) {
  try {
    await ready;
    const url = message.url ?? sender.tab?.url;
    const options = { ...SUMMARY_OPTIONS, ...(isHttp(url) ? { url } : {}) };
    const result = message.snapshot
      ? summarizeSnapshot(snapshotOf(message.snapshot), options)
      : summarize(String(message.html ?? ''), options);
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
