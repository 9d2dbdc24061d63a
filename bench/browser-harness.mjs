// Runs inside each loaded page for bench/browser.mjs: loads gisty's web
// package, then times gisty and Readability.js (added as a classic script
// before this module) on the page, taking turns.

import init, { extract } from './pkg/gisty.js';

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

window.__gistyBench = {
  ready: true,
  /** `rounds` turns of each contender; `first` (0 or 1) says who starts. */
  run(url, rounds, first) {
    const out = { gisty: [], readability: [], serialize: [], isolated: self.crossOriginIsolated };
    for (let r = 0; r < rounds; r++) {
      const gistyFirst = (first + r) % 2 === 0;
      for (const which of gistyFirst ? ['g', 'r'] : ['r', 'g']) {
        if (which === 'g') {
          const g = runGisty(url);
          out.gisty.push(g.ms);
          out.serialize.push(g.serialize);
          out.gistyText = g.text;
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
