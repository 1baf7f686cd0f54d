// Prerendered pages (issue 11): a real file per page in dist/ with a head of its own, hydration
// that keeps the server's markup exactly, and pages that read and link with JavaScript off.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures.mjs';
import { DATA, DIST, appReady, canonical, openApp, signatory, untilQuiet } from './helpers.mjs';

/** The head facts of a built page, read from the file as a crawler or link preview reads it. */
function headOf(file) {
  const html = readFileSync(file, 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  const one = (re) => {
    const all = [...head.matchAll(re)];
    return all.length === 1 ? all[0][1] : `${all.length} matches of ${re}`;
  };
  return {
    html,
    title: one(/<title>([^<]*)<\/title>/g),
    description: one(/<meta name="description" content="([^"]*)">/g),
    canonical: one(/<link rel="canonical" href="([^"]*)">/g),
    base: one(/<base href="([^"]*)">/g),
    og: Object.fromEntries([...head.matchAll(/<meta property="og:([a-z_:]+)" content="([^"]*)">/g)].map((m) => [m[1], m[2]])),
    twitter: one(/<meta name="twitter:card" content="([^"]*)">/g),
    prerenderedFor: /<div id="app" data-prerendered="([^"]*)">/.exec(html)?.[1],
  };
}

const RECORD_PAGES = [
  ...DATA.signatories.map((s) => `signatory/${s.id}/`),
  ...DATA.principles.map((p) => `principle/${p.id}/`),
  ...DATA.frameworks.map((f) => `framework/${f.id}/`),
  ...DATA.milestones.map((m) => `milestone/${m.id}/`),
];
const VIEW_PAGES = ['', 'principles/', 'charts/', 'compare/', 'check/', 'about/'];
const RECORD_KINDS = ['signatory', 'principle', 'framework', 'milestone'];

test.describe('prerendered files', () => {
  test('dist/ holds a page per signatory, principle, framework and milestone, each with its own head', () => {
    const titles = new Set();
    const descriptions = new Set();
    for (const page of [...VIEW_PAGES, ...RECORD_PAGES]) {
      const file = path.join(DIST, page, 'index.html');
      expect(existsSync(file), `${file} exists`).toBe(true);
      const head = headOf(file);
      expect(head.title, page).toMatch(/Accord Explorer/);
      expect(head.description.length, `${page} description`).toBeGreaterThan(40);
      expect(head.description.length, `${page} description`).toBeLessThanOrEqual(200);
      // The canonical link names the page itself (relative to the base: the build knows no host).
      expect(head.canonical, page).toBe(page === '' ? './' : page);
      expect(head.base, page).toBe(page === '' ? `0 matches of ${/<base href="([^"]*)">/g}` : '../'.repeat(page.split('/').length - 1));
      expect(head.og.title, page).toBe(head.title);
      expect(head.og.description, page).toBe(head.description);
      expect(head.og.url, page).toBe(head.canonical);
      expect(head.og.type, page).toBe('website');
      expect(head.og.image, page).toBe('icons/icon-512.png');
      expect(existsSync(path.join(DIST, head.og.image)), 'the card image exists').toBe(true);
      expect(head.twitter, page).toBe('summary');
      expect(head.prerenderedFor, page).toBe(page === '' ? './' : page);
      titles.add(head.title);
      descriptions.add(head.description);
    }
    expect(titles.size, 'every page has a title of its own').toBe(VIEW_PAGES.length + RECORD_PAGES.length);
    expect(descriptions.size, 'record pages have descriptions of their own').toBeGreaterThanOrEqual(RECORD_PAGES.length);
  });

  test('a signatory page carries its facts in the HTML itself', () => {
    const s = signatory('telefonica');
    const head = headOf(path.join(DIST, 'signatory/telefonica/index.html'));
    expect(head.title).toBe(`${s.name}, a signatory of the Cybersecurity Tech Accord | Accord Explorer`);
    expect(head.description).toContain('Spain');
    expect(head.html).toMatch(/<h1 id="view-title" tabindex="-1">Telefónica<\/h1>/);
    // Every signatory is listed on the home page, as a link to its own page.
    const home = headOf(path.join(DIST, 'index.html')).html;
    for (const x of DATA.signatories) expect(home, x.id).toContain(`href="signatory/${x.id}/"`);
  });
});

/** `actual` is `expected`; when not, the message shows both around their first difference. */
function expectSameText(actual, expected, what) {
  let at = 0;
  while (at < expected.length && expected[at] === actual[at]) at++;
  expect(actual.slice(Math.max(0, at - 200), at + 200), `${what} (first difference at ${at})`)
    .toBe(expected.slice(Math.max(0, at - 200), at + 200));
  expect(actual.length, what).toBe(expected.length);
}

/**
 * Opens `url` with the app's JavaScript held back: the page is parsed, only the shell script has
 * run. Returns the function that lets the app's JavaScript through.
 */
async function openHeld(page, url) {
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/\/app\/[0-9a-f]+\/accord-explorer\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.readyState !== 'loading');
  await expect(page.locator('html[data-app="ready"]'), url).toHaveCount(0);
  return release;
}

/**
 * Opens `url` with the app's JavaScript held back, records the prerendered markup, lets the app
 * start and checks that hydration changed nothing: the same markup (the server's component
 * markers aside), no element or text node added or removed, no attribute changed.
 */
async function expectHydratedUnchanged(page, url) {
  const release = await openHeld(page, url);

  const server = await page.evaluate(() => {
    const app = document.getElementById('app');
    window.__changes = [];
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes') {
          const now = r.target.getAttribute(r.attributeName);
          if (now === r.oldValue || (r.target === app && r.attributeName === 'data-prerendered')) continue;
          window.__changes.push(`<${r.target.localName}> ${r.attributeName}: ${r.oldValue} -> ${now}`);
        } else if (r.type === 'childList') {
          // Hydration removes the server's component markers (comments), and nothing else. A
          // text node added means two texts side by side that the HTML parser had merged
          // (write them as one); an element added or removed is a re-render.
          for (const n of r.addedNodes) window.__changes.push(`${n.nodeName} added in <${r.target.localName}>: ${String(n.textContent).slice(0, 40)}`);
          for (const n of r.removedNodes) {
            if (n.nodeType !== Node.COMMENT_NODE) window.__changes.push(`${n.nodeName} removed from <${r.target.localName}>`);
          }
        }
      }
    }).observe(app, { subtree: true, childList: true, attributes: true, attributeOldValue: true });
    return app.innerHTML;
  });
  expect(server, url).toContain('<h1');

  release();
  await appReady(page);
  // Until the effects of the first render have run (the app's `accord:settled` mark), and a frame.
  await page.waitForFunction(() => performance.getEntriesByName('accord:settled').length > 0);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));

  const client = await page.evaluate(() => document.getElementById('app').innerHTML);
  const withoutMarkers = (html) => html.replace(/<!--[\s\S]*?-->/g, '');
  expectSameText(withoutMarkers(client), withoutMarkers(server), `${url}: the markup after hydration is the server markup`);
  expect(await page.evaluate(() => window.__changes), url).toEqual([]);
}

test.describe('hydration', () => {
  // (That the home page is taken over unchanged is checked with the other views below.)
  test('once the app has taken over the home page, its links move in the app', async ({ page }) => {
    await openApp(page, '/');
    await page.evaluate(() => (window.__samePage = true));
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'About the data' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the data');
    expect(await page.evaluate(() => window.__samePage)).toBe(true);
  });

  test('taps on a filter and a button while the app is still starting take effect once it is ready', async ({ page }) => {
    const release = await openHeld(page, '/');
    // The prerendered buttons have no listeners yet: the shell holds the clicks.
    await page.getByRole('button', { name: /^Finland/ }).dispatchEvent('click');
    await page.getByRole('button', { name: 'Compare Nokia', exact: true }).dispatchEvent('click');
    release();
    await appReady(page);
    await expect(page.getByRole('button', { name: /^Finland/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('status').filter({ hasText: /^\d+ results?$/ })).toHaveText('2 results');
    await expect(page.getByRole('button', { name: 'Compare Nokia', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/[?&]f=country(%3A|:)FI(&|$)/);
    await expect(page).toHaveURL(/[?&]cmp=nokia(&|$)/);
  });

  // Hydration itself, for every view and the first page of each kind of record: the file is
  // taken over with no change. Each in a page of its own (nothing of the previous page's app may
  // linger), in one browser context, so that the pages share the HTTP cache (the wasm is fetched
  // and compiled once), with no service worker: its install would fetch every file again for each
  // page, and hydration does not depend on it (offline.spec.mjs tests it).
  const HYDRATED = [...VIEW_PAGES, ...RECORD_KINDS.map((kind) => RECORD_PAGES.find((p) => p.startsWith(`${kind}/`)))].map((p) => `/${p}`);
  for (const [i, group] of [HYDRATED.slice(0, 5), HYDRATED.slice(5)].entries()) {
    test(`prerendered pages are taken over without a change (${i + 1} of 2: ${group.join(' ')})`, async ({ browser }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ serviceWorkers: 'block' });
      try {
        for (const url of group) {
          const page = await context.newPage();
          try {
            await expectHydratedUnchanged(page, url);
          } finally {
            await page.close();
          }
        }
      } finally {
        await context.close();
      }
    });
  }

  // Every other page: the app's render of the page's state, reached in the app (as Back and
  // Forward do), is the file's markup. That is what hydration needs, and the pages above show that
  // hydration then changes nothing; a page load each would start the app 72 more times.
  const RENDERED = RECORD_PAGES.map((p) => `/${p}`).filter((url) => !HYDRATED.includes(url));
  for (const [i, group] of [RENDERED.slice(0, RENDERED.length / 2), RENDERED.slice(RENDERED.length / 2)].entries()) {
    test(`the app renders every other page as its file has it (${i + 1} of 2, ${group.length} pages)`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.addInitScript({ content: `window.__canonical = ${canonical}; window.__untilQuiet = ${untilQuiet};` });
      await openApp(page, '/');
      for (const url of group) {
        const file = readFileSync(path.join(DIST, url, 'index.html'), 'utf8');
        const { rendered, built } = await page.evaluate(async ({ url, file }) => {
          history.pushState(null, '', url);
          dispatchEvent(new PopStateEvent('popstate', { state: null }));
          await window.__untilQuiet();
          const parsed = new DOMParser().parseFromString(file, 'text/html').getElementById('app');
          return { rendered: window.__canonical(document.getElementById('app')), built: window.__canonical(parsed) };
        }, { url, file });
        expect(built.length, `${url}: the file has the app's markup`).toBeGreaterThan(500);
        expectSameText(rendered, built, `${url}: the app's render is the file's markup`);
      }
    });
  }

  test.describe('a remembered theme', () => {
    // The app's JavaScript must come from the network, where the test can hold it back.
    test.use({ serviceWorkers: 'block' });

    test('a remembered dark theme applies before the app starts, with no flash of the light one', async ({ page }) => {
      await openApp(page, '/about/');
      await page.getByRole('button', { name: 'Dark theme' }).click();
      await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
      // Open another prerendered page with the app's JavaScript held back: only the shell has run.
      const release = await openHeld(page, '/signatory/nokia/');
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('dark');
      release();
      await appReady(page);
      await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
    });
  });

  test('a state the build could not know (a query) is rendered afresh, not hydrated', async ({ page }) => {
    await openApp(page, '/?q=nokia');
    await expect(page.getByRole('status').filter({ hasText: /^1 result$/ })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('nokia');
  });

  test('in-app links keep working after moving to another path, and Back returns', async ({ page }) => {
    await openApp(page, '/signatory/nokia/');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Principles' }).click();
    await expect(page).toHaveURL(/\/principles\/$/);
    await page.getByRole('link', { name: /No offense/ }).first().click();
    await expect(page).toHaveURL(/\/principle\/no-offense\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/No offense/);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The four principles');
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nokia');
    // A reload reads the prerendered file of the path.
    await page.reload();
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nokia');
    expect(await page.title()).toBe('Nokia, a signatory of the Cybersecurity Tech Accord | Accord Explorer');
  });

  test('the tab title follows the view', async ({ page }) => {
    await openApp(page, '/');
    await page.getByRole('list', { name: 'Results' }).getByRole('link', { name: 'Cisco', exact: true }).click();
    await expect(page).toHaveTitle('Cisco, a signatory of the Cybersecurity Tech Accord | Accord Explorer');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Charts' }).click();
    await expect(page).toHaveTitle(/^Charts: .* \| Accord Explorer$/);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a signatory page reads, and its links lead to the other pages', async ({ page }) => {
    const s = signatory('telefonica');
    await page.goto('/signatory/telefonica/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.name);
    await expect(page.getByRole('definition').filter({ hasText: /Spain/ })).toBeVisible();
    // What needs the app says so, and its controls are not shown dead.
    await expect(page.getByText(/JavaScript is off: search, filters/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Compare Telefónica' })).toBeHidden();

    // Follow links: the sections, a principle, the home page's list, another signatory.
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Principles' }).click();
    await expect(page).toHaveURL(/\/principles\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The four principles');
    await page.getByRole('link', { name: /No offense/ }).first().click();
    await expect(page).toHaveURL(/\/principle\/no-offense\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/No offense/);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Search' }).click();
    await expect(page.getByRole('searchbox', { name: 'Search' })).toBeHidden();
    const list = page.getByRole('list', { name: 'Results' });
    await expect(list.getByRole('listitem')).toHaveCount(DATA.signatories.length);
    await list.getByRole('link', { name: 'Nokia', exact: true }).click();
    await expect(page).toHaveURL(/\/signatory\/nokia\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nokia');
  });

  test('a framework page reads and links back to the principles', async ({ page }) => {
    const f = DATA.frameworks.find((x) => x.id === 'charter-of-trust');
    await page.goto('/framework/charter-of-trust/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(f.name);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'About the data' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the data');
  });
});
