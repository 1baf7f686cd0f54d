// The fixture every e2e test uses: `import { test, expect } from './fixtures.mjs'`.
//
// It watches the page for console errors, uncaught page errors and CSP violations (a
// `securitypolicyviolation` listener injected before any page script, pushing to
// `window.__cspViolations`), and fails the test in teardown if any occurred. A test that expects
// an error says so first: `diagnostics.allowConsoleError(/pattern/)`,
// `diagnostics.allowPageError(/pattern/)`; what was seen is in `diagnostics.consoleErrors` etc.

import { test as base, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export { expect };

/** Where tests that take screenshots for people to look at put them. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** A path in SCREENSHOT_DIR (created on first use). */
export function screenshotPath(name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return path.join(SCREENSHOT_DIR, name);
}

// Runs in every frame before the page's own scripts (Playwright injects it over CDP, so the
// page's CSP does not apply to it). Reports through a binding too, so that violations are not
// lost when the page navigates.
function installCspListener() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    const v = {
      directive: e.effectiveDirective || e.violatedDirective,
      blockedURI: e.blockedURI,
      source: `${e.sourceFile || ''}:${e.lineNumber}:${e.columnNumber}`,
      sample: e.sample,
    };
    window.__cspViolations.push(v);
    if (typeof window.__reportCspViolation === 'function') window.__reportCspViolation(v);
  });
}

class Diagnostics {
  consoleErrors = [];
  pageErrors = [];
  cspViolations = [];
  #allowedConsole = [];
  #allowedPage = [];

  allowConsoleError(pattern) {
    this.#allowedConsole.push(pattern);
  }

  allowPageError(pattern) {
    this.#allowedPage.push(pattern);
  }

  addCspViolation(v) {
    const key = JSON.stringify(v);
    if (!this.cspViolations.some((w) => JSON.stringify(w) === key)) this.cspViolations.push(v);
  }

  /** Everything seen that the test did not allow, as lines of text. */
  problems() {
    const allowed = (patterns, text) => patterns.some((p) => p.test(text));
    return [
      ...this.consoleErrors
        .filter((t) => !allowed(this.#allowedConsole, t))
        .map((t) => `console.error: ${t}`),
      ...this.pageErrors
        .filter((t) => !allowed(this.#allowedPage, t))
        .map((t) => `page error: ${t}`),
      ...this.cspViolations.map((v) => `CSP violation: ${JSON.stringify(v)}`),
    ];
  }
}

export const test = base.extend({
  diagnostics: async ({}, use) => {
    await use(new Diagnostics());
  },

  page: async ({ page, diagnostics }, use, testInfo) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') {
        const loc = msg.location();
        const where = loc.url ? ` (${loc.url}:${loc.lineNumber})` : '';
        diagnostics.consoleErrors.push(`${msg.text()}${where}`);
      }
    });
    page.on('pageerror', (err) => diagnostics.pageErrors.push(err.stack || String(err)));
    await page.exposeBinding('__reportCspViolation', (_source, v) => diagnostics.addCspViolation(v));
    await page.addInitScript(installCspListener);

    await use(page);

    // Violations of the page as it is now (the binding has normally reported them already).
    if (!page.isClosed()) {
      const current = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      current.forEach((v) => diagnostics.addCspViolation(v));
    }
    const problems = diagnostics.problems();
    if (problems.length > 0) {
      await testInfo.attach('diagnostics', { body: problems.join('\n'), contentType: 'text/plain' });
      throw new Error(
        `the page reported ${problems.length} problem(s) the test did not expect:\n  ` +
          problems.join('\n  '),
      );
    }
  },
});
