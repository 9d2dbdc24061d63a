// The caller's own code running while gisty reads its options or builds
// its result (getters, Proxies, toJSON, setters on Object.prototype,
// patched globals), calling gisty again from there: options are read as
// own data properties only, an inner call is either served (while the
// outer call only reads its options) or refused with REENTRANT, and the
// instance is never swapped while a call is on the stack, so the outer
// call and every later call still work. The same scenarios run in Node and
// in a Chromium page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root, missing, startServer, launchChromium, openTestPage } from './xss/harness.mjs';

const require = createRequire(import.meta.url);
const nodePkg = join(root, 'www', 'pkg-node', 'gisty.js');
const skipNode = existsSync(nodePkg) ? false : 'www/pkg-node is missing: run `make build` first';
const skipBrowser = missing() ?? false;

const PAGE = `<html><head><title>Canal walks</title></head><body><article><h1>Canal walks</h1>
<p>The towpath runs for twelve miles between the two locks, past mills that once spun cotton for export.</p>
<p>Walkers can rest at the old lock keeper's cottage, which now serves tea on summer weekends.</p>
<p>The council plans to resurface the muddiest stretch before the autumn rains arrive.</p></article></body></html>`;

// Runs every scenario against the module `g` (the Node package, or the web
// package in a page) and returns what happened, as plain data. Written as
// one self-contained function so that it can be sent to the page.
function scenarios(g, page) {
  const outcome = (fn) => {
    try {
      const value = fn();
      return { ok: true, text: typeof value?.textContent === 'string' ? value.textContent.includes('towpath') : value };
    } catch (e) {
      return { ok: false, isError: e instanceof Error, code: e?.code ?? null, message: String(e?.message ?? e) };
    }
  };
  const works = () => outcome(() => g.summarize(page)).text === true;
  const out = {};

  // The getter that once corrupted the module: it is refused, never run.
  let ran = 0;
  const getter = { get type() { ran++; try { g.summarize(page); g.summarize(page); } catch {} return 'tldr'; } };
  out.getter = { ...outcome(() => g.summarize(page, getter)), ran, after: works() };
  const counting = { get maxSentences() { ran++; return 2; } };
  out.countGetter = { ...outcome(() => g.summarize(page, counting)), ran, after: works() };

  // A Proxy's traps run while options are read: inner calls are served.
  let inner = [];
  const proxy = new Proxy({ type: 'tldr' }, {
    getOwnPropertyDescriptor(target, key) {
      inner.push(outcome(() => g.summarize(page)).text);
      inner.push(outcome(() => g.extract(page)).text);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
  const served = outcome(() => g.summarize(page, proxy));
  out.proxy = { ...served, inner, after: works() };

  const throwingKeys = new Proxy({}, { ownKeys() { throw new Error('no keys'); } });
  out.throwingKeys = { ...outcome(() => g.summarize(page, throwingKeys)), after: works() };
  const throwingField = new Proxy({ type: 'tldr' }, { getOwnPropertyDescriptor() { throw new Error('no'); } });
  out.throwingField = { ...outcome(() => g.summarize(page, throwingField)), after: works() };

  // A value's toJSON is never run to describe a wrong value.
  let jsonRan = 0;
  const json = { maxNodes: { toJSON() { jsonRan++; g.summarize(page); return 1; } } };
  out.toJSON = { ...outcome(() => g.summarize(page, json)), jsonRan, after: works() };

  // Inherited options count for nothing, polluted prototypes included.
  out.inherited = { ...outcome(() => g.summarize(page, Object.create({ maxInputBytes: 10 }))), after: works() };
  Object.prototype.maxInputBytes = 10;
  Object.prototype.maxDepth = 1;
  try {
    out.polluted = { ...outcome(() => g.summarize(page, {})), none: outcome(() => g.summarize(page)), after: works() };
  } finally {
    delete Object.prototype.maxInputBytes;
    delete Object.prototype.maxDepth;
  }

  // A setter on Object.prototype runs while the result is built: the
  // inner call it makes is refused, the outer call ends well.
  const seen = [];
  Object.defineProperty(Object.prototype, 'summary', {
    configurable: true,
    set(value) {
      seen.push(outcome(() => g.summarize(page)));
      Object.defineProperty(this, 'summary', { value, writable: true, enumerable: true, configurable: true });
    },
  });
  try {
    out.setter = { ...outcome(() => g.summarize(page)), inner: seen.map((s) => s.code) };
  } finally {
    delete Object.prototype.summary;
  }
  out.setter.after = works();

  // A patched global run during the call: refused inside, fine outside.
  const encodeInto = TextEncoder.prototype.encodeInto;
  const innerCodes = [];
  TextEncoder.prototype.encodeInto = function (...args) {
    innerCodes.push(outcome(() => g.summarize(page)).code);
    return encodeInto.apply(this, args);
  };
  try {
    out.patchedGlobal = { ...outcome(() => g.summarize(page)), inner: innerCodes };
  } finally {
    TextEncoder.prototype.encodeInto = encodeInto;
  }
  out.patchedGlobal.after = works();

  // A panic in a call served inside another call's option reading: the
  // outer call fails cleanly, and the next call runs on a fresh instance.
  const panicky = new Proxy({ type: 'tldr' }, {
    getOwnPropertyDescriptor(target, key) {
      try { g.__panicForTesting(); } catch {}
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
  out.nestedPanic = { ...outcome(() => g.summarize(page, panicky)), after: works(), again: works() };

  // null and undefined mean no options; a huge string option is refused
  // before it is copied in.
  out.noOptions = [null, undefined].map((o) => outcome(() => g.summarize(page, o)).text);
  out.longUrl = { ...outcome(() => g.summarize(page, { url: 'https://example.org/' + 'x'.repeat(1 << 20) })), after: works() };
  return out;
}

function check(out) {
  assert.deepEqual(out.getter, {
    ok: false, isError: true, code: 'INVALID_OPTIONS',
    message: 'option `type`: is a getter or setter; pass the value itself', ran: 0, after: true,
  });
  assert.equal(out.countGetter.code, 'INVALID_OPTIONS');
  assert.equal(out.countGetter.ran, 0);
  assert.equal(out.countGetter.after, true);

  assert.equal(out.proxy.ok, true, JSON.stringify(out.proxy));
  assert.equal(out.proxy.text, true);
  assert.ok(out.proxy.inner.length >= 2 && out.proxy.inner.every((t) => t === true), JSON.stringify(out.proxy.inner));
  assert.equal(out.proxy.after, true);

  assert.equal(out.throwingKeys.code, 'INVALID_OPTIONS');
  assert.equal(out.throwingKeys.after, true);
  assert.equal(out.throwingField.code, 'INVALID_OPTIONS');
  assert.match(out.throwingField.message, /option `type`/);
  assert.equal(out.throwingField.after, true);

  assert.equal(out.toJSON.code, 'INVALID_OPTIONS');
  assert.equal(out.toJSON.jsonRan, 0);
  assert.equal(out.toJSON.after, true);

  assert.deepEqual(out.inherited, { ok: true, text: true, after: true });
  assert.deepEqual(out.polluted, { ok: true, text: true, none: { ok: true, text: true }, after: true });

  assert.equal(out.setter.ok, true, JSON.stringify(out.setter));
  assert.ok(out.setter.inner.length >= 1 && out.setter.inner.every((c) => c === 'REENTRANT'), JSON.stringify(out.setter.inner));
  assert.equal(out.setter.after, true);

  assert.equal(out.patchedGlobal.ok, true, JSON.stringify(out.patchedGlobal));
  assert.ok(out.patchedGlobal.inner.length >= 1 && out.patchedGlobal.inner.every((c) => c === 'REENTRANT'));
  assert.equal(out.patchedGlobal.after, true);

  assert.equal(out.nestedPanic.code, 'INTERNAL');
  assert.equal(out.nestedPanic.after, true);
  assert.equal(out.nestedPanic.again, true);

  assert.deepEqual(out.noOptions, [true, true]);
  assert.equal(out.longUrl.code, 'INVALID_OPTIONS');
  assert.match(out.longUrl.message, /option `url`/);
  assert.equal(out.longUrl.after, true);
}

test('re-entrant calls and hostile option objects in Node', { skip: skipNode }, () => {
  const quiet = console.error;
  console.error = () => {};
  try {
    check(scenarios(require(nodePkg), PAGE));
  } finally {
    console.error = quiet;
  }
});

test('re-entrant calls and hostile option objects in a Chromium page', { skip: skipBrowser }, async () => {
  const server = await startServer();
  const browser = await launchChromium();
  try {
    const page = await openTestPage(browser.context, server.origin);
    const out = await page.evaluate(
      ([source, html]) => {
        console.error = () => {};
        // eslint-disable-next-line no-new-func
        return new Function(`return (${source})`)()(window.gisty, html);
      },
      [scenarios.toString(), PAGE],
    );
    check(out);
  } finally {
    await browser.close();
    await server.close();
  }
});

// An exception of the caller's thrown through the module (a setter that
// throws while the result is built) ends the call where the module cannot
// close its books on it; through the bare package, later calls would be
// refused. www/gisty.js sees such an ending and runs the next call on a
// fresh instance.
test('www/gisty.js replaces the instance after a call ended by a foreign exception', { skip: skipNode }, async () => {
  const { readFile } = await import('node:fs/promises');
  const gisty = await import(join(root, 'www', 'gisty.js'));
  await gisty.init(await readFile(join(root, 'www', 'pkg', 'gisty_bg.wasm')));
  const works = () => gisty.summarize(PAGE).textContent.includes('towpath');
  assert.ok(works());
  Object.defineProperty(Object.prototype, 'summary', {
    configurable: true,
    set() {
      throw new Error('a setter of the page');
    },
  });
  let code;
  try {
    gisty.summarize(PAGE);
  } catch (e) {
    code = e.code;
  } finally {
    delete Object.prototype.summary;
  }
  assert.equal(code, 'INTERNAL');
  assert.ok(works(), 'the next call works');
  assert.ok(works());
});
