#!/usr/bin/env node
// Performance budgets of the release build, measured in Debian's headless Chromium. `./dev budgets`
// builds dist/ when it is missing or stale, then runs this; it prints every figure against its
// budget and writes them all to target/bench/budgets.json. It reports and exits 0 when a budget is
// missed (`./dev test` gates the size); it exits 1 only when a measurement itself failed.
//
//   node bench/budgets.mjs [--dist dist] [--copy target/bench/budgets-dist] [--port 4180]
//                          [--out target/bench/budgets.json] [--keystrokes 10000]
//                          [--lighthouse-runs 3] [--startup-runs 3]
//                          [--only size,startup,memory,lighthouse]
//                          [--throttling simulate|devtools] [--pages home=/,signatory=/signatory/cisco/]
//
// The build is copied aside first (others rebuild dist/ meanwhile) and the copy is checked: every
// file index.html names is there with the sha384 its integrity attribute says, and the wasm has no
// debug sections (a debug build is refused). The copy is served on 127.0.0.1 (a secure context)
// the way a static host serves precompressed files: brotli (quality 11) when the browser accepts
// it, long-lived caching for the hashed file names, `no-cache` for the rest.
//
// 1. First-load transfer: a fresh browser context opens the home page; every response the browser
//    receives until the app is up and the network has been quiet for 2 s is counted by its
//    received body size (Playwright `request.sizes().responseBodySize`, which is CDP's
//    encodedDataLength less the response headers, i.e. the brotli bytes), checked against what
//    the server sent. Requests of the service worker's install (its precache) are listed apart and
//    not counted: they happen after load, in the background. But a file the page found in the
//    HTTP cache because the install fetched it a moment before (they can race for the wasm)
//    counts as the page's, with the bytes the server sent (bench/first_load.mjs). Budget:
//    <= 170 KiB.
// 2. Lighthouse 13 (npm `lighthouse`, its CLI, mobile with the default simulated throttling) on the
//    home page and a signatory page: performance >= 95, accessibility = 100, best practices = 100,
//    SEO >= 95, and total blocking time <= 150 ms; LCP and total transfer size recorded; every
//    audit that costs a category its points is listed with its title. Each page is audited
//    --lighthouse-runs times (3): the run of the median performance score stands for the page,
//    and the TBT budget is checked against the median of the runs' TBTs.
// S. Start-up phases, at Lighthouse's 4× CPU slowdown (CDP Emulation.setCPUThrottlingRate), the
//    median of --startup-runs fresh loads of each page: fetching the wasm (its resource timing),
//    compiling and instantiating it (from the end of its fetch to the app's `accord:start` mark),
//    unpacking the dataset (`accord:dataset`), building the search index (`accord:index`), the
//    first render or hydration (`accord:ready`, the root component's first effect) and the first
//    effects (`accord:settled`, a timer queued then); and the longest main-thread task (a
//    `longtask` PerformanceObserver from before the page's scripts). Budget: the longest task
//    <= 100 ms.
// 3. Wasm memory after 10,000 keystrokes in the search box (type/clear cycles of realistic queries,
//    typos fixed with Backspace, clearing by select-all, Backspace or Escape; seeded, so every run
//    types the same). Each keystroke is sent and awaited on its own (CDP Input.dispatchKeyEvent for
//    characters, Playwright for named keys); after each clear the box must be empty (a clear that
//    left text is reported), and at the end a search must still answer. The size is the
//    wasm module's own exported memory, `memory.buffer.byteLength`: the instance's exports reach the
//    page in Trunk's `TrunkApplicationStarted` event (detail.wasm), caught by an init script, with a
//    wrapper of WebAssembly.instantiate(Streaming) as the fallback. That is the exact linear-memory
//    size, at no cost, unlike performance.measureUserAgentSpecificMemory (needs cross-origin
//    isolation, takes seconds, lumps JS and wasm together) or CDP Runtime.getHeapUsage (the JS heap).
//    Linear memory never shrinks, so the plateau after the first 1,000 keystrokes is compared with
//    the end: "flat" is growth under 10 %. Then the same over 300 round trips from the search to a
//    signatory's page and back (Escape), after the first 50: each return makes a new search view
//    and list of results (Yew never frees the event listeners of an app it destroys, and a results
//    app per search view leaked about 5 KB a return).

import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { chromium } from 'playwright-core';
import { contentType } from '../tests/e2e/mime.mjs';
import { attributeServerLog } from './first_load.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '..');
const CHROMIUM = '/usr/bin/chromium';
// BUDGETS_CHROMIUM_ARGS adds flags for an experiment, space-separated: for example
// `--js-flags=--no-wasm-lazy-compilation` shows what the browser's compiling of each wasm function
// on its first call costs the start-up tasks (docs/PERFORMANCE.md).
const CHROMIUM_ARGS = [
  ...(process.env.BUDGETS_CHROMIUM_ARGS ?? '').split(' ').filter(Boolean),
  '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update',
];

// ------------------------------------------------------------------------------------------------
// The budgets

const FIRST_LOAD_BUDGET_KIB = 170; // KiB = 1024 bytes, as in size_report.mjs and ./dev
const DEFAULT_LIGHTHOUSE_PAGES = [
  { name: 'home', path: '/' },
  { name: 'signatory', path: '/signatory/cisco/' },
];
const LIGHTHOUSE_BUDGETS = [
  { id: 'performance', label: 'performance', op: '>=', limit: 95 },
  { id: 'accessibility', label: 'accessibility', op: '=', limit: 100 },
  { id: 'best-practices', label: 'best practices', op: '=', limit: 100 },
  { id: 'seo', label: 'SEO', op: '>=', limit: 95 },
];
// Lighthouse's total blocking time, the median of a page's runs (issue #20's goal).
const TBT_BUDGET_MS = 150;
const MEMORY_WARMUP_KEYSTROKES = 1000;
const MEMORY_GROWTH_LIMIT = 0.1; // growth from the sample after the warm-up to the end

function parseArgs(argv) {
  const opts = {
    dist: path.join(ROOT, 'dist'),
    copy: path.join(ROOT, 'target/bench/budgets-dist'),
    out: path.join(ROOT, 'target/bench/budgets.json'),
    keystrokes: 10000,
    lighthouseRuns: 3,
    only: new Set(['size', 'startup', 'memory', 'lighthouse']),
    startupRuns: 3,
    // Fixed, so that a build made for it (ACCORD_SITE_URL=http://127.0.0.1:PORT/, as `./dev
    // budgets` does) has canonical links on the very origin Lighthouse audits.
    port: Number(process.env.BUDGETS_PORT || 4180),
    // Lighthouse's default is `simulate` (Lantern: a model of a slow phone from a fast load), the
    // budgets' method; `devtools` applies the same throttling to the real load instead, which
    // shows what a prerendered page paints before its wasm arrives (README, "Budgets").
    throttling: 'simulate',
    pages: DEFAULT_LIGHTHOUSE_PAGES,
  };
  for (let i = 0; i < argv.length; i += 2) {
    const [key, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${key} needs a value`);
    if (key === '--dist') opts.dist = path.resolve(value);
    else if (key === '--copy') opts.copy = path.resolve(value);
    else if (key === '--out') opts.out = path.resolve(value);
    else if (key === '--keystrokes') opts.keystrokes = Number(value);
    else if (key === '--lighthouse-runs') opts.lighthouseRuns = Number(value);
    else if (key === '--startup-runs') opts.startupRuns = Number(value);
    else if (key === '--only') opts.only = new Set(value.split(','));
    else if (key === '--port') opts.port = Number(value);
    else if (key === '--throttling') opts.throttling = value;
    // name=path,name=path: other pages to audit (e.g. an older build's URLs)
    else if (key === '--pages') opts.pages = value.split(',').map((p) => { const i = p.indexOf('='); return { name: p.slice(0, i), path: p.slice(i + 1) }; });
    else throw new Error(`unknown option ${key}`);
  }
  if (!(opts.keystrokes > MEMORY_WARMUP_KEYSTROKES)) throw new Error(`--keystrokes must be over ${MEMORY_WARMUP_KEYSTROKES}`);
  if (!(opts.lighthouseRuns >= 1)) throw new Error('--lighthouse-runs must be at least 1');
  if (!['simulate', 'devtools'].includes(opts.throttling)) throw new Error('--throttling: simulate or devtools');
  for (const s of opts.only) if (!['size', 'startup', 'memory', 'lighthouse'].includes(s)) throw new Error(`--only: unknown step ${s}`);
  return opts;
}

// ------------------------------------------------------------------------------------------------
// Formatting

const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
const mib = (b) => `${(b / 1048576).toFixed(2)} MiB`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const say = (s) => console.log(`\n== ${s}`);
const info = (s) => console.log(`   ${s}`);
const countBy = (xs, key) => xs.reduce((m, x) => ({ ...m, [key(x)]: (m[key(x)] ?? 0) + 1 }), {});
const verdict = (pass) => (pass ? 'PASS' : 'FAIL');

// ------------------------------------------------------------------------------------------------
// The build, copied aside and checked

function listFiles(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name.startsWith('.')) return [];
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

/** Problems of a build: files index.html names (with integrity) missing or not matching. */
function buildProblems(dir) {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return [`no index.html in ${dir}`];
  const html = readFileSync(index, 'utf8');
  const problems = [];
  for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*\bintegrity=[^>]*>/gi)) {
    const url = /\b(?:href|src)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    const want = /\bintegrity\s*=\s*["']sha384-([^"']+)["']/i.exec(tag)?.[1];
    if (!url || !want) continue;
    const file = path.join(dir, url.replace(/^\.?\//, ''));
    if (!existsSync(file)) {
      problems.push(`index.html names ${url}, which is missing`);
      continue;
    }
    const got = createHash('sha384').update(readFileSync(file)).digest('base64');
    if (got !== want) problems.push(`${url} does not match its integrity hash`);
  }
  // The app's module (hashed name) and the files module, fetched only when a file is opened.
  const wasm = listFiles(dir).filter((f) => APP_WASM.test(f));
  if (wasm.length !== 1) problems.push(`expected one app .wasm file, found ${wasm.length}`);
  if (!existsSync(path.join(dir, FILES_WASM))) problems.push(`${FILES_WASM} is missing`);
  return problems;
}

const APP_WASM = /^app\/[0-9a-f]{16}\/accord-explorer_bg\.wasm$/;
const FILES_WASM = 'accord-files_bg.wasm';

/** Copy `src` to `dst` and check the copy; retried when a rebuild of `src` was caught midway. */
async function copyBuild(src, dst) {
  for (let attempt = 1; ; attempt++) {
    rmSync(dst, { recursive: true, force: true });
    mkdirSync(path.dirname(dst), { recursive: true });
    cpSync(src, dst, { recursive: true, filter: (p) => !path.basename(p).startsWith('.') || p === src });
    const problems = buildProblems(dst);
    if (problems.length === 0) break;
    if (attempt === 5) throw new Error(`the build in ${src} is not consistent: ${problems.join('; ')}`);
    info(`copy ${attempt} of ${src} inconsistent (${problems[0]}); a rebuild may be under way, retrying in 5 s`);
    await sleep(5000);
  }
  const wasmName = listFiles(dst).find((f) => APP_WASM.test(f));
  for (const name of [wasmName, FILES_WASM]) {
    const module = new WebAssembly.Module(readFileSync(path.join(dst, name)));
    const debugSections = ['name', '.debug_info'].filter((s) => WebAssembly.Module.customSections(module, s).length > 0);
    if (debugSections.length) {
      throw new Error(`${src} is not a release build (${name} has ${debugSections.join(', ')} sections): ./dev build`);
    }
  }
  return { wasm: wasmName, built: statSync(path.join(src, 'index.html')).mtime.toISOString() };
}

// ------------------------------------------------------------------------------------------------
// A static host: precompressed brotli, long caching for hashed names, and a log of what it sent

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.ico', '.txt', '.xml']);
// Trunk names hashed files `name-<hex>.ext` (the hash printed without leading zeros).
const HASHED = /-[0-9a-f]{8,}(_bg)?\.[a-z]+$/;

function brotli(buf) {
  return brotliCompressSync(buf, {
    params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: buf.length },
  });
}

function loadFiles(dir) {
  const files = new Map();
  for (const rel of listFiles(dir)) {
    const raw = readFileSync(path.join(dir, rel));
    const ext = path.extname(rel).toLowerCase();
    files.set(rel, { rel, raw, br: COMPRESSIBLE.has(ext) ? brotli(raw) : null, type: contentType(rel) });
  }
  return files;
}

function serve(files, port) {
  const log = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let rel;
    try {
      rel = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    } catch {
      rel = '';
    }
    if (rel.endsWith('/')) rel += 'index.html';
    const f = files.get(rel);
    if (!f || (req.method !== 'GET' && req.method !== 'HEAD')) {
      log.push({ t: Date.now(), path: url.pathname, status: 404, bytes: 0 });
      res.writeHead(404, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
      res.end('404\n');
      return;
    }
    const br = f.br && /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
    const body = br ? f.br : f.raw;
    const headers = {
      'Content-Type': f.type,
      'Content-Length': body.length,
      'Cache-Control': HASHED.test(rel) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    };
    if (f.br) headers.Vary = 'Accept-Encoding';
    if (br) headers['Content-Encoding'] = 'br';
    log.push({ t: Date.now(), path: rel, status: 200, encoding: br ? 'br' : 'identity', bytes: body.length });
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ server, log })));
}

// ------------------------------------------------------------------------------------------------
// 1. First-load transfer

async function waitForQuiet(log, pending, quietMs, maxMs) {
  const start = Date.now();
  let last = log.length;
  let since = Date.now();
  while (Date.now() - start < maxMs) {
    await sleep(100);
    if (log.length !== last || pending.size > 0) {
      last = log.length;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return true;
  }
  return false;
}

async function measureFirstLoad(browser, base, files, serverLog) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console error: ${m.text()}`));
  const pending = new Set();
  const done = [];
  context.on('request', (r) => pending.add(r));
  context.on('requestfailed', (r) => {
    pending.delete(r);
    errors.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  context.on('requestfinished', (r) => {
    done.push(
      (async () => {
        const [sizes, response] = await Promise.all([r.sizes(), r.response()]);
        const headers = (await response?.allHeaders()) ?? {};
        const url = new URL(r.url());
        pending.delete(r);
        const timing = r.timing();
        return {
          start_epoch_ms: timing.startTime,
          end_epoch_ms: timing.responseEnd >= 0 ? timing.startTime + timing.responseEnd : null,
          file: url.origin === base ? decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html' : r.url(),
          url: r.url(),
          by: r.serviceWorker() ? 'service worker' : 'page',
          type: r.resourceType(),
          status: response?.status() ?? 0,
          encoding: headers['content-encoding'] ?? 'identity',
          content_length: headers['content-length'] === undefined ? null : Number(headers['content-length']),
          // A response the service worker or a cache gave has no network size (Playwright: -1 less
          // the headers): it cost no transfer.
          network: !(response?.fromServiceWorker() ?? false) && sizes.responseBodySize >= 0,
          body_bytes: Math.max(0, sizes.responseBodySize),
          header_bytes: Math.max(0, sizes.responseHeadersSize),
          from_service_worker: response?.fromServiceWorker() ?? false,
        };
      })(),
    );
  });

  const logStart = serverLog.length;
  const t0 = Date.now();
  await page.goto(`${base}/`, { waitUntil: 'load' });
  await page.getByRole('searchbox', { name: 'Search' }).waitFor({ timeout: 30000 });
  const appMs = Date.now() - t0;
  await waitForQuiet(serverLog, pending, 2000, 15000);
  const pageLogEnd = serverLog.length;
  // The service worker's install (precache) runs now, in the background: let it finish, apart.
  const swState = await page
    .evaluate(
      () =>
        new Promise((resolve) => {
          const sw = navigator.serviceWorker;
          if (!sw) return resolve('no service worker API');
          const timer = setTimeout(() => resolve('not activated within 10 s'), 10000);
          sw.ready.then((reg) => {
            clearTimeout(timer);
            resolve(reg.active ? reg.active.state : 'ready');
          });
        }),
    )
    .catch((e) => `error: ${e.message}`);
  await waitForQuiet(serverLog, pending, 1500, 15000);
  const records = await Promise.all(done);
  await context.close();

  const sent = serverLog.slice(logStart);
  const pageRecords = records.filter((r) => r.by === 'page');
  // What else the server sent in that time: the service worker's install (its precache list), as
  // the server counted it. Its requests that the HTTP cache answered never reached the server.
  const swSent = attributeServerLog(pageRecords, sent, t0);
  const swFromCache = records.filter((r) => r.by !== 'page' && !r.network && r.status === 200).map((r) => r.file);
  const mismatches = pageRecords.filter((r) => r.network && r.content_length !== null && r.body_bytes !== r.content_length);

  const list = pageRecords
    .map((r) => {
      const f = files.get(r.file);
      const { start_epoch_ms, end_epoch_ms, ...rest } = r;
      return {
        ...rest,
        started_ms: Math.round(start_epoch_ms - t0),
        finished_ms: end_epoch_ms === null ? null : Math.round(end_epoch_ms - t0),
        raw_bytes: f?.raw.length ?? null,
        brotli_q11_bytes: f?.br?.length ?? null,
      };
    })
    .sort((a, b) => b.body_bytes - a.body_bytes);
  const total = list.reduce((n, r) => n + r.body_bytes, 0);
  const fetched = new Set(records.map((r) => r.file).concat(swSent.map((r) => r.file)));
  const notFetched = [...files.values()]
    .filter((f) => !fetched.has(f.rel))
    .map((f) => ({ file: f.rel, raw_bytes: f.raw.length, brotli_q11_bytes: (f.br ?? f.raw).length }));
  return {
    method:
      'dist/ served with Content-Encoding: br (quality 11) to a fresh Chromium context; per request the body bytes ' +
      'Chromium received (Playwright request.sizes().responseBodySize = CDP encodedDataLength less headers), ' +
      'from navigation until the app is up and the network is quiet for 2 s',
    budget_bytes: FIRST_LOAD_BUDGET_KIB * 1024,
    total_bytes: total,
    total_with_headers_bytes: list.reduce((n, r) => n + r.body_bytes + r.header_bytes, 0),
    pass: total <= FIRST_LOAD_BUDGET_KIB * 1024,
    app_ready_ms: appMs,
    files: list,
    service_worker_state: swState,
    service_worker_downloads: swSent,
    service_worker_downloads_bytes: swSent.reduce((n, r) => n + r.body_bytes, 0),
    service_worker_from_http_cache: swFromCache,
    total_with_service_worker_bytes: total + swSent.reduce((n, r) => n + r.body_bytes, 0),
    not_fetched: notFetched,
    server_requests_during_load: pageLogEnd - logStart,
    size_mismatches: mismatches.map((r) => `${r.file}: received ${r.body_bytes} B, Content-Length ${r.content_length}`),
    errors,
  };
}

function printFirstLoad(r) {
  say(`1. First-load transfer (brotli, measured in Chromium): budget <= ${FIRST_LOAD_BUDGET_KIB} KiB`);
  info(`${'brotli'.padStart(10)} ${'raw'.padStart(10)}  file (page requests, largest first)`);
  for (const f of r.files) {
    const how = f.network
      ? f.encoding
      : f.shared_with_service_worker
        ? `${f.encoding}, fetched by the service worker's install a moment before and shared through the HTTP cache`
        : `no transfer: ${f.from_service_worker ? 'the service worker answered' : 'from cache'}`;
    info(
      `${kib(f.body_bytes).padStart(10)} ${(f.raw_bytes === null ? '-' : kib(f.raw_bytes)).padStart(10)}  ${f.file} ` +
        `(${f.type}, ${how}, ${f.started_ms}–${f.finished_ms} ms after navigation)`,
    );
  }
  info(
    `${kib(r.total_bytes).padStart(10)} ${' '.padStart(10)}  total of ${r.files.length} requests ` +
      `(${r.total_bytes} B; ${kib(r.total_with_headers_bytes)} with headers)`,
  );
  info(`service worker (${r.service_worker_state}): its install downloaded ${r.service_worker_downloads.length} files more, ` +
    `${kib(r.service_worker_downloads_bytes)} (not counted; ${kib(r.total_with_service_worker_bytes)} with them), ` +
    `the HTTP cache gave it ${r.service_worker_from_http_cache.length} (${r.service_worker_from_http_cache.join(', ')})`);
  for (const x of [...r.service_worker_downloads].sort((a, b) => b.body_bytes - a.body_bytes)) {
    const when = `requested ${x.started_ms} ms after navigation`;
    info(`${kib(x.body_bytes).padStart(10)} ${' '.padStart(10)}  ${x.file} (service worker, ${x.encoding}, ${when})`);
  }
  if (r.not_fetched.length) info(`never fetched: ${r.not_fetched.map((f) => f.file).join(', ')}`);
  for (const m of r.size_mismatches) info(`warning: ${m}`);
  for (const e of r.errors) info(`warning: ${e}`);
  info(`${verdict(r.pass)}: ${kib(r.total_bytes)} against ${FIRST_LOAD_BUDGET_KIB} KiB (${r.total_bytes} B <= ${r.budget_bytes} B)`);
}

// ------------------------------------------------------------------------------------------------
// 3. Wasm memory under typing

/** A small seeded PRNG (mulberry32), so every run types the same keystrokes. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const QUERIES = [
  'telefonica', 'telefónica', 'country:FI', 'sector:security -founding:yes', '"vulnerability disclosure"',
  'cisco', 'microsoft', 'micorsoft', 'san francisco', 'cloud security', 'incident response', 'supply chain',
  'founding:yes', 'country:US sector:cloud', 'eset', 'nokia', 'trend micro', 'paris', 'protect all users',
  'no offensive attacks', 'capacity building', 'collective action', 'paris call', 'cybersecurity',
  'data protection', 'zzqxv', 'a', 'se', 'sec', 'secu', 'disclosure -cisco', 'helsinki', 'tokyo', 'vmware',
  'arm', 'hp', 'principle 2', 'milestone 2018', 'digital geneva convention', 'identity', 'iot', 'ransomware',
];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The keystrokes: type/clear cycles of realistic queries, with typos fixed by Backspace, partial
 * deletes and retypes, and three ways of clearing. A keystroke is one character or one key press. */
function keystrokes(n, seed = 1) {
  const rand = prng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const out = [];
  while (out.length < n) {
    const q = [...pick(QUERIES)];
    let typed = 0;
    for (let i = 0; i < q.length; i++) {
      if (rand() < 0.06) {
        const wrong = 1 + Math.floor(rand() * 3);
        for (let k = 0; k < wrong; k++) out.push({ ch: pick(LETTERS) });
        for (let k = 0; k < wrong; k++) out.push({ key: 'Backspace' });
      }
      out.push({ ch: q[i] });
      typed++;
    }
    if (rand() < 0.3 && typed > 3) {
      const back = 1 + Math.floor(rand() * Math.min(5, typed - 1));
      for (let k = 0; k < back; k++) out.push({ key: 'Backspace' });
      for (let k = typed - back; k < typed; k++) out.push({ ch: q[k] });
    }
    const how = rand();
    if (how < 0.4) out.push({ key: 'ControlOrMeta+A' }, { key: 'Backspace', clear: 'select-all, Backspace' });
    else if (how < 0.7) for (let k = 0; k < typed; k++) out.push({ key: 'Backspace', clear: k === typed - 1 ? 'Backspace to empty' : undefined });
    else out.push({ key: 'Escape', clear: 'Escape' });
  }
  return out.slice(0, n);
}

const CAPTURE_WASM = `(() => {
  const keep = (exports, how) => {
    if (!window.__budgetsWasm && exports && exports.memory instanceof WebAssembly.Memory) {
      window.__budgetsWasm = { memory: exports.memory, how };
    }
  };
  addEventListener('TrunkApplicationStarted', (e) => {
    const wasm = e.detail && e.detail.wasm;
    if (wasm && wasm.memory instanceof WebAssembly.Memory) {
      window.__budgetsWasm = { memory: wasm.memory, how: 'TrunkApplicationStarted detail.wasm.memory' };
    }
  });
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const orig = WebAssembly[name];
    WebAssembly[name] = function (...args) {
      return orig.apply(this, args).then((r) => {
        keep((r.instance || r).exports, 'WebAssembly.' + name + ' result, exports.memory');
        return r;
      });
    };
  }
})();`;

/**
 * The home page in a new context, its search box ready and its wasm's memory captured
 * (`window.__budgetsWasm`); page errors and console errors collected in `errors`, warnings
 * counted in `warnings`, from before the page loads.
 */
async function openSearchPage(browser, base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  const warnings = new Map();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    else if (m.type() === 'warning') warnings.set(m.text(), (warnings.get(m.text()) ?? 0) + 1);
  });
  await page.addInitScript(CAPTURE_WASM);
  await page.goto(`${base}/`, { waitUntil: 'load' });
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.waitFor({ timeout: 30000 });
  await page.waitForFunction(() => !!window.__budgetsWasm, null, { timeout: 10000 });
  return { context, page, errors, warnings, box };
}

async function measureMemory(browser, base, total) {
  const { context, page, errors, warnings, box } = await openSearchPage(browser, base);
  const cdp = await context.newCDPSession(page);
  const how = await page.evaluate(() => window.__budgetsWasm.how);

  const sample = async (done) => {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const s = await page.evaluate(() => ({
      wasm: window.__budgetsWasm.memory.buffer.byteLength,
      dom: document.getElementsByTagName('*').length,
    }));
    return { keystrokes: done, wasm_bytes: s.wasm, js_heap_bytes: heap.usedSize, dom_nodes: s.dom };
  };

  await box.click();
  const strokes = keystrokes(total);
  const samples = [await sample(0)];
  // One keystroke at a time, each awaited (the page has handled it before the next is sent).
  // Characters go straight to CDP Input.dispatchKeyEvent (keyDown with its text, keyUp: one round
  // trip); named keys through Playwright, which knows their key codes and editing commands.
  const typeChar = (ch) =>
    Promise.all([
      cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, unmodifiedText: ch }),
      cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch }),
    ]);
  const failedClears = [];
  const t0 = Date.now();
  for (let i = 0; i < strokes.length; i++) {
    const s = strokes[i];
    if (s.ch !== undefined) await typeChar(s.ch);
    else await page.keyboard.press(s.key);
    if (s.clear) {
      // Every cycle ends with an empty box; when it does not, that is recorded and the box is
      // emptied (by fill, not counted as keystrokes) so the next cycle starts as it should.
      const value = await box.inputValue();
      if (value !== '') {
        failedClears.push({ keystroke: i + 1, how: s.clear, left: value });
        await box.fill('');
      }
    }
    if ((i + 1) % 1000 === 0 || i + 1 === strokes.length) samples.push(await sample(i + 1));
  }
  const typingMs = Date.now() - t0;
  // Still answering after all that: the first result of a query with a known hit is that record.
  await box.fill('cisco');
  const alive = await page
    .waitForFunction(() => /cisco/i.test(document.querySelector('li.result')?.textContent ?? ''), null, { timeout: 5000 })
    .then(() => true, () => false);
  await context.close();

  const plateau = samples.find((s) => s.keystrokes >= MEMORY_WARMUP_KEYSTROKES);
  const last = samples[samples.length - 1];
  const growth = (last.wasm_bytes - plateau.wasm_bytes) / plateau.wasm_bytes;
  const crashed = errors.some((e) => !e.startsWith('console:'));
  return {
    method:
      `wasm linear memory size, memory.buffer.byteLength of the module's exported memory (reached via ${how}); ` +
      'JS heap (CDP Runtime.getHeapUsage usedSize after HeapProfiler.collectGarbage) recorded alongside',
    memory_reached_via: how,
    keystrokes: strokes.length,
    cycles: strokes.filter((s) => s.clear).length,
    backspaces: strokes.filter((s) => s.key === 'Backspace').length,
    typing_ms: typingMs,
    samples,
    warmup_keystrokes: MEMORY_WARMUP_KEYSTROKES,
    start_bytes: samples[0].wasm_bytes,
    plateau_bytes: plateau.wasm_bytes,
    end_bytes: last.wasm_bytes,
    growth,
    growth_limit: MEMORY_GROWTH_LIMIT,
    pass: growth < MEMORY_GROWTH_LIMIT && !crashed,
    app_still_answers: alive,
    failed_clears: failedClears,
    clears_by_way: countBy(strokes.filter((s) => s.clear), (s) => s.clear),
    errors,
    warnings: [...warnings].map(([text, count]) => ({ text, count })),
  };
}

/** Round trips from the search to a record's page and back, and the first ones left out (warm-up). */
const ROUND_TRIPS = 300;
const ROUND_TRIP_WARMUP = 50;

/**
 * Wasm memory over round trips from the search to a signatory's page and back (Escape): each return
 * makes a new search view, and so a new list of results. Same measure and limit as the typing.
 */
async function measureRoundTrips(browser, base) {
  const { context, page, errors, box } = await openSearchPage(browser, base);
  const bytes = () => page.evaluate(() => window.__budgetsWasm.memory.buffer.byteLength);
  const samples = [{ trips: 0, wasm_bytes: await bytes() }];
  const links = page.getByRole('list', { name: 'Results' }).getByRole('link');
  const t0 = Date.now();
  for (let i = 1; i <= ROUND_TRIPS; i++) {
    await links.nth(i % 20).click();
    await page.locator('#view-title').and(page.getByRole('heading', { level: 1 })).waitFor();
    await page.keyboard.press('Escape');
    await box.waitFor();
    await links.first().waitFor();
    if (i % ROUND_TRIP_WARMUP === 0) samples.push({ trips: i, wasm_bytes: await bytes() });
  }
  const ms = Date.now() - t0;
  await context.close();
  const plateau = samples.find((x) => x.trips >= ROUND_TRIP_WARMUP);
  const last = samples[samples.length - 1];
  const growth = (last.wasm_bytes - plateau.wasm_bytes) / plateau.wasm_bytes;
  return {
    trips: ROUND_TRIPS, warmup_trips: ROUND_TRIP_WARMUP, ms, samples,
    start_bytes: samples[0].wasm_bytes, plateau_bytes: plateau.wasm_bytes, end_bytes: last.wasm_bytes,
    growth, growth_limit: MEMORY_GROWTH_LIMIT, pass: growth < MEMORY_GROWTH_LIMIT && errors.length === 0, errors,
  };
}

function printRoundTrips(r) {
  say(`3b. Wasm memory over ${r.trips} round trips, the search to a signatory and back: growth after the first ${r.warmup_trips} < ${r.growth_limit * 100} %`);
  info(`${r.trips} round trips in ${(r.ms / 1000).toFixed(1)} s`);
  for (const x of r.samples) info(`${String(x.trips).padStart(6)} ${mib(x.wasm_bytes).padStart(10)}`);
  for (const e of r.errors.slice(0, 10)) info(`error: ${e}`);
  info(
    `${verdict(r.pass)}: wasm memory ${mib(r.plateau_bytes)} after ${r.warmup_trips} round trips, ${mib(r.end_bytes)} at the end: ` +
      `${(r.growth * 100).toFixed(1)} % growth (limit ${r.growth_limit * 100} %; ${mib(r.start_bytes)} before)` +
      (r.errors.length ? '; the page threw errors' : ''),
  );
}

const STARTUP_THROTTLE = 4;
const LONGEST_TASK_BUDGET_MS = 100;
// The Long Tasks API reports only tasks longer than 50 ms, so a run without one reads 0.
const LONG_TASK_FLOOR_MS = 50;
const taskMs = (ms, digits) => (ms > 0 ? `${ms.toFixed(digits)} ms` : `none over ${LONG_TASK_FLOOR_MS} ms`);
const OBSERVE_LONG_TASKS = `(() => {
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
})();`;
const PHASES = [
  ['fetch the wasm', 'wasmStart', 'wasmEnd'],
  ['compile and instantiate', 'wasmEnd', 'accord:start'],
  ['unpack the dataset', 'accord:start', 'accord:dataset'],
  ['build the search index', 'accord:dataset', 'accord:index'],
  ['render or hydrate', 'accord:index', 'accord:ready'],
  ['first effects', 'accord:ready', 'accord:settled'],
];

async function startupRun(browser, base, pagePath) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE_LONG_TASKS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: STARTUP_THROTTLE });
  await page.goto(`${base}${pagePath}`);
  await page.waitForFunction(() => performance.getEntriesByName('accord:settled').length > 0, null, { timeout: 60_000 });
  // Long tasks are reported after they end; one more frame lets the last one in.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
  const t = await page.evaluate(() => {
    const at = {};
    for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('accord:')) at[m.name] = m.startTime;
    const wasm = performance.getEntriesByType('resource').find((r) => /\/app\/[0-9a-f]{16}\/accord-explorer_bg\.wasm$/.test(r.name));
    at.wasmStart = wasm?.startTime;
    at.wasmEnd = wasm?.responseEnd;
    return { at, longTasks: window.__longTasks };
  });
  await context.close();
  const phases = Object.fromEntries(PHASES.map(([name, a, b]) => [name, t.at[b] - t.at[a]]));
  const longest = t.longTasks.reduce((m, l) => (l.duration > m.duration ? l : m), { start: 0, duration: 0 });
  // The phases the longest task overlaps.
  const within = PHASES.filter(([, a, b]) => t.at[a] < longest.start + longest.duration && t.at[b] > longest.start).map(([n]) => n);
  return { phases, longest_task_ms: longest.duration, longest_task_phases: within, long_tasks: t.longTasks.length, marks: t.at };
}

/** The item of `items` whose `key` is the median (the lower one of an even count). */
const medianBy = (items, key) => [...items].sort((a, b) => key(a) - key(b))[Math.floor((items.length - 1) / 2)];

async function measureStartup(browser, base, pages, runs) {
  const out = [];
  for (const p of pages) {
    const all = [];
    for (let i = 0; i < runs; i++) all.push(await startupRun(browser, base, p.path));
    const med = (f) => f(medianBy(all, f));
    const phases = Object.fromEntries(PHASES.map(([name]) => [name, med((r) => r.phases[name])]));
    const longest = med((r) => r.longest_task_ms);
    out.push({
      name: p.name,
      path: p.path,
      throttle: STARTUP_THROTTLE,
      runs,
      phases_ms: phases,
      longest_task_ms: longest,
      longest_task_runs: all.map((r) => Math.round(r.longest_task_ms)),
      longest_task_phases: all.find((r) => r.longest_task_ms === longest)?.longest_task_phases ?? [],
      pass: longest <= LONGEST_TASK_BUDGET_MS,
    });
  }
  return out;
}

function printStartup(pages) {
  say(`S. Start-up at ${STARTUP_THROTTLE}× CPU slowdown, median of ${pages[0]?.runs} runs a page`);
  if (process.env.BUDGETS_CHROMIUM_ARGS) info(`with Chromium flags: ${process.env.BUDGETS_CHROMIUM_ARGS}`);
  for (const p of pages) {
    info(`${p.name} (${p.path}):`);
    for (const [name, ms] of Object.entries(p.phases_ms)) info(`  ${name.padEnd(24)} ${ms.toFixed(1).padStart(8)} ms`);
    info(`  longest main-thread task ${taskMs(p.longest_task_ms, 1).padStart(11)} (runs: ${p.longest_task_runs.map((ms) => taskMs(ms, 0)).join(', ')}` +
      `${p.longest_task_ms > 0 ? `; in: ${p.longest_task_phases.join(', ') || 'no phase'}` : ''}), budget <= ${LONGEST_TASK_BUDGET_MS} ms: ${verdict(p.pass)}`);
  }
}

function printMemory(r) {
  say(
    `3. Wasm memory over ${r.keystrokes.toLocaleString('en-US')} keystrokes: ` +
      `growth after the first ${r.warmup_keystrokes.toLocaleString('en-US')} < ${r.growth_limit * 100} %`,
  );
  info(`measured: ${r.method}`);
  info(
    `typed ${r.keystrokes} keystrokes (${r.cycles} type/clear cycles, ${r.backspaces} Backspaces) in ` +
      `${(r.typing_ms / 1000).toFixed(1)} s, ${(r.typing_ms / r.keystrokes).toFixed(1)} ms a keystroke (round trip included)`,
  );
  info(`${'keys'.padStart(6)} ${'wasm'.padStart(10)} ${'JS heap'.padStart(10)} ${'DOM'.padStart(6)}`);
  for (const s of r.samples) {
    info(`${String(s.keystrokes).padStart(6)} ${mib(s.wasm_bytes).padStart(10)} ${mib(s.js_heap_bytes).padStart(10)} ${String(s.dom_nodes).padStart(6)}`);
  }
  info(`app still answers a search afterwards: ${r.app_still_answers ? 'yes' : 'NO'}`);
  if (r.failed_clears.length) {
    info(`warning: ${r.failed_clears.length} of ${r.cycles} clears left text in the box (by way: ` +
      Object.entries(countBy(r.failed_clears, (c) => c.how)).map(([k, n]) => `${k} ${n} of ${r.clears_by_way[k]}`).join(', ') +
      `), e.g. ${r.failed_clears.slice(0, 3).map((c) => `after keystroke ${c.keystroke} (${c.how}): ${JSON.stringify(c.left)}`).join('; ')}`);
  }
  for (const e of r.errors.slice(0, 10)) info(`error: ${e}`);
  for (const w of r.warnings.slice(0, 5)) info(`console warning (${w.count}×): ${w.text.slice(0, 200)}`);
  info(
    `${verdict(r.pass)}: wasm memory ${mib(r.plateau_bytes)} after ${r.warmup_keystrokes} keystrokes, ${mib(r.end_bytes)} at the end: ` +
      `${(r.growth * 100).toFixed(1)} % growth (limit ${r.growth_limit * 100} %; ${mib(r.start_bytes)} before typing)` +
      (r.errors.some((e) => !e.startsWith('console:')) ? '; the page threw errors' : ''),
  );
}

// ------------------------------------------------------------------------------------------------
// 2. Lighthouse

const LIGHTHOUSE_CLI = path.join(here, 'node_modules/lighthouse/cli/index.js');
const LIGHTHOUSE_FLAGS = `--headless=new ${CHROMIUM_ARGS.join(' ')}`;

function runLighthouse(url, outFile, throttling) {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [
        LIGHTHOUSE_CLI,
        url,
        '--quiet',
        '--output=json',
        `--output-path=${outFile}`,
        `--only-categories=${LIGHTHOUSE_BUDGETS.map((b) => b.id).join(',')}`,
        `--chrome-flags=${LIGHTHOUSE_FLAGS}`,
        `--throttling-method=${throttling}`,
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err) return reject(new Error(`lighthouse ${url} failed: ${err.message}\n${stderr.slice(-2000)}`));
        resolve(JSON.parse(readFileSync(outFile, 'utf8')));
      },
    );
  });
}

const score100 = (s) => (s === null || s === undefined ? null : Math.round(s * 100));

/** The audits that cost a category points: weighted audits under full marks; for performance, the
 * metrics under full marks and the insights and diagnostics that estimate savings. */
function failingAudits(lhr, categoryId) {
  const cat = lhr.categories[categoryId];
  const out = [];
  for (const ref of cat.auditRefs) {
    const a = lhr.audits[ref.id];
    if (!a || a.score === null || a.score >= 1) continue;
    if (['notApplicable', 'manual', 'informative', 'error'].includes(a.scoreDisplayMode)) continue;
    if (ref.group === 'hidden') continue;
    if (ref.weight === 0 && categoryId !== 'performance') continue;
    const savings = Object.entries(a.metricSavings ?? {}).filter(([, v]) => v > 0);
    if (categoryId === 'performance' && ref.weight === 0 && savings.length === 0) continue;
    const items = (a.details?.items ?? [])
      .slice(0, 5)
      .map((it) => it.node?.snippet ?? it.node?.selector ?? it.url ?? it.reason ?? it.source?.url ?? it.label ?? null)
      .filter(Boolean);
    out.push({
      id: ref.id,
      title: a.title,
      score: a.score,
      weight: ref.weight,
      group: ref.group ?? null,
      display_value: a.displayValue ?? null,
      metric_savings: Object.fromEntries(savings),
      items,
    });
  }
  return out.sort((x, y) => y.weight - x.weight);
}

function summarizeLighthouse(lhr, reportPath) {
  const scores = Object.fromEntries(LIGHTHOUSE_BUDGETS.map((b) => [b.id, score100(lhr.categories[b.id]?.score)]));
  const audit = (id) => lhr.audits[id] ?? {};
  const lcpElement = (lhr.audits['lcp-breakdown-insight']?.details?.items ?? []).find((i) => i.type === 'node');
  return {
    url: lhr.finalDisplayedUrl,
    report: path.relative(ROOT, reportPath),
    scores,
    budgets: LIGHTHOUSE_BUDGETS.map((b) => {
      const v = scores[b.id];
      const pass = v !== null && (b.op === '=' ? v === b.limit : v >= b.limit);
      return { category: b.id, score: v, op: b.op, limit: b.limit, pass, failing_audits: pass ? [] : failingAudits(lhr, b.id) };
    }),
    lcp_ms: audit('largest-contentful-paint').numericValue ?? null,
    tbt_ms: audit('total-blocking-time').numericValue ?? null,
    fcp_ms: audit('first-contentful-paint').numericValue ?? null,
    cls: audit('cumulative-layout-shift').numericValue ?? null,
    speed_index_ms: audit('speed-index').numericValue ?? null,
    total_transfer_bytes: audit('total-byte-weight').numericValue ?? null,
    lcp_element: lcpElement ? { selector: lcpElement.selector, snippet: lcpElement.snippet, text: lcpElement.nodeLabel } : null,
    run_warnings: lhr.runWarnings ?? [],
    runtime_error: lhr.runtimeError ?? null,
    lighthouse_version: lhr.lighthouseVersion,
    throttling: { method: lhr.configSettings.throttlingMethod, ...lhr.configSettings.throttling },
    form_factor: lhr.configSettings.formFactor,
    benchmark_index: lhr.environment?.benchmarkIndex ?? null,
  };
}

async function measureLighthouse(base, runs, outDir, { pages: targets, throttling }) {
  mkdirSync(outDir, { recursive: true });
  const pages = [];
  for (const p of targets) {
    const results = [];
    for (let i = 1; i <= runs; i++) {
      const file = path.join(outDir, runs === 1 ? `${p.name}.json` : `${p.name}-${i}.json`);
      const t0 = Date.now();
      const lhr = await runLighthouse(`${base}${p.path}`, file, throttling);
      if (lhr.runtimeError) throw new Error(`lighthouse ${p.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      results.push({ ...summarizeLighthouse(lhr, file), seconds: (Date.now() - t0) / 1000 });
      info(`${p.name} run ${i}: performance ${results.at(-1).scores.performance} (${results.at(-1).seconds.toFixed(0)} s)`);
    }
    // With several runs, the run of the median performance score stands for the page.
    const median = medianBy(results, (r) => r.scores.performance);
    const tbts = results.map((r) => r.tbt_ms);
    const tbtMedian = medianBy(tbts, (t) => t);
    pages.push({
      name: p.name,
      path: p.path,
      ...median,
      performance_runs: results.map((r) => r.scores.performance),
      tbt_runs_ms: tbts,
      tbt_median_ms: tbtMedian,
      tbt_pass: tbtMedian !== null && tbtMedian <= TBT_BUDGET_MS,
    });
  }
  return pages;
}

function printLighthouse(pages) {
  info('budgets (mobile, default simulated throttling): performance >= 95, accessibility = 100, best practices = 100, SEO >= 95');
  for (const p of pages) {
    info(`${p.name} (${p.path}): ${p.budgets.map((b) => `${b.category} ${b.score}`).join(', ')}` +
      (p.performance_runs.length > 1 ? ` (performance runs: ${p.performance_runs.join(', ')}; median run shown)` : ''));
    info(`  ${verdict(p.tbt_pass)}: total blocking time ${Math.round(p.tbt_median_ms)} ms, median of ` +
      `${p.tbt_runs_ms.map((t) => Math.round(t)).join(', ')} ms (budget <= ${TBT_BUDGET_MS} ms)`);
    info(`  median run: LCP ${(p.lcp_ms / 1000).toFixed(2)} s, TBT ${Math.round(p.tbt_ms)} ms, FCP ${(p.fcp_ms / 1000).toFixed(2)} s, ` +
      `CLS ${p.cls.toFixed(3)}, Speed Index ${(p.speed_index_ms / 1000).toFixed(2)} s, total transfer ${kib(p.total_transfer_bytes)}`);
    if (p.lcp_element) info(`  LCP element: ${p.lcp_element.selector} "${(p.lcp_element.text ?? '').slice(0, 60)}"`);
    for (const b of p.budgets) {
      info(`  ${verdict(b.pass)}: ${b.category} ${b.score} (budget ${b.op === '=' ? '=' : '>='} ${b.limit})`);
      for (const a of b.failing_audits) {
        const savings = Object.entries(a.metric_savings).map(([k, v]) => `${k} -${Math.round(v)}${k === 'CLS' ? '' : ' ms'}`).join(', ');
        info(`      - ${a.title} [${a.id}]${a.display_value ? `: ${a.display_value}` : ''}` +
          ` (score ${a.score}${a.weight ? `, weight ${a.weight}` : ''}${savings ? `, est. savings ${savings}` : ''})`);
        for (const it of a.items.slice(0, 3)) info(`          ${String(it).slice(0, 160)}`);
      }
    }
    for (const w of p.run_warnings) info(`  lighthouse warning: ${w}`);
  }
}

// ------------------------------------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  say(`Copying ${path.relative(ROOT, opts.dist) || opts.dist} to ${path.relative(ROOT, opts.copy)} (others may rebuild dist/ meanwhile)`);
  const build = await copyBuild(opts.dist, opts.copy);
  const files = loadFiles(opts.copy);
  info(`release build of ${build.built}: ${files.size} files, wasm ${build.wasm}; brotli-compressed at quality 11`);
  const { server, log } = await serve(files, opts.port);
  const base = `http://127.0.0.1:${server.address().port}`;
  info(`serving it on ${base}/ (Content-Encoding: br)`);

  const result = {
    generated_at: new Date().toISOString(),
    build: { source: path.relative(ROOT, opts.dist), copy: path.relative(ROOT, opts.copy), ...build },
  };
  const summary = [];
  const launch = async () => {
    const b = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    result.chromium = b.version();
    return b;
  };
  let browser;
  try {
    if (opts.only.has('size')) {
      browser = await launch();
      const r = await measureFirstLoad(browser, base, files, log);
      await browser.close();
      browser = null;
      result.first_load = r;
      printFirstLoad(r);
      summary.push({ budget: 'first-load transfer, brotli', measured: kib(r.total_bytes), limit: `<= ${FIRST_LOAD_BUDGET_KIB} KiB`, pass: r.pass });
    }
    if (opts.only.has('startup')) {
      browser = await launch();
      const pages = await measureStartup(browser, base, opts.pages, opts.startupRuns);
      await browser.close();
      browser = null;
      result.startup = pages;
      printStartup(pages);
      for (const p of pages) {
        summary.push({ budget: `longest start-up task, ${p.name}, ${STARTUP_THROTTLE}× slowdown`, measured: taskMs(p.longest_task_ms, 0), limit: `<= ${LONGEST_TASK_BUDGET_MS} ms`, pass: p.pass });
      }
    }
    // Lighthouse starts Chromium itself; nothing else runs meanwhile.
    if (opts.only.has('lighthouse')) {
      const version = JSON.parse(readFileSync(path.join(here, 'node_modules/lighthouse/package.json'), 'utf8')).version;
      say(`2. Lighthouse ${version}: ${opts.pages.length} pages × ${opts.lighthouseRuns} run(s), ${opts.throttling} throttling`);
      const pages = await measureLighthouse(base, opts.lighthouseRuns, path.join(path.dirname(opts.out), 'lighthouse'), opts);
      result.lighthouse = pages;
      printLighthouse(pages);
      for (const p of pages) {
        for (const b of p.budgets) {
          summary.push({
            budget: `lighthouse ${p.name}: ${LIGHTHOUSE_BUDGETS.find((x) => x.id === b.category).label}`,
            measured: String(b.score),
            limit: `${b.op === '=' ? '=' : '>='} ${b.limit}`,
            pass: b.pass,
          });
        }
        summary.push({
          budget: `lighthouse ${p.name}: total blocking time, median of ${p.tbt_runs_ms.length}`,
          measured: `${Math.round(p.tbt_median_ms)} ms`,
          limit: `<= ${TBT_BUDGET_MS} ms`,
          pass: p.tbt_pass,
        });
      }
    }
    if (opts.only.has('memory')) {
      browser = await launch();
      const r = await measureMemory(browser, base, opts.keystrokes);
      await browser.close();
      browser = null;
      result.wasm_memory = r;
      printMemory(r);
      summary.push({
        budget: `wasm memory growth, ${r.warmup_keystrokes.toLocaleString('en-US')} -> ${r.keystrokes.toLocaleString('en-US')} keystrokes`,
        measured: `${(r.growth * 100).toFixed(1)} % (${mib(r.plateau_bytes)} -> ${mib(r.end_bytes)})`,
        limit: `< ${r.growth_limit * 100} %`,
        pass: r.pass,
      });
      browser = await launch();
      const t = await measureRoundTrips(browser, base);
      await browser.close();
      browser = null;
      result.wasm_memory_round_trips = t;
      printRoundTrips(t);
      summary.push({
        budget: `wasm memory growth, ${t.warmup_trips} -> ${t.trips} round trips to a signatory`,
        measured: `${(t.growth * 100).toFixed(1)} % (${mib(t.plateau_bytes)} -> ${mib(t.end_bytes)})`,
        limit: `< ${t.growth_limit * 100} %`,
        pass: t.pass,
      });
    }
  } finally {
    if (browser) await browser.close();
    server.close();
    server.closeAllConnections();
  }

  result.seconds = (Date.now() - started) / 1000;
  result.budgets = summary;
  mkdirSync(path.dirname(opts.out), { recursive: true });
  writeFileSync(opts.out, JSON.stringify(result, null, 2) + '\n');

  say('Budgets');
  const w = Math.max(...summary.map((s) => s.budget.length));
  const m = Math.max(...summary.map((s) => s.measured.length));
  for (const s of summary) info(`${verdict(s.pass)}  ${s.budget.padEnd(w)}  ${s.measured.padStart(m)}  (${s.limit})`);
  if (result.lighthouse) {
    info('');
    // The median run's scores, LCP and transfer; the TBT is the median of every run's.
    info('| page | performance | accessibility | best practices | SEO | LCP | TBT (median) | total transfer |');
    info('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const p of result.lighthouse) {
      info(`| ${p.name} (\`${p.path}\`) | ${p.scores.performance} | ${p.scores.accessibility} | ${p.scores['best-practices']} | ${p.scores.seo} | ` +
        `${(p.lcp_ms / 1000).toFixed(1)} s | ${Math.round(p.tbt_median_ms)} ms | ${kib(p.total_transfer_bytes)} |`);
    }
  }
  const met = summary.filter((s) => s.pass).length;
  info('');
  info(`${met} of ${summary.length} budgets met; wrote ${path.relative(process.cwd(), opts.out) || opts.out}; ${result.seconds.toFixed(0)} s in all`);
}

main().catch((e) => {
  console.error(`budgets: measurement failed: ${e.stack ?? e}`);
  process.exit(1);
});
