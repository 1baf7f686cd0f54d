// The smoke flows in the two engines Playwright does not drive here: WebKit (WebKitGTK's
// MiniBrowser, the engine of Safari and of every iPhone browser) and Firefox (ESR). Run by
// `./dev engines`, with node's own test runner:
//
//   node --test engines.test.mjs          (ENGINES=webkit or ENGINES=firefox for one of them)
//
// Each engine runs, in a new session: load, search, open a signatory, compare, charts (opened from
// the home page, so that the chunk of the views fetched later comes then), a strict sandboxed
// embed on another site, and going offline and opening the page again. WebDriver is driven by Selenium
// (npm selenium-webdriver) against WebKitWebDriver (under xvfb-run) and geckodriver. Elements are
// found by their computed role and accessible name, as WebDriver reports them.
//
// WebDriver shows no console, so the page keeps its own errors: the test build (feature
// `selftest`, src/ui/panic.rs) records script errors, unhandled rejections and CSP violations in
// `window.__accordErrors`, and every flow expects none. The server counts requests, so that each
// wasm module is fetched once on a first visit.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { Builder, By, until } from 'selenium-webdriver';
import { DIST, HOSTS, labelsOutsideCharts, startStaticServer } from './helpers.mjs';

const WEBKIT_BROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const ENGINES = {
  webkit: {
    name: 'WebKit (MiniBrowser)',
    driver: (port) => ['xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`, '--replace-on-new-session']],
    capabilities: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: WEBKIT_BROWSER, args: ['--automation'] } },
  },
  firefox: {
    name: 'Firefox ESR',
    driver: (port) => ['geckodriver', [`--port=${port}`, '--log=error']],
    capabilities: { browserName: 'firefox', 'moz:firefoxOptions': { binary: '/usr/bin/firefox-esr', args: ['-headless'] } },
  },
};
const WAIT = 30_000;
const APP_PORT = Number(process.env.ENGINES_PORT || 4760);

const wanted = (process.env.ENGINES || 'webkit,firefox').split(',').map((e) => e.trim()).filter(Boolean);
for (const e of wanted) if (!ENGINES[e]) throw new Error(`engines.test.mjs: unknown engine "${e}" (webkit, firefox)`);

// ------------------------------------------------------------------------------------------------
// The app's server and the host site's

/** GETs the app's server saw, as paths, since the last `requests.length = 0`. */
const requests = [];
/** While true, the app's host has no sw.js: the page's own fetches are all the server sees. */
let noWorker = false;
let app; // the app: http://127.0.0.1:APP_PORT, as a static host serves it (CORS for strict embeds)
let host; // a site that embeds it: http://localhost:<port>, another origin

const startApp = async () => {
  app = await startStaticServer(DIST, {
    port: APP_PORT,
    headers: { 'Access-Control-Allow-Origin': '*' },
    onRequest: (req, url) => {
      if (req.method === 'GET') requests.push(url.pathname);
      if (noWorker && url.pathname === '/sw.js') return 404;
    },
  });
};

before(async () => {
  await startApp();
  host = await startStaticServer(HOSTS, { transform: (_url, text) => text.replaceAll('__APP__', app.origin) });
});

after(async () => {
  await app?.close();
  await host?.close();
});

const appUrl = (path) => `${app.origin}${path}`;
const hostUrl = (file) => `http://localhost:${host.port}/${file}`;

// ------------------------------------------------------------------------------------------------
// WebDriver

/** Starts the engine's WebDriver server on a free port and waits until it answers. */
async function startDriver(engine) {
  const port = 4770 + Object.keys(ENGINES).indexOf(engine);
  const [cmd, args] = ENGINES[engine].driver(port);
  const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + WAIT;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${cmd} exited (${child.exitCode}): ${stderr.trim()}`);
    try {
      const r = await fetch(`${url}/status`);
      if (r.ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error(`${cmd} did not answer on ${url} within ${WAIT / 1000} s: ${stderr.trim()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () => {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {}
    },
  };
}

/** The elements matching `css` whose computed role and accessible name are these. */
async function allByRole(scope, role, name, css) {
  const out = [];
  for (const el of await scope.findElements(By.css(css))) {
    try {
      if ((await el.getAriaRole()) !== role) continue;
      const label = (await el.getAccessibleName()).trim();
      if (name instanceof RegExp ? name.test(label) : label === name) out.push(el);
    } catch {}
  }
  return out;
}

/** Where to look for each role the flows use (asking every element its role would be slow). */
const CSS_FOR_ROLE = {
  searchbox: 'input[type="search"]',
  link: 'a[href]',
  table: 'table',
};

/** Waits for an element with this role and accessible name, and returns the first. */
async function byRole(driver, role, name, scope = driver) {
  let found = [];
  await driver.wait(async () => {
    found = await allByRole(scope, role, name, CSS_FOR_ROLE[role] ?? '*');
    return found.length > 0;
  }, WAIT, `no ${role} named ${name}`);
  return found[0];
}

/** Waits until the app runs (the prerendered page is readable before it does). */
async function appReady(driver) {
  await driver.wait(until.elementLocated(By.css('html[data-app="ready"]')), WAIT, 'the app did not start (no data-app="ready")');
}

/** The errors the page recorded (test builds only); fails if the recorder is missing. */
async function pageErrors(driver) {
  const errors = await driver.executeScript('return window.__accordErrors ? Array.from(window.__accordErrors) : null');
  assert.notEqual(errors, null, 'the page records no errors: is this the test build (./dev engines builds it)?');
  return errors;
}

/** The page's heading as text (it may be visually hidden, which WebDriver's text leaves out). */
const h1 = (driver) => driver.executeScript("return (document.querySelector('h1')?.textContent ?? '').trim()");
const firstWords = (s) => s.replace(/\s+/g, ' ').slice(0, 200);

// The wasm chunk of the views most visits never open (src/ui/lazy.rs, tools/app_wasm.mjs).
const CHUNK = 'split_views.wasm';

/** The wasm modules and how often each was fetched, e.g. { 'accord-explorer_bg.wasm': 1 }. */
function wasmFetches() {
  const counts = {};
  for (const file of requests.filter((p) => p.endsWith('.wasm')).map((p) => p.split('/').pop())) counts[file] = (counts[file] ?? 0) + 1;
  return counts;
}

// ------------------------------------------------------------------------------------------------
// The flows, in each engine

for (const engine of wanted) {
  describe(ENGINES[engine].name, { concurrency: false }, () => {
    let server;
    let driver;

    before(async () => {
      server = await startDriver(engine);
      driver = await new Builder().usingServer(server.url).withCapabilities(ENGINES[engine].capabilities).build();
      await driver.manage().setTimeouts({ script: WAIT, pageLoad: WAIT });
      await driver.manage().window().setRect({ width: 1280, height: 800 }).catch(() => {});
    });

    after(async () => {
      await driver?.quit().catch(() => {});
      server?.stop();
    });

    test('a first visit loads the page, starts the app and fetches the wasm once', async () => {
      // No service worker yet (it would precache every file): the page's own fetches alone.
      noWorker = true;
      requests.length = 0;
      await driver.get(appUrl('/'));
      await appReady(driver);
      assert.equal(await h1(driver), 'Search the Cybersecurity Tech Accord');
      const fetched = wasmFetches();
      const app = 'accord-explorer_bg.wasm';
      assert.equal(fetched[app], 1, `the app's wasm was fetched ${fetched[app] ?? 0} times (requests: ${requests.join(' ')})`);
      // The chunk of the views most visits never open waits until one is opened.
      assert.equal(fetched[CHUNK], undefined, `${CHUNK} was fetched on the home page`);
      assert.deepEqual(await pageErrors(driver), []);
    });

    test('search: typing a name finds it', async () => {
      const box = await byRole(driver, 'searchbox', 'Search');
      await box.sendKeys('cisco');
      const results = await driver.findElement(By.css('[aria-label="Results"]'));
      await byRole(driver, 'link', 'Cisco', results);
      assert.match(await driver.getCurrentUrl(), /[?&]q=cisco/);
      assert.deepEqual(await pageErrors(driver), []);
    });

    test('a signatory: the result opens its page', async () => {
      const results = await driver.findElement(By.css('[aria-label="Results"]'));
      await (await byRole(driver, 'link', 'Cisco', results)).click();
      await driver.wait(async () => (await h1(driver)) === 'Cisco', WAIT, 'the signatory page did not open');
      // The citation is offered (a disclosure: its summary's role differs between engines).
      const summaries = await driver.executeScript("return [...document.querySelectorAll('summary')].map((s) => s.textContent.trim())");
      assert.ok(summaries.includes('Cite this page'), `"Cite this page" among ${JSON.stringify(summaries)}`);
      assert.deepEqual(await pageErrors(driver), []);
    });

    test('compare: three signatories side by side', async () => {
      await driver.get(appUrl('/compare/?cmp=cisco,nokia,telefonica'));
      await appReady(driver);
      const table = await byRole(driver, 'table', 'Comparison');
      const text = await table.getText();
      for (const name of ['Cisco', 'Nokia', 'Telefónica']) assert.ok(text.includes(name), `the table names ${name}: ${firstWords(text)}`);
      assert.deepEqual(await pageErrors(driver), []);
    });

    test('charts, opened from the home page: the chunk is fetched once, every chart is drawn, its labels inside it', async () => {
      requests.length = 0;
      await driver.get(appUrl('/'));
      await appReady(driver);
      const nav = await driver.findElement(By.css('header nav'));
      await (await byRole(driver, 'link', 'Charts', nav)).click();
      await driver.wait(async () => (await driver.findElements(By.css('figure svg'))).length >= 3, WAIT, 'the charts were not drawn');
      assert.equal(await h1(driver), 'Charts');
      assert.equal(wasmFetches()[CHUNK], 1, `${CHUNK} fetched (requests: ${requests.join(' ')})`);
      const figures = await driver.findElements(By.css('figure svg'));
      assert.ok(figures.length >= 3, `${figures.length} charts drawn`);
      // No label of a chart runs off its drawing (the longest country name did, in both engines).
      const outside = await driver.executeScript(labelsOutsideCharts);
      assert.deepEqual(outside, [], 'chart labels outside their chart');
      for (const [file, n] of Object.entries(wasmFetches())) assert.equal(n, 1, `${file} fetched ${n} times`);
      assert.deepEqual(await pageErrors(driver), []);
    });

    test('a strict sandboxed embed on another site starts and shows its signatory', async () => {
      await driver.get(hostUrl('embed-strict.html'));
      const frame = await driver.wait(until.elementLocated(By.css('iframe')), WAIT);
      assert.equal(await frame.getAttribute('sandbox'), 'allow-scripts allow-popups allow-popups-to-escape-sandbox');
      await driver.switchTo().frame(frame);
      try {
        await driver.wait(until.elementLocated(By.css('html[data-app="ready"]')), WAIT, 'the strict embed did not start');
        assert.equal(await h1(driver), 'Nokia');
        assert.deepEqual(await pageErrors(driver), []);
      } finally {
        await driver.switchTo().defaultContent();
      }
    });

    test('offline: after a visit, the page opens again and searches with the server gone', async () => {
      noWorker = false;
      await driver.get(appUrl('/'));
      await appReady(driver);
      // Installed and in control: the precache is complete.
      await driver.executeAsyncScript(`
        const done = arguments[arguments.length - 1];
        navigator.serviceWorker.ready.then(() => {
          if (navigator.serviceWorker.controller) return done(true);
          navigator.serviceWorker.addEventListener('controllerchange', () => done(true));
        });`);
      await app.close();
      try {
        // A visit by its address, as a reader comes back. (WebDriver's reload in Firefox showed its
        // network error page instead, so the flow does not use it.)
        await driver.get(appUrl('/'));
        await appReady(driver);
        const box = await byRole(driver, 'searchbox', 'Search');
        await box.sendKeys('nokia');
        const results = await driver.findElement(By.css('[aria-label="Results"]'));
        await byRole(driver, 'link', 'Nokia', results);
        // A view of the chunk opens too: the service worker has it.
        const nav = await driver.findElement(By.css('header nav'));
        await (await byRole(driver, 'link', 'About the data', nav)).click();
        await driver.wait(async () => (await h1(driver)) === 'About the data', WAIT, 'About did not open offline');
        assert.deepEqual(await pageErrors(driver), []);
      } finally {
        await startApp();
      }
    });
  });
}
