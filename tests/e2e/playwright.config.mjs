// Playwright: the release build in dist/, served by serve.mjs, in Debian's Chromium.
// Never run `playwright install`: the browser is /usr/bin/chromium (apt, installed by ./dev).

import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

// The port of the test server: fixed (so the workers agree on it), overridable.
const PORT = Number(process.env.E2E_PORT || 4747);
const DIST = process.env.E2E_DIST || here('../../dist');
// ./dev reads the totals from this file.
export const JSON_REPORT = process.env.E2E_JSON_REPORT || here('./playwright-report/results.json');

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
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    },
    // Playwright's trace costs about a fifth of the suite's time even when it is thrown away (it
    // records every action of every test): off unless asked for. To see a failure step by step,
    // run again with E2E_TRACE=retain-on-failure and open the trace.zip it names.
    trace: process.env.E2E_TRACE || 'off',
    screenshot: 'only-on-failure',
  },
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
