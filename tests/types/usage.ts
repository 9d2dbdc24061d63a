// Type-checked by `tsc --noEmit --strict` in make test, never run: the
// declarations in www/ describe the calls a user writes, and reject the
// mistakes below (each @ts-expect-error fails the check if it is accepted).

import {
  createWorkerSummarizer, ErrorCode, highlight, init, snapshotDocument, summarize, summarizeSnapshot, WORKER_METHODS,
  type Gist, type GistyError, type GistyErrorCode,
} from '../../www/gisty.js';
import { readPage, ELEMENT } from '../../www/snapshot.js';
import { MAX_SENTENCES } from '../../www/highlight.js';

export async function examples(html: string, doc: Document): Promise<string[]> {
  await init();
  const gist: Gist = summarize(html, { type: 'key-points', length: 'short', url: 'https://example.org/' });
  highlight(doc, gist, { scrollTo: true }).clear();
  const snapshot = snapshotDocument(doc, { maxNodes: 1000 });
  const same: Gist = summarizeSnapshot(snapshot);
  // The article as Markdown is an option of its own; `format` is the summary's.
  const clipped: string | undefined = summarize(html, { format: 'markdown', markdown: true }).markdown;
  const read = readPage(doc);
  const first: number = read.snapshot ? read.snapshot.ops[0] : ELEMENT;

  const worker = createWorkerSummarizer({ name: 'gisty' });
  const fromWorker: Gist = await worker.summarize(html, { length: 'long' });
  const version: string = await worker.version();
  const methods: readonly string[] = WORKER_METHODS;
  try {
    summarize(html);
  } catch (error) {
    const code: GistyErrorCode = (error as GistyError).code;
    if (code === ErrorCode.NOT_READERABLE) return [];
  }

  // @ts-expect-error the worker's calls answer with promises
  const notAwaited: Gist = worker.summarize(html);
  // @ts-expect-error a method the worker does not have
  worker.highlight(doc, gist);
  // @ts-expect-error not an error code
  const unknown: GistyErrorCode = 'NOT_A_CODE';
  // @ts-expect-error not a summary type
  summarize(html, { type: 'poem' });
  // @ts-expect-error `markdown` is a flag; the summary's format is `format`
  summarize(html, { markdown: 'markdown' });

  return [gist.title ?? '', same.summary, fromWorker.summary, version, String(first), String(methods.length), String(notAwaited), unknown, String(MAX_SENTENCES), clipped ?? ''];
}
