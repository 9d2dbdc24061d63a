// gisty's entry point in Node (`import` and, built into node.cjs, `require`):
// the API of gisty.js with the wasm module already loaded from the package's
// own file, so no `init()` is needed (calling it is harmless).

import { readFileSync } from 'node:fs';
import { initSync } from './gisty.js';

initSync(readFileSync(new URL('./pkg/gisty_bg.wasm', import.meta.url)));

export * from './gisty.js';
