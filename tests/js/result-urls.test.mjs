// The URLs a result hands back besides `content` (the canonical `url` and
// the lead `image`) are web addresses or nothing, whatever the page's
// <link rel=canonical>, OpenGraph and Twitter tags or <base href> say, so
// that `<a href=${gist.url}>` can never run script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './xss/harness.mjs';

const require = createRequire(import.meta.url);
const nodePkg = join(root, 'www', 'pkg-node', 'gisty.js');
const skip = existsSync(nodePkg) ? false : 'www/pkg-node is missing: run `make build` first';

const BODY = `<body><article><h1>Canal walks</h1>
<p>The towpath runs for twelve miles between the two locks, past mills that once spun cotton for export.</p>
<p>Walkers can rest at the old lock keeper's cottage, which now serves tea on summer weekends.</p></article></body>`;

const HEADS = [
  '<link rel=canonical href="javascript:alert(document.domain)">',
  '<meta property="og:image" content="javascript:alert(1)">',
  '<meta name="twitter:image" content="vbscript:msgbox(1)">',
  '<meta property="og:url" content="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
  '<base href="javascript:alert(1)//"><link rel=canonical href="x">',
  '<base href="javascript:alert(1)//"><meta property="og:image" content="/i.png">',
  '<link rel=canonical href="  jav&#x09;ascript:alert(1)">',
];

test('url and image are http(s) or nothing', { skip }, () => {
  const gisty = require(nodePkg);
  for (const head of HEADS) {
    for (const options of [{ url: 'https://example.org/story' }, {}]) {
      const gist = gisty.summarize(`<html><head>${head}</head>${BODY}</html>`, options);
      for (const field of ['url', 'image']) {
        const value = gist[field];
        assert.ok(value === null || /^https?:\/\//i.test(value), `${head} ${JSON.stringify(options)}: ${field} = ${value}`);
        assert.ok(value === null || !/["'<>`\s]/.test(value), `${field} = ${value}`);
      }
      assert.ok(!/javascript:|vbscript:|data:text/i.test(gist.content), gist.content);
    }
  }
  const relative = gisty.summarize(`<html><head>${HEADS[4]}</head>${BODY}</html>`, { url: 'https://example.org/a/story' });
  assert.equal(relative.url, 'https://example.org/a/x');
  const scriptPage = gisty.summarize(`<html><head></head>${BODY}</html>`, { url: 'javascript:alert(1)' });
  assert.equal(scriptPage.url, null);
});
