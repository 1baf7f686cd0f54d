// The views most visits never open (charts, comparison, About, "Check a list", the principles and
// the principle, framework and milestone pages) come in a wasm chunk of their own
// (src/ui/lazy.rs, tools/app_wasm.mjs), fetched the first time one of them is shown.

import { test, expect } from './fixtures.mjs';
import { openApp } from './helpers.mjs';

const CHUNK = /\/app\/[0-9a-f]{16}\/split_views\.wasm$/;
const sections = (page) => page.getByRole('navigation', { name: 'Sections' });

test('the chunk is not part of the home page; the first view of it fetches it once, and its heading takes focus', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const chunk = () => fetched.filter((p) => CHUNK.test(p));
  await openApp(page, '/');
  await page.waitForLoadState('networkidle');
  expect(chunk(), 'not part of the first load').toEqual([]);

  await sections(page).getByRole('link', { name: 'Charts' }).click();
  const heading = page.getByRole('heading', { level: 1, name: 'Charts' });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  expect(chunk()).toHaveLength(1);

  // Every other view of the chunk is there already.
  await sections(page).getByRole('link', { name: 'About the data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About the data' })).toBeFocused();
  await sections(page).getByRole('link', { name: 'Compare' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare signatories' })).toBeVisible();
  expect(chunk()).toHaveLength(1);
});

test.describe('without a service worker', () => {
  // page.route cannot stop a request that the service worker answers from its precache.
  test.use({ serviceWorkers: 'block' });

  test('when the chunk cannot be fetched, the view says so, and "Try again" fetches it', async ({ page, diagnostics }) => {
    // The chunk's loader (wasm-split-cli's) logs why; the browser logs the failed request.
    diagnostics.allowConsoleError(/Failed to fetch|net::ERR_FAILED|split_views\.wasm/);
    let blocked = true;
    await page.route(CHUNK, (route) => (blocked ? route.abort() : route.continue()));
    await openApp(page, '/');
    await sections(page).getByRole('link', { name: 'Charts' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await expect(alert).toHaveText(/This page could not be loaded\. Check the connection, then try again\./);
    // The rest of the page still works: the search is one link away.
    await expect(sections(page).getByRole('link', { name: 'Search' })).toBeVisible();

    blocked = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Charts' })).toBeVisible();
    await expect(page.locator('figure svg').first()).toBeVisible();
  });

  test('a page of the chunk opened by its address while the chunk cannot be fetched offers to try again', async ({ page, diagnostics }) => {
    diagnostics.allowConsoleError(/Failed to fetch|net::ERR_FAILED|split_views\.wasm/);
    let blocked = true;
    await page.route(CHUNK, (route) => (blocked ? route.abort() : route.continue()));
    await page.goto('/about/');
    const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await expect(alert).toBeVisible();
    blocked = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'About the data' })).toBeVisible();
  });
});
