// Unit tests of how `./dev budgets` attributes the first load's bytes (bench/first_load.mjs).
//
//   node --test tests/tools/

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attributeServerLog } from '../../bench/first_load.mjs';

const page = (file, network, extra = {}) => ({ file, network, from_service_worker: false, body_bytes: network ? 100 : 0, ...extra });
const sent = (path, bytes, t = 0) => ({ path, status: 200, encoding: 'br', bytes, t });

test('requests over the network take their own entries; the rest is the service worker\'s', () => {
  const records = [page('index.html', true), page('app.wasm', true)];
  const sw = attributeServerLog(records, [sent('index.html', 100), sent('app.wasm', 100), sent('about/index.html', 50, 30)], 10);
  assert.deepEqual(sw, [{ file: 'about/index.html', status: 200, encoding: 'br', body_bytes: 50, started_ms: 20 }]);
  assert.deepEqual(records.map((r) => r.body_bytes), [100, 100]);
});

test('a page request the HTTP cache answered takes the bytes the service worker fetched for it', () => {
  // The race: the install fetched the wasm first, and the page's own fetch found it in the cache.
  const records = [page('index.html', true), page('app.wasm', false)];
  const sw = attributeServerLog(records, [sent('index.html', 100), sent('app.wasm', 186000), sent('sw.js', 2000)], 0);
  assert.equal(records[1].body_bytes, 186000);
  assert.equal(records[1].shared_with_service_worker, true);
  assert.deepEqual(sw.map((s) => s.file), ['sw.js']);
});

test('what the service worker answered itself costs the page nothing', () => {
  const records = [page('app.wasm', false, { from_service_worker: true })];
  const sw = attributeServerLog(records, [sent('app.wasm', 186000)], 0);
  assert.equal(records[0].body_bytes, 0);
  assert.deepEqual(sw.map((s) => s.file), ['app.wasm']);
});
