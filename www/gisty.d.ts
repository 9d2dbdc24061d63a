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

/** The `code` of an Error thrown (or a promise rejected) by gisty. */
export type GistyErrorCode =
  | 'INVALID_INPUT'
  | 'INPUT_TOO_LARGE'
  | 'NOT_READERABLE'
  | 'INVALID_OPTIONS'
  | 'INTERNAL'
  | 'NOT_INITIALIZED'
  | 'LOAD_FAILED'
  | 'TERMINATED';

/** An Error from gisty: match on `code`, show `message` to developers. */
export interface GistyError extends Error {
  code: GistyErrorCode;
}

export declare const ErrorCode: { readonly [K in GistyErrorCode]: K };

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

/**
 * A document's tree in the compact form the module reads: `ops` lists
 * elements, attributes, texts and ends; `text` holds their strings.
 * Structured-cloneable, so it can be made on one thread and summarized on
 * another. Walking a tree costs more than serializing it, but never
 * recurses: summarizeDocument() uses it for large documents. The format is
 * described in src/snapshot.rs.
 */
export interface DocumentSnapshot {
  ops: Uint32Array;
  text: string;
}

/** Writes a live document's tree as a snapshot; stops after `maxNodes` nodes. */
export function snapshotDocument(document: Document, limits?: { maxNodes?: number }): DocumentSnapshot;

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

/** gisty in a module Web Worker: the same calls, answered with promises. */
export interface WorkerSummarizer {
  /** Resolves with the module's version once the worker has loaded it. */
  readonly ready: Promise<string>;
  summarize(html: string, options?: SummarizeOptions): Promise<Gist>;
  summarizeText(text: string, options?: SummarizeOptions): Promise<Summary>;
  extract(html: string, options?: SummarizeOptions): Promise<Article>;
  isProbablyReaderable(html: string, options?: SummarizeOptions): Promise<boolean>;
  version(): Promise<string>;
  summarizeSnapshot(snapshot: DocumentSnapshot, options?: SummarizeOptions): Promise<Gist>;
  extractSnapshot(snapshot: DocumentSnapshot, options?: SummarizeOptions): Promise<Article>;
  /** Reads the document on this thread and summarizes it in the worker. */
  summarizeDocument(document: Document, options?: SummarizeOptions): Promise<Gist>;
  /** Reads the document on this thread and extracts its article in the worker. */
  extractDocument(document: Document, options?: SummarizeOptions): Promise<Article>;
  /** Stops the worker; calls still waiting reject with code TERMINATED. */
  terminate(): void;
}

export function createWorkerSummarizer(options?: WorkerSummarizerOptions): WorkerSummarizer;
