// Shared helpers of the e2e suites: the dataset as the tests know it (data/*.json), opening the
// app and waiting until it has rendered, downloads, a strict CSV parser, and a small static file
// server for the tests that need an origin of their own (embed hosts, the offline build copy).
//
// Not a spec file: Playwright only runs *.spec.mjs.

import { cpSync, createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from './fixtures.mjs';
import { contentType } from './mime.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

export const ROOT = here('../../');
export const DIST = process.env.E2E_DIST || here('../../dist');
export const HOSTS = here('./hosts/');

// ------------------------------------------------------------------------------------------------
// The data the app is built from: what the tests assert against.

const readJson = (name) => JSON.parse(readFileSync(path.join(ROOT, 'data', name), 'utf8'));

export const DATA = {
  meta: readJson('meta.json'),
  signatories: readJson('signatories.json'),
  milestones: readJson('milestones.json'),
  principles: readJson('principles.json'),
  frameworks: readJson('frameworks.json'),
};

/** The signatory record with this id (throws if the data has none: the test is out of date). */
export function signatory(id) {
  const s = DATA.signatories.find((x) => x.id === id);
  if (!s) throw new Error(`data/signatories.json has no signatory "${id}"`);
  return s;
}

/** The region (as the app labels it) of the country codes the data uses. */
const REGION_OF = {
  CH: 'Europe', CZ: 'Europe', DE: 'Europe', EE: 'Europe', ES: 'Europe', FI: 'Europe',
  GB: 'Europe', HU: 'Europe', RO: 'Europe',
  US: 'Americas',
  JP: 'Asia',
};

export function regionOf(s) {
  if (!s.country) return 'Unknown';
  const r = REGION_OF[s.country];
  if (!r) throw new Error(`helpers.mjs: add the region of ${s.country} (${s.name}) to REGION_OF`);
  return r;
}

/** How many signatories have each value of `key(s)`. */
export function tally(key) {
  const out = new Map();
  for (const s of DATA.signatories) out.set(key(s), (out.get(key(s)) ?? 0) + 1);
  return out;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

/** A partial ISO date ("2018", "2018-11", "2018-04-17") as the app writes it: "17 April 2018". */
export function longDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  if (!m) return String(y);
  if (!d) return `${MONTHS[m - 1]} ${y}`;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** The last day a partial date can stand for, as a sortable number. */
export function latestDay(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  const month = m || 12;
  const day = d || new Date(Date.UTC(y, month, 0)).getUTCDate();
  return y * 10000 + month * 100 + day;
}

export const QUALIFIER = { exact: '', 'more-than': 'more than ', 'at-least': 'at least ', about: 'about ' };

/** "42 of 150+ reported signatories", from the data. */
export function coverageLine(count = DATA.signatories.length) {
  const r = DATA.meta.reported_signatories;
  const reported = { exact: `${r.value}`, 'more-than': `${r.value}+`, 'at-least': `${r.value}+`, about: `about ${r.value}` }[r.qualifier];
  return `${count} of ${reported} reported signatories`;
}

// ------------------------------------------------------------------------------------------------
// The app

/** Opens a URL of the app and waits until the wasm app has rendered its view (every view has one
 * level-1 heading; the search page's is visually hidden). */
export async function openApp(page, url = '/') {
  await page.goto(url);
  await appReady(page);
}

/** In the page: the text of every chart label (SVG `<text>`) that runs off its chart's drawing. */
export function labelsOutsideCharts() {
  const out = [];
  for (const svg of document.querySelectorAll('figure svg')) {
    const box = svg.getBoundingClientRect();
    for (const t of svg.querySelectorAll('text')) {
      const r = t.getBoundingClientRect();
      if (r.width && (r.left < box.left - 1 || r.right > box.right + 1)) out.push(t.textContent);
    }
  }
  return out;
}

/**
 * In the page: resolves once the document has stopped changing, a frame and a task with no
 * mutation of the DOM (Yew renders on the next tasks; a busy machine may need several frames),
 * and no view is saying it is loading (the chunk of the views fetched later is on its way).
 * Gives up waiting after 5 s, and the assertions that follow say what is wrong.
 */
export function untilQuiet() {
  return new Promise((resolve) => {
    let changed = true;
    const observer = new MutationObserver(() => { changed = true; });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const started = performance.now();
    const loading = () => [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent === 'Loading…');
    const step = () => {
      if ((!changed && !loading()) || performance.now() - started > 5000) {
        observer.disconnect();
        resolve();
        return;
      }
      changed = false;
      requestAnimationFrame(() => setTimeout(step, 0));
    };
    step();
  });
}

/**
 * In the page: a canonical text of the DOM under `root`, for comparing two trees: comments
 * dropped and the texts beside them joined (the server's component markers split texts that a
 * render in the browser makes whole), attributes sorted, and what a form control shows read from
 * the control itself (the app sets values as properties, the file has them as attributes).
 */
export function canonical(root) {
  const out = [];
  let text = null;
  const flush = () => {
    if (text !== null) out.push(JSON.stringify(text));
    text = null;
  };
  const walk = (node) => {
    for (const c of node.childNodes) {
      if (c.nodeType === Node.COMMENT_NODE) continue;
      if (c.nodeType === Node.TEXT_NODE) {
        text = (text ?? '') + c.data;
        continue;
      }
      flush();
      const tag = c.localName;
      const controls = ['value', 'checked', 'selected'];
      const attrs = [...c.attributes].filter((a) => !(/^(input|textarea|option|select)$/.test(tag) && controls.includes(a.name)));
      const shown = tag === 'input' ? [`value=${c.value}`, `checked=${c.checked}`] : tag === 'textarea' ? [`value=${c.value}`] : tag === 'option' ? [`selected=${c.selected}`] : [];
      out.push(`<${tag} ${[...attrs.map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort(), ...shown].join(' ')}>`);
      walk(c);
      flush();
      out.push(`</${tag}>`);
    }
  };
  walk(root);
  flush();
  return out.join('\n');
}

/** Waits until the app runs: a prerendered page is readable at once, interactive only then. */
export async function appReady(page) {
  await expect(page.locator('html[data-app="ready"]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
}

/** The search box, the live result count and the result list of the search page. */
export function searchPage(page) {
  return {
    search: page.getByRole('searchbox', { name: 'Search' }),
    count: page.getByRole('status').filter({ hasText: /^(\d+ results?|No results)$/ }),
    results: page.getByRole('list', { name: 'Results' }),
    resultLinks: page.getByRole('list', { name: 'Results' }).getByRole('listitem').getByRole('link'),
  };
}

/**
 * The names of the results, in order: the first link of each item of the Results list, read in
 * one round trip (an item at a time took two each, 84 for the whole list).
 */
export async function resultNames(page) {
  return page
    .getByRole('list', { name: 'Results' })
    .getByRole('listitem')
    .evaluateAll((items) => items.map((li) => (li.querySelector('a[href]')?.innerText ?? '').trim()));
}

/** Clicks what `trigger` clicks and returns the download's file name and bytes. */
export async function captureDownload(page, trigger) {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const failure = await download.failure();
  if (failure) throw new Error(`the download failed: ${failure}`);
  const stream = await download.createReadStream();
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

// ------------------------------------------------------------------------------------------------
// CSV (RFC 4180): quoted fields, doubled quotes, commas and line breaks inside quotes, CRLF or LF.

export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  let i = 0;
  let fieldStarted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        if (i < text.length && !',\r\n'.includes(text[i])) {
          throw new Error(`CSV: text after a closing quote at offset ${i}`);
        }
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (field !== '') throw new Error(`CSV: a quote inside an unquoted field at offset ${i}`);
      quoted = true;
      fieldStarted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      fieldStarted = true;
      i++;
    } else if (c === '\r' || c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStarted = false;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      fieldStarted = true;
      i++;
    }
  }
  if (quoted) throw new Error('CSV: an unterminated quoted field');
  if (fieldStarted || field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// ------------------------------------------------------------------------------------------------
// A static file server of our own

/**
 * Serves `root` on http://127.0.0.1:<port>/ (a free port unless `port` is given) like a plain
 * static host (no-store, 404 for a missing file). `headers`: extra response headers (e.g. CORS).
 * `transform(url, text)` (url: a URL): may rewrite HTML responses (to put the app's origin into a
 * host page). `onRequest(req, url)`: sees every request; when it returns 404, the server answers
 * 404 (a file the host does not have).
 */
export async function startStaticServer(root, { headers = {}, transform, port = 0, onRequest } = {}) {
  const base = path.resolve(root);
  const sockets = new Set();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (onRequest?.(req, url) === 404) {
      res.writeHead(404, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store', ...headers });
      res.end('404 Not Found\n');
      return;
    }
    let file = path.resolve(base, `.${path.posix.normalize(decodeURIComponent(url.pathname))}`);
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(400).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store', ...headers });
      res.end('404 Not Found\n');
      return;
    }
    const type = contentType(file);
    const common = { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers };
    if (transform && type.startsWith('text/html')) {
      const body = Buffer.from(transform(url, readFileSync(file, "utf8")));
      res.writeHead(200, { ...common, 'Content-Length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, { ...common, 'Content-Length': statSync(file).size });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).on('error', (e) => res.destroy(e)).pipe(res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const bound = server.address().port;
  return {
    port: bound,
    origin: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A private copy of the release build in a temp dir (removed by the returned function). */
export function copyDist() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'accord-e2e-dist-'));
  cpSync(DIST, dir, { recursive: true, filter: (src) => !path.basename(src).startsWith('.') });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
