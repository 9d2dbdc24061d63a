// Types of highlight.js (also re-exported by gisty.d.ts).

/** Anything with key sentences: a Gist or Summary, or a list of sentences or strings. */
export type Highlightable =
  | { sentences: ReadonlyArray<{ text: string } | string> }
  | ReadonlyArray<{ text: string } | string>;

export interface HighlightOptions {
  /**
   * The highlight's name in CSS.highlights, and the class of the <mark>
   * elements of the fallback. Default "gisty-highlight". The sentence
   * scrolled to gets "<name>-active".
   */
  className?: string;
  /** Scroll the first sentence found into view (without marking it active). */
  scrollTo?: boolean;
  /** Search only under this node. Default: document.body. */
  root?: Node;
}

/** At most this many sentences are looked for (as many as a result can hold). */
export declare const MAX_SENTENCES: 100;

export interface HighlightHandle {
  /** One Range per sentence looked for, in the order given; null where a sentence was not found. */
  readonly ranges: ReadonlyArray<Range | null>;
  /** Removes the highlights (and unwraps the <mark> elements of the fallback). */
  clear(): void;
  /** Scrolls sentence `i` into view and marks it active; false if it was not found. */
  scrollTo(i: number): boolean;
}

/**
 * Highlights the key sentences in a live document, with the CSS Custom
 * Highlight API (no DOM change) or, where that is missing, <mark> elements.
 * Only the first MAX_SENTENCES sentences are looked for. Calling it again
 * with the same className replaces the previous highlights.
 */
export function highlight(document: Document, result: Highlightable, options?: HighlightOptions): HighlightHandle;
