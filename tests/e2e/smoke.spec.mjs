// Smoke tests of the release build: the search works, and a panic shows the error screen.

import { test, expect, screenshotPath } from './fixtures.mjs';
import { openApp } from './helpers.mjs';

test('search for "micro" lists Microsoft and not Cisco', async ({ page }) => {
  await openApp(page, '/');

  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.pressSequentially('micro');

  const results = page.getByRole('list', { name: 'Results' });
  await expect(results.getByRole('link', { name: 'Microsoft' }).first()).toBeVisible();
  await expect(results.getByRole('link', { name: 'Cisco' })).toHaveCount(0);
  await expect(results).not.toContainText('Cisco');

  await page.screenshot({ path: screenshotPath('search.png'), fullPage: true });
  // No console errors and no CSP violations: checked by the fixture when the test ends.
});

test('a panic shows the error screen and is logged', async ({ page, diagnostics }) => {
  // A panic ends in a trap ("unreachable"), which surfaces as an uncaught error; the page's shell
  // (static/app-shell.js) logs it with console.error ("... panicked or faulted ...") and shows
  // the crash screen. Both errors are expected here, and only here. One alert: a second crash
  // screen would make getByRole('alert') ambiguous and fail.
  diagnostics.allowConsoleError(/panick/i);
  diagnostics.allowPageError(/unreachable|panick/i);

  await openApp(page, '/');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();

  await page.evaluate(() => window.dispatchEvent(new CustomEvent('accord:selftest-panic')));

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Something went wrong');
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect
    .poll(() => diagnostics.consoleErrors.filter((t) => /panick/i.test(t)).length, {
      message: 'the panic was logged with console.error',
    })
    .toBeGreaterThan(0);
});
