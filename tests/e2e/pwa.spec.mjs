// Installable: Chromium's own installability check (what Lighthouse's installability audits used,
// before Lighthouse dropped its PWA category) finds nothing missing: manifest, icons, worker.

import { test, expect } from './fixtures.mjs';
import { openApp } from './helpers.mjs';

test('Chromium finds the app installable; its manifest has a name, colours and icons that load', async ({ page, context, request }) => {
  await openApp(page, '/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.errors).toEqual([]);
  expect(manifest.url).toMatch(/manifest\.webmanifest$/);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's contexts are incognito-like, which Chromium reports on its own: that says
  // nothing about the app, every other reason does.
  const about = installabilityErrors.filter((e) => e.errorId !== 'in-incognito');
  expect(about).toEqual([]);

  // The manifest has a name, colours and SVG, 192, 512 and maskable icons that load.
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const res = await request.get(href);
  expect(res.ok()).toBe(true);
  const m = await res.json();
  expect(m.name).toBe('Accord Explorer');
  expect(m.theme_color).toMatch(/^#/);
  expect(m.background_color).toMatch(/^#/);
  const sizes = m.icons.map((i) => `${i.sizes}|${i.purpose ?? 'any'}`);
  expect(sizes).toEqual(expect.arrayContaining(['any|any', '192x192|any', '512x512|any', '512x512|maskable']));
  for (const icon of m.icons) {
    const r = await request.get(icon.src);
    expect(r.ok(), icon.src).toBe(true);
  }
});
