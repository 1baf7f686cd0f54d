// The service worker: once installed, the app works offline (search, details, comparison,
// exports) and says it is offline; a new build is offered with "A new version is available" and
// a Reload button, after which the new version runs and only its cache is kept.
//
// Each test serves its own copy of dist/ from a server of its own, so that it can take the
// network away for real (stop the server, not only emulate offline) and change the build.

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures.mjs';
import { appReady, captureDownload, copyDist, openApp, parseCsv, searchPage, startStaticServer } from './helpers.mjs';

const CACHE_PREFIX = 'accord-explorer-';

/** True once a service worker is active for the page's origin (tolerates the page reloading). */
async function workerActive(page) {
  return page
    .evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return !!reg?.active && reg.active.state === 'activated';
    })
    .catch(() => false);
}

/** Opens the app at `origin`, lets the service worker install and activate, then opens the app
 * again so that the page is controlled from its start. */
async function installApp(page, origin) {
  await openApp(page, `${origin}/`);
  await expect.poll(() => workerActive(page), { message: 'the service worker activates', timeout: 20_000 }).toBe(true);
  await page.goto('about:blank');
  await openApp(page, `${origin}/`);
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller), 'the page is controlled').toBe(true);
}

const offlineIndicator = (page) => page.getByRole('status').filter({ hasText: /^Offline/ });

const cacheKeys = (page) => page.evaluate(() => caches.keys());

/** The VERSION the build wrote into sw.js. */
function swVersion(dir) {
  const m = readFileSync(path.join(dir, 'sw.js'), 'utf8').match(/const VERSION = "([^"]+)";/);
  if (!m) throw new Error('no `const VERSION = "…";` line in sw.js');
  return m[1];
}

/** Turns the build in `dir` into a next build, as Trunk and the post-build hook would write it: a
 * changed stylesheet under a new hashed name (and its integrity), and a sw.js with the new file
 * list and a new version. */
function writeNextBuild(dir) {
  const oldVersion = swVersion(dir);
  const newVersion = 'e2e-next-build';
  const oldCss = readdirSync(dir).find((f) => /^style-.*\.css$/.test(f));
  const newCss = 'style-e2e0000000000002.css';
  const css = `${readFileSync(path.join(dir, oldCss), 'utf8')}\n:root { --e2e-build: 2; }\n`;
  writeFileSync(path.join(dir, oldCss), css);
  renameSync(path.join(dir, oldCss), path.join(dir, newCss));
  const integrity = `sha384-${createHash('sha384').update(css).digest('base64')}`;
  // The whole <link> tag, whatever its attributes' order and quoting (release builds minify it).
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8').replace(
    new RegExp(`<link\\b[^>]*\\./${oldCss.replaceAll('.', '\\.')}[^>]*>`),
    `<link rel="stylesheet" href="./${newCss}" integrity="${integrity}" crossorigin="anonymous">`,
  );
  expect(html).toContain(newCss);
  writeFileSync(path.join(dir, 'index.html'), html);
  const sw = readFileSync(path.join(dir, 'sw.js'), 'utf8');
  expect(sw, 'sw.js lists the stylesheet it precaches').toContain(`"./${oldCss}"`);
  writeFileSync(
    path.join(dir, 'sw.js'),
    sw.replace(`const VERSION = "${oldVersion}";`, `const VERSION = "${newVersion}";`).replaceAll(`./${oldCss}`, `./${newCss}`),
  );
  expect(swVersion(dir)).toBe(newVersion);
  return { newVersion, newCss };
}

const updatePrompt = (page) => page.getByRole('status').filter({ hasText: 'A new version is available' });

/** Asks the browser to check for a new worker now (as it does on navigation, or the page on focus). */
const checkForUpdate = (page) => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));

test.describe('offline', () => {
  let build;
  let server;
  test.beforeEach(async () => {
    build = copyDist();
    server = await startStaticServer(build.dir);
  });
  test.afterEach(async ({ context }) => {
    await context.setOffline(false);
    await server?.close();
    build?.remove();
  });

  /** Installs the app, then takes the network away: emulated offline, and the server gone. */
  async function goOffline(page, context) {
    await installApp(page, server.origin);
    expect(await cacheKeys(page)).toEqual([`${CACHE_PREFIX}${swVersion(build.dir)}`]);
    await context.setOffline(true);
    // The open page notices.
    await expect(offlineIndicator(page)).toBeVisible();
    await server.close();
    server = null;
  }

  test('after one visit, a page opened offline says so, and search, filters, details, comparison, charts, exports, opening a file and checking a list work offline', async ({ page, context }) => {
    // The build wrote its precache list and version into sw.js (tools/post_build.mjs).
    const sw = readFileSync(path.join(build.dir, 'sw.js'), 'utf8');
    expect(sw).not.toContain('__ACCORD_PRECACHE__');
    expect(sw).not.toContain('__ACCORD_BUILD_VERSION__');

    const origin = server.origin;
    await goOffline(page, context);
    await page.reload();
    await appReady(page);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    // A page opened offline says it is offline: the shell's banner is outside the app's host, so
    // the app's start does not clear it.
    await expect(offlineIndicator(page)).toBeVisible();
    await expect(offlineIndicator(page)).toContainText('Offline');

    // Search.
    const { search, results, count } = searchPage(page);
    await search.fill('nokia');
    await expect(count).toHaveText('1 result');
    // Detail.
    await results.getByRole('link', { name: 'Nokia' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nokia');
    // A link opened offline (a new navigation, answered by the worker).
    await openApp(page, `${origin}/?view=signatory/cisco`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cisco');
    // A prerendered page's own URL, and one of a path the build did not prerender.
    await openApp(page, `${origin}/principle/no-offense/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/No offense/);
    await openApp(page, `${origin}/signatory/cisco/index.html`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cisco');
    // A path no page was prerendered for: the cached home page, told where the app's root is, so
    // its scripts load and the app shows what the path names.
    await openApp(page, `${origin}/signatory/no-such-company/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No signatory “no-such-company”');
    // Compare.
    await openApp(page, `${origin}/?q=country:FI`);
    await expect(count).toHaveText('2 results');
    await results.getByRole('button', { name: 'Compare Nokia', exact: true }).click();
    await results.getByRole('button', { name: 'Compare F-Secure', exact: true }).click();
    await page.getByRole('link', { name: 'Compare (2)' }).click();
    await expect(page.getByRole('table', { name: 'Comparison', exact: true })).toBeVisible();
    // Export.
    const csv = await captureDownload(page, () => page.getByRole('button', { name: 'Export comparison as CSV' }).click());
    const rows = parseCsv(csv.bytes.toString('utf8').replace(/^\uFEFF/, ''));
    expect(rows.slice(1).map((r) => r[0])).toEqual(['nokia', 'f-secure']);
    // Filters.
    await openApp(page, `${origin}/`);
    await page.getByRole('button', { name: /^Finland/ }).click();
    await expect(count).toHaveText('2 results');
    // Charts.
    await openApp(page, `${origin}/?view=charts`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Charts');
    await expect(page.getByRole('link', { name: /^Europe: \d+ signatories$/ })).toBeVisible();
    // Checking a list: pasted, then a CSV file opened, a candidate chosen, the results downloaded.
    await openApp(page, `${origin}/check/`);
    await page.getByRole('textbox', { name: 'Company names, one a line' }).fill('Cisco Systems, Inc.\nGoogle LLC');
    await page.getByRole('button', { name: 'Check these names' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Checked/ })).toHaveText('Checked 2 rows.');
    await page.getByLabel('Open a list (.txt or .csv)').setInputFiles({
      name: 'suppliers.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Supplier,Spend\nNokia Solutions and Networks Oy,5\nGoogle LLC,7\n'),
    });
    await expect(page.getByRole('status').filter({ hasText: /^Checked/ })).toHaveText('Checked 2 rows.');
    await page.getByRole('button', { name: 'Choose Nokia' }).click();
    const checked = await captureDownload(page, () => page.getByRole('button', { name: 'Download the results (CSV)' }).click());
    const checkedRows = parseCsv(checked.bytes.toString('utf8').replace(/^\uFEFF/, ''));
    expect(checkedRows.map((r) => [r[0], r[2], r[5]])).toEqual([
      ['Supplier', 'Outcome', 'Signatory id'],
      ['Nokia Solutions and Networks Oy', 'Signatory', 'nokia'],
      ['Google LLC', 'Not in this dataset', ''],
    ]);
    // Opening a dataset file (the app's own export, made offline too).
    await openApp(page, `${origin}/?view=about`);
    const data = await captureDownload(page, () =>
      page.getByRole('button', { name: 'Download this dataset (JSON)' }).click(),
    );
    await page.getByLabel('Open a dataset file').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: data.bytes });
    await expect(page.getByText(/Opened mine\.json: 42 signatories/)).toBeVisible();

    // Back online: the indicator is gone (and comes back when the network goes again).
    await context.setOffline(false);
    await expect(offlineIndicator(page)).toHaveCount(0);
    await context.setOffline(true);
    await expect(offlineIndicator(page)).toBeVisible();
    await context.setOffline(false);
    await expect(offlineIndicator(page)).toHaveCount(0);
  });

  test('a new build is offered, and Reload runs it with only its own cache', async ({ page }) => {
    const oldVersion = swVersion(build.dir);
    await installApp(page, server.origin);
    expect(await cacheKeys(page)).toEqual([`${CACHE_PREFIX}${oldVersion}`]);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--e2e-build').trim())).toBe('');

    const { newVersion, newCss } = writeNextBuild(build.dir);

    await checkForUpdate(page);
    const prompt = updatePrompt(page);
    await expect(prompt).toBeVisible({ timeout: 20_000 });
    // Until the person says so, the old worker stays in charge; the new one waits, cached.
    expect((await cacheKeys(page)).sort()).toEqual([`${CACHE_PREFIX}${oldVersion}`, `${CACHE_PREFIX}${newVersion}`].sort());

    const reloaded = page.waitForEvent('load');
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
    await expect(prompt).toHaveCount(0);
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--e2e-build').trim()))
      .toBe('2');
    await expect.poll(() => cacheKeys(page)).toEqual([`${CACHE_PREFIX}${newVersion}`]);
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    // The new cache holds the new stylesheet, and serves it.
    expect(
      await page.evaluate((name) => caches.open(name).then((c) => c.keys()).then((ks) => ks.map((k) => new URL(k.url).pathname)),
        `${CACHE_PREFIX}${newVersion}`),
    ).toContain(`/${newCss}`);
  });

  // A person who did not click Reload at once is offered the update again on a later load: the
  // shell's prompt is outside the app's host, so the app's start does not clear it.
  test('an update already waiting is offered again on the next load', async ({ page }) => {
    await installApp(page, server.origin);
    writeNextBuild(build.dir);
    await checkForUpdate(page);
    await expect(updatePrompt(page)).toBeVisible({ timeout: 20_000 });
    // The person does not click Reload now; later the page is loaded again.
    await page.reload();
    await appReady(page);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r.waiting))).toBe(true);
    await expect(updatePrompt(page)).toBeVisible();
    await expect(updatePrompt(page).getByRole('button', { name: 'Reload' })).toBeVisible();
  });
});

// The first install also changes the page's controller (clients.claim()); that must not reload
// a first visit under the person (it would throw away an opened dataset file, the scroll
// position, focus). Only the Reload of the update prompt may reload the page.
test('a first visit is not reloaded when the service worker takes control', async ({ page }) => {
  const navigations = [];
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) navigations.push(f.url());
  });
  await openApp(page, '/?view=about');
  await expect.poll(() => workerActive(page), { timeout: 20_000 }).toBe(true);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller).catch(() => false)).toBe(true);
  await page.waitForTimeout(1000);
  expect(navigations, 'main-frame navigations: only the first load').toHaveLength(1);
});
