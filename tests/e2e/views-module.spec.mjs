// The views module (src/ui/views_module.rs, tools/split_views.mjs): the release build moves the
// code of the views most visits never open into a second wasm file. The first load of the other
// pages does not fetch it; opening one of those views does, once; a failed fetch says so and can
// be retried; a page that shows such a view loads it before it hydrates. And the build step's
// parts, on small inputs made here.

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures.mjs';
import { DIST, appReady, openApp } from './helpers.mjs';
import { addPlaceholders, check, patchTableFill, splitPlan } from '../../tools/split_views.mjs';

const VIEWS_FILE = /\/accord-views-[0-9a-f]{16}\.wasm$/;
const VIEWS_FILE_NAME = /^accord-views-[0-9a-f]{16}\.wasm$/;

/** The requests of the page for the views module, counted from now on. */
function countViewsFetches(page) {
  const seen = [];
  page.on('request', (r) => {
    if (VIEWS_FILE.test(new URL(r.url()).pathname)) seen.push(r.url());
  });
  return seen;
}

const nav = (page) => page.getByRole('navigation', { name: 'Sections' });

test.describe('in the browser', () => {
  // The service worker precaches every file after the first load, the views module included:
  // these tests count the page's own fetches.
  test.use({ serviceWorkers: 'block' });

  test('the first load of the search page does not fetch the views module', async ({ page }) => {
    const fetched = countViewsFetches(page);
    await openApp(page, '/');
    await expect(page.locator('head link[rel="preload"][href^="accord-views-"]')).toHaveCount(0);
    await page.waitForLoadState('networkidle');
    await page.getByRole('searchbox', { name: 'Search' }).fill('micro');
    await expect(page.getByRole('link', { name: 'Microsoft', exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'Microsoft', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Microsoft');
    expect(fetched).toEqual([]);
  });

  test('opening Charts fetches the views module once; the other views it holds need no more', async ({ page }) => {
    const fetched = countViewsFetches(page);
    await openApp(page, '/');
    await nav(page).getByRole('link', { name: 'Charts' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Charts');
    // Focus moves to the view's heading once the view is drawn, as for any other view.
    await expect(page.locator('#view-title')).toBeFocused();
    expect(fetched).toHaveLength(1);
    await nav(page).getByRole('link', { name: 'Principles' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The four principles');
    await nav(page).getByRole('link', { name: 'About the data' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the data');
    expect(fetched).toHaveLength(1);
  });

  test('a page that shows such a view loads the module before it takes over, and works', async ({ page }) => {
    const fetched = countViewsFetches(page);
    const warnings = [];
    // Chromium warns when a preload goes unused or does not match the request that follows
    // ("… preloaded using link preload but not used …", "A preload for … is found, but is not used
    // because …"). (It also notes that it ignores `integrity` on fetch preloads, Trunk's own too.)
    page.on('console', (m) => m.type() === 'warning' && /preload.*not used/i.test(m.text()) && warnings.push(m.text()));
    await openApp(page, '/charts/');
    // Preloaded from the head (src/prerender.rs), and that download is the one the app uses.
    await expect(page.locator('head link[rel="preload"][href^="accord-views-"]')).toHaveAttribute('href', VIEWS_FILE_NAME);
    expect(fetched).toHaveLength(1);
    expect(warnings).toEqual([]);
    // Interactive: a bar opens the search filtered to it.
    await page.getByRole('link', { name: 'Europe: 13 signatories', exact: true }).click();
    await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();
  });

  test('when the module cannot be fetched, the view says so, and "Try again" brings it', async ({ page, diagnostics }) => {
    diagnostics.allowConsoleError(/accord-views-[0-9a-f]{16}\.wasm|Failed to load resource/);
    let block = true;
    await page.route(VIEWS_FILE, (route) => (block ? route.abort('internetdisconnected') : route.continue()));
    await openApp(page, '/');
    await nav(page).getByRole('link', { name: 'Charts' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'This view could not be loaded' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Check the connection and try again.');
    await expect(page.locator('.crash')).toHaveCount(0);
    block = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Charts');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a page of such a view still opens when the module cannot be fetched at first', async ({ page, diagnostics }) => {
    diagnostics.allowConsoleError(/accord-views-[0-9a-f]{16}\.wasm|Failed to load resource/);
    let block = true;
    await page.route(VIEWS_FILE, (route) => (block ? route.abort('internetdisconnected') : route.continue()));
    await page.goto('/about/');
    await expect(page.locator('html[data-app="ready"]')).toBeAttached();
    const alert = page.getByRole('alert').filter({ hasText: 'This view could not be loaded' });
    await expect(alert).toBeVisible();
    block = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the data');
  });
});

test.describe('the release build', () => {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const meta = /<meta name="?accord-views-module"? content="([^" ]+) (sha384-[A-Za-z0-9+/=]+)">/.exec(html);

  test('names the views module and its integrity, and the two modules fit together', async () => {
    expect(meta, 'index.html has <meta name="accord-views-module">').not.toBeNull();
    const views = readFileSync(path.join(DIST, meta[1]));
    const { createHash } = await import('node:crypto');
    expect(`sha384-${createHash('sha384').update(views).digest('base64')}`).toBe(meta[2]);
    const appWasm = readdirSync(DIST).find((f) => /^accord-explorer-[0-9a-f]+_bg\.wasm$/.test(f));
    expect(check(readFileSync(path.join(DIST, appWasm)), views)).toBeGreaterThan(50);
  });

  test('every page carries the same tag, and the service worker precaches the file', async () => {
    const sw = readFileSync(path.join(DIST, 'sw.js'), 'utf8');
    expect(sw).toContain(JSON.stringify(meta[1]).slice(1, -1));
    for (const page of ['charts/index.html', 'signatory/cisco/index.html', 'about/index.html']) {
      expect(readFileSync(path.join(DIST, page), 'utf8')).toContain(meta[0]);
    }
  });
});

test.describe('the build step', () => {
  // Binaryen 108's text: names with other characters escaped as \xx.
  const wat = [
    '(module',
    ' (func $main',
    '  (call $app::ui::search_view::helper)',
    ' )',
    ' (func $app::ui::search_view::helper',
    '  (call $app::ui::charts::shared)',
    ' )',
    ' (func $app::ui::charts::shared',
    ' )',
    ' (func $app::ui::charts::View::render',
    '  (call $app::stats::tally)',
    '  (call $app::ui::charts::shared)',
    ' )',
    ' (func $app::stats::tally',
    ' )',
    ' (func $app::ui::header::Header::render',
    ' )',
    ' (elem (table $0) (i32.const 1) func $app::ui::header::Header::render $app::ui::charts::View::render)',
    ' (export "main" (func $main))',
    ')',
  ].join('\n');

  test("a view's code moves, with what only it calls; what the rest reaches stays", () => {
    const plan = splitPlan(wat, ['ui::charts']);
    expect(plan.moved.sort()).toEqual(['app::stats::tally', 'app::ui::charts::View::render']);
    expect(plan.functions).toBe(6);
  });

  test('the one-slot table.fill becomes a table.set of the same length, in code only', () => {
    // (func (param i32) local.get 0; ref.null extern; i32.const 1; table.fill 0) with one
    // externref table, plus a data segment holding the same bytes, which must stay as they are.
    const sec = (id, bytes) => [id, bytes.length, ...bytes];
    const pattern = [0x41, 0x01, 0xfc, 0x11, 0x00];
    const body = [0, 0x20, 0, 0xd0, 0x6f, ...pattern, 0x0b];
    const bytes = Buffer.from([
      0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
      ...sec(1, [1, 0x60, 1, 0x7f, 0]),
      ...sec(3, [1, 0]),
      ...sec(4, [1, 0x6f, 0, 1]),
      ...sec(5, [1, 0, 1]),
      ...sec(10, [1, body.length, ...body]),
      ...sec(11, [1, 0, 0x41, 0, 0x0b, pattern.length, ...pattern]),
    ]);
    new WebAssembly.Module(bytes);
    const { bytes: out, count } = patchTableFill(bytes);
    expect(count).toBe(1);
    expect(out.length).toBe(bytes.length);
    new WebAssembly.Module(out);
    expect(out.subarray(-pattern.length)).toEqual(Buffer.from(pattern));
    expect(out.indexOf(Buffer.from([0x26, 0x00, 0x01, 0x01, 0x01]))).toBeGreaterThan(0);
  });

  test("the glue's placeholders throw the error that shows the crash screen", () => {
    const glue = 'function __wbg_get_imports(){return{__proto__:null,"a":{__proto__:null,b:function(){}}}}';
    const out = addPlaceholders(glue);
    const imports = new Function(`${out}; return __wbg_get_imports();`)();
    expect(() => imports.p['12']()).toThrow(WebAssembly.RuntimeError);
    expect(() => imports.p['12']()).toThrow(/slot 12/);
    expect(typeof imports.a.b).toBe('function');
    expect(() => addPlaceholders('function other(){}')).toThrow(/__wbg_get_imports/);
  });
});
