// Types of gisty.js. The result and option types are generated from the
// Rust code into ./pkg/gisty.d.ts by wasm-bindgen and re-exported here.

import type { Article, Gist, InitInput, SummarizeOptions, Summary } from './pkg/gisty.js';

export type {
  Article,
  Format,
  Gist,
  KeySentence,
  Keyword,
  Length,
  SummarizeOptions,
  Summary,
  SummaryType,
  Timings,
} from './pkg/gisty.js';
export type { HighlightHandle, HighlightOptions, Highlightable } from './highlight.js';
export { highlight } from './highlight.js';
export type { DocumentSnapshot, SnapshotLimits } from './snapshot.js';
export { snapshotDocument } from './snapshot.js';
import type { DocumentSnapshot } from './snapshot.js';

/**
 * The codes an Error thrown (or a promise rejected) by gisty may carry in
 * its `code` property. The first six come from the wasm module, the others
 * from gisty.js; tests/www_constants.rs holds this list to gisty.js and to
 * the Rust side.
 */
export declare const ErrorCode: {
  readonly INVALID_INPUT: 'INVALID_INPUT';
  readonly INPUT_TOO_LARGE: 'INPUT_TOO_LARGE';
  readonly NOT_READERABLE: 'NOT_READERABLE';
  readonly INVALID_OPTIONS: 'INVALID_OPTIONS';
  readonly INTERNAL: 'INTERNAL';
  readonly REENTRANT: 'REENTRANT';
  readonly NOT_INITIALIZED: 'NOT_INITIALIZED';
  readonly LOAD_FAILED: 'LOAD_FAILED';
  readonly TERMINATED: 'TERMINATED';
};

/** The `code` of an Error thrown (or a promise rejected) by gisty. */
export type GistyErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An Error from gisty: match on `code`, show `message` to developers. */
export interface GistyError extends Error {
  code: GistyErrorCode;
}

/**
 * Loads the wasm module; await it once before any other call. Idempotent.
 * Pass the .wasm file's URL (or bytes, or a compiled module) when a bundler
 * moves it; by default it is fetched from pkg/gisty_bg.wasm next to gisty.js.
 */
export function init(source?: InitInput | Promise<InitInput> | { module_or_path: InitInput | Promise<InitInput> }): Promise<void>;

/** Whether init() has finished. */
export function isInitialized(): boolean;

/** Extracts the article of a page's HTML and picks its key sentences. */
export function summarize(html: string, options?: SummarizeOptions): Gist;

/** Summarizes plain text; paragraphs are separated by line breaks. */
export function summarizeText(text: string, options?: SummarizeOptions): Summary;

/** Extracts the article of a page's HTML, without summarizing it. */
export function extract(html: string, options?: SummarizeOptions): Article;

/** A quick check, without full extraction, of whether the HTML looks like an article page. */
export function isProbablyReaderable(html: string, options?: SummarizeOptions): boolean;

/** The version of the gisty crate the wasm module was built from. */
export function version(): string;

/**
 * Summarizes a live document: serializes it (its doctype, then
 * `document.documentElement.outerHTML`) and summarizes that; passes
 * `document.URL` as `url` unless the options give one. A document of more
 * than 5,000 elements is read with snapshotDocument() instead (a tree built
 * by script can be too deep for the browser to serialize), with the same
 * result.
 */
export function summarizeDocument(document: Document, options?: SummarizeOptions): Gist;

/** Extracts the article of a live document, without summarizing it. */
export function extractDocument(document: Document, options?: SummarizeOptions): Article;

/** Summarizes a snapshot from snapshotDocument(). Pass the page's `url` in the options. */
export function summarizeSnapshot(snapshot: DocumentSnapshot, options?: SummarizeOptions): Gist;

/** Extracts the article of a snapshot from snapshotDocument(), without summarizing it. */
export function extractSnapshot(snapshot: DocumentSnapshot, options?: SummarizeOptions): Article;

export interface WorkerSummarizerOptions {
  /** The worker script; default: gisty-worker.js next to gisty.js. */
  url?: string | URL;
  /**
   * A module Worker already running gisty-worker.js, instead of `url`: for
   * bundlers, which bundle a worker only when they see
   * `new Worker(new URL('…', import.meta.url), { type: 'module' })`.
   */
  worker?: Worker;
  /** The .wasm file, if it is not in pkg/ next to the worker script. */
  wasmUrl?: string | URL;
  /** The worker's name, shown in developer tools. Default "gisty". */
  name?: string;
}

/** The functions of this module that a WorkerSummarizer runs in its worker. */
export declare const WORKER_METHODS: readonly [
  'summarize',
  'summarizeText',
  'extract',
  'summarizeSnapshot',
  'extractSnapshot',
  'isProbablyReaderable',
  'version',
];

/** A function of this module, answering with a promise. */
type InWorker<F> = F extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;

/** Each of WORKER_METHODS, as a WorkerSummarizer has it. */
export type WorkerCalls = { [M in (typeof WORKER_METHODS)[number]]: InWorker<(typeof import('./gisty.js'))[M]> };

/** gisty in a module Web Worker: the same calls, answered with promises. */
export interface WorkerSummarizer extends WorkerCalls {
  /** Resolves with the module's version once the worker has loaded it. */
  readonly ready: Promise<string>;
  /** Reads the document on this thread and summarizes it in the worker. */
  summarizeDocument(document: Document, options?: SummarizeOptions): Promise<Gist>;
  /** Reads the document on this thread and extracts its article in the worker. */
  extractDocument(document: Document, options?: SummarizeOptions): Promise<Article>;
  /** Stops the worker; calls still waiting reject with code TERMINATED. */
  terminate(): void;
}

export function createWorkerSummarizer(options?: WorkerSummarizerOptions): WorkerSummarizer;
