// The pages as readers see them, at a phone's 360×740 and a desktop's 1280×800: nothing scrolls
// sideways, the page's heading is on the first screen, and a screenshot of each is written to
// tests/e2e/screenshots/ for people to look at (README's screenshots are chosen from them).

import { test, expect, screenshotPath } from './fixtures.mjs';
import { openApp } from './helpers.mjs';

const PAGES = [
  ['home', '/'],
  ['search', '/?q=security'],
  ['signatory', '/signatory/telefonica/'],
  ['compare', '/compare/?cmp=cisco,nokia,telefonica,symantec'],
  ['charts', '/charts/'],
  ['check', '/check/'],
];
const SIZES = [
  ['phone', 360, 740],
  ['desktop', 1280, 800],
];

for (const [size, width, height] of SIZES) {
  test(`at ${width}×${height}: every page fits the width, with its heading on the first screen (on a phone, the current section in the header's line)`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width, height });
    for (const [name, url] of PAGES) {
      await openApp(page, url);
      const fit = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
      expect(fit.page, `${name}: the page is no wider than the screen`).toBeLessThanOrEqual(fit.screen);
      const h1 = page.getByRole('heading', { level: 1 });
      if (await h1.isVisible()) {
        const box = await h1.boundingBox();
        expect(box.y + box.height, `${name}: the heading is on the first screen`).toBeLessThanOrEqual(height);
      }
      if (size === 'phone' && name === 'check') {
        // On a phone, the current section is scrolled into the header's line.
        const current = page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Check a list' });
        await expect(current).toHaveAttribute('aria-current', 'page');
        await expect(current).toBeInViewport({ ratio: 1 });
      }
      await page.screenshot({ path: screenshotPath(`${name}-${size}.png`) });
    }
  });
}
