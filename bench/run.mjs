#!/usr/bin/env node
// The search benchmark's driver: serves the bench build (target/bench/dist, made by `./dev bench`)
// on 127.0.0.1, opens it in Debian's headless Chromium, runs every engine at every size through
// `window.bench` (bench/bench.mjs), then prints a markdown table and writes the figures as JSON.
//
//   node bench/run.mjs [--dist DIR] [--out FILE] [--sizes 0,1000,10000,100000] [--seed 1]
//
// Size 0 is the built-in dataset (the real 42 signatories). Memory:
//   ours   live heap bytes the index holds (a counting global allocator in src/bin/bench.rs, so
//          exact), plus the wasm linear memory size after the build (it only grows);
//   peers  JS heap growth over the build after a forced GC (CDP HeapProfiler.collectGarbage,
//          then Runtime.getHeapUsage: usedSize + backingStorageSize), also measured for ours.

import { createReadStream, mkdirSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '..');

function parseArgs(argv) {
  const opts = {
    dist: path.join(ROOT, 'target/bench/dist'),
    out: path.join(ROOT, 'target/bench/search.json'),
    sizes: [0, 1000, 10000, 100000],
    seed: 1,
  };
  for (let i = 0; i < argv.length; i += 2) {
    const [key, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${key} needs a value`);
    if (key === '--dist') opts.dist = path.resolve(value);
    else if (key === '--out') opts.out = path.resolve(value);
    else if (key === '--sizes') opts.sizes = value.split(',').map(Number);
    else if (key === '--seed') opts.seed = Number(value);
    else throw new Error(`unknown option ${key}`);
  }
  return opts;
}

/** How long to time one engine at one size, by record count. A fast engine makes up to maxPasses
 * passes over the queries in the budget; a slow one fewer, and one whose single pass outlasts the
 * budget (Fuse.js from 10,000 records) is timed by its recall pass alone: one sample a query. */
function timingPlan(records) {
  if (records >= 10000) return { budgetMs: 3000, minPasses: 1, maxPasses: 200 };
  return { budgetMs: 2000, minPasses: 1, maxPasses: 200 };
}
/** Builds are repeated (for a median) while they took less than this in total, at most 5. */
const BUILD_BUDGET_MS = 1500;
// "Check a list": this many rows, checked within this budget (issue "Check a whole vendor list").
const CHECK_ROWS = 10_000;
const CHECK_BUDGET_MS = 300;

// ------------------------------------------------------------------------------------------------
// A static server for the bench build. COOP + COEP make the page cross-origin isolated, which is
// what gives performance.now() its 5 µs resolution in Chromium (100 µs otherwise).

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm' };

function serve(dir) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const rel = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.resolve(dir, rel);
    let ok = file.startsWith(path.resolve(dir) + path.sep);
    try {
      ok = ok && statSync(file).isFile();
    } catch {
      ok = false;
    }
    if (!ok) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('404\n');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ------------------------------------------------------------------------------------------------
// Formatting

const ms = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3));
const mib = (b) => (b / 1048576 >= 10 ? (b / 1048576).toFixed(1) : (b / 1048576).toFixed(2)) + ' MiB';
const pct = (x) => (x * 100).toFixed(0) + '%';
const sizeLabel = (row) => (row.dataset === 'real' ? `${row.records} (real)` : row.records.toLocaleString('en-US'));

function table(rows) {
  const lines = [
    '| engine | records | p50 ms | p95 ms | our p95 ÷ its p95 | build ms | memory | recall@10 |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    const ratio = r.engine === 'ours' ? '1' : `${r.ours_p95_over_this.toPrecision(2)} (${r.engine_speedup_label})`;
    lines.push(
      `| ${r.engine} | ${sizeLabel(r)} | ${ms(r.p50_ms)} | ${ms(r.p95_ms)} | ${ratio} | ${ms(r.build_ms)} | ${mib(r.mem_bytes)} | ${pct(r.recall_at_10)} |`,
    );
  }
  const single = rows.filter((r) => r.passes === 1).map((r) => `${r.engine} at ${sizeLabel(r)}`);
  lines.push(
    '',
    `p50/p95: over every timed run of ${Math.min(...rows.map((r) => r.queries))}–${Math.max(...rows.map((r) => r.queries))} queries ` +
      '(repeated passes within a time budget, after a warm-up pass; a query faster than 0.05 ms is run back to back ' +
      'and its mean is one sample). ' +
      (single.length ? `One run a query only (too slow for more): ${single.join(', ')}. ` : '') +
      'Memory: ours = live wasm heap bytes of the index (counting allocator); the others = JS heap growth over ' +
      'the build after a forced GC. our p95 ÷ its p95 below 1 means ours is faster. Headless Chromium ' +
      `${CHROMIUM_VERSION}, 2 cores shared.`,
  );
  return lines.join('\n');
}
let CHROMIUM_VERSION = '';

// ------------------------------------------------------------------------------------------------

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const server = await serve(opts.dist);
  const { port } = server.address();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const rows = [];
  let check = null;
  const misses = [];
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && console.error(`page console: ${m.text()}`));
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const u = await cdp.send('Runtime.getHeapUsage');
      return u.usedSize + (u.backingStorageSize ?? 0);
    };
    await page.goto(`http://127.0.0.1:${port}/index.html`);
    await page.waitForFunction(() => window.benchReady === true, null, { timeout: 60000 });
    const isolated = await page.evaluate(() => window.bench.crossOriginIsolated());
    if (!isolated) console.error('warning: the page is not cross-origin isolated; the timer resolution is 100 µs');
    const engines = await page.evaluate(() => window.bench.engines());
    const version = await browser.version();
    CHROMIUM_VERSION = version;
    console.log(`Chromium ${version}; engines: ${engines.join(', ')}; sizes: ${opts.sizes.join(', ')} (0 = real); seed ${opts.seed}`);

    for (const n of opts.sizes) {
      const loaded = await page.evaluate(([n, seed]) => window.bench.load(n, seed), [n, opts.seed]);
      const withAnswers = loaded.queries.filter((q) => q.expect).length;
      console.log(
        `\n${n === 0 ? 'real dataset' : `synthetic, seed ${opts.seed}`}: ${loaded.records} records, ` +
          `${loaded.queries.length} queries (${withAnswers} with expected answers)`,
      );
      const plan = timingPlan(loaded.records);
      for (const engine of engines) {
        const t0 = Date.now();
        const ourBefore = await page.evaluate(() => window.bench.ourMemory());
        const jsBefore = await heap();
        const builds = [await page.evaluate((e) => window.bench.build(e), engine)];
        const jsAfter = await heap();
        const ourAfter = await page.evaluate(() => window.bench.ourMemory());
        while (builds.length < 5 && builds.reduce((a, b) => a + b, 0) < BUILD_BUDGET_MS) {
          builds.push(await page.evaluate((e) => window.bench.build(e), engine));
        }
        builds.sort((a, b) => a - b);
        const recall = await page.evaluate((e) => window.bench.recall(e), engine);
        // An engine whose one pass over the queries outlasts the budget is timed by that pass alone.
        const timing =
          recall.pass_ms > plan.budgetMs
            ? recall.timing
            : await page.evaluate(([e, p]) => window.bench.time(e, p), [engine, plan]);
        await page.evaluate((e) => window.bench.drop(e), engine);
        const jsDelta = jsAfter - jsBefore;
        const row = {
          engine,
          records: loaded.records,
          dataset: n === 0 ? 'real' : 'synthetic',
          seed: n === 0 ? null : opts.seed,
          p50_ms: timing.p50_ms,
          p95_ms: timing.p95_ms,
          max_ms: timing.max_ms,
          build_ms: builds[Math.floor(builds.length / 2)],
          builds: builds.length,
          recall_at_10: recall.recall,
          recall_queries: recall.queries,
          queries: loaded.queries.length,
          samples: timing.samples,
          passes: timing.passes,
          slowest_queries: timing.slowest,
          timed_by: recall.pass_ms > plan.budgetMs ? 'the recall pass alone (one run a query)' : 'timed passes after a warm-up pass',
          max_reps: timing.max_reps,
          mem_bytes: engine === 'ours' ? ourAfter.heap_bytes - ourBefore.heap_bytes : jsDelta,
          mem_method:
            engine === 'ours'
              ? 'wasm heap: live bytes of the index (counting allocator)'
              : 'JS heap growth over the build after GC (CDP usedSize + backingStorageSize)',
          js_heap_delta_bytes: jsDelta,
          wasm_memory_bytes: engine === 'ours' ? ourAfter.memory_bytes : null,
        };
        rows.push(row);
        for (const m of recall.misses) misses.push({ engine, records: loaded.records, ...m });
        console.log(
          `  ${engine.padEnd(10)} p50 ${ms(row.p50_ms).padStart(7)} ms  p95 ${ms(row.p95_ms).padStart(7)} ms  ` +
            `build ${ms(row.build_ms).padStart(7)} ms  mem ${mib(row.mem_bytes).padStart(10)}  ` +
            `recall@10 ${pct(row.recall_at_10).padStart(4)}  (${row.samples} samples, ${row.passes} passes, ` +
            `${((Date.now() - t0) / 1000).toFixed(1)} s)`,
        );
        console.log(`             slowest (median ms): ${timing.slowest.map((x) => `${JSON.stringify(x.q)} ${ms(x.ms)}`).join(', ')}`);
      }
    }
    check = await page.evaluate((n) => window.bench.check(n), CHECK_ROWS);
    console.log(
      `\nCheck a list: ${check.rows} rows in ${ms(check.median_ms)} ms (median of ${check.runs}; max ${ms(check.max_ms)} ms; ` +
        `budget ${CHECK_BUDGET_MS} ms: ${check.median_ms <= CHECK_BUDGET_MS ? 'within' : 'OVER'}); on the ${check.labelled}-row ` +
        `labelled vendor list, "Signatory" has precision ${check.precision.toFixed(4)} (goal 0.99) and recall ${check.recall.toFixed(4)} (goal 0.95)`,
    );
  } finally {
    await browser.close();
    server.close();
  }

  for (const r of rows) {
    const ours = rows.find((o) => o.engine === 'ours' && o.records === r.records && o.dataset === r.dataset);
    if (!ours) continue;
    r.ours_p95_over_this = ours.p95_ms / r.p95_ms;
    const speedup = r.p95_ms / ours.p95_ms;
    r.engine_speedup_label = speedup >= 1 ? `ours ${speedup.toFixed(1)}× faster` : `ours ${(1 / speedup).toFixed(1)}× slower`;
  }
  const seconds = (Date.now() - started) / 1000;
  mkdirSync(path.dirname(opts.out), { recursive: true });
  // Times to 0.1 µs (the timer's resolution is 5 µs), bytes and counts as they are.
  const round = (k, v) => (typeof v === 'number' && /_ms$|^ms$|_over_this$|^recall/.test(k) ? Math.round(v * 1e4) / 1e4 : v);
  const json = rows.map(({ engine_speedup_label, ...r }) => r);
  writeFileSync(opts.out, JSON.stringify(json, round, 2) + '\n');
  if (check) writeFileSync(path.join(path.dirname(opts.out), 'check.json'), JSON.stringify(check, round, 2) + '\n');

  console.log('\nRecall misses (expected answer not in the top 10; top 3 shown):');
  for (const m of misses) {
    console.log(`  ${m.engine.padEnd(10)} ${String(m.records).padStart(6)}  ${JSON.stringify(m.q)} (${m.why}) -> [${m.top.join(', ')}]`);
  }
  console.log(`\n${table(rows)}\n`);
  console.log(`\nWrote ${path.relative(process.cwd(), opts.out) || opts.out}; ${seconds.toFixed(0)} s in all.`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
