#!/usr/bin/env node
// Builds the npm package `gisty` into dist/gisty-VERSION.tgz (`make package`,
// after `make build`): lays out target/npm/gisty from www/ and npm/, writes
// its package.json, bundles the CommonJS entry point, and runs `npm pack`.
//
// The package's layout (paths are what gisty.js and the wasm-bindgen glue
// expect, relative to themselves):
//   gisty.js gisty.d.ts            the browser ES module (init() loads the wasm)
//   highlight.js snapshot.js …     its companions, also entry points
//   gisty-worker.js                the module Web Worker's script
//   pkg/gisty.js pkg/gisty_bg.wasm wasm-bindgen's `web` glue and the module
//   node.mjs node.cjs node.d.cts   the Node entry points (the wasm loaded at import)

import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const STAGE = join(ROOT, 'target/npm/gisty');
const DIST = join(ROOT, 'dist');

/** Files copied into the package: [from (relative to the repository), to (in the package)]. */
const COPIES = [
  ['www/gisty.js', 'gisty.js'],
  ['www/gisty.d.ts', 'gisty.d.ts'],
  ['www/highlight.js', 'highlight.js'],
  ['www/highlight.d.ts', 'highlight.d.ts'],
  ['www/snapshot.js', 'snapshot.js'],
  ['www/snapshot.d.ts', 'snapshot.d.ts'],
  ['www/gisty-worker.js', 'gisty-worker.js'],
  ['npm/gisty-worker.d.ts', 'gisty-worker.d.ts'],
  ['www/pkg/gisty.js', 'pkg/gisty.js'],
  ['www/pkg/gisty.d.ts', 'pkg/gisty.d.ts'],
  ['www/pkg/gisty_bg.wasm', 'pkg/gisty_bg.wasm'],
  ['npm/node.mjs', 'node.mjs'],
  ['npm/node.d.cts', 'node.d.cts'],
  ['npm/README.md', 'README.md'],
  ['LICENSE-MIT', 'LICENSE-MIT'],
  ['LICENSE-APACHE', 'LICENSE-APACHE'],
];

/** The crate's [package] key `name` in Cargo.toml (a one-line string value), or undefined. */
function optionalCargoKey(name) {
  const toml = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8');
  const section = toml.split(/^\[/m).find((part) => part.startsWith('package]'));
  return section?.match(new RegExp(`^${name}\\s*=\\s*"([^"]*)"`, 'm'))?.[1];
}

/** The crate's [package] key `name` in Cargo.toml, which must be there. */
function cargoKey(name) {
  const value = optionalCargoKey(name);
  if (value === undefined) throw new Error(`Cargo.toml has no [package] ${name}`);
  return value;
}

/** package.json's repository and homepage, from Cargo.toml's repository when it names one. */
function repositoryFields() {
  const repository = optionalCargoKey('repository');
  return repository ? { repository: { type: 'git', url: `git+${repository}.git` }, homepage: `${repository}#readme` } : {};
}

function packageJson() {
  return {
    name: 'gisty',
    version: cargoKey('version'),
    description: cargoKey('description'),
    keywords: ['readability', 'summarization', 'summarizer', 'article-extraction', 'reader-mode', 'wasm', 'browser-extension'],
    license: cargoKey('license'),
    ...repositoryFields(),
    type: 'module',
    // Bundlers and browsers take the ES module, whose init() fetches
    // pkg/gisty_bg.wasm through `new URL('…', import.meta.url)`; Node takes
    // node.mjs or node.cjs, which load the module from the disk at import.
    exports: {
      '.': {
        node: {
          import: { types: './gisty.d.ts', default: './node.mjs' },
          require: { types: './node.d.cts', default: './node.cjs' },
        },
        types: './gisty.d.ts',
        default: './gisty.js',
      },
      './worker': { types: './gisty-worker.d.ts', default: './gisty-worker.js' },
      './highlight': { types: './highlight.d.ts', default: './highlight.js' },
      './snapshot': { types: './snapshot.d.ts', default: './snapshot.js' },
      // For a caller who serves or copies the module itself: init(url).
      './gisty_bg.wasm': './pkg/gisty_bg.wasm',
      './package.json': './package.json',
    },
    main: './node.cjs',
    module: './gisty.js',
    types: './gisty.d.ts',
    files: COPIES.map(([, to]) => to).filter((to) => to !== 'README.md').concat('node.cjs'),
    // Importing the browser modules does nothing until a function is called;
    // the Node entry points load the module, and the worker listens.
    sideEffects: ['./node.mjs', './node.cjs', './gisty-worker.js'],
    engines: { node: '>=18' },
  };
}

/**
 * node.cjs: node.mjs with what it imports, as one CommonJS file, so that
 * `require('gisty')` works in every Node the package supports. import.meta.url
 * becomes the file's own URL, so the .wasm is found as in node.mjs.
 */
async function bundleCommonJs() {
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [join(STAGE, 'node.mjs')],
    outfile: join(STAGE, 'node.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node18',
    banner: { js: '// gisty for require(): node.mjs and what it imports, bundled by scripts/package.mjs.\n"use strict";\nconst __gistyModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': '__gistyModuleUrl' },
    logLevel: 'warning',
  });
}

function requireBuild() {
  const missing = COPIES.map(([from]) => from).filter((from) => !existsSync(join(ROOT, from)));
  if (missing.length > 0) throw new Error(`missing ${missing.join(', ')}: run \`make build\` first`);
}

requireBuild();
rmSync(STAGE, { recursive: true, force: true });
for (const [from, to] of COPIES) {
  mkdirSync(dirname(join(STAGE, to)), { recursive: true });
  copyFileSync(join(ROOT, from), join(STAGE, to));
}
const manifest = packageJson();
writeFileSync(join(STAGE, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
await bundleCommonJs();

mkdirSync(DIST, { recursive: true });
for (const old of readdirSync(DIST)) {
  if (/^gisty-.*\.tgz$/.test(old)) rmSync(join(DIST, old));
}
const packed = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--pack-destination', DIST], { cwd: STAGE, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }),
)[0];
console.log(`package: dist/${packed.filename}: ${packed.size} bytes packed, ${packed.unpackedSize} unpacked, ${packed.entryCount} files`);
for (const file of packed.files) console.log(`  ${String(file.size).padStart(8)}  ${file.path}`);
