// Embedding: a host page on another origin (http://localhost:<port>, served here) uses the loader
// (embed.js) of the app (http://127.0.0.1:<port>, served by serve.mjs). The widgets render, size
// themselves to their content, accept height messages only from their own frame and only of the
// right shape, work in a strict sandbox, and a hand-made sandboxed iframe works too.

import { statSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures.mjs';
import { DIST, HOSTS, ROOT, startStaticServer } from './helpers.mjs';

const LOADER_BUDGET = 3072;
const WIDGET_TITLE = 'Cybersecurity Tech Accord explorer';

let host; // the host pages' server
let corsApp; // the app again, from a server that sends CORS headers as many static hosts do

test.beforeAll(async () => {
  host = await startStaticServer(HOSTS, {
    // The host pages name the app's origin as __APP__; ?app= chooses which app server.
    transform: (url, text) => text.replaceAll('__APP__', url.searchParams.get('app')),
  });
  corsApp = await startStaticServer(DIST, { headers: { 'Access-Control-Allow-Origin': '*' } });
});

test.afterAll(async () => {
  await host?.close();
  await corsApp?.close();
});

/** The host page on http://localhost:<port> (another origin than the app's 127.0.0.1). */
function hostUrl(page, appOrigin) {
  return `http://localhost:${host.port}/${page}?app=${encodeURIComponent(appOrigin)}`;
}

const appOrigin = (baseURL) => new URL(baseURL).origin;

/** The iframes the loader made (by their title). */
const widgetsOf = (page) => page.getByTitle(WIDGET_TITLE, { exact: true });

/** The outer height of an iframe and the height of its document, measured inside. */
async function measure(iframe) {
  // Chromium defers layout in a cross-origin frame that is off screen, so its inner viewport
  // would lag behind its new height: look at it, as a reader would.
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle()).contentFrame();
  const inner = await frame.evaluate(() => {
    const root = document.documentElement;
    const body = document.body;
    const margin = parseFloat(getComputedStyle(body).marginBottom) || 0;
    return {
      scrollHeight: root.scrollHeight,
      viewport: root.clientHeight,
      // Where the content ends: the page would be this tall in a frame of any height.
      contentBottom: Math.ceil(body.getBoundingClientRect().bottom + margin + window.scrollY),
    };
  });
  const outer = await iframe.evaluate((f) => f.getBoundingClientRect().height);
  return { outer, ...inner };
}

/** Waits until the iframe is as tall as its content: no inner scrollbar, no empty space. */
async function expectSizedToContent(iframe, what) {
  await expect
    .poll(
      async () => {
        const m = await measure(iframe);
        const fits = Math.abs(m.outer - m.scrollHeight) <= 3 && m.scrollHeight <= m.viewport + 1;
        const snug = Math.abs(m.outer - m.contentBottom) <= 3;
        return fits && snug ? 'sized' : JSON.stringify(m);
      },
      { message: `${what}: iframe height equals its content's height`, timeout: 10_000 },
    )
    .toBe('sized');
  return (await measure(iframe)).outer;
}

/** The app's stylesheet applies in the frame (its custom properties and body rule). */
async function expectStyled(frame) {
  const style = await frame.evaluate(() => ({
    bg: getComputedStyle(document.documentElement).getPropertyValue('--bg').trim(),
    margin: getComputedStyle(document.body).margin,
  }));
  expect(style.bg, "the app's stylesheet is applied").not.toBe('');
  expect(style.margin).toBe('0px');
}

/** Records every height the loader gives the host page's iframes, from now on. */
async function recordHeights(page) {
  await page.evaluate(() => {
    window.__heights = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) window.__heights.push([r.target.title, r.target.style.height]);
    });
    document.querySelectorAll('iframe').forEach((f) => observer.observe(f, { attributes: true, attributeFilter: ['style'] }));
  });
  return () => page.evaluate(() => window.__heights);
}

test.describe('two widgets on a page of another origin', () => {
  // One host page for what a visitor of it sees and for the height messages it gets.
  test('both render in titled frames, sized to their content, with no site header, a link out, and only their own height messages obeyed', async ({ page, baseURL }) => {
    await page.goto(hostUrl('embed.html', appOrigin(baseURL)));
    const widgets = widgetsOf(page);
    await expect(widgets).toHaveCount(2);
    for (const f of await widgets.all()) {
      await expect(f).toHaveAttribute('src', new RegExp(`^${appOrigin(baseURL)}/\\?.*embed=1`));
      // Not strict: same-origin is allowed, so the app keeps its origin.
      await expect(f).toHaveAttribute('sandbox', /\ballow-scripts\b.*\ballow-same-origin\b|\ballow-same-origin\b.*\ballow-scripts\b/);
    }

    const search = widgetsOf(page).nth(0).contentFrame();
    const cisco = widgetsOf(page).nth(1).contentFrame();
    await expect(search.getByRole('list', { name: 'Results' }).getByRole('link', { name: 'Telefónica' })).toBeVisible();
    await expect(search.getByRole('searchbox', { name: 'Search' })).toHaveValue('telefonica');
    await expect(cisco.getByRole('heading', { level: 1 })).toHaveText('Cisco');
    await expectStyled(await (await widgetsOf(page).nth(1).elementHandle()).contentFrame());

    const h1 = await expectSizedToContent(widgets.nth(0), 'the search widget');
    const h2 = await expectSizedToContent(widgets.nth(1), 'the Cisco widget');
    // The two have different content, so different heights: they were sized, not left at a default.
    expect(h1).not.toBe(h2);

    // An embed has no site header and a link out to the full app in a new tab.
    await expect(cisco.getByRole('heading', { level: 1 })).toHaveText('Cisco');
    await expect(cisco.getByRole('banner')).toHaveCount(0);
    await expect(cisco.getByRole('navigation', { name: 'Sections' })).toHaveCount(0);
    await expect(cisco.getByRole('button', { name: 'Dark theme' })).toHaveCount(0);
    const out = cisco.getByRole('link', { name: 'Open in Accord Explorer ↗' });
    await expect(out).toHaveAttribute('target', '_blank');
    await expect(out).toHaveAttribute('rel', /\bnoopener\b/);
    const href = await out.evaluate((a) => a.href);
    // The full app's own page for the view: a prerendered file, without the embed's state.
    expect(href).toBe(`${appOrigin(baseURL)}/signatory/cisco/`);

    // Height messages from other frames are ignored.
    await expectSizedToContent(widgets.nth(0), 'the search widget');
    await expectSizedToContent(widgets.nth(1), 'the Cisco widget');
    const before = [await widgets.nth(0).evaluate((f) => f.style.height), await widgets.nth(1).evaluate((f) => f.style.height)];
    const heights = await recordHeights(page);

    const forged = { type: 'accord-explorer:height', height: 5 };
    // From another site's frame on the host page…
    const attacker = page.frame({ url: /\/attacker\.html/ });
    await attacker.evaluate((m) => parent.postMessage(m, '*'), forged);
    // …from a frame of the app's own origin that the loader did not make…
    const rogue = page.frame({ url: /[?&]q=nokia/ });
    await expect(page.getByTitle('A frame the loader did not make').contentFrame().getByRole('link', { name: 'Nokia' })).toBeVisible();
    await rogue.evaluate((m) => parent.postMessage(m, '*'), forged);
    // …and from the host page itself.
    await page.evaluate((m) => window.postMessage(m, '*'), forged);
    await page.waitForTimeout(500);

    expect(await heights()).toEqual([]);
    expect([await widgets.nth(0).evaluate((f) => f.style.height), await widgets.nth(1).evaluate((f) => f.style.height)]).toEqual(before);

    // The control: the same message from the widget's own frame is obeyed, so the ones above were
    // refused, not lost.
    const own = await (await widgets.nth(1).elementHandle()).contentFrame();
    await own.evaluate((m) => parent.postMessage(m, '*'), forged);
    await expect.poll(() => widgets.nth(1).evaluate((f) => f.style.height)).toBe('5px');
    expect(await widgets.nth(0).evaluate((f) => f.style.height)).toBe(before[0]);
  });

  // The frame posts the height of its content, not its scrollHeight (never less than the frame's
  // own viewport), so a widget can be shorter than the loader's starting 480px.
  test('a widget shorter than the starting height shrinks to its content', async ({ page, baseURL }) => {
    await page.goto(hostUrl('embed-short.html', appOrigin(baseURL)));
    const widget = widgetsOf(page);
    const inner = widget.contentFrame();
    await expect(inner.getByRole('status').filter({ hasText: 'No results' })).toBeVisible();
    const height = await expectSizedToContent(widget, 'the short widget');
    // The loader starts every frame at 480px; this content is shorter.
    expect(height).toBeLessThan(480);
  });

  test('messages of the wrong shape from the widget itself are ignored', async ({ page, baseURL }) => {
    await page.goto(hostUrl('embed.html', appOrigin(baseURL)));
    const widgets = widgetsOf(page);
    await expectSizedToContent(widgets.nth(1), 'the Cisco widget');
    const heights = await recordHeights(page);
    const own = await (await widgets.nth(1).elementHandle()).contentFrame();

    const bad = [
      { type: 'accord-explorer:height', height: '5' },
      { type: 'accord-explorer:height', height: -5 },
      { type: 'accord-explorer:height', height: 0 },
      { type: 'accord-explorer:height', height: 1e9 },
      { type: 'accord-explorer:height', height: null },
      { type: 'accord-explorer:height' },
      { type: 'accord-explorer:other', height: 5 },
      { height: 5 },
      'accord-explorer:height',
      5,
      null,
      [{ type: 'accord-explorer:height', height: 5 }],
    ];
    // Messages from one frame arrive in order: the last, good one, shows that all were handled.
    await own.evaluate((msgs) => {
      for (const m of msgs) parent.postMessage(m, '*');
      parent.postMessage({ type: 'accord-explorer:height', height: 321 }, '*');
    }, bad);
    await expect.poll(() => widgets.nth(1).evaluate((f) => f.style.height)).toBe('321px');
    expect(await heights()).toEqual([[WIDGET_TITLE, '321px']]);
    // Numbers that are not finite sizes, refused as well.
    await own.evaluate(() => {
      parent.postMessage({ type: 'accord-explorer:height', height: NaN }, '*');
      parent.postMessage({ type: 'accord-explorer:height', height: Infinity }, '*');
      parent.postMessage({ type: 'accord-explorer:height', height: 322 }, '*');
    });
    await expect.poll(() => widgets.nth(1).evaluate((f) => f.style.height)).toBe('322px');
    expect(await heights()).toEqual([[WIDGET_TITLE, '321px'], [WIDGET_TITLE, '322px']]);
  });
});

test.describe('sandboxed', () => {
  // A frame sandboxed without allow-same-origin has an opaque origin ("null"), so every request
  // it makes to the app's own server is cross-origin. Two app bugs keep it from working today:
  //   1. dist/index.html loads the stylesheet and app-shell.js with `integrity` but without
  //      `crossorigin="anonymous"`; from an opaque origin such requests are no-cors, SRI cannot be
  //      checked, and Chromium blocks both (two console errors, an unstyled page).
  //   2. The module script and the wasm are CORS requests from origin "null"; serve.mjs (like any
  //      host that sends no `Access-Control-Allow-Origin`) makes them fail: the frame stays blank.
  // Each check runs against serve.mjs and against `corsApp` (dist/ with
  // `Access-Control-Allow-Origin: *`, as GitHub Pages sends). With bug 1 fixed the `corsApp`
  // variants pass (checked by hand by adding crossorigin="anonymous" to those two tags); the
  // serve.mjs variants need bug 2 fixed too (or the hosting requirement documented and served).
  for (const [label, server] of [['a static host that sends CORS headers', 'cors'], ['serve.mjs', 'serve']]) {
    const app = (baseURL) => (server === 'cors' ? corsApp.origin : appOrigin(baseURL));

    test(`data-sandbox="strict" renders, styled, and resizes (${label})`, async ({ page, baseURL }) => {
      await page.goto(hostUrl('embed-strict.html', app(baseURL)));
      const widget = widgetsOf(page);
      await expect(widget).toHaveCount(1);
      const sandbox = (await widget.getAttribute('sandbox')).split(/\s+/);
      expect(sandbox).toContain('allow-scripts');
      expect(sandbox).not.toContain('allow-same-origin');

      const inner = widget.contentFrame();
      await expect(inner.getByRole('heading', { level: 1 })).toHaveText('Nokia');
      const frame = await (await widget.elementHandle()).contentFrame();
      expect(await frame.evaluate(() => origin)).toBe('null');
      await expectStyled(frame);
      await expectSizedToContent(widget, 'the strict widget');
      expect(await widget.evaluate((f) => f.style.height)).not.toBe('480px');
      // Console errors, page errors and CSP violations of every frame: checked by the fixture.
    });

    test(`a hand-made <iframe sandbox="allow-scripts"> renders with no console error (${label})`, async ({ page, baseURL }) => {
      await page.goto(hostUrl('sandboxed-iframe.html', app(baseURL)));
      const iframe = page.getByTitle('Accord Explorer, sandboxed');
      const inner = iframe.contentFrame();
      await expect(inner.getByRole('list', { name: 'Results' }).getByRole('link', { name: 'Cisco' })).toBeVisible();
      await expect(inner.getByRole('searchbox', { name: 'Search' })).toHaveValue('cisco');
      await expectStyled(await (await iframe.elementHandle()).contentFrame());
      // Searching works in the frame (the URL cannot always be written there; the view still updates).
      await inner.getByRole('searchbox', { name: 'Search' }).fill('nokia');
      await expect(inner.getByRole('list', { name: 'Results' }).getByRole('link', { name: 'Nokia' })).toBeVisible();
      // Console errors, page errors and CSP violations of every frame: checked by the fixture.
    });
  }
});

test('the loader stays under 3 KiB', () => {
  for (const file of [path.join(ROOT, 'static/embed.js'), path.join(DIST, 'embed.js')]) {
    const size = statSync(file).size;
    expect(size, `${file} has ${size} bytes`).toBeLessThan(LOADER_BUDGET);
  }
});
