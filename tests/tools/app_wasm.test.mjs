// Unit tests of the hook that builds the app's wasm, split (tools/app_wasm.mjs).
//
//   node --test tests/tools/

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { buildContext, cargoArgs, checkSplit, CHUNKS, dirHash, loaderText } from '../../tools/app_wasm.mjs';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'app-wasm-'));

test('cargo builds the bin alone with the linker keeping relocations, in the profile and with the features Trunk was given', () => {
  const release = buildContext({ TRUNK_SOURCE_DIR: '/src', TRUNK_PROFILE: 'release', TRUNK_BUILD_FEATURES: 'selftest' });
  assert.equal(release.targetDir, '/src/target');
  assert.deepEqual(cargoArgs(release), [
    'rustc', '--bin', 'accord-explorer', '--target', 'wasm32-unknown-unknown', '--release',
    '--features', 'selftest', '--', '-Clink-args=--emit-relocs',
  ]);
  const debug = buildContext({ TRUNK_SOURCE_DIR: '/src', CARGO_TARGET_DIR: '/elsewhere' });
  assert.equal(debug.profile, 'debug');
  assert.equal(debug.targetDir, '/elsewhere');
  assert.deepEqual(cargoArgs(debug), ['rustc', '--bin', 'accord-explorer', '--target', 'wasm32-unknown-unknown', '--', '-Clink-args=--emit-relocs']);
});

test('the loader starts the glue and the wasm of the one hashed directory', () => {
  const text = loaderText('0123456789abcdef');
  assert.match(text, /^import init from "\.\/app\/0123456789abcdef\/accord-explorer\.js";/);
  assert.match(text, /await init\(\{module_or_path:"\.\/app\/0123456789abcdef\/accord-explorer_bg\.wasm"\}\)$/);
});

test('the hash changes with any file\'s content or name, and only then', () => {
  const a = tmp();
  writeFileSync(path.join(a, 'x.js'), 'one');
  const first = dirHash(a);
  assert.match(first, /^[0-9a-f]{16}$/);
  assert.equal(dirHash(a), first);
  writeFileSync(path.join(a, 'x.js'), 'two');
  assert.notEqual(dirHash(a), first);
  const b = tmp();
  writeFileSync(path.join(b, 'y.js'), 'two');
  assert.notEqual(dirHash(b), dirHash(a));
});

test('a split without its chunk, or with another, fails the build and says which', () => {
  const dir = tmp();
  writeFileSync(path.join(dir, 'accord-explorer.wasm'), '');
  writeFileSync(path.join(dir, '__wasm_split.js'), '');
  assert.throws(() => checkSplit(dir), /chunks \(none\), expected split_views\.wasm/);
  writeFileSync(path.join(dir, 'split_other.wasm'), '');
  assert.throws(() => checkSplit(dir), /chunks split_other\.wasm, expected/);
  const ok = tmp();
  for (const f of ['accord-explorer.wasm', '__wasm_split.js', ...CHUNKS]) writeFileSync(path.join(ok, f), '');
  checkSplit(ok);
  assert.throws(() => checkSplit(path.join(ok, 'missing')), /no accord-explorer\.wasm; no __wasm_split\.js/);
});
