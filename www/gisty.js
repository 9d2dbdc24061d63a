// gisty's JavaScript API: finds a page's article and its key sentences.
//
//   import { init, summarize, highlight } from './gisty.js';
//   await init();
//   const gist = summarize(html, { type: 'key-points', length: 'short' });
//
// A thin layer over the wasm-bindgen package in ./pkg: it loads the module
// once, turns every failure into an Error with a `code`, and adds what needs
// a browser (reading the live document, highlighting, running in a worker).
// It touches no DOM at import time, so it also loads in workers and in
// extension service workers.

import initWasm, * as wasm from './pkg/gisty.js';
import { highlight } from './highlight.js';
import { readPage, snapshotDocument } from './snapshot.js';

export { highlight, snapshotDocument };

/**
 * Error codes an Error thrown by gisty may carry in its `code` property.
 * The first six come from the wasm module (`ErrorCode::ALL` in Rust); the
 * others from this layer. tests/www_constants.rs holds this list to the
 * Rust one and to gisty.d.ts.
 */
export const ErrorCode = Object.freeze({
  INVALID_INPUT: 'INVALID_INPUT',
  INPUT_TOO_LARGE: 'INPUT_TOO_LARGE',
  NOT_READERABLE: 'NOT_READERABLE',
  INVALID_OPTIONS: 'INVALID_OPTIONS',
  /** The module failed while working (a bug); the next call gets a fresh instance. */
  INTERNAL: 'INTERNAL',
  /** Called again while one of its own calls was under way; the inner call is refused, the outer goes on. */
  REENTRANT: 'REENTRANT',
  /** A call was made before `await init()`. */
  NOT_INITIALIZED: 'NOT_INITIALIZED',
  /** The wasm module (or the worker script) could not be loaded. */
  LOAD_FAILED: 'LOAD_FAILED',
  /** The worker was terminated before it answered. */
  TERMINATED: 'TERMINATED',
});

let loading = null;
let loaded = false;

/**
 * Loads the wasm module. Call once and await it before anything else;
 * later calls return the same promise.
 *
 * @param {string|URL|Request|Response|BufferSource|WebAssembly.Module|{module_or_path: any}} [source]
 *   Where the .wasm file is, for bundlers that move it; by default it is
 *   fetched from `pkg/gisty_bg.wasm` next to this file.
 */
export function init(source) {
  if (!loading) {
    const arg = source === undefined || isInitObject(source) ? source : { module_or_path: source };
    loading = initWasm(arg).then(
      () => {
        loaded = true;
      },
      (cause) => {
        loading = null;
        throw gistyError(ErrorCode.LOAD_FAILED, `could not load the gisty wasm module: ${messageOf(cause)}`, cause);
      },
    );
  }
  return loading;
}

function isInitObject(value) {
  return value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype && 'module_or_path' in value;
}

/** Whether `init()` has finished. */
export function isInitialized() {
  return loaded;
}

/**
 * Extracts the article of a page's HTML and picks its key sentences.
 * @param {string} html
 * @param {import('./gisty.d.ts').SummarizeOptions} [options]
 */
export function summarize(html, options) {
  return call(wasm.summarize, html, options);
}

/** Summarizes plain text; paragraphs are separated by line breaks. */
export function summarizeText(text, options) {
  return call(wasm.summarizeText, text, options);
}

/** Extracts the article of a page's HTML, without summarizing it. */
export function extract(html, options) {
  return call(wasm.extract, html, options);
}

/** A quick check, without full extraction, of whether the HTML looks like an article page. */
export function isProbablyReaderable(html, options) {
  return call(wasm.isProbablyReaderable, html, options);
}

/** The version of the gisty crate the wasm module was built from. */
export function version() {
  return call(wasm.version);
}

/**
 * Summarizes a live document: serializes it (its doctype, so the module
 * parses it in the page's mode, then `outerHTML`) and summarizes that;
 * `document.URL` is the `url` option unless one is given. A document of
 * more than 5,000 elements is read with snapshotDocument() instead, with
 * the same result (see snapshot.js).
 * @param {Document} doc
 */
export function summarizeDocument(doc, options) {
  const { html, snapshot, withUrl } = readDocument(doc, 'summarizeDocument', options);
  return snapshot ? summarizeSnapshot(snapshot, withUrl) : summarize(html, withUrl);
}

/** Extracts the article of a live document, without summarizing it. */
export function extractDocument(doc, options) {
  const { html, snapshot, withUrl } = readDocument(doc, 'extractDocument', options);
  return snapshot ? extractSnapshot(snapshot, withUrl) : extract(html, withUrl);
}

/**
 * Summarizes a document's snapshot made by snapshotDocument(), for example
 * in a content script, then sent to an extension's service worker.
 * @param {{ops: Uint32Array, text: string}} snapshot
 */
export function summarizeSnapshot(snapshot, options) {
  checkSnapshot(snapshot, 'summarizeSnapshot');
  return call(wasm.summarizeSnapshot, snapshot.ops, snapshot.text, options);
}

/** Extracts the article of a document's snapshot, without summarizing it. */
export function extractSnapshot(snapshot, options) {
  checkSnapshot(snapshot, 'extractSnapshot');
  return call(wasm.extractSnapshot, snapshot.ops, snapshot.text, options);
}

/**
 * The document read by snapshot.js, and the options with the document's
 * URL as `url` unless they give one. `null` and `undefined` mean no
 * options; other values that are not objects are left for the module to
 * refuse with INVALID_OPTIONS.
 */
function readDocument(doc, caller, options) {
  if (!doc || !doc.documentElement) {
    throw gistyError(ErrorCode.INVALID_INPUT, `${caller}(document): expected a Document`);
  }
  if (options === null || options === undefined) options = {};
  if (typeof options !== 'object') {
    return { ...readPage(doc, {}), withUrl: options };
  }
  let copy;
  try {
    // The caller's properties as they are (a getter stays a getter, for the
    // module to refuse as it refuses one given to summarize()).
    copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(options));
  } catch (cause) {
    throw gistyError(ErrorCode.INVALID_OPTIONS, `${caller}: the options could not be read: ${messageOf(cause)}`, cause);
  }
  const own = (name) => Object.getOwnPropertyDescriptor(copy, name);
  const url = own('url');
  const urlUnset = !url || ('value' in url && (url.value === undefined || url.value === null));
  if (urlUnset && typeof doc.URL === 'string' && /^https?:/i.test(doc.URL)) {
    Object.defineProperty(copy, 'url', { value: doc.URL, enumerable: true, writable: true, configurable: true });
  }
  const maxNodes = own('maxNodes')?.value;
  return { ...readPage(doc, { maxNodes: typeof maxNodes === 'number' ? maxNodes : undefined }), withUrl: copy };
}

function checkSnapshot(snapshot, caller) {
  if (!snapshot || !(snapshot.ops instanceof Uint32Array) || typeof snapshot.text !== 'string') {
    throw gistyError(ErrorCode.INVALID_INPUT, `${caller}(snapshot): expected {ops: Uint32Array, text: string} from snapshotDocument()`);
  }
}

/** Panics inside the module, for tests of recovery. Throws an INTERNAL Error. */
export function __panicForTesting() {
  return call(wasm.__panicForTesting);
}

/** gisty calls on the stack (a caller's code may call gisty from inside one). */
let depth = 0;
/** A call ended in a way the module could not see (a trap), so its instance is replaced. */
let replaceInstance = false;

/**
 * Runs a wasm export, turning whatever it throws into an Error with a
 * `code`. When a call ends with something the module did not throw itself
 * (a WebAssembly.RuntimeError from a trap, or an exception of the
 * caller's that went through it), the module could not close its books on
 * that call, so the next call that starts with nothing on the stack runs
 * on a fresh instance.
 */
function call(fn, ...args) {
  if (!loaded) {
    throw gistyError(ErrorCode.NOT_INITIALIZED, 'gisty is not loaded yet: `await init()` first');
  }
  if (replaceInstance && depth === 0) {
    replaceInstance = false;
    wasm.__wbg_reset_state();
  }
  depth += 1;
  try {
    return fn(...args);
  } catch (error) {
    if (!isModuleError(error)) replaceInstance = true;
    throw toGistyError(error);
  } finally {
    depth -= 1;
  }
}

/** Whether an error is one the module threw itself, with its `code`. */
function isModuleError(error) {
  return error instanceof Error && typeof error.code === 'string' && error.code in ErrorCode;
}

/**
 * Errors the module reports carry a `code` already. Anything else is a
 * failure inside the module (a trap: a WebAssembly.RuntimeError), or an
 * unexpected exception.
 */
function toGistyError(error) {
  if (isModuleError(error)) return error;
  const what = error instanceof WebAssembly.RuntimeError ? 'gisty crashed' : 'gisty failed';
  return gistyError(ErrorCode.INTERNAL, `${what}: ${messageOf(error)}`, error);
}

function gistyError(code, message, cause) {
  const error = new Error(message, cause === undefined ? undefined : { cause });
  error.code = code;
  return error;
}

function messageOf(value) {
  return value instanceof Error ? value.message : String(value);
}

// ---------------------------------------------------------------------------
// Worker

/**
 * The functions of this module that a worker summarizer runs in its worker:
 * gisty-worker.js serves these and no others.
 */
export const WORKER_METHODS = Object.freeze([
  'summarize', 'summarizeText', 'extract', 'summarizeSnapshot', 'extractSnapshot', 'isProbablyReaderable', 'version',
]);

/**
 * Runs gisty in a module Web Worker, so large pages never block the page.
 * Each method answers with a promise of what the direct call returns.
 *
 * @param {{url?: string|URL, worker?: Worker, wasmUrl?: string|URL, name?: string}} [options]
 *   `url`: the worker script (default: gisty-worker.js next to this file);
 *   `worker`: a Worker already running gisty-worker.js, for bundlers that
 *   only bundle workers created as `new Worker(new URL(...), ...)`;
 *   `wasmUrl`: the .wasm file, if it is not in pkg/ next to the worker.
 */
export function createWorkerSummarizer(options = {}) {
  const url = options.url ?? new URL('./gisty-worker.js', import.meta.url);
  const worker = options.worker ?? new Worker(url, { type: 'module', name: options.name ?? 'gisty' });
  const pending = new Map();
  let nextId = 1;
  let failure = null;

  function rejectAll(error) {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  }

  worker.addEventListener('message', (event) => {
    const { id, ok, result, error } = event.data ?? {};
    const entry = pending.get(id);
    if (!entry) return;
    pending.delete(id);
    if (ok) entry.resolve(result);
    else entry.reject(gistyError(error?.code ?? ErrorCode.INTERNAL, error?.message ?? 'the gisty worker failed'));
  });
  worker.addEventListener('error', (event) => {
    // The script failed to load or threw outside a request.
    event.preventDefault();
    failure = gistyError(ErrorCode.LOAD_FAILED, `the gisty worker failed: ${event.message || 'could not load ' + url}`);
    rejectAll(failure);
  });
  worker.addEventListener('messageerror', () => {
    rejectAll(gistyError(ErrorCode.INTERNAL, 'a message from the gisty worker could not be read'));
  });

  function request(method, args) {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      try {
        worker.postMessage({ id, method, args });
      } catch (error) {
        pending.delete(id);
        reject(gistyError(ErrorCode.INVALID_INPUT, `could not send to the gisty worker: ${messageOf(error)}`, error));
      }
    });
  }

  function requestForDocument(method, caller, doc, opts) {
    try {
      const { html, snapshot, withUrl } = readDocument(doc, caller, opts);
      return snapshot ? request(`${method}Snapshot`, [snapshot, withUrl]) : request(method, [html, withUrl]);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  const summarizer = {
    /** Resolves once the worker has loaded the wasm module. */
    ready: request('init', options.wasmUrl === undefined ? [] : [String(options.wasmUrl)]),
    /** Summarizes a live document in the worker (it is read here, on the calling thread). */
    summarizeDocument(doc, opts = {}) {
      return requestForDocument('summarize', 'summarizeDocument', doc, opts);
    },
    /** Extracts the article of a live document in the worker. */
    extractDocument(doc, opts = {}) {
      return requestForDocument('extract', 'extractDocument', doc, opts);
    },
    /** Stops the worker; calls still waiting reject with code TERMINATED. */
    terminate() {
      worker.terminate();
      failure = gistyError(ErrorCode.TERMINATED, 'the gisty worker was terminated');
      rejectAll(failure);
    },
  };
  for (const method of WORKER_METHODS) {
    summarizer[method] = (...args) => request(method, args);
  }
  // Avoid an unhandled rejection when nobody awaits `ready`.
  summarizer.ready.catch(() => {});
  return summarizer;
}
