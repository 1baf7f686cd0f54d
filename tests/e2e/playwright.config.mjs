// Playwright: the release build in dist/, served by serve.mjs, in Debian's Chromium.
// Never run `playwright install`: both of its forms come from apt, installed by ./dev.

import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

// The port of the test server: fixed (so the workers agree on it), overridable.
const PORT = Number(process.env.E2E_PORT || 4747);
const DIST = process.env.E2E_DIST || here('../../dist');
// ./dev reads the totals from this file.
export const JSON_REPORT = process.env.E2E_JSON_REPORT || here('./playwright-report/results.json');

// The specs that run in the full browser (the projects below).
const FULL_BROWSER = /(smoke|offline|pwa|screens)\.spec\.mjs$/;

/** How a project starts its Chromium. */
const launch = (executablePath) => ({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs$/,
  outputDir: here('./test-results'),
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: JSON_REPORT }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    headless: true,
    // Playwright's trace costs about a fifth of the suite's time even when it is thrown away (it
    // records every action of every test): off unless asked for. To see a failure step by step,
    // run again with E2E_TRACE=retain-on-failure and open the trace.zip it names.
    trace: process.env.E2E_TRACE || 'off',
    screenshot: 'only-on-failure',
  },
  // Debian's Chromium, in two forms of the same build. The full browser (/usr/bin/chromium) runs
  // what a reader's browser does around the page: the smoke flows and the crash screen, offline
  // and a new version, installing, and the pages at a phone's and a desktop's size. Every other
  // spec runs in its headless shell (/usr/bin/chromium-headless-shell: the same Blink and V8,
  // without the browser around them, as Playwright's own headless runs use): on 2 cores the suite
  // took 284 s all in the full browser, 165 s so (docs/PERFORMANCE.md, "The browser suite in
  // Chromium's headless shell").
  projects: [
    { name: 'chromium', testMatch: FULL_BROWSER, use: { launchOptions: launch('/usr/bin/chromium') } },
    { name: 'headless-shell', testIgnore: FULL_BROWSER, use: { launchOptions: launch('/usr/bin/chromium-headless-shell') } },
  ],
  webServer: {
    command: `node serve.mjs "${DIST}" ${PORT}`,
    cwd: here('.'),
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 15_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
