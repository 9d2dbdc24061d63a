// The demo page: summarizes the sample article on the page (directly, on
// the main thread) or a page the user pastes or drops (in a Web Worker),
// shows the summary, and highlights the key points in the article.

import { init, summarize, highlight, createWorkerSummarizer, version } from './gisty.js';
import { decodeHtml } from './decode.js';

const $ = (id) => document.getElementById(id);
const ui = {
  version: $('version'),
  type: $('type'),
  length: $('length'),
  error: $('error'),
  result: $('result'),
  placeholder: $('result-placeholder'),
  resultBody: $('result-body'),
  sourceName: $('source-name'),
  title: $('result-title'),
  byline: $('result-byline'),
  meta: $('result-meta'),
  pointsHeading: $('points-heading'),
  points: $('key-points'),
  keywords: $('keywords'),
  timing: $('timing'),
  markdown: $('markdown'),
  copyMarkdown: $('copy-markdown'),
  copyStatus: $('copy-status'),
  sample: $('sample-page'),
  preview: $('preview'),
  previewTitle: $('preview-title'),
  previewBody: $('preview-body'),
  ownForm: $('own-form'),
  paste: $('paste'),
  file: $('file'),
  back: $('back'),
};

/** What each error code means to a reader of the page. */
const ERROR_HINTS = {
  INVALID_INPUT: 'This does not look like an HTML page (it may be a binary file).',
  INPUT_TOO_LARGE: 'This page is larger than gisty accepts.',
  NOT_READERABLE: 'No article text was found on this page.',
  INVALID_OPTIONS: 'The summary options were not accepted.',
  INTERNAL: 'gisty failed unexpectedly; try again.',
  LOAD_FAILED: 'The WebAssembly module could not be loaded.',
  TERMINATED: 'The summary was cancelled.',
};

const TYPE_HEADINGS = { 'key-points': 'Key points', tldr: 'TL;DR', teaser: 'Teaser', headline: 'Headline' };

/** The page being summarized: the sample, or one the user gave. */
let source = { kind: 'sample', name: 'the sample article' };
let handle = null;
let worker = null;
let generation = 0;

async function main() {
  wireControls();
  try {
    await init();
  } catch (error) {
    ui.version.textContent = 'The module could not be loaded.';
    showError(error);
    return;
  }
  ui.version.textContent = `gisty ${version()} · WebAssembly`;
  await refresh();
}

function wireControls() {
  ui.type.addEventListener('change', refresh);
  ui.length.addEventListener('change', refresh);
  ui.sample.addEventListener('click', (event) => {
    // The sample site's links lead nowhere.
    if (event.target.closest('a')) event.preventDefault();
  });
  ui.ownForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const html = ui.paste.value;
    if (!html.trim()) {
      showError({ message: 'Paste the HTML of a page into the box first.' });
      ui.paste.focus();
      return;
    }
    useOwnPage(html, 'pasted HTML');
  });
  ui.file.addEventListener('change', () => {
    const file = ui.file.files && ui.file.files[0];
    if (file) readFile(file);
  });
  ui.back.addEventListener('click', () => {
    source = { kind: 'sample', name: 'the sample article' };
    ui.back.disabled = true;
    refresh();
  });
  for (const name of ['dragenter', 'dragover']) {
    ui.ownForm.addEventListener(name, (event) => {
      event.preventDefault();
      ui.ownForm.classList.add('dragging');
    });
  }
  ui.ownForm.addEventListener('dragleave', (event) => {
    if (!ui.ownForm.contains(event.relatedTarget)) ui.ownForm.classList.remove('dragging');
  });
  ui.ownForm.addEventListener('drop', (event) => {
    event.preventDefault();
    ui.ownForm.classList.remove('dragging');
    const file = event.dataTransfer && event.dataTransfer.files[0];
    if (file) readFile(file);
  });
  ui.copyMarkdown.addEventListener('click', copyMarkdown);
  ui.points.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-index]');
    if (!button || !handle) return;
    for (const other of ui.points.querySelectorAll('[aria-current]')) other.removeAttribute('aria-current');
    if (handle.scrollTo(Number(button.dataset.index))) button.setAttribute('aria-current', 'true');
  });
}

async function readFile(file) {
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    useOwnPage(decodeHtml(bytes), file.name);
  } catch (error) {
    showError({ message: `Could not read ${file.name}: ${error.message}` });
  }
}

function useOwnPage(html, name) {
  source = { kind: 'own', html, name };
  ui.back.disabled = false;
  refresh();
}

function options() {
  // `format` is the summary's; `markdown` adds the article as Markdown.
  return { type: ui.type.value, length: ui.length.value, format: 'plain-text', markdown: true };
}

/** Copies the article's Markdown to the clipboard. */
async function copyMarkdown() {
  try {
    await navigator.clipboard.writeText(ui.markdown.textContent);
    ui.copyStatus.textContent = 'Copied the article as Markdown.';
  } catch (error) {
    ui.copyStatus.textContent = `Could not copy: ${error.message}`;
  }
}

/** The sample site as a page of its own, as a crawler would fetch it. */
function sampleHtml() {
  const { title, author } = ui.sample.dataset;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    `<meta name="author" content="${escapeHtml(author)}"></head><body>${ui.sample.innerHTML}</body></html>`;
}

function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Summarizes the current source with the current options and shows the result. */
async function refresh() {
  const mine = ++generation;
  if (handle) {
    handle.clear();
    handle = null;
  }
  ui.result.setAttribute('aria-busy', 'true');
  const isSample = source.kind === 'sample';
  ui.sample.hidden = !isSample;
  ui.preview.hidden = isSample;
  const started = performance.now();
  try {
    let result;
    if (isSample) {
      result = summarize(sampleHtml(), options());
    } else {
      worker ??= createWorkerSummarizer();
      result = await worker.summarize(source.html, options());
    }
    if (mine !== generation) return; // a newer request replaced this one
    const elapsed = performance.now() - started;
    let root = ui.sample;
    if (!isSample) {
      renderPreview(result);
      root = ui.preview;
    }
    showResult(result, elapsed, isSample ? 'on this page' : 'in a Web Worker');
    handle = highlight(document, result, { root });
    markMissingPoints(handle);
  } catch (error) {
    if (mine !== generation) return;
    clearResult();
    if (!isSample) ui.preview.hidden = true;
    showError(error);
  } finally {
    if (mine === generation) ui.result.setAttribute('aria-busy', 'false');
  }
}

function showResult(result, elapsed, where) {
  ui.error.replaceChildren();
  ui.sourceName.textContent = source.name;
  ui.title.textContent = result.title || 'Untitled';
  ui.byline.textContent = result.byline ? `By ${result.byline.replace(/^by\s+/i, '')}` : 'No byline';
  const minutes = result.readingTimeMinutes;
  ui.meta.textContent = `${minutes} min read · ${result.wordCount.toLocaleString('en')} words`;

  const type = ui.type.value;
  ui.pointsHeading.textContent = TYPE_HEADINGS[type] ?? 'Key points';
  const items = result.sentences.map((sentence, index) => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'point';
    button.dataset.index = String(index);
    button.textContent = sentence.text;
    button.title = 'Show in the article';
    li.append(button);
    return li;
  });
  ui.points.replaceChildren(...items);

  const words = result.keywords.map((k) => {
    const li = document.createElement('li');
    li.textContent = k.term;
    return li;
  });
  if (words.length === 0) {
    const li = document.createElement('li');
    li.className = 'none';
    li.textContent = 'None found';
    words.push(li);
  }
  ui.keywords.replaceChildren(...words);
  ui.markdown.textContent = result.markdown ?? '';
  ui.copyStatus.textContent = '';
  ui.timing.textContent = `Summarized ${where} in ${elapsed.toFixed(1)} ms`;
  ui.placeholder.hidden = true;
  ui.resultBody.hidden = false;
}

/** Points whose sentence was not found in the article cannot be scrolled to. */
function markMissingPoints(h) {
  ui.points.querySelectorAll('button[data-index]').forEach((button) => {
    const found = Boolean(h.ranges[Number(button.dataset.index)]);
    button.disabled = !found;
    button.title = found ? 'Show in the article' : 'Not found in the article';
  });
}

/** Shows the extracted text of a user's page, so its key points can be highlighted there. */
function renderPreview(result) {
  ui.previewTitle.textContent = result.title || 'Untitled';
  const paragraphs = result.textContent
    .split(/\n[ \t]*\n/)
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      return p;
    });
  ui.previewBody.replaceChildren(...paragraphs);
  ui.preview.hidden = false;
}

function clearResult() {
  ui.sourceName.textContent = source.name;
  ui.points.replaceChildren();
  ui.keywords.replaceChildren();
  ui.markdown.textContent = '';
  ui.resultBody.hidden = true;
  ui.placeholder.hidden = true;
}

function showError(error) {
  const strong = document.createElement('strong');
  strong.textContent = ERROR_HINTS[error && error.code] ?? 'Could not summarize this page.';
  const detail = document.createElement('span');
  detail.className = 'error-detail';
  detail.textContent = error && error.code ? `${error.code}: ${error.message}` : String(error?.message ?? error);
  ui.error.replaceChildren(strong, detail);
}

main();
