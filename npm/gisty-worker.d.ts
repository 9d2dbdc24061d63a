// gisty-worker.js is a module Web Worker's script: it exports nothing, and
// is started with `new Worker(url, { type: 'module' })`, then driven by
// createWorkerSummarizer({ worker }) from gisty.js.
export {};
