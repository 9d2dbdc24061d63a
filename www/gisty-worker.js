// The module Web Worker behind createWorkerSummarizer() in gisty.js.
//
// In: messages {id, method, args}. Out: {id, ok: true, result} or
// {id, ok: false, error: {code, message}}, with results as plain objects
// (structured clone). The method "init" loads the wasm module, from
// args[0] if given; any other method loads it first if needed.

import {
  init, summarize, summarizeText, extract, summarizeSnapshot, extractSnapshot, isProbablyReaderable, version,
} from './gisty.js';

const methods = { summarize, summarizeText, extract, summarizeSnapshot, extractSnapshot, isProbablyReaderable, version };

let loading = null;

function load(wasmUrl) {
  if (!loading) loading = init(wasmUrl);
  return loading;
}

self.addEventListener('message', async (event) => {
  const { id, method, args = [] } = event.data ?? {};
  try {
    if (method === 'init') {
      await load(args[0]);
      self.postMessage({ id, ok: true, result: version() });
      return;
    }
    const fn = Object.hasOwn(methods, method) ? methods[method] : null;
    if (!fn) throw Object.assign(new Error(`unknown method ${JSON.stringify(method)}`), { code: 'INVALID_OPTIONS' });
    await load();
    self.postMessage({ id, ok: true, result: fn(...args) });
  } catch (error) {
    if (method === 'init' || error?.code === 'LOAD_FAILED') loading = null;
    self.postMessage({ id, ok: false, error: { code: error?.code ?? 'INTERNAL', message: error?.message ?? String(error) } });
  }
});
