// Injected into the page by the service worker when the toolbar button is
// pressed. Sends the page's HTML to the service worker, then highlights the
// key sentences it gets back and shows them in a small panel. The panel
// lives in a Shadow DOM, so the page's CSS does not reach it (nor its CSS
// the page). Pressing the button again replaces the panel.
//
// A classic script (content scripts cannot be modules); highlight.js is
// imported dynamically, which is why it is a web-accessible resource.

(async () => {
  const state = (globalThis.__gistyState ??= { dismiss: null });
  if (state.dismiss) state.dismiss();
  const html = document.documentElement.outerHTML;

  const host = document.createElement('gisty-panel');
  host.style.cssText = 'all: initial; position: fixed; top: 16px; right: 16px; z-index: 2147483647;';
  // Open, so that the page's tools and tests can look inside; it holds nothing secret.
  const shadow = host.attachShadow({ mode: 'open' });
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
    if (state.dismiss === dismiss) state.dismiss = null;
  }
  state.dismiss = dismiss;
  shadow.querySelector('.close').addEventListener('click', dismiss);
  shadow.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') dismiss();
  });

  let response;
  try {
    response = await chrome.runtime.sendMessage({
      type: 'gisty:summarize',
      html,
      url: location.href,
    });
  } catch (error) {
    response = { ok: false, error: { code: 'INTERNAL', message: error.message } };
  }
  if (state.dismiss !== dismiss) return; // dismissed or replaced meanwhile
  panel.querySelector('.status').remove();

  if (!response || !response.ok) {
    const error = response?.error ?? { code: 'INTERNAL', message: 'no answer from the extension' };
    const p = document.createElement('p');
    p.className = 'error';
    p.setAttribute('role', 'alert');
    p.textContent = error.code === 'NOT_READERABLE'
      ? 'No article was found on this page.'
      : `gisty could not summarize this page (${error.code}: ${error.message}).`;
    panel.append(p);
    heading.focus();
    return;
  }

  const result = response.result;
  const { highlight } = await import(chrome.runtime.getURL('highlight.js'));
  handle = highlight(document, result, { className: 'gisty-extension-highlight', scrollTo: true });

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
  heading.focus({ preventScroll: true });

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
})();
