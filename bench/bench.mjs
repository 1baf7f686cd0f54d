// The in-page side of the search benchmark: four engines over the same records, driven by
// bench/run.mjs through `window.bench`. Runs in headless Chromium on a cross-origin-isolated page
// (run.mjs sends COOP/COEP), so performance.now() has 5 µs resolution instead of 100 µs.
//
// Engines, each indexing the same 7 fields of the same records (name, aliases, country name,
// city, sector, status, notes), name weighted above aliases above the rest where the engine
// has weights:
//   ours        the app's engine (crates/core/src/search), compiled to wasm as the `bench` binary
//   fuse        Fuse.js token search: per-word fuzzy matching, every word required
//   minisearch  MiniSearch: prefix + fuzzy (0.2), every word required
//   flexsearch  FlexSearch Document: tokenize "forward" (prefixes), Latin encoder (LatinBalance),
//               suggest: true (so words in different fields, or one misspelt word among right ones,
//               still find the record), fields merged in field order, default limit (100 a field)

import Fuse from './vendor/fuse.min.mjs';
import MiniSearch from './vendor/minisearch/index.js';
import { Document, Charset } from './vendor/flexsearch.bundle.module.min.mjs';
import { REAL, TIMING_REAL, TIMING_SYNTHETIC, syntheticQueries } from './queries.mjs';

const FIELDS = ['name', 'aliases', 'country', 'city', 'sector', 'status', 'notes'];
/** One timed sample lasts at least this long: a query faster than this is repeated back to back
 * and the sample is the mean, so the 5 µs timer resolution costs at most ~10%. */
const MIN_SAMPLE_MS = 0.05;
const MAX_REPS = 64;

const now = () => performance.now();
const plain = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
let sink = 0; // results are added here so that no engine's work can be optimised away

/** The FlexSearch encoder: Charset.LatinBalance, its basic Latin preset (case and accent folding,
 * letter deduplication, basic phonetic mapping). */
export const FLEX_ENCODER = 'LatinBalance';
const FLEX_SEARCH = { merge: true, suggest: true };

/** Each engine: build(records) -> instance, count(instance, q) -> hits, top(instance, q, k) -> ids. */
const ENGINES = {
  ours: {
    build: () => (wasm().build(), {}),
    count: (_, q) => wasm().run(q),
    top: (_, q, k) => wasm().top(q, k).split('\n').filter(Boolean),
  },
  fuse: {
    build: (records) =>
      new Fuse(records, {
        keys: [
          { name: 'name', weight: 3 },
          { name: 'aliases', weight: 2 },
          'country',
          'city',
          'sector',
          'status',
          'notes',
        ],
        useTokenSearch: true,
        tokenMatch: 'all',
        ignoreDiacritics: true,
        ignoreLocation: true,
      }),
    count: (f, q) => f.search(q).length,
    top: (f, q, k) => f.search(q, { limit: k }).map((r) => r.item.id),
  },
  minisearch: {
    build: (records) => {
      const m = new MiniSearch({
        fields: FIELDS,
        idField: 'idx',
        extractField: (doc, field) => (field === 'aliases' ? doc.aliases.join(' ') : doc[field]),
        processTerm: (term) => plain(term),
        searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { name: 3, aliases: 2 } },
      });
      m.addAll(records);
      return m;
    },
    count: (m, q) => m.search(q).length,
    top: (m, q, k) => m.search(q).slice(0, k).map((r) => records[r.id].id),
  },
  flexsearch: {
    build: (records) => {
      const encoder = Charset[FLEX_ENCODER];
      const d = new Document({
        document: {
          id: 'idx',
          // Field order is rank order when the per-field results are merged: name first.
          index: FIELDS.map((field) => ({ field, tokenize: 'forward', encoder })),
        },
      });
      for (const r of records) d.add(r);
      return d;
    },
    count: (d, q) => d.search(q, FLEX_SEARCH).length,
    top: (d, q, k) =>
      d
        .search(q, FLEX_SEARCH)
        .slice(0, k)
        .map((r) => records[r.id].id),
  },
};

let records = [];
let queries = []; // { q, expect?, why }
const built = {};

function wasm() {
  if (!window.wasmBindings) throw new Error('the wasm module is not loaded');
  return window.wasmBindings;
}

function quantile(sorted, p) {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[i];
}

/** The 3 queries with the highest time, given one time per query (in `queries` order). */
function slowest(times) {
  return times
    .map((ms, i) => ({ q: queries[i].q, ms }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3);
}

window.bench = {
  /** Loads the records: the built-in dataset when n is 0, else n synthetic ones from seed. */
  load(n, seed) {
    for (const k of Object.keys(built)) delete built[k];
    const count = wasm().load(n, seed);
    records = JSON.parse(wasm().records_json());
    records.forEach((r, i) => (r.idx = i));
    const withAnswers = n === 0 ? REAL : syntheticQueries(records);
    const timingOnly = (n === 0 ? TIMING_REAL : TIMING_SYNTHETIC).map((q) => ({ q, why: 'timing only' }));
    queries = [...withAnswers, ...timingOnly];
    return { records: count, queries };
  },

  engines: () => Object.keys(ENGINES),

  /** Builds one engine's index, keeping it; returns the milliseconds it took. */
  build(engine) {
    delete built[engine];
    const t0 = now();
    built[engine] = ENGINES[engine].build(records);
    return now() - t0;
  },

  /** Lets a JS engine's index be collected (ours stays in wasm memory until the next load). */
  drop(engine) {
    delete built[engine];
  },

  /** Our engine's memory: live heap bytes (counting allocator) and wasm linear memory size. */
  ourMemory: () => ({ heap_bytes: wasm().heap_bytes(), memory_bytes: wasm().memory_bytes() }),

  /**
   * recall@k over the queries with expected answers, and the queries that missed. Every query
   * (timing-only ones too) is run once and timed: this pass warms up, and for an engine so slow
   * that one pass outlasts the timing budget, run.mjs takes these times as its only samples.
   */
  recall(engine, k = 10) {
    const e = ENGINES[engine];
    let sum = 0;
    let n = 0;
    const misses = [];
    const times = [];
    const perQuery = [];
    const start = now();
    for (const { q, expect, why } of queries) {
      const t0 = now();
      const top = e.top(built[engine], q, k);
      times.push(now() - t0);
      perQuery.push(times[times.length - 1]);
      if (!expect) continue;
      const found = expect.filter((id) => top.includes(id)).length;
      sum += found / expect.length;
      n += 1;
      if (found < expect.length) misses.push({ q, why, expect, top: top.slice(0, 3) });
    }
    times.sort((a, b) => a - b);
    return {
      recall: n ? sum / n : NaN,
      queries: n,
      misses,
      pass_ms: now() - start,
      timing: {
        p50_ms: quantile(times, 0.5),
        p95_ms: quantile(times, 0.95),
        max_ms: times[times.length - 1],
        samples: times.length,
        passes: 1,
        max_reps: 1,
        slowest: slowest(perQuery),
      },
    };
  },

  /**
   * Times every query: one calibration pass (each query once), then passes
   * over all queries until `budgetMs` is spent (at least minPasses, at most maxPasses). A sample
   * is one query: the mean of `reps` back-to-back runs, reps chosen so a sample lasts at least
   * MIN_SAMPLE_MS (reps = 1 for any query slower than that).
   */
  time(engine, { budgetMs, minPasses, maxPasses }) {
    const e = ENGINES[engine];
    const inst = built[engine];
    const est = queries.map(({ q }) => {
      const t0 = now();
      sink += e.count(inst, q);
      return now() - t0;
    });
    const reps = est.map((t) => Math.min(MAX_REPS, Math.max(1, Math.ceil(MIN_SAMPLE_MS / Math.max(t, 0.001)))));
    // When no query needs repeating, the calibration pass is a pass like the others.
    const samples = reps.every((r) => r === 1) ? [...est] : [];
    const perQuery = queries.map((_, i) => (samples.length ? [est[i]] : []));
    let passes = samples.length ? 1 : 0;
    const start = now();
    while (passes < maxPasses && (passes < minPasses || now() - start < budgetMs)) {
      for (let j = 0; j < queries.length; j++) {
        // A different rotation each pass, so no query always follows the same one.
        const i = (j + passes * 7) % queries.length;
        const q = queries[i].q;
        const r = reps[i];
        const t0 = now();
        for (let x = 0; x < r; x++) sink += e.count(inst, q);
        const t = (now() - t0) / r;
        samples.push(t);
        perQuery[i].push(t);
      }
      passes += 1;
    }
    const timedMs = now() - start;
    samples.sort((a, b) => a - b);
    return {
      p50_ms: quantile(samples, 0.5),
      p95_ms: quantile(samples, 0.95),
      max_ms: samples[samples.length - 1],
      samples: samples.length,
      passes,
      max_reps: Math.max(...reps),
      timed_ms: timedMs,
      slowest: slowest(perQuery.map((t) => quantile(t.sort((a, b) => a - b), 0.5))),
      sink,
    };
  },

  /** "Check a list": precision and recall on the labelled vendor list, and the milliseconds to
   * check `n` rows (the median of `runs`, after one warm-up run). */
  check(n, runs = 7) {
    const [precision, recall, labelled] = wasm().check_score().split(' ').map(Number);
    const rows = wasm().check_prepare(n);
    sink += wasm().check_run();
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t0 = now();
      sink += wasm().check_run();
      times.push(now() - t0);
    }
    times.sort((a, b) => a - b);
    return { precision, recall, labelled, rows, median_ms: quantile(times, 0.5), max_ms: times[times.length - 1], runs };
  },

  crossOriginIsolated: () => window.crossOriginIsolated,
};

function ready() {
  window.benchReady = true;
}
if (window.wasmBindings) ready();
else addEventListener('TrunkApplicationStarted', ready);
