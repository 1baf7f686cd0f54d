// What a reader meets: the first screen that explains, citations instead of domains, "Cite this
// page", plain words on every page, and the phone layout (filters behind a button, two-line
// header, nothing wider than the screen).

import { test, expect, screenshotPath } from './fixtures.mjs';
import { DATA, appReady, coverageLine, openApp, searchPage } from './helpers.mjs';

const PHONE = { width: 360, height: 740 };

test('the home page explains the Accord first, with its four principles as links', async ({ page }) => {
  await openApp(page, '/');
  const intro = page.getByRole('region', { name: /What is the Cybersecurity Tech Accord/ });
  await expect(intro).toContainText('Launched on 17 April 2018 by 34 companies');
  await expect(intro).toContainText(`This dataset lists ${DATA.signatories.length} of them.`);
  for (const p of DATA.principles) {
    await expect(intro.getByRole('link', { name: `${p.number}. ${p.short_name}` })).toBeVisible();
  }
  // The first result still starts within the first 800 px of a 1280 × 800 screen.
  const first = page.getByRole('list', { name: 'Results' }).getByRole('listitem').first();
  const box = await first.boundingBox();
  expect(box.y).toBeLessThan(800);

  // Collapsed, and remembered: the next visit starts collapsed, before and after the app starts.
  await intro.getByRole('button', { name: 'Hide' }).click();
  await expect(intro.getByRole('button', { name: 'Show the introduction' })).toHaveAttribute('aria-expanded', 'false');
  await page.reload();
  await appReady(page);
  await expect(page.locator('#intro-body')).toBeHidden();
  await expect(intro.getByRole('button', { name: 'Show the introduction' })).toBeVisible();
  await intro.getByRole('button', { name: 'Show the introduction' }).click();
  await expect(page.locator('#intro-body')).toBeVisible();

  // Gone once a person searches.
  await searchPage(page).search.fill('nokia');
  await expect(intro).toHaveCount(0);
});

test('About lists the sources by publisher, and a record it cites reads its sources as citations', async ({ page }) => {
  await openApp(page, '/about/');
  const all = page.getByRole('region', { name: /sources, by publisher/ });
  await expect(all.getByRole('heading', { level: 3 }).first()).toBeVisible();
  await expect(all.getByRole('link', { name: 'Cisco', exact: true }).first()).toBeVisible();
  await all.getByRole('link', { name: 'Cisco', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cisco');

  // Sources read as citations: title, publisher and date, never a bare domain.
  const sources = page.getByRole('region', { name: 'Sources', exact: true });
  const links = sources.getByRole('link');
  await expect(links.first()).toBeVisible();
  const n = await links.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    const text = (await links.nth(i).innerText()).trim();
    expect(text, 'a link reads as a title or a publisher, not a host').not.toMatch(/^[\w.-]+\.(com|org|net|io)$/);
  }
  const item = sources.getByRole('listitem').first();
  await expect(item).toContainText(/, (\d{1,2} )?(January|February|March|April|May|June|July|August|September|October|November|December)? ?\d{4}|, [A-Z]/);
});

test('a record page offers APA and BibTeX, and Copy says what happened, also where the clipboard is refused', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, '/signatory/nokia/');
  await page.getByText('Cite this page').click();
  const apa = page.locator('#cite-apa');
  // After the app starts, the permalink is absolute and the access date is today's.
  await expect(apa).toContainText(/Retrieved \w+ \d{1,2}, \d{4}, from http:\/\/127\.0\.0\.1:\d+\/signatory\/nokia\//);
  await expect(page.locator('#cite-bibtex')).toContainText('@misc{accord-explorer-signatory-nokia-');
  await page.getByRole('button', { name: 'Copy APA reference' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'APA reference copied.' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await apa.innerText());

  // Where the clipboard is refused, Copy says so.
  await openApp(page, '/principle/no-offense/');
  await page.evaluate(() => {
    Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
  });
  await page.getByText('Cite this page').click();
  await page.getByRole('button', { name: 'Copy BibTeX entry' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Could not copy .*select the BibTeX entry text/ })).toBeVisible();
});

test('no page shows the words of how the data was made', async ({ page }) => {
  const words = /\b(corpus|stored|excerpt|unverified|the researcher|verbatim (true|false)|empty list =)\b/i;
  for (const path of ['/', '/principles/', '/principle/capacity-building/', '/framework/charter-of-trust/', '/about/', '/charts/', '/signatory/symantec/']) {
    await openApp(page, path);
    const text = await page.locator('body').innerText();
    expect(text.match(words), path).toBeNull();
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  test('results come right after the search box; filters open from a button that counts them', async ({ page }) => {
    await openApp(page, '/');
    const { search, results } = searchPage(page);
    await search.fill('security');
    const first = results.getByRole('listitem').first();
    await expect(first).toBeVisible();
    expect((await first.boundingBox()).y + 20, 'the first result is on the first screen').toBeLessThan(PHONE.height);

    const toggle = page.getByRole('button', { name: 'Filters', exact: true });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('complementary', { name: 'Filters' })).toBeHidden();
    await toggle.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Filters' });
    await expect(panel).toBeVisible();
    await panel.getByRole('button', { name: /^Finland/ }).click();
    await expect(page.getByRole('button', { name: 'Filters (1 active)' })).toHaveAttribute('aria-expanded', 'true');
    await page.screenshot({ path: screenshotPath('phone-filters.png') });
  });

  test('the header takes two lines and nothing scrolls sideways at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 740 });
    for (const path of ['/', '/signatory/cisco/', '/compare/?cmp=cisco,nokia,telefonica', '/charts/', '/principles/', '/about/']) {
      await openApp(page, path);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(wide, `${path} is no wider than the screen`).toBeLessThanOrEqual(320);
    }
    await openApp(page, '/');
    const header = page.getByRole('banner');
    const lineHeight = 40;
    expect((await header.boundingBox()).height).toBeLessThan(2 * lineHeight + 24);
    await expect(header).toContainText(coverageLine());
  });
});
