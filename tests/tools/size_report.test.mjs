// Unit tests of what the size report counts as the first load (tests/e2e/size_report.mjs).
//
//   node --test tests/tools/

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { firstLoadFiles, staticImports } from '../e2e/size_report.mjs';

test('static imports and re-exports are found, minified or not; import() is not', () => {
  const text = [
    'import init, { a } from "./glue.js";',
    'import{b as c}from"./min.js";',
    "import './side.js';",
    'export * from "./again.js";',
    'const later = import("./lazy.js");',
    'fetch(new URL("./chunk.wasm", import.meta.url));',
  ].join('\n');
  assert.deepEqual(staticImports(text), ['./glue.js', './min.js', './side.js', './again.js']);
});

test('the first load follows the loader into the glue and what it imports, not the chunk it fetches later', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'size-report-'));
  mkdirSync(path.join(dist, 'app/h/snippets'), { recursive: true });
  writeFileSync(
    path.join(dist, 'index.html'),
    '<script type="module">import init from "./app/h/app.js";await init({module_or_path:"./app/h/app_bg.wasm"})</script>',
  );
  writeFileSync(path.join(dist, 'app/h/app.js'), 'import * as s from "./__wasm_split.js";import{f}from"./snippets/f.js";');
  writeFileSync(path.join(dist, 'app/h/__wasm_split.js'), 'import { initSync } from "./app.js";fetch(new URL("./split_views.wasm", import.meta.url));');
  writeFileSync(path.join(dist, 'app/h/snippets/f.js'), 'export function f() {}');
  assert.deepEqual(
    [...firstLoadFiles(dist)].sort(),
    ['app/h/__wasm_split.js', 'app/h/app.js', 'app/h/app_bg.wasm', 'app/h/snippets/f.js', 'index.html'],
  );
});
