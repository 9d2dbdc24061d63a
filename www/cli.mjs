#!/usr/bin/env node
// gisty on the command line, through the Node.js build of the wasm module.
//
//   node www/cli.mjs page.html [--url URL] [--type T] [--length L] [--format F]
//       prints the summary object of a saved page as JSON
//   node www/cli.mjs page.html --markdown [--url URL]
//       prints the article of a saved page as Markdown
//   node www/cli.mjs --text story.txt [--type T] [--length L] [--format F]
//       prints the summary object of a plain-text file
//   node www/cli.mjs extract MANIFEST.jsonl [--markdown] [--content]
//       for each {"id","path","url"} line prints {"id","text","title","byline",
//       "excerpt","lang","dir","siteName","publishedTime","readerable","ms"},
//       with the article's "markdown" and its sanitized HTML "content" when asked
//   node www/cli.mjs summarize MANIFEST.jsonl
//       for each {"id","title","text","k"} line prints {"id","sentences":[{"text",
//       "score","index"}],"ms"} with the k best sentences in article order
//
// A page that fails gets a line with an "error" field, and the run goes on.

import { createRequire } from 'node:module';
import { readFileSync, createReadStream, existsSync, realpathSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';

import { decodeHtml } from './decode.js';

export { decodeHtml };
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, 'pkg-node', 'gisty.js');
if (!existsSync(pkg)) {
  console.error(`gisty: ${pkg} is missing; build it first with \`make build\``);
  process.exit(2);
}
const gisty = createRequire(import.meta.url)(pkg);

const USAGE = `usage:
  node www/cli.mjs PAGE.html [--url URL] [--type T] [--length L] [--format F]
  node www/cli.mjs PAGE.html --markdown [--url URL]
  node www/cli.mjs --text FILE.txt [--type T] [--length L] [--format F]
  node www/cli.mjs extract MANIFEST.jsonl [--markdown] [--content]
  node www/cli.mjs summarize MANIFEST.jsonl`;

/** Flags that take no value. */
const SWITCHES = new Set(['markdown', 'content']);

/** Splits argv into positional arguments, --flag value pairs and switches. */
function parseArgs(argv) {
  const positional = [];
  const flags = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') flags.help = true;
    else if (SWITCHES.has(a.slice(2))) flags[a.slice(2)] = true;
    else if (a.startsWith('--')) flags[a.slice(2)] = argv[++i];
    else positional.push(a);
  }
  return { positional, flags };
}

/** The summary options named on the command line. */
function optionsFrom(flags) {
  const options = {};
  if (flags.url) options.url = flags.url;
  if (flags.type) options.type = flags.type;
  if (flags.length) options.length = flags.length;
  if (flags.format) options.format = flags.format;
  if (flags['max-sentences']) options.maxSentences = Number(flags['max-sentences']);
  if (flags.language) options.language = flags.language;
  return options;
}

function errorLine(id, error, ms) {
  return { id, error: String(error && error.message ? error.message : error), code: error && error.code, ms };
}

async function* jsonLines(path) {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim()) yield JSON.parse(line);
  }
}

function extractLine(row, flags) {
  let html;
  try {
    html = decodeHtml(readFileSync(row.path));
  } catch (e) {
    return errorLine(row.id, e, 0);
  }
  const start = performance.now();
  try {
    const options = {};
    if (row.url) options.url = row.url;
    if (flags.markdown) options.markdown = true;
    const a = gisty.extract(html, options);
    const ms = performance.now() - start;
    const line = {
      id: row.id, text: a.textContent, title: a.title, byline: a.byline, excerpt: a.excerpt,
      lang: a.lang, dir: a.dir, siteName: a.siteName, publishedTime: a.publishedTime,
      readerable: a.readerable, ms,
    };
    if (flags.markdown) line.markdown = a.markdown;
    if (flags.content) line.content = a.content;
    return line;
  } catch (e) {
    return errorLine(row.id, e, performance.now() - start);
  }
}

function summarizeLine(row) {
  const start = performance.now();
  try {
    const k = Math.max(1, Number(row.k) || 3);
    const s = gisty.summarizeText(row.text ?? '', { maxSentences: k });
    const ms = performance.now() - start;
    return {
      id: row.id,
      sentences: s.sentences.map(({ text, score, index }) => ({ text, score, index })),
      ms,
    };
  } catch (e) {
    return errorLine(row.id, e, performance.now() - start);
  }
}

async function eachLine(path, run, flags) {
  for await (const row of jsonLines(path)) {
    process.stdout.write(JSON.stringify(run(row, flags)) + '\n');
  }
}

async function main() {
  const { positional, flags } = parseArgs(process.argv.slice(2));
  const [command, file] = positional;
  if (flags.help || (!command && !flags.text)) {
    console.log(USAGE);
    return;
  }
  if (flags.text) {
    const text = readFileSync(flags.text, 'utf8');
    console.log(JSON.stringify(gisty.summarizeText(text, optionsFrom(flags)), null, 2));
  } else if (command === 'extract' || command === 'summarize') {
    if (!file) throw new Error(`${command} needs a MANIFEST.jsonl\n${USAGE}`);
    await eachLine(file, command === 'extract' ? extractLine : summarizeLine, flags);
  } else if (flags.markdown) {
    const html = decodeHtml(readFileSync(command));
    const options = { markdown: true };
    if (flags.url) options.url = flags.url;
    process.stdout.write(gisty.extract(html, options).markdown);
  } else {
    const html = decodeHtml(readFileSync(command));
    console.log(JSON.stringify(gisty.summarize(html, optionsFrom(flags)), null, 2));
  }
}

// Run only as a program, so that other scripts can import decodeHtml.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(`gisty: ${e.code ? e.code + ': ' : ''}${e.message}`);
    process.exit(1);
  });
}
