// Types of node.cjs, the entry point `require('gisty')` loads: the same API
// as the ES module, described once in gisty.d.ts.
export * from './gisty.js';
