// Types of snapshot.js (snapshotDocument is also re-exported by gisty.d.ts).
// The snapshot format is described once, in the documentation of the Rust
// module `gisty::snapshot`, which reads it.

/**
 * A document's tree in the compact form the module reads: `ops` lists
 * elements, attributes, texts and ends; `text` holds their strings.
 * Structured-cloneable, so it can be made on one thread and summarized on
 * another.
 */
export interface DocumentSnapshot {
  ops: Uint32Array;
  text: string;
}

export interface SnapshotLimits {
  /** Stop after this many nodes (the snapshot then ends with CUT). Default DEFAULT_MAX_NODES. */
  maxNodes?: number;
}

/** The document as the module reads it: its HTML, or for a large document its snapshot. */
export type PageRead = { html: string; snapshot?: undefined } | { snapshot: DocumentSnapshot; html?: undefined };

/** Operation: an element opens (then its namespace, name length, attribute count and lengths). */
export declare const ELEMENT: 1;
/** Operation: a text node (then its length). */
export declare const TEXT: 2;
/** Operation: the innermost open element closes. */
export declare const END: 3;
/** Operation: the walk stopped at its node limit. */
export declare const CUT: 4;

/** Namespace codes of an ELEMENT. */
export declare const HTML: 0;
export declare const SVG: 1;
export declare const MATHML: 2;
export declare const OTHER: 3;

/** The module's default `maxNodes` limit. */
export declare const DEFAULT_MAX_NODES: 2000000;

/** Documents with more elements than this are walked, not serialized, by readPage(). */
export declare const SERIALIZE_MAX_ELEMENTS: 5000;

/**
 * Reads a document the way summarizeDocument() does: `{ html }` (its
 * doctype, so the module parses in the page's mode, then `outerHTML`), or
 * `{ snapshot }` for a document of more than SERIALIZE_MAX_ELEMENTS
 * elements, whose tree may be too deep for the browser to serialize.
 */
export function readPage(document: Document, limits?: SnapshotLimits): PageRead;

/** Writes a live document's tree as a snapshot, walking it without recursion. */
export function snapshotDocument(document: Document, limits?: SnapshotLimits): DocumentSnapshot;
