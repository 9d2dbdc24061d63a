// Finds gisty's key sentences in a live document and highlights them.
//
// In: a Document, and a result with `sentences` (or an array of sentences
// or strings; the first MAX_SENTENCES are looked for). Out: a handle with
// one Range per sentence (null where the sentence was not found), `clear()`
// and `scrollTo(i)`.
//
// The document's visible text is flattened once into a normalized string
// (runs of whitespace collapsed to one space), with a map from each of its
// characters back to a (text node, offset). Each sentence, normalized the
// same way, is looked up in that string, so a sentence may span any number
// of text nodes and inline elements. Highlights use the CSS Custom
// Highlight API, which paints ranges without touching the DOM; where it is
// missing, the text is wrapped in <mark> elements instead.
//
// This module uses the DOM only when called: it is safe to import in a
// worker or service worker.

/** Elements whose text is never shown as text (by local name). */
const SKIPPED_ELEMENTS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'select', 'iframe',
  'object', 'canvas', 'head', 'title',
]);

/**
 * Elements that start a new line of text: their edges count as whitespace,
 * so text in adjacent blocks (`<td>a</td><td>b</td>`) never runs together.
 */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'dialog',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'td',
  'th', 'thead', 'tr', 'ul', 'caption', 'body', 'html',
]);

/** An inline style that hides the element. */
const INLINE_HIDDEN = /(?:^|;)\s*display\s*:\s*none/i;

/** What a character counts as when text is normalized. */
const NORMAL = 0;
const SPACE = 1;
const INVISIBLE = 2;

/**
 * Classifies a UTF-16 code unit. Whitespace is what `\s` matches, no-break
 * space included. Invisible characters (soft hyphen, zero-width spaces and
 * joiners, the word joiner, the byte order mark, directional marks,
 * embeddings and isolates) are dropped on both sides: gisty's text leaves
 * them out, while the page still holds them.
 */
function classify(code) {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13) ? SPACE : NORMAL;
  if (code < 160) return NORMAL;
  if (code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)) return SPACE;
  if (code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000) return SPACE;
  if (code === 0xad || (code >= 0x200b && code <= 0x200f) || code === 0x2060 || code === 0xfeff) return INVISIBLE;
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return INVISIBLE;
  return NORMAL;
}

/** Elements that mark a page's main content, to prefer among repeated matches. */
const ARTICLE_SELECTOR = 'article, main, [role="main"], [itemprop="articleBody"]';

/** At most this many occurrences of one sentence are considered. */
const MAX_OCCURRENCES = 64;

/**
 * At most this many sentences are looked for: as many as a result can hold
 * (`maxSentences` is at most 100, MAX_SUMMARY_SENTENCES in Rust), so that a
 * crafted result costs no more than a real one.
 */
export const MAX_SENTENCES = 100;

const DEFAULT_NAME = 'gisty-highlight';

/**
 * The highlight colours: dark text on light yellow passes WCAG AA on any
 * page. In a cascade layer, so that any rule of the page's own overrides them.
 */
const HIGHLIGHT_CSS = (name) => `@layer gisty {
::highlight(${name}) { background-color: #ffe58a; color: #111; }
::highlight(${name}-active) { background-color: #ffc93c; color: #000; text-decoration: underline; }
mark.${name} { background-color: #ffe58a; color: #111; }
mark.${name}.${name}-active { background-color: #ffc93c; color: #000; text-decoration: underline; }
}`;

/** The handles currently shown, by document and name, so a new call replaces the old. */
const active = new WeakMap();

/**
 * Highlights the key sentences of `result` in `doc`.
 *
 * @param {Document} doc
 * @param {{sentences: Array<{text: string}|string>} | Array<{text: string}|string>} result
 * @param {{className?: string, scrollTo?: boolean, root?: Node}} [options]
 */
export function highlight(doc, result, options = {}) {
  if (!doc || typeof doc.createRange !== 'function') {
    throw new TypeError('highlight(document, result): the first argument must be a Document');
  }
  const name = options.className || DEFAULT_NAME;
  if (!/^-?[A-Za-z_][\w-]*$/.test(name)) {
    throw new TypeError(`highlight(): className ${JSON.stringify(name)} is not a valid CSS identifier`);
  }
  const root = options.root || doc.body || doc.documentElement;
  const texts = sentenceTexts(result);

  const previous = active.get(doc)?.get(name);
  if (previous) previous.clear();

  const ranges = locateSentences(doc, root, texts);
  const win = doc.defaultView;
  const handle = supportsHighlights(win)
    ? paintHighlights(doc, win, name, ranges)
    : wrapInMarks(doc, name, ranges);

  if (!active.has(doc)) active.set(doc, new Map());
  active.get(doc).set(name, handle);
  if (options.scrollTo) {
    const first = handle.ranges.find(Boolean);
    if (first) scrollRangeIntoView(win, first);
  }
  return handle;
}

function sentenceTexts(result) {
  const list = Array.isArray(result) ? result : result?.sentences;
  if (!Array.isArray(list)) {
    throw new TypeError('highlight(): the result must have a `sentences` array');
  }
  return list.slice(0, MAX_SENTENCES).map((s) => (typeof s === 'string' ? s : String(s?.text ?? '')));
}

function supportsHighlights(win) {
  return Boolean(win && win.CSS && win.CSS.highlights && typeof win.Highlight === 'function');
}

// ---------------------------------------------------------------------------
// Locating sentences

/**
 * One Range (or null) per sentence. Builds the normalized text once; falls
 * back to a whitespace-free comparison for sentences whose spacing differs
 * from the page's (an extractor may add or drop a space between elements).
 */
function locateSentences(doc, root, texts) {
  const nodes = visibleTextNodes(doc, root);
  const spaced = flatten(nodes, true);
  const found = findAll(spaced, texts);
  if (found.some((occurrences, i) => occurrences.length === 0 && texts[i].trim())) {
    const compact = flatten(nodes, false);
    const second = findAll(compact, texts);
    found.forEach((occurrences, i) => {
      if (occurrences.length === 0 && second[i].length > 0) found[i] = second[i];
    });
  }
  const chosen = chooseOccurrences(found);
  return chosen.map((occurrence) => (occurrence ? toRange(doc, occurrence) : null));
}

/**
 * The text nodes under `root` in document order, each with a flag saying
 * whether a block boundary comes before it. Skips the subtrees of elements
 * whose text is never shown, or that the markup itself hides (`hidden`,
 * inline `display: none`): what an extractor reading the HTML can see too.
 * Text hidden by style sheets is kept here, and only weighed when a
 * sentence occurs more than once (see `chooseOccurrences`), since
 * computing every element's style would cost more than the rest together.
 */
function visibleTextNodes(doc, root) {
  if (root.nodeType === 3) return [{ node: root, block: false }];
  const out = [];
  let blockPending = false;
  // No filter callback: the walk stays in native code, and subtrees are
  // skipped by not descending into them.
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  let node = walker.firstChild();
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      out.push({ node, block: blockPending });
      blockPending = false;
    } else if (!isSkipped(node)) {
      descend = true;
      if (BLOCK_ELEMENTS.has(node.localName)) blockPending = true;
    }
    let next = descend ? walker.firstChild() : null;
    if (!next) {
      next = walker.nextSibling();
      while (!next) {
        const parent = walker.parentNode();
        if (!parent) break;
        if (BLOCK_ELEMENTS.has(parent.localName)) blockPending = true;
        next = walker.nextSibling();
      }
    }
    node = next;
  }
  return out;
}

/** Whether an element's subtree is left out of the text. */
function isSkipped(element) {
  if (SKIPPED_ELEMENTS.has(element.localName)) return true;
  const hidden = element.getAttribute('hidden');
  if (hidden !== null && hidden !== 'until-found') return true;
  const style = element.getAttribute('style');
  return style !== null && INLINE_HIDDEN.test(style);
}

/** Whether an element is rendered (not inside a display: none subtree). */
function isRendered(element) {
  if (!element) return false;
  if (typeof element.checkVisibility === 'function') return element.checkVisibility();
  return element.getClientRects().length > 0;
}

/**
 * Flattens the text nodes into one normalized string.
 *
 * With `keepSpaces`, each run of whitespace (and each block boundary)
 * becomes one space; without, whitespace is dropped. `offsets[i]` is the
 * offset in its text node of the normalized character `i`, and `starts[n]`
 * the index of the first normalized character of node `n`.
 */
function flatten(nodes, keepSpaces) {
  let total = 0;
  for (const { node } of nodes) total += node.data.length + 1;
  const offsets = new Uint32Array(total);
  const starts = new Uint32Array(nodes.length);
  const parts = [];
  let length = 0;
  let lastWasSpace = true; // no leading space
  for (let n = 0; n < nodes.length; n++) {
    const { node, block } = nodes[n];
    if (block && keepSpaces && !lastWasSpace) {
      parts.push(' ');
      offsets[length++] = 0;
      lastWasSpace = true;
    }
    starts[n] = length;
    const data = node.data;
    let chunkStart = -1; // start of a run of characters copied as they are
    for (let i = 0; i < data.length; i++) {
      const kind = classify(data.charCodeAt(i));
      if (kind === NORMAL) {
        if (chunkStart < 0) chunkStart = i;
        offsets[length++] = i;
        lastWasSpace = false;
        continue;
      }
      if (chunkStart >= 0) {
        parts.push(data.slice(chunkStart, i));
        chunkStart = -1;
      }
      if (kind === SPACE && keepSpaces && !lastWasSpace) {
        parts.push(' ');
        offsets[length++] = i;
        lastWasSpace = true;
      }
    }
    if (chunkStart >= 0) parts.push(data.slice(chunkStart));
  }
  return { text: parts.join(''), offsets, starts, nodes, keepSpaces };
}

/** Normalizes a sentence the way `flatten` normalizes the page. */
function normalizeNeedle(text, keepSpaces) {
  let out = '';
  let lastWasSpace = true;
  let chunkStart = -1;
  for (let i = 0; i < text.length; i++) {
    const kind = classify(text.charCodeAt(i));
    if (kind === NORMAL) {
      if (chunkStart < 0) chunkStart = i;
      lastWasSpace = false;
      continue;
    }
    if (chunkStart >= 0) {
      out += text.slice(chunkStart, i);
      chunkStart = -1;
    }
    if (kind === SPACE && keepSpaces && !lastWasSpace) {
      out += ' ';
      lastWasSpace = true;
    }
  }
  if (chunkStart >= 0) out += text.slice(chunkStart);
  return keepSpaces ? out.trimEnd() : out;
}

/** For each sentence, where it occurs in the flattened text. */
function findAll(flat, texts) {
  return texts.map((text) => {
    const needle = normalizeNeedle(text, flat.keepSpaces);
    const occurrences = [];
    if (!needle) return occurrences;
    let at = flat.text.indexOf(needle);
    while (at >= 0 && occurrences.length < MAX_OCCURRENCES) {
      occurrences.push({ flat, start: at, end: at + needle.length });
      at = flat.text.indexOf(needle, at + 1);
    }
    return occurrences;
  });
}

/**
 * Picks one occurrence per sentence. Sentences found once fix the article
 * region (their common ancestor). A repeated sentence is taken where it is
 * rendered, then inside that region, then inside an article/main element,
 * then after the previous sentence (key sentences come in article order).
 */
function chooseOccurrences(found) {
  const unique = found.filter((o) => o.length === 1).map((o) => nodeAt(o[0].flat, o[0].start));
  const region = unique.length > 0 ? commonAncestor(unique) : null;
  const usefulRegion = region && region.nodeName !== 'BODY' && region.nodeName !== 'HTML' ? region : null;
  let previousEnd = -1;
  let previousFlat = null;
  return found.map((occurrences) => {
    if (occurrences.length === 0) return null;
    let best = null;
    let bestScore = -1;
    for (const occurrence of occurrences) {
      const node = nodeAt(occurrence.flat, occurrence.start);
      const element = node.parentElement;
      let score = 0;
      if (occurrences.length > 1 && isRendered(element)) score += 8;
      if (usefulRegion && usefulRegion.contains(node)) score += 4;
      if (element && element.closest(ARTICLE_SELECTOR)) score += 2;
      if (occurrence.flat === previousFlat && occurrence.start >= previousEnd) score += 1;
      if (score > bestScore) {
        best = occurrence;
        bestScore = score;
      }
    }
    previousEnd = best.end;
    previousFlat = best.flat;
    return best;
  });
}

function commonAncestor(nodes) {
  let ancestor = nodes[0].parentNode;
  for (const node of nodes.slice(1)) {
    while (ancestor && !ancestor.contains(node)) ancestor = ancestor.parentNode;
  }
  return ancestor;
}

/** The text node holding normalized character `index`. */
function nodeAt(flat, index) {
  return flat.nodes[nodeIndexAt(flat, index)].node;
}

function nodeIndexAt(flat, index) {
  // The last node whose first character is at or before `index`.
  let lo = 0;
  let hi = flat.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (flat.starts[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function toRange(doc, { flat, start, end }) {
  const range = doc.createRange();
  const first = nodeAt(flat, start);
  const last = nodeAt(flat, end - 1);
  range.setStart(first, flat.offsets[start]);
  range.setEnd(last, flat.offsets[end - 1] + 1);
  return range;
}

// ---------------------------------------------------------------------------
// Painting

function paintHighlights(doc, win, name, ranges) {
  injectStyle(doc, name);
  const registry = win.CSS.highlights;
  // Added one by one: spread into the constructor, many ranges would
  // overflow the call stack.
  const highlight = new win.Highlight();
  for (const range of ranges) if (range) highlight.add(range);
  registry.set(name, highlight);
  const activeName = `${name}-active`;
  let current = null;
  const handle = {
    ranges,
    clear() {
      if (registry.get(name) === highlight) registry.delete(name);
      if (current && registry.get(activeName) === current) registry.delete(activeName);
      current = null;
      forget(doc, name, handle);
    },
    scrollTo(i) {
      const range = ranges[i];
      if (!range) return false;
      current = new win.Highlight(range);
      registry.set(activeName, current);
      scrollRangeIntoView(win, range);
      return true;
    },
  };
  return handle;
}

/** The fallback: wraps each sentence's text in <mark class="name"> elements. */
function wrapInMarks(doc, name, ranges) {
  injectStyle(doc, name);
  // Find every piece first: wrapping splits text nodes.
  const byNode = new Map();
  ranges.forEach((range, sentence) => {
    if (!range) return;
    for (const piece of textPieces(doc, range)) {
      if (!byNode.has(piece.node)) byNode.set(piece.node, []);
      byNode.get(piece.node).push({ ...piece, sentence });
    }
  });
  const marks = ranges.map(() => []);
  for (const [node, pieces] of byNode) {
    // From the node's end backwards, so that earlier offsets stay valid.
    pieces.sort((a, b) => b.start - a.start);
    let limit = Infinity;
    for (const piece of pieces) {
      if (piece.end > limit) continue; // overlaps a piece already wrapped
      marks[piece.sentence].push(wrapText(doc, node, piece.start, piece.end, name));
      limit = piece.start;
    }
  }
  const markRanges = marks.map((list) => {
    if (list.length === 0) return null;
    list.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
    const range = doc.createRange();
    range.setStartBefore(list[0]);
    range.setEndAfter(list[list.length - 1]);
    return range;
  });
  const win = doc.defaultView;
  const activeClass = `${name}-active`;
  let current = [];
  const handle = {
    ranges: markRanges,
    clear() {
      for (const list of marks) for (const mark of list) unwrap(mark);
      marks.length = 0;
      current = [];
      forget(doc, name, handle);
    },
    scrollTo(i) {
      const list = marks[i];
      if (!list || list.length === 0) return false;
      for (const mark of current) mark.classList.remove(activeClass);
      current = list;
      for (const mark of list) mark.classList.add(activeClass);
      scrollRangeIntoView(win, markRanges[i]);
      return true;
    },
  };
  return handle;
}

/** The (text node, start, end) pieces a range covers, non-empty, in order. */
function textPieces(doc, range) {
  const out = [];
  const { startContainer, startOffset, endContainer, endOffset } = range;
  if (startContainer === endContainer && startContainer.nodeType === 3) {
    if (endOffset > startOffset) out.push({ node: startContainer, start: startOffset, end: endOffset });
    return out;
  }
  const root = range.commonAncestorContainer;
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  if (startContainer.nodeType === 3) walker.currentNode = startContainer;
  let node = startContainer.nodeType === 3 ? startContainer : walker.nextNode();
  while (node) {
    if (range.intersectsNode(node)) {
      if (!isInsideSkipped(node, root)) {
        const start = node === startContainer ? startOffset : 0;
        const end = node === endContainer ? endOffset : node.data.length;
        if (end > start && node.data.slice(start, end).trim()) out.push({ node, start, end });
      }
    } else if (out.length > 0) {
      break;
    }
    if (node === endContainer) break;
    node = walker.nextNode();
  }
  return out;
}

function isInsideSkipped(node, root) {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (isSkipped(el)) return true;
  }
  return false;
}

function wrapText(doc, node, start, end, name) {
  let middle = node;
  if (start > 0) middle = node.splitText(start);
  if (end - start < middle.data.length) middle.splitText(end - start);
  const mark = doc.createElement('mark');
  mark.className = name;
  middle.parentNode.insertBefore(mark, middle);
  mark.appendChild(middle);
  return mark;
}

/** Puts a mark's text back and merges it with its neighbours, as before wrapping. */
function unwrap(mark) {
  const parent = mark.parentNode;
  if (!parent) return;
  const text = mark.firstChild;
  while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
  parent.removeChild(mark);
  if (!text || text.nodeType !== 3) return;
  const prev = text.previousSibling;
  if (prev && prev.nodeType === 3) {
    prev.appendData(text.data);
    parent.removeChild(text);
    const next = prev.nextSibling;
    if (next && next.nodeType === 3) {
      prev.appendData(next.data);
      parent.removeChild(next);
    }
  } else {
    const next = text.nextSibling;
    if (next && next.nodeType === 3) {
      text.appendData(next.data);
      parent.removeChild(next);
    }
  }
}

function forget(doc, name, handle) {
  const byName = active.get(doc);
  if (byName && byName.get(name) === handle) byName.delete(name);
}

function scrollRangeIntoView(win, range) {
  const node = range.startContainer;
  const element = node.nodeType === 1 ? node : node.parentElement;
  if (!element) return;
  const reduce = win && win.matchMedia && win.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
}

/** The style sheets added, by document and name. */
const sheets = new WeakMap();

/**
 * Adds the highlight style to the document once per name: as a constructed
 * style sheet where possible (no element added, and a page's CSP does not
 * apply to it), else as a <style> element.
 */
function injectStyle(doc, name) {
  const win = doc.defaultView;
  if (!sheets.has(doc)) sheets.set(doc, new Map());
  const byName = sheets.get(doc);
  const existing = byName.get(name);
  if (existing && 'replaceSync' in existing) {
    if (!doc.adoptedStyleSheets.includes(existing)) {
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, existing];
    }
    return;
  }
  if (existing && existing.isConnected) return;
  if (win && typeof win.CSSStyleSheet === 'function' && 'adoptedStyleSheets' in doc) {
    try {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_CSS(name));
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      byName.set(name, sheet);
      return;
    } catch {
      // Constructed sheets unsupported here: use an element.
    }
  }
  const style = doc.createElement('style');
  style.setAttribute('data-gisty-style', name);
  style.textContent = HIGHLIGHT_CSS(name);
  (doc.head || doc.documentElement).appendChild(style);
  byName.set(name, style);
}
