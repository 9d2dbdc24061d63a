// The npm package, tested as a user gets it: a fresh project in a temporary
// folder installs dist/gisty-*.tgz (offline: the package has no
// dependencies), then Node's `import` and `require`, a TypeScript consumer
// under --strict, and pages built by esbuild, by webpack 5, by Vite and by
// no bundler at all, in headless Chromium. The tools are the repository's own devDependencies.
// Needs `make package` first.

import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT, CHROMIUM, launch, serve, watchErrors } from './helpers.mjs';

const DIST = join(ROOT, 'dist');

/** An article whose summary the checks look for. */
const PAGE = `<!doctype html><html lang="en"><head><title>Mending nets</title></head><body>
<nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article><h1>Mending nets</h1>
<p>Fishing nets tear on rocks and wrecks, and a torn net loses most of its catch.</p>
<p>Menders work from the edge of a hole inwards, tying each new mesh to the size of its neighbours.</p>
<p>A skilled mender can close a hole the size of a door in an afternoon.</p>
</article><footer>Harbour news</footer></body></html>`;

/**
 * The browser program every page runs: init(), summarize, show. `prelude`
 * and `initArg` let a page tell init() where the .wasm is.
 */
function browserMain({ prelude = '', initArg = '' } = {}) {
  return `import { init, summarize, ErrorCode } from 'gisty';
import { highlight } from 'gisty/highlight';
${prelude}
const page = ${JSON.stringify(PAGE)};
try {
  await init(${initArg});
  const gist = summarize(page, { url: location.href });
  const out = document.querySelector('#summary');
  out.textContent = gist.title + ': ' + gist.summary;
  highlight(document, gist, { root: out }).clear();
  out.dataset.done = String(gist.sentences.length);
} catch (error) {
  document.querySelector('#summary').dataset.error = (error.code ?? ErrorCode.INTERNAL) + ' ' + error.message;
}
`;
}

function indexHtml(script) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>consumer</title><link rel="icon" href="data:,"></head>
<body><p id="summary"></p><script type="module" src="${script}"></script></body></html>`;
}

function tarball() {
  const found = existsSync(DIST) ? readdirSync(DIST).filter((name) => /^gisty-.*\.tgz$/.test(name)) : [];
  if (found.length !== 1) {
    throw new Error(`expected one dist/gisty-*.tgz, found ${found.length}: run \`make package\` first`);
  }
  return join(DIST, found[0]);
}

function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

function run(command, args, cwd) {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const bin = (name) => join(ROOT, 'node_modules/.bin', name);

let project;

before(() => {
  const tgz = tarball();
  project = mkdtempSync(join(tmpdir(), 'gisty-consumer-'));
  write(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tgz], project);
});

after(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('in Node, from the installed package', () => {
  test('import { summarize } from "gisty" works without init()', () => {
    write(join(project, 'esm.mjs'), `import { summarize, isInitialized } from 'gisty';
const gist = summarize(${JSON.stringify(PAGE)});
console.log(JSON.stringify({ title: gist.title, sentences: gist.sentences.length, loaded: isInitialized() }));
`);
    const result = JSON.parse(run('node', ['esm.mjs'], project));
    assert.deepEqual(result, { title: 'Mending nets', sentences: result.sentences, loaded: true });
    assert.ok(result.sentences > 0, 'the summary has sentences');
  });

  test('require("gisty") works without init(), with the same result as import', () => {
    write(join(project, 'cjs.cjs'), `const gisty = require('gisty');
const page = ${JSON.stringify(PAGE)};
const gist = gisty.summarize(page);
let code = null;
try { gisty.summarize(page, { length: 'enormous' }); } catch (error) { code = error.code; }
console.log(JSON.stringify({ title: gist.title, summary: gist.summary, code, version: gisty.version() }));
`);
    write(join(project, 'esm-summary.mjs'), `import { summarize } from 'gisty';
console.log(summarize(${JSON.stringify(PAGE)}).summary);
`);
    const result = JSON.parse(run('node', ['cjs.cjs'], project));
    assert.equal(result.title, 'Mending nets');
    assert.equal(result.code, 'INVALID_OPTIONS', 'errors carry their code');
    assert.equal(result.version, JSON.parse(readFileSync(join(project, 'node_modules/gisty/package.json'), 'utf8')).version);
    assert.equal(result.summary, run('node', ['esm-summary.mjs'], project).trimEnd());
    assert.ok(result.summary.includes('mender') || result.summary.includes('net'), result.summary);
  });

  test('the package holds what its exports and files name, and nothing of the repository besides', () => {
    const root = join(project, 'node_modules/gisty');
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const targets = [];
    const walk = (value) => (typeof value === 'string' ? targets.push(value) : Object.values(value).forEach(walk));
    walk(manifest.exports);
    for (const target of targets) assert.ok(existsSync(join(root, target)), `exports names ${target}, which is missing`);
    const listed = [...manifest.files, 'package.json', 'README.md'].sort();
    const present = [];
    const list = (dir, prefix) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) list(join(dir, entry.name), `${prefix}${entry.name}/`);
        else present.push(`${prefix}${entry.name}`);
      }
    };
    list(root, '');
    assert.deepEqual(present.sort(), listed);
    for (const key of ['license', 'engines', 'sideEffects', 'types']) assert.ok(manifest[key], `package.json has ${key}`);
    for (const file of ['LICENSE-MIT', 'LICENSE-APACHE']) assert.ok(present.includes(file), `the package ships ${file}`);
  });
});

describe('TypeScript, from the installed package', () => {
  test('a consumer type-checks under --strict, for Node (import and require) and for bundlers', () => {
    const use = (from) => `import { init, summarize, createWorkerSummarizer, ErrorCode, type Gist, type GistyError } from '${from}';
export async function main(html: string): Promise<string> {
  await init();
  const gist: Gist = summarize(html, { type: 'tldr', length: 'short' });
  // @ts-expect-error: an unknown summary type
  summarize(html, { type: 'essay' });
  try { summarize(html); } catch (error) { if ((error as GistyError).code === ErrorCode.NOT_READERABLE) return ''; }
  const worker = createWorkerSummarizer({ worker: {} as Worker });
  const fromWorker: Gist = await worker.summarize(html);
  return gist.sentences.map((s) => s.text).join(' ') + fromWorker.title;
}
`;
    write(join(project, 'types/node.mts'), use('gisty'));
    write(join(project, 'types/extras.mts'), `import { highlight } from 'gisty/highlight';
import { readPage, snapshotDocument } from 'gisty/snapshot';
import { initSync } from 'gisty';
export function mark(doc: Document): number {
  initSync(new Uint8Array(0));
  const read = readPage(doc);
  const snapshot = snapshotDocument(doc);
  // @ts-expect-error: highlight() takes a result, not a string
  highlight(doc, 'text');
  return snapshot.ops.length + (read.html?.length ?? 0);
}
`);
    write(join(project, 'types/worker.mts'), `import type * as GistyWorker from 'gisty/worker';\nexport type W = typeof GistyWorker;\n`);
    write(join(project, 'types/require.cts'), `import gisty = require('gisty');
export function title(html: string): string | null {
  const gist: import('gisty').Gist = gisty.summarize(html);
  // @ts-expect-error: summarize() takes a string
  gisty.summarize(42);
  return gist.title;
}
`);
    write(join(project, 'types/bundler.ts'), use('gisty'));
    const tsc = bin('tsc');
    const common = ['--noEmit', '--strict', '--lib', 'es2022,dom', '--types', ''];
    const check = (args) => {
      try {
        run(tsc, [...common, ...args], project);
      } catch (error) {
        assert.fail(`tsc ${args.join(' ')}:\n${error.stdout}${error.stderr}`);
      }
    };
    check(['--module', 'nodenext', 'types/node.mts', 'types/extras.mts', 'types/worker.mts', 'types/require.cts']);
    check(['--module', 'esnext', '--moduleResolution', 'bundler', 'types/bundler.ts']);
  });
});

describe('in Chromium, bundled and not', () => {
  let server;
  let browser;

  before(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium package (scripts/setup) or set CHROMIUM_PATH`);
    server = await serve(project);
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page of the project and waits for the summary it shows. */
  async function summaryShown(path) {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    try {
      await page.goto(`${server.url}/${path}`);
      await page.waitForSelector('#summary[data-done], #summary[data-error]', { state: 'attached', timeout: 20_000 });
      const { text, done, error } = await page.$eval('#summary', (el) => ({ text: el.textContent, done: el.dataset.done, error: el.dataset.error }));
      assert.equal(error, undefined, `${path}: ${error}\n${errors.join('\n')}`);
      assert.ok(Number(done) > 0, `${path}: no sentences`);
      assert.match(text, /^Mending nets: \S/);
      return text;
    } finally {
      await page.close();
    }
  }

  /** Bundles dir/src/main.js into dir/out/ for the browser, as an ES module. */
  const bundleForBrowser = (esbuild, dir, extra = {}) =>
    esbuild.build({
      absWorkingDir: dir,
      entryPoints: ['src/main.js'],
      outdir: 'out',
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      logLevel: 'silent',
      ...extra,
    });

  test('an esbuild bundle (the .wasm copied next to it)', async () => {
    const esbuild = await import('esbuild');
    const dir = join(project, 'esbuild');
    write(join(dir, 'src/main.js'), browserMain());
    write(join(dir, 'out/index.html'), indexHtml('main.js'));
    const built = await bundleForBrowser(esbuild, dir);
    assert.deepEqual(built.errors, []);
    assert.ok(!readFileSync(join(dir, 'out/main.js'), 'utf8').includes('node:fs'), 'the browser bundle took the browser entry point');
    // esbuild leaves `new URL('gisty_bg.wasm', import.meta.url)` as it is:
    // the module is looked for next to the bundle.
    copyFileSync(join(project, 'node_modules/gisty/pkg/gisty_bg.wasm'), join(dir, 'out/gisty_bg.wasm'));
    await summaryShown('esbuild/out/index.html');
  });

  test('an esbuild bundle importing gisty/gisty_bg.wasm with the file loader, for init(url)', async () => {
    const esbuild = await import('esbuild');
    const dir = join(project, 'esbuild-file');
    const prelude = "import wasmFile from 'gisty/gisty_bg.wasm';";
    write(join(dir, 'src/main.js'), browserMain({ prelude, initArg: 'new URL(wasmFile, import.meta.url)' }));
    write(join(dir, 'out/index.html'), indexHtml('main.js'));
    await bundleForBrowser(esbuild, dir, { loader: { '.wasm': 'file' } });
    const emitted = readdirSync(join(dir, 'out')).filter((name) => name.endsWith('.wasm'));
    assert.equal(emitted.length, 1, 'esbuild emitted the .wasm');
    assert.notEqual(emitted[0], 'gisty_bg.wasm', 'under a hashed name, so the default location would not do');
    await summaryShown('esbuild-file/out/index.html');
  });

  test('a webpack 5 bundle (no loader or rule for the .wasm)', async () => {
    const { default: webpack } = await import('webpack');
    const dir = join(project, 'webpack');
    write(join(dir, 'src/main.js'), browserMain());
    write(join(dir, 'out/index.html'), indexHtml('main.js'));
    const stats = await new Promise((resolve, reject) => {
      webpack({
        context: dir,
        mode: 'production',
        target: 'web',
        entry: './src/main.js',
        output: { path: join(dir, 'out'), filename: 'main.js', module: true },
        experiments: { outputModule: true },
        infrastructureLogging: { level: 'error' },
      }, (error, result) => (error ? reject(error) : resolve(result)));
    });
    assert.equal(stats.hasErrors(), false, stats.toString({ all: false, errors: true }));
    assert.ok(!readFileSync(join(dir, 'out/main.js'), 'utf8').includes('node:fs'), 'the browser bundle took the browser entry point');
    // webpack turns `new URL('…', import.meta.url)` into an asset of its own.
    const emitted = readdirSync(join(dir, 'out')).filter((name) => name.endsWith('.wasm'));
    assert.equal(emitted.length, 1, `webpack emitted the .wasm: ${readdirSync(join(dir, 'out')).join(', ')}`);
    await summaryShown('webpack/out/index.html');
  });

  test('a Vite app (vite build, no configuration)', async () => {
    const { build } = await import('vite');
    const dir = join(project, 'vite');
    write(join(dir, 'index.html'), indexHtml('/main.js'));
    write(join(dir, 'main.js'), browserMain());
    await build({ root: dir, base: './', configFile: false, logLevel: 'warn', build: { outDir: 'dist', target: 'es2022' } });
    const assets = readdirSync(join(dir, 'dist/assets'));
    assert.ok(assets.some((name) => name.endsWith('.wasm')), `Vite emitted the .wasm: ${assets.join(', ')}`);
    await summaryShown('vite/dist/index.html');
  });

  test('a plain page importing the installed files, with no bundler', async () => {
    const dir = join(project, 'plain');
    write(join(dir, 'main.js'), browserMain().replaceAll("from 'gisty'", "from '../node_modules/gisty/gisty.js'").replaceAll("from 'gisty/highlight'", "from '../node_modules/gisty/highlight.js'"));
    write(join(dir, 'index.html'), indexHtml('main.js'));
    await summaryShown('plain/index.html');
  });
});
