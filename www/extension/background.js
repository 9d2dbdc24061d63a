// The extension's service worker. It has no DOM: it only runs gisty on the
// HTML that the content script sends, and injects that script when the
// toolbar button (or Alt+Shift+G) is pressed.
//
//   action click ─▶ run(tabId) ─▶ content.js in the tab
//   content.js ─▶ {type: 'gisty:summarize', html, url} ─▶ summarize() ─▶ {ok, result | error}

import { init, summarize } from './gisty.js';

/** The summary the panel shows. */
// `markdown` adds the article as Markdown, for the panel's "Copy as Markdown".
const SUMMARY_OPTIONS = { type: 'key-points', length: 'short', markdown: true };

// Start loading the module at once; listeners must be registered synchronously.
const ready = init();
ready.catch((error) => console.error('gisty: could not load the module', error));

chrome.action.onClicked.addListener((tab) => {
  if (tab.id !== undefined) run(tab.id);
});

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (!message || message.type !== 'gisty:summarize') return false;
  answer(message, sender).then(sendResponse);
  return true; // the response is sent asynchronously
});

/**
 * What the toolbar button does: injects the content script into the tab,
 * which sends the page back to be summarized and shows the result.
 * Needs the activeTab grant that the click gives (or a host permission).
 * @param {number} tabId
 */
export async function run(tabId) {
  await chrome.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
}

async function answer(message, sender) {
  try {
    await ready;
    const url = message.url ?? sender.tab?.url;
    const options = { ...SUMMARY_OPTIONS, ...(isHttp(url) ? { url } : {}) };
    const result = summarize(String(message.html ?? ''), options);
    delete result.content; // the panel does not need the article's HTML
    return { ok: true, result };
  } catch (error) {
    return { ok: false, error: { code: error.code ?? 'INTERNAL', message: error.message } };
  }
}

function isHttp(url) {
  return typeof url === 'string' && /^https?:/i.test(url);
}
