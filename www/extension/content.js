// Injected into the page by the service worker when the toolbar button is
// pressed. Shows a panel at once, reads the page the way summarizeDocument()
// does (readPage() in snapshot.js: its HTML with the doctype, or a large
// page's snapshot), sends that to the service worker, then highlights the
// key sentences it gets back and lists them in the panel. Pressing the
// button again replaces the panel.
//
// The page is hostile ground: nothing here is reachable from it.
// - State lives in this closure. Injections into one page share an isolated
//   world, whose global the page never sees; the one thing kept there, the
//   current panel's dismiss(), is under a symbol key, since the page's
//   elements with an id or a name become string-keyed globals (DOM
//   clobbering) but never symbol-keyed ones.
// - The panel's host is a plain <div>, a name no page can define as a custom
//   element, and its shadow root is closed and attached before the host is
//   in the document, so page scripts cannot read or rewrite the key points.
//   The shadow root also keeps the page's CSS out of the panel.
//
// A classic script (content scripts cannot be modules); highlight.js is
// imported dynamically (and snapshot.js, if reader.js, its classic copy
// injected just before this script, is missing), which is why they are
// web-accessible resources (at a per-session URL, use_dynamic_url, so that
// pages cannot detect the extension by probing a fixed one).

(() => {
  mark('gisty:content-start');
  // highlight.js is needed only for the answer: fetched now, it is there
  // by the time the worker has summarized.
  const highlighting = import(chrome.runtime.getURL('highlight.js'));
  highlighting.catch(() => {}); // reported where it is awaited
  // readPage() from snapshot.js, which the worker injects before this
  // script as reader.js; imported only if it is missing.
  const READ_PAGE = Symbol.for('gisty.extension.readPage');

  const CURRENT = Symbol.for('gisty.extension.dismiss');
  globalThis[CURRENT]?.();

  const host = document.createElement('div');
  host.style.cssText = 'all: initial; position: fixed; top: 16px; right: 16px; z-index: 2147483647;';
  const shadow = host.attachShadow({ mode: 'closed' });
  shadow.innerHTML = `
    <style>
      :host { all: initial; }
      .panel {
        box-sizing: border-box;
        width: min(360px, calc(100vw - 32px));
        max-height: calc(100vh - 32px);
        overflow: auto;
        padding: 14px 16px 16px;
        background: #fff;
        color: #1c1e21;
        border: 1px solid #b8bec7;
        border-radius: 8px;
        box-shadow: 0 6px 24px rgba(0, 0, 0, 0.2);
        font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif;
        text-align: left;
      }
      .top { display: flex; align-items: start; justify-content: space-between; gap: 8px; }
      h2 { margin: 0; font-size: 15px; line-height: 1.3; }
      h2:focus { outline: none; }
      .meta { margin: 4px 0 8px; color: #4a4f57; font-size: 12px; }
      ol { margin: 0; padding-left: 20px; }
      li { margin: 6px 0; }
      button { font: inherit; color: inherit; cursor: pointer; }
      .point { display: block; width: 100%; padding: 2px 4px; margin-left: -4px; text-align: left; background: none; border: 0; border-radius: 4px; }
      .point:hover { background: #fff3c4; }
      .point:disabled { cursor: default; color: #4a4f57; }
      .close { flex: none; width: 28px; height: 28px; padding: 0; border: 1px solid #b8bec7; border-radius: 6px; background: #fff; font-size: 18px; line-height: 1; }
      .close:hover { background: #eef1f5; }
      :focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
      .error { margin: 8px 0 0; padding: 8px; background: #fdecea; color: #8a1c12; border-radius: 6px; }
      .status { margin: 8px 0 0; color: #4a4f57; }
      .copy { margin-top: 10px; padding: 4px 10px; border: 1px solid #b8bec7; border-radius: 6px; background: #fff; }
      .copy:hover { background: #eef1f5; }
    </style>
    <section class="panel" role="dialog" aria-modal="false" aria-labelledby="gisty-title">
      <div class="top">
        <h2 id="gisty-title" tabindex="-1">Key points</h2>
        <button class="close" type="button" aria-label="Close the key points">×</button>
      </div>
      <p class="status">Summarizing…</p>
    </section>`;
  (document.body ?? document.documentElement).append(host);

  const panel = shadow.querySelector('.panel');
  const heading = shadow.querySelector('h2');
  let handle = null;

  function dismiss() {
    if (handle) handle.clear();
    host.remove();
    if (globalThis[CURRENT] === dismiss) delete globalThis[CURRENT];
  }
  globalThis[CURRENT] = dismiss;
  shadow.querySelector('.close').addEventListener('click', dismiss);
  shadow.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') dismiss();
  });

  summarizePage()
    .catch((error) => ({ ok: false, error: { code: 'INTERNAL', message: error.message } }))
    .then(show)
    .catch((error) => showError({ code: 'INTERNAL', message: error.message }));

  /** Reads the page and has the service worker summarize it. */
  async function summarizePage() {
    const readPage = globalThis[READ_PAGE] ?? (await import(chrome.runtime.getURL('snapshot.js'))).readPage;
    mark('gisty:reader-loaded');
    const { html, snapshot } = readPage(document);
    // Messages travel as JSON, which has no typed arrays.
    const page = snapshot ? { snapshot: { ops: Array.from(snapshot.ops), text: snapshot.text } } : { html };
    mark('gisty:page-read');
    const response = await chrome.runtime.sendMessage({ type: 'gisty:summarize', ...page, url: location.href });
    mark('gisty:answer');
    return response;
  }

  async function show(response) {
    if (globalThis[CURRENT] !== dismiss) return; // dismissed or replaced meanwhile
    panel.querySelector('.status').remove();
    if (!response || !response.ok) {
      showError(response?.error ?? { code: 'INTERNAL', message: 'no answer from the extension' });
      return;
    }
    const result = response.result;
    const { highlight } = await highlighting;
    if (globalThis[CURRENT] !== dismiss) return;
    handle = highlight(document, result, { className: 'gisty-extension-highlight', scrollTo: true });
    mark('gisty:highlighted');

    heading.textContent = result.title || 'Key points';
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = `${result.readingTimeMinutes} min read · key points of the article`;
    const list = document.createElement('ol');
    result.sentences.forEach((sentence, i) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'point';
      button.textContent = sentence.text;
      if (handle.ranges[i]) button.addEventListener('click', () => handle.scrollTo(i));
      else button.disabled = true;
      li.append(button);
      list.append(li);
    });
    panel.append(meta, list);
    if (result.markdown) panel.append(...copyButton(result.markdown));
    mark('gisty:shown');
    heading.focus({ preventScroll: true });
  }

  /** "Copy as Markdown": the article as Markdown to the clipboard, and a line saying so. */
  function copyButton(markdown) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    button.textContent = 'Copy as Markdown';
    const status = document.createElement('p');
    status.className = 'status';
    status.setAttribute('role', 'status');
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(markdown).then(
        () => { status.textContent = 'Copied the article as Markdown.'; },
        (error) => { status.textContent = `Could not copy: ${error.message}`; },
      );
    });
    return [button, status];
  }

  function showError(error) {
    const p = document.createElement('p');
    p.className = 'error';
    p.setAttribute('role', 'alert');
    p.textContent = error.code === 'NOT_READERABLE'
      ? 'No article was found on this page.'
      : `gisty could not summarize this page (${error.code}: ${error.message}).`;
    panel.append(p);
    mark('gisty:failed');
    heading.focus();
  }

  /**
   * A User Timing mark of the click's stages (seen in DevTools, read by
   * bench/first-click.mjs); the latest of each name is kept. It tells the
   * page nothing the panel in its DOM does not.
   */
  function mark(name) {
    performance.clearMarks(name);
    performance.mark(name);
  }
})();
