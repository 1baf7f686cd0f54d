// Hardening: hostile input everywhere text reaches the app, links that cannot be abused, and
// hostile browser settings.
//
//   1. Every input gets the injection corpus (injection-corpus.mjs): the search box, every URL
//      parameter, the embed loader's data attributes, postMessage both ways, an opened dataset
//      file. The corpus calls a canary, `window.__canary()`, defined in every frame before any page
//      script; it must never be called, no element may be made from a payload (markup payloads
//      carry `data-pwn`; no `on*` attribute, `javascript:` URL or canary script may appear), nothing
//      panics, and the app stays usable after each payload. Console errors, page errors and CSP
//      violations of every frame fail the test too (fixtures.mjs).
//   2. Links: every link that opens a new tab has rel="noopener noreferrer"; every external link
//      is http(s).
//   3. Hostile settings: storage denied or full, cookies off, no service worker, reduced motion,
//      200% zoom, a 320 px wide screen. In each, search works and a detail opens.
//
// Most payloads per page load: the app is navigated without reloading (pushState + popstate, which
// the app handles as Back/Forward) wherever the start-up path is not what is being tested.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from './fixtures.mjs';
import { DATA, captureDownload, coverageLine, openApp, searchPage, startStaticServer, untilQuiet } from './helpers.mjs';
import { CORPUS, PAYLOADS, describe as show, htmlEscape, wellFormed } from './injection-corpus.mjs';

// ------------------------------------------------------------------------------------------------
// The canary

/** Runs in every frame before its scripts: defines `__canary`, which records each call. */
function armCanary() {
  if (Object.getOwnPropertyDescriptor(window, '__canary')) return;
  const calls = [];
  const canary = function canary() {
    let where = '?';
    try {
      where = String(location.href).slice(0, 200);
    } catch {}
    calls.push(where);
    try {
      window.__canaryHit(where);
    } catch {}
  };
  Object.defineProperty(window, '__canaryCalls', { value: calls });
  Object.defineProperty(window, '__canary', { value: canary, writable: false, configurable: false });
}

/**
 * The page fixture plus a canary in every frame. `canary.hits`: every call seen (through a binding,
 * so calls in frames that are gone still count). Teardown fails the test if there was any.
 */
const test = base.extend({
  canary: [
    async ({ page }, use) => {
      const hits = [];
      await page.exposeBinding('__canaryHit', (source, where) => hits.push(`${source.frame.url().slice(0, 120)} (${where})`));
      await page.addInitScript(armCanary);
      // The scans, callable in every frame (an init script: the page's CSP does not apply to it).
      await page.addInitScript({ content: `window.__scanFrame = ${scanFrame}; window.__unsafeLinks = ${unsafeLinks}; window.__untilQuiet = ${untilQuiet};` });
      const canary = { hits, reset: () => hits.splice(0) };
      await use(canary);
      if (!page.isClosed()) {
        for (const frame of loadedFrames(page)) {
          const calls = await evaluateIn(frame, () => window.__canaryCalls?.slice() ?? [], []);
          for (const c of calls) if (!hits.some((h) => h.includes(c))) hits.push(`${frame.url().slice(0, 120)} (${c})`);
        }
      }
      expect(hits, 'window.__canary() was called: a payload ran').toEqual([]);
    },
    { auto: true },
  ],
});

// ------------------------------------------------------------------------------------------------
// Finding what a payload made

/** Runs in a frame: everything that shows a payload became markup, script or a dangerous URL. */
function scanFrame() {
  const out = [];
  const name = (el) => `<${el.localName}${el.id ? `#${el.id}` : ''}>`;
  const urlAttr = /^(href|src|action|formaction|data|xlink:href|poster|background|ping|codebase|cite)$/i;
  const badUrl = /^[\s\u0000-\u001f]*(javascript|vbscript|livescript)\s*:|^[\s\u0000-\u001f]*data\s*:\s*text\/html/i;
  const check = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.hasAttribute('data-pwn')) out.push(`${name(el)} made from a payload (it has data-pwn)`);
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) out.push(`${name(el)} has an event-handler attribute ${a.name}="${a.value.slice(0, 40)}"`);
        if (a.name === 'srcdoc') out.push(`${name(el)} has srcdoc`);
        if (urlAttr.test(a.name) && badUrl.test(a.value)) out.push(`${name(el)} ${a.name}="${a.value.slice(0, 60)}"`);
      }
      if ((el.localName === 'script' || el.localName === 'style') && /canary|pwn/.test(el.textContent)) {
        out.push(`${name(el)} with payload text: ${el.textContent.slice(0, 60)}`);
      }
      if (el.localName === 'template') check(el.content);
      if (el.shadowRoot) check(el.shadowRoot);
    }
  };
  check(document);
  // The crash screen of src/ui/panic.rs (a visible sign of a panic even if its log were missed).
  for (const el of document.querySelectorAll('[role="alert"]')) {
    if (/stopped working/i.test(el.textContent)) out.push(`the crash screen is shown: ${el.textContent.slice(0, 80)}`);
  }
  return out;
}

/**
 * The frames of the page that have a document to look at. A lazy iframe that never loaded has none,
 * and evaluating in it would wait for ever; an element such a frame was made from is still found
 * by the scan of its parent.
 */
const loadedFrames = (page) => page.frames().filter((f) => !f.isDetached() && f.url() !== '' && f.url() !== 'about:blank');

/** Evaluates in a frame, or gives `fallback` if the frame does not answer in time. */
const evaluateIn = (frame, fn, fallback) =>
  Promise.race([frame.evaluate(fn).catch(() => fallback), new Promise((r) => setTimeout(() => r(fallback), 5000))]);

/** Fails if any frame of the page shows a payload took effect, or the canary was called. */
async function expectClean(page, canary, what) {
  const problems = [];
  for (const frame of loadedFrames(page)) {
    const found = await evaluateIn(frame, scanFrame, []);
    problems.push(...found.map((p) => `${frame.url().slice(0, 80)}: ${p}`));
  }
  problems.push(...canary.hits.map((h) => `the canary was called in ${h}`));
  expect(problems, `after ${what}`).toEqual([]);
}

// ------------------------------------------------------------------------------------------------
// Small helpers

const SEARCH_HEADING = 'Search the Cybersecurity Tech Accord';
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Splits a list into `n`-sized chunks. */
const chunks = (list, n) => Array.from({ length: Math.ceil(list.length / n) }, (_, i) => list.slice(i * n, i * n + n));

/** The first `n` characters (Unicode scalar values, as Rust counts them) of well-formed text. */
const firstChars = (s, n) => [...wellFormed(s)].slice(0, n).join('');

/** A query string from pairs, percent-encoded. */
const query = (pairs) => `?${pairs.map(([k, v]) => `${encodeURIComponent(wellFormed(k))}=${encodeURIComponent(wellFormed(v))}`).join('&')}`;

/** Waits until the app has handled what just happened. */
const settle = (frame) => frame.evaluate(() => window.__untilQuiet());

/** Goes to a query string without reloading: the app reads it as it does on Back and Forward. */
async function goInApp(page, search) {
  await page.evaluate((s) => {
    history.pushState(null, '', location.pathname + s);
    dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, search);
  await settle(page);
}

/**
 * Visits each query string in the app without reloading (one round trip for all of them) and
 * returns what each showed: the heading, the search box, the field list, the links that open a new
 * tab, and the findings of scanFrame and unsafeLinks.
 */
function visitAll(page, searches) {
  return page.evaluate(async (searches) => {
    const out = [];
    for (const search of searches) {
      history.pushState(null, '', location.pathname + search);
      dispatchEvent(new PopStateEvent('popstate', { state: null }));
      await window.__untilQuiet();
      const fields = {};
      for (const dt of document.querySelectorAll('dl dt')) fields[dt.textContent] = dt.nextElementSibling?.textContent ?? null;
      out.push({
        search,
        h1: document.querySelector('h1')?.textContent ?? null,
        box: document.querySelector('input[type="search"]')?.value ?? null,
        fields,
        newTabLinks: [...document.querySelectorAll('a[target="_blank"]')].map((a) => a.getAttribute('href')),
        injected: window.__scanFrame(),
        unsafeLinks: window.__unsafeLinks(),
      });
    }
    return out;
  }, searches);
}

/** What the search page shows: the box's value, the count, the "Nothing matches" line, an error. */
function searchState(frame) {
  return frame.evaluate(() => {
    const box = document.querySelector('input[type="search"]');
    const nothing = [...document.querySelectorAll('p')].find((p) => p.textContent.startsWith('Nothing matches “'));
    const status = [...document.querySelectorAll('[role="status"]')].find((s) => /^(\d+ results?|No results)$/.test(s.textContent.trim()));
    return {
      value: box ? box.value : null,
      count: status ? status.textContent.trim() : null,
      nothing: nothing ? nothing.textContent : null,
      h1: document.querySelector('h1')?.textContent ?? null,
    };
  });
}

/**
 * The search page shows `q` as text: the box holds it (less the line breaks an <input> drops), and
 * "Nothing matches “q”" quotes it literally, unless something matched or the query is refused.
 */
async function expectSearchShows(frame, q, what) {
  await expect
    .poll(async () => (await searchState(frame)).value, { message: `${what}: the search box holds the text` })
    .toBe(q.replace(/[\r\n]/g, ''));
  const s = await searchState(frame);
  expect(s.count, `${what}: the result count is shown`).not.toBeNull();
  if (s.count === 'No results' && s.nothing !== null) {
    expect(s.nothing.startsWith(`Nothing matches “${q}”`), `${what}: "Nothing matches" quotes the text literally, found ${JSON.stringify(s.nothing.slice(0, 120))}`).toBe(true);
  }
}

/** The search box still works: a known query finds its record. */
async function expectSearchWorks(page, what, [query, name] = ['cisco', 'Cisco']) {
  const { search, results } = searchPage(page);
  await search.fill(query);
  await expect(results.getByRole('link', { name, exact: true }), `${what}: the search still works`).toBeVisible();
}

// ================================================================================================
// 0. The harness itself

test('the canary and the scan catch a payload that runs (control)', async ({ page, canary }) => {
  await openApp(page, '/');
  await page.evaluate(() => window.__canary());
  await expect.poll(() => canary.hits.length, { message: 'a canary call is recorded' }).toBe(1);
  canary.reset();
  await page.evaluate(() => {
    window.__canaryCalls.length = 0;
    // Not a real event handler (that would be a CSP violation): the scan matches any on* name.
    const el = document.createElement('x-probe');
    el.setAttribute('data-pwn', '');
    el.setAttribute('onprobe', 'x');
    document.body.append(el);
  });
  const found = await page.evaluate(scanFrame);
  expect(found.join('\n')).toContain('data-pwn');
  expect(found.join('\n')).toContain('onprobe');
  await page.evaluate(() => document.querySelector('[data-pwn]').remove());
  expect(await page.evaluate(scanFrame)).toEqual([]);
});

// ================================================================================================
// 1. The search box

test.describe('the search box shows every payload as text', () => {
  for (const [i, group] of chunks(CORPUS, 19).entries()) {
    test(`payloads ${i * 19 + 1}–${i * 19 + group.length} (fill)`, async ({ page, canary }) => {
      test.setTimeout(90_000);
      await openApp(page, '/');
      const { search } = searchPage(page);
      for (const p of group) {
        const what = `search box: ${show(p)}`;
        await search.fill(p.text);
        const value = await search.inputValue();
        // What the box holds is the payload (cut at its maxlength, line breaks aside).
        if (!/[\r\n\u2028\u2029]/.test(p.text)) {
          expect(value, `${what}: the box holds the payload`).toBe(wellFormed(p.text).slice(0, 256));
        }
        await expectSearchShows(page, value, what);
        // The URL carries it, and reads back as the same text.
        const q = await page.evaluate(() => new URLSearchParams(location.search).get('q'));
        expect(q ?? '', `${what}: the URL's q`).toBe(value);
        await expectClean(page, canary, what);
      }
      await expectSearchWorks(page, 'after the payloads');
    });
  }

  test('typed key by key', async ({ page, canary }) => {
    await openApp(page, '/');
    const { search } = searchPage(page);
    for (const id of ['attr-break-double', 'img-onerror', 'rtl-override', 'mustache', 'zero-width']) {
      const p = CORPUS.find((c) => c.id === id);
      await search.fill('');
      await search.pressSequentially(p.text);
      await expectSearchShows(page, p.text, `typed: ${show(p)}`);
      await expectClean(page, canary, `typed: ${show(p)}`);
      await search.press('Escape');
      await expect(search).toHaveValue('');
    }
    await expectSearchWorks(page, 'after typing');
  });
});

// ================================================================================================
// 2. URL parameters

/** The URLs that put `text` into every parameter the app reads, and some it does not. */
function urlsFor(text) {
  const t = text;
  const groups = [
    // The search page with every parameter at once.
    [['q', t], ['f', t], ['f', `country:${t}`], ['f', `sector:${t}`], ['f', `${t}:${t}`], ['sort', t], ['theme', t], ['diff', t], ['embed', t], ['tf', t]],
    [['view', t]],
    [['view', `signatory/${t}`]],
    [['view', `principle/${t}`], ['q', t]],
    [['view', `milestone/${t}`]],
    [['view', `framework/${t}`]],
    [['view', 'compare'], ['cmp', t], ['cmp', `cisco,${t},nokia`], ['diff', t]],
    [['view', 'principles'], ['tf', t]],
    [['view', 'charts'], ['theme', t], ['sort', t]],
    [['embed', '1'], ['q', t], ['theme', t], ['sort', t]],
    [['embed', '1'], ['view', t], ['cmp', t]],
    // Unknown parameters, the payload as a name, repeats.
    [['zzz', t], [t, t], ['__proto__', t], ['constructor', t], ['q[]', t], ['q', t], ['q', 'x']],
  ];
  const out = [];
  for (const pairs of groups) {
    const whole = query(pairs);
    // Browsers refuse URLs over 2 MB: a long payload gets one URL per parameter.
    if (whole.length <= 1_000_000) out.push(whole);
    else out.push(...pairs.map((pair) => query([pair])));
  }
  return out;
}

/**
 * The payloads whose page load is tested too: one of each kind. Every payload goes through every
 * parameter in the app (as on Back and Forward), which reads the address with the same code as a
 * page load; a page load adds the shell's script (it reads `theme` before the first paint), the
 * server and hydration, and what those do with a payload depends on its kind, not on each payload.
 */
const PAGE_LOADS = ['script-tag', 'img-onerror', 'attr-inject-double', 'javascript-url', 'data-url-base64', 'percent-double',
  'entities-numeric', 'full-width', 'rtl-override', 'control-chars', 'line-breaks', 'lone-surrogates', 'proto-keys', 'url-fragment'];
// (Not the 100 KB payload: static hosts refuse request lines that long, HTTP 431, so it can only
// reach the app in the app, which the sweep does.)

/** How many payloads one test of the sweep takes, with one page load for all of them. */
const SWEEP_GROUP = 25;

/** What every URL with `p` in its parameters shows, after it was just visited (on the search page). */
async function expectUrlPayloadShown(page, canary, p, what) {
  await expectSearchShows(page, firstChars(p.text, 256), what);
  // An unknown theme, sort or embed value is ignored.
  expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme')), `${what}: theme`).toBeNull();
  await expect(page.getByRole('combobox', { name: 'Sort by' }), `${what}: sort`).toHaveValue('relevance');
  await expect(page.getByRole('banner'), `${what}: not in embed mode`).toBeVisible();
  await expectClean(page, canary, what);
}

test.describe('every URL parameter takes every payload', () => {
  for (const [i, group] of chunks(CORPUS, SWEEP_GROUP).entries()) {
    const range = `${i * SWEEP_GROUP + 1}–${i * SWEEP_GROUP + group.length}`;
    test(`payloads ${range}, in the app`, async ({ page, canary }) => {
      test.setTimeout(180_000);
      await openApp(page, '/');
      for (const p of group) {
        const what = `URL: ${show(p)}`;
        const [first, ...rest] = urlsFor(p.text);
        await goInApp(page, first);
        await expectUrlPayloadShown(page, canary, p, what);

        // Every other parameter; last, the raw payload, not percent-encoded (the browser escapes
        // what it must).
        const raw = wellFormed(p.text).slice(0, 50_000);
        const seen = await visitAll(page, [...rest, `?q=${raw}&view=${raw}&f=country:${raw}`]);
        for (const v of seen) {
          const where = `${what}: ${v.search.slice(0, 80)}`;
          expect(v.h1, `${where}: a view is shown`).not.toBeNull();
          expect(v.injected, where).toEqual([]);
          const params = new URLSearchParams(v.search);
          if (v.search !== seen.at(-1).search && (/^(signatory|principle|milestone|framework)\//.test(params.get('view') ?? '') || params.getAll('view').some((x) => x === wellFormed(p.text)))) {
            // A view or record the app does not know: the search page (or a "not found" page).
            expect(v.h1 === SEARCH_HEADING || /^No (signatory|principle|milestone|framework) “/.test(v.h1), `${where}: shows ${v.h1}`).toBe(true);
          }
          if (params.get('embed') === '1' && params.has('q') && !params.has('view')) {
            expect(v.box, `${where}: the embed's search box holds the text`).toBe(firstChars(params.get('q'), 256).replace(/[\r\n]/g, ''));
          }
        }
        await expectClean(page, canary, `${what}: every parameter`);
        await goInApp(page, '');
      }
      // Still usable: a plain search.
      await expectSearchWorks(page, `after payloads ${range}`);
    });
  }

  test(`a page load with a payload in every parameter: ${PAGE_LOADS.length} payloads, one of each kind`, async ({ page, canary }) => {
    test.setTimeout(180_000);
    for (const id of PAGE_LOADS) {
      const p = CORPUS.find((c) => c.id === id);
      expect(p, `${id} is in the corpus`).toBeDefined();
      const what = `page load: ${show(p)}`;
      const [first] = urlsFor(p.text);
      expect(first.length, `${what}: a URL a static host takes`).toBeLessThanOrEqual(8000);
      await openApp(page, `/${first}`);
      await expectUrlPayloadShown(page, canary, p, what);
      // Still usable: back to a plain search.
      await goInApp(page, '');
      await expectSearchWorks(page, what);
    }
  });
});

// ================================================================================================
// 3. Embedding: the loader's data attributes, and postMessage both ways

const WIDGET_TITLE = 'Cybersecurity Tech Accord explorer';
const FULL_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox allow-same-origin';
const LOADER_PARAMS = new Set(['q', 'f', 'view', 'cmp', 'theme', 'embed']);
const LOADER_FACET = /^(country|region|sector|joined|founding|status|confidence):[^,]{1,80}$/;

let hostDir; // host pages written by the tests
let host; // serves them on http://localhost:<port> (another site than the app's 127.0.0.1)

const appOrigin = (baseURL) => new URL(baseURL).origin;
const hostUrl = (file, baseURL) => `http://localhost:${host.port}/${file}?app=${encodeURIComponent(appOrigin(baseURL))}`;

/** A host page with the loader and these widgets (attribute maps), written as HTML. */
function writeHostPage(file, widgets, { columns = 4 } = {}) {
  const divs = widgets
    .map((attrs) => `<div data-accord-explorer${Object.entries(attrs).map(([k, v]) => ` data-${k}="${htmlEscape(v)}"`).join('')}></div>`)
    .join('\n  ');
  writeFileSync(
    path.join(hostDir, file),
    `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>A hostile host page</title>
  <link rel="icon" href="data:,">
  <style>body { margin: 0 } .grid { display: grid; grid-template-columns: repeat(${columns}, 1fr); gap: 4px }</style>
</head>
<body>
  <div class="grid">
  ${divs}
  </div>
  <script src="__APP__/embed.js" async></script>
</body>
</html>
`,
  );
}

test.describe('the embed loader with payloads in its data attributes', () => {
  // The host pages' server, for this group only: hooks at the top of the file would make
  // Playwright run the whole file as two long groups, one a worker, however long their tests are.
  test.beforeAll(async () => {
    hostDir = mkdtempSync(path.join(os.tmpdir(), 'accord-hardening-hosts-'));
    writeFileSync(path.join(hostDir, 'blank.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body><h1>Host</h1></body></html>');
    host = await startStaticServer(hostDir, {
      transform: (url, text) => text.replaceAll('__APP__', url.searchParams.get('app')),
    });
  });

  test.afterAll(async () => {
    await host?.close();
    if (hostDir) rmSync(hostDir, { recursive: true, force: true });
  });

  test('every frame it makes stays on the app origin, with only well-formed parameters', async ({ page, baseURL, canary }) => {
    test.setTimeout(60_000);
    const app = appOrigin(baseURL);
    // The frames are not loaded (that is the next tests): only the URLs the loader builds matter
    // here. They are far below the fold, so the loader's loading="lazy" keeps them unloaded; should
    // one load anyway, it gets an empty 204 (no document, no new renderer).
    await page.route((url) => url.origin === app && url.pathname === '/', (route) => route.fulfill({ status: 204 }));
    await page.goto(hostUrl('blank.html', baseURL));
    // The attributes are set through the DOM, so that each holds the payload exactly.
    const widgets = CORPUS.flatMap((p) => {
      const t = p.text;
      return [
        { id: p.id, attrs: { view: 'search', q: t, filters: `${t},country:${t},sector:${t}, region:${t}`, theme: t, title: t, sandbox: t, id: t, ids: t } },
        { id: p.id, attrs: { view: 'signatory', id: t, theme: t } },
        { id: p.id, attrs: { view: 'compare', ids: `cisco,${t},nokia` } },
        { id: p.id, attrs: { view: t, q: t, id: t } },
      ];
    });
    await page.evaluate(({ widgets, src }) => {
      const box = document.createElement('div');
      box.style.cssText = 'position: absolute; top: 200000px; left: 0; width: 400px';
      for (const w of widgets) {
        const div = document.createElement('div');
        div.setAttribute('data-accord-explorer', '');
        for (const [k, v] of Object.entries(w.attrs)) div.setAttribute(`data-${k}`, v);
        box.append(div);
      }
      document.body.append(box);
      const s = document.createElement('script');
      s.src = src;
      document.body.append(s);
    }, { widgets, src: `${app}/embed.js` });
    const frames = page.locator('iframe');
    await expect(frames).toHaveCount(widgets.length);
    const made = await frames.evaluateAll((els) =>
      els.map((f) => ({ src: f.getAttribute('src'), title: f.getAttribute('title'), sandbox: f.getAttribute('sandbox') })),
    );
    const problems = [];
    made.forEach((f, i) => {
      const w = widgets[i];
      const p = CORPUS.find((c) => c.id === w.id);
      const bad = (msg) => problems.push(`${show(p)} with ${JSON.stringify(Object.keys(w.attrs))}: ${msg}`);
      let url;
      try {
        url = new URL(f.src);
      } catch {
        return bad(`src is not a URL: ${f.src.slice(0, 100)}`);
      }
      if (url.origin !== app) bad(`src left the app's origin: ${f.src.slice(0, 100)}`);
      if (url.pathname !== '/' || url.hash || url.username || url.password) bad(`src is not the app's page: ${f.src.slice(0, 100)}`);
      for (const k of url.searchParams.keys()) if (!LOADER_PARAMS.has(k)) bad(`unexpected parameter ${JSON.stringify(k)}`);
      if (url.searchParams.getAll('embed').join() !== '1') bad('embed=1 missing');
      const view = url.searchParams.get('view');
      if (view !== null && !/^(signatory\/[a-z0-9]+(-[a-z0-9]+)*|principles|charts|compare)$/.test(view)) bad(`view=${view.slice(0, 80)}`);
      for (const id of (url.searchParams.get('cmp') ?? '').split(',').filter(Boolean)) if (!SLUG.test(id)) bad(`cmp id ${id.slice(0, 80)}`);
      for (const fv of url.searchParams.getAll('f')) if (!LOADER_FACET.test(fv)) bad(`f=${fv.slice(0, 80)}`);
      if (url.searchParams.has('theme')) bad(`theme=${url.searchParams.get('theme').slice(0, 80)}`);
      const q = url.searchParams.get('q');
      if (w.attrs.view === 'search' && w.attrs.q !== undefined && q !== wellFormed(w.attrs.q.slice(0, 256))) bad(`q is not the payload: ${String(q).slice(0, 80)}`);
      const title = (w.attrs.title || WIDGET_TITLE).slice(0, 200);
      if (f.title !== title) bad(`title is not the text given: ${String(f.title).slice(0, 80)}`);
      if (f.sandbox !== FULL_SANDBOX) bad(`sandbox="${f.sandbox}"`);
    });
    expect(problems).toEqual([]);
    await expectClean(page, canary, 'the loader mounted every widget');
  });

  // Payloads in real, loaded widgets: data-q, data-filters, data-title and data-theme at once.
  // Every payload goes through the loader above (the frame it makes) and through the app's every
  // URL parameter, embed=1 included (section 2); loading a frame for each would run those same
  // paths again, so these load every fourth payload (the corpus is in sections by kind: each
  // section has one or more) and the very long ones. 8 widgets a page, in a 4-column grid that
  // the viewport shows whole (so every lazy frame loads).
  const inFrames = CORPUS.filter((p, k) => k % 4 === 0 || p.text.length > 10_000);
  for (const [i, group] of chunks(inFrames, 8).entries()) {
    test(`widgets render payloads ${group.map((p) => p.id).join(', ')} as text`, async ({ page, baseURL, canary }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width: 1280, height: 1100 });
      const file = `widgets-${i}.html`;
      writeHostPage(
        file,
        group.map((p) => ({ view: 'search', q: p.text, filters: `country:${p.text},sector:${p.text}`, title: p.text, theme: p.text })),
        { columns: 4 },
      );
      await page.goto(hostUrl(file, baseURL));
      const iframes = page.locator('iframe');
      await expect(iframes).toHaveCount(group.length);
      for (const [k, p] of group.entries()) {
        const what = `widget: ${show(p)}`;
        const iframe = iframes.nth(k);
        await iframe.scrollIntoViewIfNeeded();
        // What the loader read from the attribute (the HTML parser normalises line breaks and NULs).
        const attr = await page.evaluate((k) => document.querySelectorAll('[data-accord-explorer]')[k].getAttribute('data-q'), k);
        expect(new URL(await iframe.getAttribute('src')).origin, `${what}: src`).toBe(appOrigin(baseURL));
        const frame = await (await iframe.elementHandle()).contentFrame();
        await expect(iframe.contentFrame().getByRole('heading', { level: 1 }), `${what}: renders`).toBeAttached({ timeout: 20_000 });
        await expectSearchShows(frame, firstChars(attr.slice(0, 256), 256), what);
        const height = await iframe.evaluate((f) => f.style.height);
        expect(height, `${what}: height`).toMatch(/^\d+px$/);
      }
      await expectClean(page, canary, `widgets ${group.map((p) => p.id).join(', ')}`);
      // Each widget still searches (once the payload's filters, if it kept any, are cleared).
      const last = iframes.nth(group.length - 1).contentFrame();
      // (A narrow widget folds the filter panel away; the empty result offers "Clear filters".)
      await last.getByRole('searchbox', { name: 'Search' }).fill('nokia');
      const nokia = last.getByRole('list', { name: 'Results' }).getByRole('link', { name: 'Nokia', exact: true });
      const clear = last.getByRole('button', { name: 'Clear filters', exact: true });
      await expect(nokia.or(clear)).toBeVisible();
      if (await clear.isVisible()) await clear.click();
      await expect(nokia).toBeVisible();
    });
  }

  test('postMessage: payloads sent to the widgets and forged height messages sent to the host do nothing', async ({ page, baseURL, canary }) => {
    test.setTimeout(60_000);
    writeHostPage('messages.html', [{ view: 'search', q: 'cisco' }, { view: 'signatory', id: 'cisco' }], { columns: 2 });
    await page.goto(hostUrl('messages.html', baseURL));
    const iframes = page.getByTitle(WIDGET_TITLE, { exact: true });
    await expect(iframes).toHaveCount(2);
    const search = iframes.nth(0).contentFrame();
    const detail = iframes.nth(1).contentFrame();
    await expect(search.getByRole('list', { name: 'Results' }).getByRole('link', { name: 'Cisco', exact: true })).toBeVisible();
    await expect(detail.getByRole('heading', { level: 1 })).toHaveText('Cisco');
    await page.evaluate(() => {
      window.__heights = [];
      const observer = new MutationObserver((records) => {
        for (const r of records) window.__heights.push(r.target.style.height);
      });
      document.querySelectorAll('iframe').forEach((f) => observer.observe(f, { attributes: true, attributeFilter: ['style'] }));
    });

    // The host (and anyone who can get a handle on the frames) posts every payload, in every shape.
    const texts = CORPUS.map((p) => wellFormed(p.text));
    await page.evaluate((texts) => {
      const targets = [...document.querySelectorAll('iframe')].map((f) => f.contentWindow);
      for (const w of targets) {
        for (const t of texts) {
          w.postMessage(t, '*');
          w.postMessage({ type: 'accord-explorer:height', height: t }, '*');
          w.postMessage({ type: t, html: t, q: t, view: t, url: t }, '*');
          w.postMessage({ type: 'accord-explorer:navigate', url: t, search: `?q=${t}` }, '*');
          w.postMessage([t, { innerHTML: t }], '*');
        }
      }
      // The host page talking to itself is no widget either.
      for (const t of texts) window.postMessage({ type: 'accord-explorer:height', height: t }, '*');
    }, texts);
    for (const f of [iframes.nth(0), iframes.nth(1)]) await settle(await (await f.elementHandle()).contentFrame());
    await expect(search.getByRole('searchbox', { name: 'Search' })).toHaveValue('cisco');
    await expect(detail.getByRole('heading', { level: 1 })).toHaveText('Cisco');
    await expectClean(page, canary, 'payloads posted to the widgets');

    // The widget's own frame (the only one the loader listens to) forges height messages.
    const own = await (await iframes.nth(1).elementHandle()).contentFrame();
    await own.evaluate((texts) => {
      const forged = [];
      for (const t of texts) {
        forged.push({ type: 'accord-explorer:height', height: t });
        forged.push({ type: t, height: 200 });
        forged.push(t);
        forged.push({ type: 'accord-explorer:height', height: 200, extra: t, toString: t });
      }
      for (const h of [-1, 0, -0, 1e9, 1e5, 100000, NaN, Infinity, -Infinity, Number.MAX_VALUE, -Number.MIN_VALUE, '300px', '300', '1e3', [300], { valueOf: 300 }, true, null]) {
        forged.push({ type: 'accord-explorer:height', height: h });
      }
      for (const m of forged) parent.postMessage(m, '*');
      // Messages from one frame arrive in order: this good one shows that all before were handled.
      parent.postMessage({ type: 'accord-explorer:height', height: 321 }, '*');
    }, texts);
    await expect.poll(() => iframes.nth(1).evaluate((f) => f.style.height)).toBe('321px');
    const heights = await page.evaluate(() => window.__heights);
    for (const h of heights) {
      expect(h, 'every height the loader set is a whole number of pixels').toMatch(/^\d+px$/);
      expect(parseInt(h, 10), `height ${h}`).toBeGreaterThan(0);
      expect(parseInt(h, 10), `height ${h}`).toBeLessThanOrEqual(100000);
    }
    expect(await iframes.nth(0).evaluate((f) => f.style.height)).toMatch(/^\d+px$/);
    await expectClean(page, canary, 'forged height messages');

    // Both widgets still work.
    await search.getByRole('searchbox', { name: 'Search' }).fill('nokia');
    await expect(search.getByRole('list', { name: 'Results' }).getByRole('link', { name: 'Nokia', exact: true })).toBeVisible();
  });

  test('the canary is armed in the widgets too (control)', async ({ page, baseURL, canary }) => {
    writeHostPage('control.html', [{ view: 'signatory', id: 'nokia' }], { columns: 1 });
    await page.goto(hostUrl('control.html', baseURL));
    const iframe = page.getByTitle(WIDGET_TITLE, { exact: true });
    await expect(iframe.contentFrame().getByRole('heading', { level: 1 })).toHaveText('Nokia');
    const frame = await (await iframe.elementHandle()).contentFrame();
    await frame.evaluate(() => window.__canary());
    await expect.poll(() => canary.hits.length).toBe(1);
    expect(canary.hits[0]).toContain(appOrigin(baseURL));
    canary.reset();
    await frame.evaluate(() => {
      window.__canaryCalls.length = 0;
    });
  });
});

// ================================================================================================
// 4. An opened dataset file

/** The app's own dataset file, through its download button (on the About page). */
async function exportDataset(page) {
  const { bytes } = await captureDownload(page, () => page.getByRole('button', { name: 'Download this dataset (JSON)' }).click());
  return JSON.parse(bytes.toString('utf8'));
}

async function openDatasetFile(page, name, buffer) {
  await page.getByLabel('Open a dataset file').setInputFiles({ name, mimeType: 'application/json', buffer });
}

const datasetStatus = (page) => page.getByRole('status').filter({ hasText: /^(Opened |.* was not opened: )/ });

test.describe('a dataset file with payloads', () => {
  test('names, aliases, notes, cities, statuses, websites and known gaps with payloads open and show as text', async ({ page, canary }) => {
    test.setTimeout(90_000);
    await openApp(page, '/?view=about');
    const bundle = await exportDataset(page);
    const added = CORPUS.map((p, k) => {
      const t = wellFormed(p.text);
      return {
        id: `pwn-${k}`,
        name: `${t} #${k}`,
        aliases: [`alias #${k} ${t}`],
        country: 'NL',
        hq_city: t,
        website: t,
        sector: 'software',
        joined: '2019-05',
        founding: false,
        status_kind: 'active',
        status: t,
        confidence: 'low',
        // http(s) URLs are links; these carry markup in the path, which must stay in the href.
        sources: [`https://example.com/pwn/${k}?x="><svg/onload=__canary()>`],
        notes: t,
      };
    });
    bundle.signatories.push(...added);
    // Every cited URL has its citation: the payloads ride in its title and publisher too.
    bundle.sources.push(...added.map((s) => ({ url: s.sources[0], title: s.name, publisher: `Publisher ${s.status}` })));
    bundle.meta.known_gaps = [...bundle.meta.known_gaps, ...CORPUS.map((p) => wellFormed(p.text))];
    await openDatasetFile(page, 'payloads.json', Buffer.from(JSON.stringify(bundle)));
    const n = DATA.signatories.length + added.length;
    await expect(datasetStatus(page)).toHaveText(/^Opened payloads\.json: /);
    await expect(page.getByText(`Opened payloads.json: ${n} signatories.`)).toBeVisible();
    await expectClean(page, canary, 'opening the file');

    // The known gaps, each exactly as written.
    const gaps = await page.getByRole('region', { name: 'Known gaps' }).getByRole('listitem').evaluateAll((li) => li.map((l) => l.textContent));
    expect(gaps).toEqual(bundle.meta.known_gaps);

    // Every new signatory's page (without reloading, which would bring back the built-in data).
    const pages = await visitAll(page, added.map((s) => `?view=signatory/${s.id}`));
    for (const [k, s] of added.entries()) {
      const what = `signatory page: ${show(CORPUS[k])}`;
      const shown = pages[k];
      expect(shown.injected, what).toEqual([]);
      expect(shown.h1, `${what}: the heading`).toBe(s.name);
      expect(shown.fields['Also known as'], `${what}: aliases`).toBe(s.aliases[0]);
      expect(shown.fields['Notes'], `${what}: notes`).toBe(s.notes);
      expect(shown.fields['Headquarters'], `${what}: city`).toBe(s.hq_city);
      expect(shown.fields['Website'], `${what}: website`).toBe(s.website);
      expect(shown.fields['Status'], `${what}: status`).toBe(s.status);
      expect(shown.newTabLinks, `${what}: the source link`).toContain(s.sources[0]);
      expect(shown.unsafeLinks, `${what}: links`).toEqual([]);
    }
    await expectClean(page, canary, 'the pages of the new signatories');

    // The search lists them all by name (with highlighted matches), as text.
    await goInApp(page, '');
    const { search, count } = searchPage(page);
    await expect(count).toHaveText(`${n} results`);
    const names = await page.getByRole('list', { name: 'Results' }).getByRole('listitem').evaluateAll((items) =>
      items.map((li) => li.querySelector('a')?.textContent),
    );
    for (const s of added) expect(names, `the results list ${JSON.stringify(s.name.slice(0, 60))}`).toContain(s.name);
    for (const word of ['canary', 'script', 'img onerror', 'alias', 'pwn', 'javascript']) {
      await search.fill(word);
      await expect(count).toHaveText(/^\d+ results?$/);
      await expectClean(page, canary, `searching the payload data for "${word}"`);
    }
    await search.fill('example');
    await expectClean(page, canary, 'searching "example"');
  });

  test('sources that are not http(s) are refused, each one listed, and nothing changes', async ({ page, canary }) => {
    await openApp(page, '/?view=about');
    const bundle = await exportDataset(page);
    const i = bundle.signatories.findIndex((s) => s.id === 'cisco');
    const kept = bundle.signatories[i].sources.length;
    bundle.signatories[i].sources = [...bundle.signatories[i].sources, ...CORPUS.map((p) => wellFormed(p.text))];
    await openDatasetFile(page, 'bad-sources.json', Buffer.from(JSON.stringify(bundle)));
    await expect(datasetStatus(page)).toContainText(/^bad-sources\.json was not opened: \d+ problem\(s\)\. The current data is unchanged\./);
    const items = await page.getByRole('status').getByRole('listitem').evaluateAll((li) => li.map((l) => l.textContent));
    const missing = [];
    CORPUS.forEach((p, j) => {
      const t = wellFormed(p.text);
      if (/^https?:\/\//.test(t)) return; // may be a valid http(s) URL
      const field = `field sources[${kept + j}]: `;
      if (!items.some((li) => li.includes(field) && li.includes(t))) missing.push(show(p));
    });
    expect(missing, 'every source that is not http(s) is listed as a problem, quoted as text').toEqual([]);
    expect(await page.getByRole('status').getByRole('link').count(), 'no problem is a link').toBe(0);
    await expect(page.getByRole('banner')).toContainText(coverageLine());
    await expectClean(page, canary, 'refusing bad sources');
  });

  /** The bytes of a valid export with `name` (raw bytes, spliced in) as Cisco's name. */
  async function withRawName(page, nameBytes) {
    const bundle = await exportDataset(page);
    const i = bundle.signatories.findIndex((s) => s.id === 'cisco');
    bundle.signatories[i].name = '@@NAME@@';
    const [before, after] = JSON.stringify(bundle).split('"@@NAME@@"');
    return Buffer.concat([Buffer.from(`${before}"`), nameBytes, Buffer.from(`"${after}`)]);
  }

  test('invalid UTF-8 in a file: replacement characters or a clear error, never a panic', async ({ page, canary }) => {
    await openApp(page, '/?view=about');
    const cases = [
      // Invalid sequences inside a string: a broken pair, stray bytes, an overlong "<script>".
      ['in-a-name.json', await withRawName(page, Buffer.from([0x43, 0x69, 0xc3, 0x28, 0xff, 0xfe, 0x20, 0xc0, 0xbc, 0x73, 0x63, 0x72, 0x69, 0x70, 0x74, 0xc0, 0xbe, 0x20, 0xed, 0xa0, 0x80, 0x20, 0xf8, 0x88, 0x80, 0x80, 0x80]))],
      // A multi-byte character cut at the end of the name.
      ['cut-character.json', await withRawName(page, Buffer.from([0x43, 0x69, 0x73, 0x63, 0x6f, 0xe2, 0x82]))],
      // A lone surrogate escape, which JSON allows to be written and UTF-8 cannot hold.
      ['lone-surrogate.json', await withRawName(page, Buffer.from('Cisco \\ud800 \\udfff'))],
      // Invalid bytes outside any string.
      ['stray-bytes.json', Buffer.concat([Buffer.from([0xff, 0xfe, 0x00]), Buffer.from('{"signatories": []}')])],
      // UTF-16 with its byte order mark (the app reads UTF-8).
      ['utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"meta": {}}', 'utf16le')])],
      // NUL bytes and control characters in a name (as JSON escapes they are valid text).
      ['controls.json', await withRawName(page, Buffer.from('Cisco\\u0000\\u0007\\u001b[31m\\u202e'))],
    ];
    for (const [name, bytes] of cases) {
      await openDatasetFile(page, name, bytes);
      const status = datasetStatus(page);
      await expect(status, `${name}: the app says what happened`).toContainText(new RegExp(`^(Opened ${name.replace('.', '\\.')}: |${name.replace('.', '\\.')} was not opened: )`));
      const text = await status.textContent();
      // What the app did with each file, for the report.
      test.info().annotations.push({ type: 'outcome', description: `${name}: ${text.slice(0, 200)}` });
      if (text.includes('was not opened')) {
        // A clear error names the file.
        const items = await page.getByRole('status').getByRole('listitem').allTextContents();
        expect(items.length, `${name}: at least one problem is listed`).toBeGreaterThan(0);
        expect(items.every((li) => li.startsWith(name)), `${name}: each problem names the file: ${items.join(' | ').slice(0, 200)}`).toBe(true);
      } else {
        // Opened: Cisco's name shows the replacement characters as text.
        await goInApp(page, '?view=signatory/cisco');
        const h1 = await page.getByRole('heading', { level: 1 }).textContent();
        expect(h1, `${name}: the name is text`).toMatch(/^Ci/);
        if (name === 'in-a-name.json' || name === 'cut-character.json') expect(h1, `${name}: U+FFFD where the bytes were bad`).toContain('\uFFFD');
        expect(h1, `${name}: an overlong "<" is no "<"`).not.toContain('<');
        await goInApp(page, '?view=about');
      }
      await expectClean(page, canary, name);
    }
    // Still usable.
    await goInApp(page, '');
    await expectSearchWorks(page, 'after the broken files', ['nokia', 'Nokia']);
  });
});

// ================================================================================================
// 5. Links

/** Runs in the page: links that open a new tab without noopener noreferrer, or external non-http(s). */
function unsafeLinks() {
  const out = [];
  for (const a of document.querySelectorAll('a, area')) {
    // HTML and SVG links (an SVG <a> may use xlink:href, and its .href is no string).
    const raw = a.getAttribute('href') ?? a.getAttributeNS('http://www.w3.org/1999/xlink', 'href');
    if (raw === null) continue;
    let url;
    try {
      url = new URL(raw, document.baseURI);
    } catch {
      out.push(`unparsable href ${raw}`);
      continue;
    }
    const label = `${(a.textContent || '').trim().slice(0, 40)} → ${raw.slice(0, 100)}`;
    // In-app links are http(s) too, so every link must be: no javascript:, data:, mailto:…
    if (!['http:', 'https:'].includes(url.protocol)) out.push(`not http(s): ${label}`);
    const target = (a.getAttribute('target') || '').toLowerCase();
    if (target && target !== '_self' && target !== '_top' && target !== '_parent') {
      const rel = (a.getAttribute('rel') || '').toLowerCase().split(/\s+/);
      if (!rel.includes('noopener')) out.push(`target=${target} without rel=noopener: ${label}`);
      if (!rel.includes('noreferrer')) out.push(`target=${target} without rel=noreferrer: ${label}`);
    }
  }
  return out;
}

/** Every page of the app: each record of each kind, and every section. */
function everyPage() {
  const ids = (list) => list.map((r) => r.id);
  return [
    ...ids(DATA.signatories).map((id) => `?view=signatory/${id}`),
    ...ids(DATA.principles).map((id) => `?view=principle/${id}`),
    ...ids(DATA.milestones).map((id) => `?view=milestone/${id}`),
    ...ids(DATA.frameworks).map((id) => `?view=framework/${id}`),
    '',
    '?q=a',
    '?view=principles',
    '?view=charts',
    '?view=about',
    `?view=compare&cmp=${ids(DATA.signatories).slice(0, 4).join(',')}`,
  ];
}

test.describe('a vendor list with payloads', () => {
  test('pasted, and as the cells and column names of a CSV file, every payload stays text', async ({ page, canary }) => {
    test.setTimeout(90_000);
    await openApp(page, '/check/');
    const main = page.getByRole('main');
    // Pasted: one line a payload (a payload with line breaks makes several rows).
    await main.getByRole('textbox', { name: 'Company names, one a line' }).fill(PAYLOADS.join('\n'));
    await main.getByRole('button', { name: 'Check these names' }).click();
    await expect(main.getByRole('status')).toHaveText(/^Checked [\d,]+ rows\.$/);
    await expectClean(page, canary, 'checking the pasted payloads');
    const shown = await main.getByRole('table').getByRole('rowheader').allInnerTexts();
    expect(shown.length).toBeGreaterThanOrEqual(PAYLOADS.length);
    expect(shown[0]).toBe(PAYLOADS[0].trim());

    // A CSV file whose column names and cells are the payloads (those with a NUL excepted: a file
    // with one is not text, and says so).
    const texts = PAYLOADS.filter((p) => !p.includes('\0'));
    // A CSV file whose column names and cells are the payloads.
    const cell = (t) => `"${wellFormed(t).replace(/"/g, '""')}"`;
    const csv = [`Supplier,${texts.slice(0, 20).map(cell).join(',')}`, ...texts.map((p) => `${cell(p)},${cell(p)}`)].join('\n');
    await main.getByLabel('Open a list (.txt or .csv)').setInputFiles({ name: 'payloads.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(main.getByRole('status')).toHaveText(/^Checked [\d,]+ rows\.$/);
    await expect(main.getByRole('combobox', { name: 'Column of company names' }).locator('option:checked')).toHaveText('Supplier');
    await expectClean(page, canary, 'checking a CSV of payloads');
  });
});

test.describe('links are safe', () => {
  test('on a signatory page, and on every other page: new tabs get noopener noreferrer, external links are http(s)', async ({ page }) => {
    await openApp(page, '/?view=signatory/cisco');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cisco');
    const sources = page.getByRole('region', { name: 'Sources', exact: true }).getByRole('link');
    expect(await sources.count(), 'the signatory page has source links').toBeGreaterThan(0);
    for (const a of await sources.all()) {
      await expect(a).toHaveAttribute('target', '_blank');
      await expect(a).toHaveAttribute('rel', /(?=.*\bnoopener\b)(?=.*\bnoreferrer\b)/);
      await expect(a).toHaveAttribute('href', /^https?:\/\//);
    }
    expect(await page.evaluate(unsafeLinks), 'the Cisco page').toEqual([]);

    const seen = await visitAll(page, everyPage());
    expect(seen.filter((v) => !v.h1).map((v) => v.search), 'every page rendered').toEqual([]);
    expect(seen.flatMap((v) => v.unsafeLinks.map((p) => `${v.search || '(search)'}: ${p}`))).toEqual([]);
  });

  // App bug (src/ui/footer.rs, Footer, the embed footer): the "Open in Accord Explorer ↗" link of
  // every embed has target="_blank" rel="noopener" but no "noreferrer", so the full app opened from
  // a widget gets the widget's URL as its Referer and document.referrer. Expected: rel="noopener
  // noreferrer", like the source links (src/ui/sources.rs).
  test('in an embed too: new tabs get noopener noreferrer, external links are http(s)', async ({ page }) => {
    await openApp(page, '/?embed=1&view=signatory/cisco');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cisco');
    const seen = await visitAll(page, everyPage().map((search) => `${search || '?'}${search ? '&' : ''}embed=1`));
    expect(seen.filter((v) => !v.h1).map((v) => v.search), 'every page rendered').toEqual([]);
    expect(seen.flatMap((v) => v.unsafeLinks.map((p) => `${v.search}: ${p}`))).toEqual([]);
  });
});

// ================================================================================================
// 6. Hostile settings

/** In any setting: the search finds Cisco, its page opens, and the way back works. */
async function searchAndOpenDetail(page) {
  await openApp(page, '/');
  const { search, results } = searchPage(page);
  await search.fill('cisco');
  const link = results.getByRole('link', { name: 'Cisco', exact: true });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cisco');
  await expect(page.getByRole('region', { name: 'Sources', exact: true }).getByRole('link').first()).toBeVisible();
}

/** Makes localStorage and sessionStorage (and, with `all`, IndexedDB and Cache Storage) throw. */
function denyStorage(all) {
  const deny = () => {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  };
  const names = ['localStorage', 'sessionStorage', ...(all ? ['indexedDB', 'caches'] : [])];
  for (const name of names) Object.defineProperty(window, name, { configurable: true, get: deny });
}

/** The theme switch still switches (it writes the choice to storage, which may fail). */
async function toggleTheme(page) {
  const before = await page.evaluate(() => document.documentElement.getAttribute('data-theme'));
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.getAttribute('data-theme'))).not.toBe(before);
}

test.describe('hostile settings', () => {
  test('storage denied: localStorage and sessionStorage throw', async ({ page }) => {
    await page.addInitScript(denyStorage, false);
    await searchAndOpenDetail(page);
    expect(await page.evaluate(() => { try { return typeof localStorage; } catch (e) { return e.name; } })).toBe('SecurityError');
    await toggleTheme(page);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cisco');
  });

  test('storage full: every write throws QuotaExceededError', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await searchAndOpenDetail(page);
    await toggleTheme(page);
  });

  // Playwright has no context option that blocks cookies; Chromium's DevTools protocol can disable
  // document.cookie (Emulation.setDocumentCookieDisabled). With "block all cookies", Chromium also
  // refuses all site storage: those throw SecurityError, as above.
  test('cookies off: document.cookie disabled, and site storage refused as Chromium then does', async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDocumentCookieDisabled', { disabled: true });
    await page.addInitScript(denyStorage, true);
    await searchAndOpenDetail(page);
    expect(await page.evaluate(() => { document.cookie = 'probe=1'; return document.cookie; })).toBe('');
    await toggleTheme(page);
  });

  test.describe('no service worker', () => {
    test.use({ serviceWorkers: 'block' });

    test('service workers blocked by the browser context', async ({ page }) => {
      await searchAndOpenDetail(page);
      // Give the shell's registration a moment: it must have got nowhere, quietly.
      await page.waitForTimeout(300);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
      expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    });
  });

  test.describe('no service worker, in other ways', () => {
    test('no navigator.serviceWorker at all', async ({ page }) => {
      await page.addInitScript(() => {
        Object.defineProperty(Navigator.prototype, 'serviceWorker', { configurable: true, get: () => undefined });
      });
      await searchAndOpenDetail(page);
    });

    test('navigator.serviceWorker throws, as in a private window of some browsers', async ({ page }) => {
      await page.addInitScript(() => {
        Object.defineProperty(Navigator.prototype, 'serviceWorker', {
          configurable: true,
          get: () => {
            throw new DOMException('Service workers are disabled.', 'SecurityError');
          },
        });
      });
      await searchAndOpenDetail(page);
    });

    test('registration rejected', async ({ page }) => {
      await page.addInitScript(() => {
        ServiceWorkerContainer.prototype.register = () => Promise.reject(new DOMException('Registration refused.', 'SecurityError'));
      });
      await searchAndOpenDetail(page);
    });
  });

  test.describe('reduced motion', () => {
    test.use({ reducedMotion: 'reduce' });

    test('prefers-reduced-motion: reduce, and nothing moves', async ({ page }) => {
      await searchAndOpenDetail(page);
      expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
      const moving = await page.evaluate(() => {
        const out = [];
        for (const el of document.querySelectorAll('*')) {
          const cs = getComputedStyle(el);
          const long = (v) => v.split(',').some((d) => parseFloat(d) > 0.01);
          if (long(cs.transitionDuration) && cs.transitionProperty !== 'none') out.push(`${el.localName}.${el.className}: transition ${cs.transitionDuration}`);
          if (cs.animationName !== 'none' && long(cs.animationDuration)) out.push(`${el.localName}.${el.className}: animation ${cs.animationName}`);
        }
        if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') out.push('smooth scrolling');
        return out;
      });
      expect(moving).toEqual([]);
    });
  });

  // 200% zoom as the browser does it: a 1280×720 window at 200% lays the page out in 640×360 CSS
  // pixels at 2 device pixels each. So: viewport 640×360, deviceScaleFactor 2 (CDP pinch-zoom,
  // Emulation.setPageScaleFactor, would not reflow the layout, so it would test nothing).
  test.describe('200% zoom', () => {
    test.use({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });

    test('search and a detail reflow with no horizontal scrolling', async ({ page }) => {
      await openApp(page, '/');
      expect(await page.evaluate(() => devicePixelRatio)).toBe(2);
      await expectFits(page, 640, 'the search page');
      await searchAndOpenDetail(page);
      await expectFits(page, 640, 'the Cisco page');
    });
  });

  test.describe('a 320 px wide screen', () => {
    test.use({ viewport: { width: 320, height: 640 } });

    test('search box, results and detail fit and are readable', async ({ page }) => {
      await openApp(page, '/');
      const { search, results } = searchPage(page);
      await expect(search).toBeVisible();
      await expectFits(page, 320, 'the search page', [search]);
      await search.fill('cisco');
      const link = results.getByRole('link', { name: 'Cisco', exact: true });
      await expect(link).toBeVisible();
      await expectFits(page, 320, 'the results', [search, link]);
      await link.click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cisco');
      await expectFits(page, 320, 'the Cisco page', [page.getByRole('heading', { level: 1 }), page.locator('dl').first(), page.getByRole('region', { name: 'Sources', exact: true })]);
    });

    // App bug (static/style.css, layout at 320 CSS px, WCAG 1.4.10 reflow): five views make the
    // whole page scroll sideways (document.documentElement.scrollWidth, expected <= 320):
    //   ?view=principles 364px: the frameworks table (section > table, no .table-scroll wrapper);
    //   ?view=charts 336px: each figure.bar-chart is 320px wide inside a 16px margin (width: 100%
    //     plus the offset), and the growth chart's data table (details > table) is 380px;
    //   ?view=about 381px: the dataset file input (#dataset-file) keeps its intrinsic 347px width;
    //   ?view=compare 446px although table.comparison is inside .table-scroll;
    //   ?view=principle/<id> 611px: table.counterparts has no .table-scroll wrapper.
    // Expected: wide tables scroll inside a .table-scroll box, figures and the file input shrink
    // to the column (max-width: 100%), so the page itself never scrolls horizontally.
    test('every other view fits too', async ({ page }) => {
      await openApp(page, '/');
      const problems = [];
      for (const search of ['?view=principles', '?view=charts', '?view=about', `?view=compare&cmp=cisco,nokia,microsoft`, '?view=principle/' + DATA.principles[0].id, '?view=framework/' + DATA.frameworks[0].id, '?view=milestone/' + DATA.milestones[0].id]) {
        await goInApp(page, search);
        const w = await page.evaluate(() => document.documentElement.scrollWidth);
        if (w > 320) problems.push(`${search}: the page is ${w}px wide`);
      }
      expect(problems).toEqual([]);
    });
  });
});

/**
 * No horizontal scrolling at `width`, the given elements inside the viewport horizontally, and
 * their text at least 12px (readable at this width).
 */
async function expectFits(page, width, what, locators = []) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${what}: no horizontal scrolling`).toBeLessThanOrEqual(width);
  for (const l of locators) {
    const box = await l.boundingBox();
    expect(box, `${what}: ${l} is laid out`).not.toBeNull();
    expect(box.x, `${what}: ${l} starts inside the screen`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${what}: ${l} ends inside the screen`).toBeLessThanOrEqual(width + 0.5);
    const size = await l.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size, `${what}: ${l} text size`).toBeGreaterThanOrEqual(12);
  }
}
