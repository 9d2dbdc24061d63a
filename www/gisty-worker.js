// The module Web Worker behind createWorkerSummarizer() in gisty.js.
//
// In: messages {id, method, args}. Out: {id, ok: true, result} or
// {id, ok: false, error: {code, message}}, with results as plain objects
// (structured clone). The method "init" loads the wasm module, from
// args[0] if given; any other method loads it first if needed.

import * as gisty from './gisty.js';

const { init, version, ErrorCode } = gisty;

/** What a request may call: the methods gisty.js lists, by name. */
const methods = new Map(gisty.WORKER_METHODS.map((name) => [name, gisty[name]]));

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
    const fn = methods.get(method);
    if (!fn) throw Object.assign(new Error(`unknown method ${JSON.stringify(method)}`), { code: ErrorCode.INVALID_OPTIONS });
    await load();
    self.postMessage({ id, ok: true, result: fn(...args) });
  } catch (error) {
    if (method === 'init' || error?.code === ErrorCode.LOAD_FAILED) loading = null;
    self.postMessage({ id, ok: false, error: { code: error?.code ?? ErrorCode.INTERNAL, message: error?.message ?? String(error) } });
  }
});
