// Unit tests of the Trunk post-build hook (tools/post_build.mjs) on small staging directories:
// no Trunk, no browser. Run by `./dev test` (gate "node --test tests/tools"), or alone:
//
//   node --test tests/tools/

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, test } from 'node:test';
import { HookError, RELEASE_WASM_ENV, crossOrigin, cspHash, cspHashes, cspSiteOrigin, devBuild, inlineScripts, precache, skippedLinks } from '../../tools/post_build.mjs';

const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-TRUNK-LOADER'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'">`;
const LOADER = 'import init from "./app.js";await init({module_or_path:self.accordWasm||"./app_bg.wasm"})';
const HEAD_FETCH = 'self.accordWasm=fetch("./app_bg.wasm");self.accordWasm.catch(function(){})';

const dirs = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A staging directory with these files (path → text), and the context a step gets. */
function staging(files, extra = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'accord-post-build-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return { stagingDir: dir, htmlPath: path.join(dir, 'index.html'), profile: 'release', publicUrl: './', siteUrl: '', ...extra };
}

const page = (head, body = '') => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const read = (ctx, name = 'index.html') => readFileSync(path.join(ctx.stagingDir, name), 'utf8');
const policy = (html) => html.match(/content="([^"]*)"/)[1];

describe('the CSP step', () => {
  test('hashes every inline script, the loader and the head fetch, into script-src', () => {
    const ctx = staging({ 'index.html': page(`${CSP}<script>${HEAD_FETCH}</script>`, `<script type="module">${LOADER}</script>`) });
    cspHashes(ctx);
    const p = policy(read(ctx));
    assert.ok(!p.includes('TRUNK-LOADER'));
    for (const text of [HEAD_FETCH, LOADER]) {
      const expected = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
      assert.equal(cspHash(text), expected);
      assert.ok(p.includes(expected), `${expected} in ${p}`);
    }
  });

  test('a hash is of the text as the browser sees it: CRLF and CR become LF', () => {
    assert.equal(cspHash('a\r\nb\rc'), cspHash('a\nb\nc'));
  });

  test('scripts with a src are not inline', () => {
    const scripts = inlineScripts('<script src="./a.js"></script><script type=module>x()</script>');
    assert.deepEqual(scripts, [{ attrs: 'type=module', text: 'x()' }]);
  });

  test('fails without the placeholder, without a module loader, or with an inline handler', () => {
    const cases = [
      page(`<meta http-equiv="Content-Security-Policy" content="script-src 'self'">`, `<script type="module">${LOADER}</script>`),
      page(CSP, '<script>classic()</script>'),
      page(CSP, `<button onclick="x()">x</button><script type="module">${LOADER}</script>`),
    ];
    for (const html of cases) assert.throws(() => cspHashes(staging({ 'index.html': html })), HookError);
  });

  test('with the site known, its origin is named beside every fetch directive\'s \'self\'', () => {
    const ctx = staging({ 'index.html': page(CSP, `<script type="module">${LOADER}</script>`) }, { siteUrl: 'https://example.org/accord/' });
    cspHashes(ctx);
    const directives = Object.fromEntries(policy(read(ctx)).split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    for (const name of ['default-src', 'script-src', 'style-src', 'img-src', 'connect-src']) {
      assert.deepEqual(directives[name].slice(0, 2), ["'self'", 'https://example.org'], name);
    }
    // Not where it buys nothing: workers and objects.
    assert.deepEqual(directives['worker-src'], ["'self'"]);
    assert.deepEqual(directives['object-src'], ["'none'"]);
  });

  test('the origin goes in once, whatever the attributes\' order, and only into the CSP', () => {
    const html = `<meta content="default-src 'self'; script-src 'self'" http-equiv=Content-Security-Policy><meta name="description" content="'self' here">`;
    const out = cspSiteOrigin(cspSiteOrigin(html, { siteUrl: 'http://127.0.0.1:4760/', htmlPath: 'x' }), { siteUrl: 'http://127.0.0.1:4760/', htmlPath: 'x' });
    assert.equal(out.split('http://127.0.0.1:4760').length - 1, 2);
    assert.ok(out.includes(`<meta name="description" content="'self' here">`));
  });

  test('a site URL that is not http(s) fails the build', () => {
    for (const siteUrl of ['not a url', 'ftp://example.org/', 'javascript:alert(1)']) {
      assert.throws(() => cspSiteOrigin(CSP, { siteUrl, htmlPath: 'x' }), HookError, siteUrl);
    }
  });
});

describe('the other steps', () => {
  test('crossorigin is added to integrity-checked tags that lack it, and to no other', () => {
    const ctx = staging({
      'index.html': page('<link rel="stylesheet" href="a.css" integrity="sha384-x"><script src="b.js" integrity="sha384-y" crossorigin></script><link rel="icon" href="i.png">'),
    });
    crossOrigin(ctx);
    const html = read(ctx);
    assert.match(html, /<link crossorigin="anonymous" rel="stylesheet" href="a.css" integrity="sha384-x">/);
    assert.match(html, /<script src="b.js" integrity="sha384-y" crossorigin>/);
    assert.match(html, /<link rel="icon" href="i.png">/);
  });

  test('the skipped rust link Trunk leaves is removed, and anything but exactly one fails', () => {
    const ctx = staging({ 'index.html': page('<link data-bin=accord-explorer data-trunk data-trunk-id=7 data-trunk-skip rel=rust><link rel="icon" href="i.png">') });
    skippedLinks(ctx);
    assert.ok(!read(ctx).includes('data-trunk-skip'));
    assert.match(read(ctx), /<link rel="icon" href="i.png">/);
    assert.throws(() => skippedLinks(ctx), /expected one skipped rust link .*found 0/);
  });

  test('the precache lists every file as it is visited, but the worker and the open data', () => {
    const sw = 'const VERSION = "__ACCORD_BUILD_VERSION__";\nconst FILES = __ACCORD_PRECACHE__;';
    const ctx = staging({
      'sw.js': sw,
      'index.html': page(''),
      'signatory/cisco/index.html': page(''),
      'app_bg.wasm': 'wasm',
      'data/accord-dataset.json': '{}',
      'feed.xml': '<feed/>',
    });
    precache(ctx);
    const out = read(ctx, 'sw.js');
    const files = JSON.parse(out.match(/const FILES = (.*);/)[1]);
    assert.deepEqual(files, ['./app_bg.wasm', './', './signatory/cisco/']);
    const version = out.match(/const VERSION = "([0-9a-f]{16})";/);
    assert.ok(version, out);
    // The version is the content's: another build is another worker.
    writeFileSync(path.join(ctx.stagingDir, 'app_bg.wasm'), 'wasm 2');
    writeFileSync(path.join(ctx.stagingDir, 'sw.js'), sw);
    precache(ctx);
    assert.notEqual(read(ctx, 'sw.js').match(/const VERSION = "([0-9a-f]{16})";/)[1], version[1]);
  });

  test('a release build that ./dev did not start stops with one line naming ./dev build', () => {
    const before = process.env.ACCORD_DEV_BUILD;
    delete process.env.ACCORD_DEV_BUILD;
    try {
      assert.throws(() => devBuild({ profile: 'release' }), (e) => e instanceof HookError && e.brief && /\.\/dev build/.test(e.message));
      assert.doesNotThrow(() => devBuild({ profile: 'debug' }));
      process.env.ACCORD_DEV_BUILD = '1';
      assert.doesNotThrow(() => devBuild({ profile: 'release' }));
    } finally {
      if (before === undefined) delete process.env.ACCORD_DEV_BUILD;
      else process.env.ACCORD_DEV_BUILD = before;
    }
  });
});

test('the prerenderer is run without every compiler setting ./dev gives the wasm', () => {
  const dev = readFileSync(new URL('../../dev', import.meta.url), 'utf8');
  const block = dev.match(/^readonly RELEASE_WASM_ENV=\(\n([\s\S]*?)^\)/m);
  assert.ok(block, 'dev declares RELEASE_WASM_ENV');
  const names = [...block[1].matchAll(/^\s*"?([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]).filter((n) => n !== 'ACCORD_DEV_BUILD');
  assert.ok(names.length >= 4, `found ${names.join(', ')}`);
  assert.deepEqual([...RELEASE_WASM_ENV].sort(), names.sort());
});
