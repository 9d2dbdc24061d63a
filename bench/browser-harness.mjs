// Runs inside each loaded page for bench/browser.mjs: loads gisty's web
// package, then times gisty (on the page's HTML and on its snapshot) and
// Readability.js (added as a classic script before this module) on the
// page, taking turns.

import init, { extract, extractSnapshot } from './pkg/gisty.js';
import { snapshotDocument } from './snapshot.js';

await init({ module_or_path: new URL('./pkg/gisty_bg.wasm', import.meta.url) });

/** gisty the way a content script calls it: serialize the page, then extract. */
function runGisty(url) {
  const start = performance.now();
  const html = document.documentElement.outerHTML;
  const serialized = performance.now();
  let text = '';
  try {
    text = extract(html, { url }).textContent;
  } catch {
    text = '';
  }
  const end = performance.now();
  return { ms: end - start, serialize: serialized - start, text };
}

/** gisty on the live document, the way summarizeDocument() in gisty.js reads it. */
function runGistySnapshot(url) {
  const start = performance.now();
  const snapshot = snapshotDocument(document);
  const walked = performance.now();
  let text = '';
  try {
    text = extractSnapshot(snapshot.ops, snapshot.text, { url }).textContent;
  } catch {
    text = '';
  }
  const end = performance.now();
  return { ms: end - start, walk: walked - start, text };
}

/** Readability.js the way extensions call it: on a clone of the document. */
function runReadability() {
  const start = performance.now();
  let text = '';
  try {
    // eslint-disable-next-line no-undef
    const article = new Readability(document.cloneNode(true)).parse();
    text = article ? article.textContent : '';
  } catch {
    text = '';
  }
  return { ms: performance.now() - start, text };
}

const CONTENDERS = ['gisty', 'snapshot', 'readability'];

window.__gistyBench = {
  ready: true,
  /** `rounds` turns of each contender; `first` says who starts, the order rotating each round. */
  run(url, rounds, first) {
    const out = {
      gisty: [], snapshot: [], readability: [], serialize: [], walk: [], isolated: self.crossOriginIsolated,
    };
    for (let r = 0; r < rounds; r++) {
      for (let k = 0; k < CONTENDERS.length; k++) {
        const which = CONTENDERS[(first + r + k) % CONTENDERS.length];
        if (which === 'gisty') {
          const g = runGisty(url);
          out.gisty.push(g.ms);
          out.serialize.push(g.serialize);
          out.gistyText = g.text;
        } else if (which === 'snapshot') {
          const g = runGistySnapshot(url);
          out.snapshot.push(g.ms);
          out.walk.push(g.walk);
          out.snapshotText = g.text;
        } else {
          const x = runReadability();
          out.readability.push(x.ms);
          out.readabilityText = x.text;
        }
      }
    }
    return out;
  },
};
