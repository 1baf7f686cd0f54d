// The release build's short import names (tools/short_imports.mjs, run by tools/post_build.mjs):
// on a small module made here, and on the build the other tests run.

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '@playwright/test';
import { shortenImports, shortNames } from '../../tools/short_imports.mjs';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');

const leb = (n) => {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};
const str = (s) => [...leb(Buffer.byteLength(s)), ...Buffer.from(s)];
const section = (id, bytes) => [id, ...leb(bytes.length), ...bytes];

/** A module importing functions `imports` ([module, name] pairs, all of type () -> ()) and
 * exporting `run`, which calls each import in order. */
function moduleWith(imports) {
  const type = section(1, [1, 0x60, 0, 0]);
  const imp = section(2, [imports.length, ...imports.flatMap(([m, n]) => [...str(m), ...str(n), 0, 0])]);
  const func = section(3, [1, 0]);
  const exp = section(7, [1, ...str('run'), 0, imports.length]);
  const body = [0, ...imports.flatMap((_, i) => [0x10, i]), 0x0b];
  const code = section(10, [1, ...leb(body.length), ...body]);
  return Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...type, ...imp, ...func, ...exp, ...code]);
}

const GLUE_MODULE = './x_bg.js';
const F = '__wbg_first_0123456789abcdef';
const H = '__wbg_second_fedcba9876543210';
// The shape of wasm-bindgen's minified glue: the import object, keyed by module, then by import.
const glue = `function imports(calls){return{__proto__:null,"${GLUE_MODULE}":{__proto__:null,${F}:function(){calls.push("first")},${H}:function(){calls.push("second")}}}}`;

test('imports of the glue module get short names in the wasm and the glue, and still link', async () => {
  const wasm = moduleWith([[GLUE_MODULE, F], ['env', 'g'], [GLUE_MODULE, H]]);
  const { bytes, js, count } = shortenImports(wasm, glue);
  expect(count).toBe(2);
  expect(WebAssembly.Module.imports(new WebAssembly.Module(bytes))).toEqual([
    { module: 'a', name: 'a', kind: 'function' },
    { module: 'env', name: 'g', kind: 'function' },
    { module: 'a', name: 'b', kind: 'function' },
  ]);
  expect(js).not.toContain(F);
  expect(js).not.toContain(GLUE_MODULE);
  // The renamed glue provides what the renamed wasm imports, each function where it was.
  const calls = [];
  const importObject = new Function(`${js}; return imports;`)()(calls);
  importObject.env = { g: () => calls.push('env') };
  const { instance } = await WebAssembly.instantiate(bytes, importObject);
  instance.exports.run();
  expect(calls).toEqual(['first', 'env', 'second']);
});

test('a glue that does not define an import the wasm names is refused, not half renamed', () => {
  const wasm = moduleWith([[GLUE_MODULE, F], [GLUE_MODULE, '__wbg_missing_0000000000000000']]);
  expect(() => shortenImports(wasm, glue)).toThrow(/__wbg_missing_0000000000000000 once as a key in the glue, found 0/);
  const otherModule = glue.replace(GLUE_MODULE, './y_bg.js');
  expect(() => shortenImports(moduleWith([[GLUE_MODULE, F]]), otherModule)).toThrow(/expected the key/);
});

test('short names are distinct identifiers', () => {
  const names = [...shortNames()];
  expect(new Set(names).size).toBe(names.length);
  expect(names.length).toBeGreaterThan(1000);
  expect(names.filter((n) => !/^[A-Za-z$_][A-Za-z0-9$_]?$/.test(n))).toEqual([]);
});

test('the release build: every import of both wasm modules from their glue has a short name', () => {
  const wasms = readdirSync(DIST).filter((f) => f.endsWith('_bg.wasm'));
  expect(wasms.length).toBe(2);
  for (const file of wasms) {
    const imports = WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(path.join(DIST, file))));
    expect(imports.length, file).toBeGreaterThan(0);
    for (const imp of imports) {
      // The app module's placeholders for the views module (tools/split_views.mjs), by slot.
      if (imp.module === 'p' && file.startsWith('accord-explorer-')) {
        expect(imp.name, `${file}: placeholder ${imp.name}`).toMatch(/^\d+$/);
        continue;
      }
      // A snippet function with no arguments to convert is imported straight from its module, not
      // through the glue (src/ui/views_module.js, views_ready): its name is the snippet's own.
      if (imp.module.startsWith('./snippets/')) continue;
      expect(imp.module, `${file}: ${imp.module}.${imp.name}`).toBe('a');
      expect(imp.name.length, `${file}: ${imp.name}`).toBeLessThanOrEqual(2);
    }
  }
});
