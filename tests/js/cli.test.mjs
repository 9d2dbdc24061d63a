// The command line (www/cli.mjs) over the Node.js package: its output
// formats are what the scorers in ../shared/eval read.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'www', 'cli.mjs');
let dir;

const ARTICLE = `<html lang="en"><head><title>The lighthouse keeper | Harbour Notes</title></head><body>
<nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article><h1>The lighthouse keeper</h1>
<p>For forty years the keeper climbed the tower every evening to light the lamp before the fishing boats came home.</p>
<p>The light was automated in the spring, and the keeper now shows visitors the brass lens and the logbooks instead.</p>
<p>Storms still bring him back to the window at night, out of a habit he says he will never lose.</p>
</article></body></html>`;

function run(...args) {
  return execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
}

function lines(output) {
  return output.trim().split('\n').map((l) => JSON.parse(l));
}

before(() => {
  assert.ok(existsSync(join(root, 'www', 'pkg-node', 'gisty.js')), 'www/pkg-node is missing: run `make build` first');
  dir = mkdtempSync(join(tmpdir(), 'gisty-cli-'));
  writeFileSync(join(dir, 'page.html'), ARTICLE);
  // A page in windows-1252, as many older saved pages are: 0xE9 is "é".
  const latin = Buffer.from(ARTICLE.replace('<head>', '<head><meta charset="windows-1252">').replace('keeper climbed', 'keeper, caf\u00e9 owner, climbed'), 'latin1');
  writeFileSync(join(dir, 'latin.html'), latin);
});

test('extract prints one line per page with the scorer fields, errors included', () => {
  const manifest = join(dir, 'pages.jsonl');
  writeFileSync(manifest, [
    { id: 'a', path: join(dir, 'page.html'), url: 'https://example.org/keeper' },
    { id: 'missing', path: join(dir, 'nope.html') },
    { id: 'latin', path: join(dir, 'latin.html') },
  ].map((r) => JSON.stringify(r)).join('\n'));
  const [a, missing, latin] = lines(run('extract', manifest));
  assert.equal(a.id, 'a');
  for (const field of ['text', 'title', 'byline', 'excerpt', 'lang', 'dir', 'siteName', 'publishedTime', 'readerable', 'ms']) {
    assert.ok(field in a, `missing ${field}`);
  }
  assert.match(a.text, /forty years the keeper/);
  assert.doesNotMatch(a.text, /About/);
  assert.equal(a.lang, 'en');
  assert.equal(typeof a.ms, 'number');
  assert.equal(missing.id, 'missing');
  assert.ok(missing.error, 'a failing page gets an error field');
  assert.match(latin.text, /café owner/);
});

test('--markdown prints the article as Markdown; extract --markdown --content adds both fields', () => {
  const markdown = run(join(dir, 'page.html'), '--markdown', '--url', 'https://example.org/keeper');
  // The title is the page's; the Markdown is the article's paragraphs.
  assert.match(markdown, /^For forty years the keeper climbed the tower[^\n]*\n\nThe light was automated/);
  assert.doesNotMatch(markdown, /About/);
  const manifest = join(dir, 'one.jsonl');
  writeFileSync(manifest, JSON.stringify({ id: 'a', path: join(dir, 'page.html') }) + '\n');
  const [plain] = lines(run('extract', manifest));
  assert.ok(!('markdown' in plain) && !('content' in plain), 'only when asked');
  const [line] = lines(run('extract', manifest, '--markdown', '--content'));
  assert.equal(line.markdown, markdown);
  assert.match(line.content, /<p>For forty years the keeper/);
  assert.equal(line.text, plain.text);
});

test('summarize returns k sentences in article order', () => {
  const manifest = join(dir, 'docs.jsonl');
  const text = 'The council met on Monday. It approved a new park by the river. Work starts in May. '
    + 'Residents asked for more benches. The mayor agreed to add twenty.';
  writeFileSync(manifest, JSON.stringify({ id: 'd1', title: '', text, k: 2 }) + '\n');
  const [row] = lines(run('summarize', manifest));
  assert.equal(row.id, 'd1');
  assert.ok(row.sentences.length >= 1 && row.sentences.length <= 2);
  const indexes = row.sentences.map((s) => s.index);
  assert.deepEqual(indexes, [...indexes].sort((x, y) => x - y));
  for (const s of row.sentences) assert.ok(text.includes(s.text), `verbatim: ${s.text}`);
});

test('summarize with k = 1 chooses the sentence a short tl;dr is', () => {
  const texts = [
    'Training deep networks in half precision saves memory and time. Small gradients underflow in half precision. '
      + 'In this paper, we propose adaptive loss scaling, which sets a loss scale for every layer during training. '
      + 'Experiments show that the method converges faster than fixed scaling.',
    'The council voted on Monday to close the old harbour bridge after engineers found deep cracks. '
      + 'The bridge carries twelve thousand cars a day. Drivers will use the ring road.',
  ];
  const manifest = join(dir, 'one.jsonl');
  writeFileSync(manifest, texts.map((text, i) => JSON.stringify({ id: `t${i}`, title: '', text, k: 1 })).join('\n') + '\n');
  const rows = lines(run('summarize', manifest));
  texts.forEach((text, i) => {
    writeFileSync(join(dir, `one${i}.txt`), text);
    const tldr = JSON.parse(run('--text', join(dir, `one${i}.txt`), '--type', 'tldr', '--length', 'short'));
    assert.equal(rows[i].sentences.length, 1);
    assert.equal(tldr.sentences.length, 1);
    assert.equal(rows[i].sentences[0].text, tldr.sentences[0].text);
    assert.equal(rows[i].sentences[0].index, tldr.sentences[0].index);
  });
  assert.match(rows[0].sentences[0].text, /^In this paper, we propose/);
});

test('a page and a text file print summary objects', () => {
  const page = JSON.parse(run(join(dir, 'page.html'), '--url', 'https://example.org/keeper', '--format', 'markdown'));
  assert.ok(page.sentences.length >= 1);
  assert.ok(page.textContent.includes('brass lens'));
  writeFileSync(join(dir, 'story.txt'), 'Snow closed the pass. Drivers waited for hours.\nThe road reopened at dawn.');
  const text = JSON.parse(run('--text', join(dir, 'story.txt'), '--type', 'headline'));
  assert.equal(text.sentences.length, 1);
});

test('bad options fail with the error code and a non-zero exit', () => {
  assert.throws(() => execFileSync(process.execPath, [cli, join(dir, 'page.html'), '--type', 'poem'], { stdio: 'pipe' }),
    (e) => e.status === 1 && /INVALID_OPTIONS/.test(e.stderr.toString()));
});
