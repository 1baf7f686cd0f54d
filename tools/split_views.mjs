// Splits the views most visits never open out of the app's wasm, for release builds
// (tools/post_build.mjs, step "splitViews"). The first load of every page gets about 22 KiB
// (brotli) smaller; a page that shows one of those views fetches a second, smaller file.
//
// Binaryen's wasm-split does the splitting: the functions named go into a secondary module that
// imports the app module's memory, tables, globals and whatever functions it calls (as module
// "m"), and the app module keeps a placeholder import (module "p") in each function-table slot
// of a moved function. Instantiating the secondary module writes its functions into those slots.
// src/ui/views_module.rs loads it before any of its code can run, and the glue's placeholders
// throw a WebAssembly.RuntimeError (the crash screen) if that ever fails to hold.
//
// What moves: every function that only the views' code can reach. The views are named by their
// Rust modules (VIEWS); the functions whose names mention one of them are the views' own code
// (their components, the generic code instantiated for them). Such a function stays in the app
// module when the app module's code can reach it without going through a view:
//   roots   = the exports, the start function, and every function-table entry that is not the
//             views' own code (Rust's vtables and function pointers live in the table);
//   reached = everything the roots call directly, transitively (views' own code included, when
//             called directly from outside: that is shared code, whatever its name);
//   moved   = every other function.
// A view's code is entered only through the table (a component's vtable), from objects that only
// the view's own code creates, and views::MainView creates those only once the views module has
// loaded. Merging identical functions is off before the split, since it could give a function that
// the app module reaches through the table a view's name: LLVM's (`-Zmerge-functions=disabled`,
// dev's trunk_release; seen to happen: a signatory page's drop glue was a framework page's) and
// Binaryen's duplicate-function-elimination and merge-similar-functions passes (skipped in
// Trunk's wasm-opt run, index.html's data-wasm-opt-params). Binaryen merges afterwards, within
// each module, where it is safe.
//
// Tools: wasm-split and wasm-dis of Binaryen 108 (Debian bookworm's package, which `./dev`
// unpacks; directory in ACCORD_BINARYEN_SPLIT_DIR), the only Binaryen with wasm-split that the
// package registries carry, and the project's wasm-opt (Binaryen 132, npm) for everything else.
// Binaryen 108 does not know the `table.fill` instruction that wasm-bindgen emits once, filling
// a single slot; it is rewritten as the equivalent `table.set` first (patchTableFill).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { leb, readLeb, readName, skipImportDesc } from './short_imports.mjs';

/** The Rust modules of the views that move (src/ui/views_module.rs, `needs`, names the same). */
export const VIEWS = [
  'ui::charts',
  'ui::compare_view',
  'ui::about',
  'ui::principles_view',
  'ui::themes_matrix',
  'ui::membership_overlap',
  'ui::dataset_loader', // only About shows it
  'ui::detail::principle',
  'ui::detail::framework',
  'ui::detail::milestone',
];

/** Module names of the two new import namespaces. */
export const PLACEHOLDER_MODULE = 'p';
export const PRIMARY_MODULE = 'm';

const FEATURES = [
  '--enable-bulk-memory',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-mutable-globals',
  '--enable-reference-types',
  '--enable-multivalue',
];

/** The sections of a module: id, where it starts (its id byte), its payload's start and end. */
function sections(buf) {
  const out = [];
  let pos = 8;
  while (pos < buf.length) {
    const [size, start] = readLeb(buf, pos + 1);
    out.push({ id: buf[pos], pos, start, end: start + size });
    pos = start + size;
  }
  return out;
}

/** Rewrites `i32.const 1; table.fill T` (fill one slot) as `table.set T` and three nops, in the
 * code section only: the same length, so no offset changes. Returns the new bytes and the count. */
export function patchTableFill(bytes) {
  const buf = Buffer.from(bytes);
  let count = 0;
  for (const { id, start, end } of sections(buf)) {
    if (id !== 10) continue;
    for (let i = start; i + 5 <= end; i++) {
      if (buf[i] === 0x41 && buf[i + 1] === 0x01 && buf[i + 2] === 0xfc && buf[i + 3] === 0x11 && buf[i + 4] < 0x80) {
        buf[i] = 0x26;
        buf[i + 1] = buf[i + 4];
        buf[i + 2] = buf[i + 3] = buf[i + 4] = 0x01;
        count += 1;
      }
    }
  }
  return { bytes: buf, count };
}

/** The reference type (0x70 funcref, 0x6f externref) of each table, imported ones first. */
export function tableTypes(bytes) {
  const buf = Buffer.from(bytes);
  const types = [];
  for (const s of sections(buf)) {
    let [count, p] = readLeb(buf, s.start);
    if (s.id === 2) {
      for (; count > 0; count--) {
        p = readName(buf, readName(buf, p)[1])[1]; // module, field
        const kind = buf[p];
        if (kind === 1) types.push(buf[p + 1]);
        p = skipImportDesc(buf, kind, p + 1);
      }
    } else if (s.id === 4) {
      for (; count > 0; count--) {
        types.push(buf[p]);
        const flags = buf[p + 1];
        p = readLeb(buf, p + 2)[1];
        if (flags & 1) p = readLeb(buf, p)[1];
      }
    }
  }
  return types;
}

/** The exports: name, kind (0 function, 1 table, 2 memory, 3 global, 4 tag) and index. */
function exportList(buf) {
  const s = sections(buf).find((x) => x.id === 7);
  if (!s) return { list: [], section: null };
  let [count, p] = readLeb(buf, s.start);
  const list = [];
  for (; count > 0; count--) {
    const [len, q] = readLeb(buf, p);
    const name = buf.subarray(q, q + len).toString('utf8');
    const kind = buf[q + len];
    const [index, r] = readLeb(buf, q + len + 1);
    list.push({ name, kind, index, raw: buf.subarray(p, q + len) });
    p = r;
  }
  return { list, section: s };
}

/** Binaryen 108 writes a table export of the split app module with the wrong table index (the
 * function table, for wasm-bindgen's `__wbindgen_externrefs`). Every table export that the
 * module had before the split gets its table back, checked by the tables' types. */
export function fixTableExports(before, after) {
  const buf = Buffer.from(after);
  const typesBefore = tableTypes(before);
  const typesAfter = tableTypes(buf);
  if (typesBefore.join() !== typesAfter.join()) throw new Error('the split changed the tables');
  const was = new Map(exportList(Buffer.from(before)).list.filter((e) => e.kind === 1).map((e) => [e.name, e.index]));
  const { list, section } = exportList(buf);
  let fixed = 0;
  const entries = list.map((e) => {
    let index = e.index;
    if (e.kind === 1 && was.has(e.name) && was.get(e.name) !== index) {
      index = was.get(e.name);
      fixed += 1;
    }
    return Buffer.concat([e.raw, Buffer.from([e.kind]), leb(index)]);
  });
  if (!fixed) return { bytes: buf, fixed };
  const payload = Buffer.concat([leb(entries.length), ...entries]);
  const bytes = Buffer.concat([buf.subarray(0, section.pos), Buffer.from([7]), leb(payload.length), payload, buf.subarray(section.end)]);
  return { bytes, fixed };
}

/** Throws unless every table export names a table of the type it named before the split. */
function checkTableExports(before, after) {
  const tb = tableTypes(before);
  const ta = tableTypes(after);
  const was = new Map(exportList(Buffer.from(before)).list.filter((e) => e.kind === 1).map((e) => [e.name, tb[e.index]]));
  for (const e of exportList(Buffer.from(after)).list) {
    if (e.kind === 1 && was.has(e.name) && ta[e.index] !== was.get(e.name)) {
      throw new Error(`the app module exports "${e.name}" as a table of another type than before the split`);
    }
  }
}

// A name in Binaryen 108's text format: `$` and id characters (it escapes all others as \xx).
const NAME = String.raw`\$[^\s()]+`;
const FUNC_RE = new RegExp(`^ \\(func (${NAME})`);
const CALL_RE = new RegExp(`\\((?:call|return_call|ref\\.func) (${NAME})`, 'g');
const EXPORT_FUNC_RE = new RegExp(`\\(func (${NAME})\\)`);
const NAME_G = new RegExp(NAME, 'g');

/** Which functions move, from Binaryen 108's text of the module (see the comment at the top). */
export function splitPlan(wat, views = VIEWS) {
  const own = (name) => views.some((v) => name.includes(`::${v}::`));
  const callees = new Map();
  const roots = new Set();
  let current = null;
  for (const line of wat.split('\n')) {
    if (line.startsWith(' (func ')) {
      const name = FUNC_RE.exec(line)[1];
      current = new Set();
      callees.set(name, current);
    } else if (line.startsWith(' (export ')) {
      const m = EXPORT_FUNC_RE.exec(line);
      if (m) roots.add(m[1]);
      current = null;
    } else if (line.startsWith(' (start ')) {
      roots.add(new RegExp(NAME).exec(line)[0]);
      current = null;
    } else if (line.startsWith(' (elem ')) {
      const funcs = line.indexOf(' func ');
      if (funcs >= 0) for (const [n] of line.slice(funcs).matchAll(NAME_G)) if (!own(n)) roots.add(n);
      current = null;
    } else if (line.startsWith(' (')) {
      current = null;
    } else if (current) {
      for (const m of line.matchAll(CALL_RE)) current.add(m[1]);
    }
  }
  const reached = new Set();
  const stack = [...roots];
  while (stack.length) {
    const n = stack.pop();
    if (reached.has(n)) continue;
    reached.add(n);
    for (const c of callees.get(n) ?? []) stack.push(c);
  }
  const moved = [...callees.keys()].filter((n) => !reached.has(n));
  const ownMoved = moved.filter(own).length;
  return { moved: moved.map((n) => n.slice(1)), functions: callees.size, ownMoved };
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${path.basename(cmd)} ${args[0]} failed (${r.status}): ${(r.stderr || r.stdout).trim().slice(-2000)}`);
  return r.stdout;
}

/** Splits `bytes` (the app's wasm after wasm-opt, with its name section). Returns the app
 * module and the views module, both optimised and without names, after checking that they fit:
 * both compile, the views module imports only from the app module and only what it exports, and
 * the app module's placeholders are all in module "p". */
export function splitViews(bytes, { binaryenDir, wasmOpt = 'wasm-opt' }) {
  const wasmSplit = path.join(binaryenDir, 'wasm-split');
  const wasmDis = path.join(binaryenDir, 'wasm-dis');
  const dir = mkdtempSync(path.join(tmpdir(), 'split-views-'));
  try {
    const input = path.join(dir, 'in.wasm');
    const patched = patchTableFill(bytes);
    new WebAssembly.Module(patched.bytes); // still valid
    writeFileSync(input, patched.bytes);
    const wat = run(wasmDis, [input]);
    if (!/ \(func \$/.test(wat)) throw new Error('the module has no function names (wasm-opt needs -g before this step)');
    const plan = splitPlan(wat);
    if (plan.ownMoved === 0) throw new Error(`no function of the views (${VIEWS.join(', ')}) could move: are the names right?`);
    const list = path.join(dir, 'moved.txt');
    writeFileSync(list, plan.moved.join('\n') + '\n');
    const [p1, p2] = [path.join(dir, 'primary.wasm'), path.join(dir, 'secondary.wasm')];
    run(wasmSplit, [input, '--split-funcs', `@${list}`, '-o1', p1, '-o2', p2,
      '--placeholder-namespace', PLACEHOLDER_MODULE, '--import-namespace', PRIMARY_MODULE, ...FEATURES]);
    const exportsFixed = fixTableExports(patched.bytes, readFileSync(p1));
    writeFileSync(p1, exportsFixed.bytes);
    const [o1, o2] = [path.join(dir, 'primary.opt.wasm'), path.join(dir, 'secondary.opt.wasm')];
    run(wasmOpt, [p1, '-Oz', ...FEATURES, '-o', o1]);
    run(wasmOpt, [p2, '-Oz', ...FEATURES, '-o', o2]);
    const primary = readFileSync(o1);
    const secondary = readFileSync(o2);
    checkTableExports(patched.bytes, primary);
    const placeholders = check(primary, secondary);
    return {
      primary, secondary, moved: plan.moved.length, functions: plan.functions, placeholders,
      tableFills: patched.count, exportsFixed: exportsFixed.fixed,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Throws unless the two modules fit together; returns the number of placeholders. */
export function check(primary, secondary) {
  const app = new WebAssembly.Module(primary);
  const views = new WebAssembly.Module(secondary);
  const exports = new Map(WebAssembly.Module.exports(app).map((e) => [e.name, e.kind]));
  for (const imp of WebAssembly.Module.imports(views)) {
    if (imp.module !== PRIMARY_MODULE) throw new Error(`the views module imports from "${imp.module}"`);
    if (exports.get(imp.name) !== imp.kind) throw new Error(`the views module imports ${imp.kind} "${imp.name}", which the app module does not export`);
  }
  const placeholders = WebAssembly.Module.imports(app).filter((i) => i.module === PLACEHOLDER_MODULE);
  if (placeholders.length === 0) throw new Error('the app module has no placeholder for the views module');
  if (placeholders.some((i) => i.kind !== 'function')) throw new Error('a placeholder that is not a function');
  return placeholders.length;
}

/** The glue's import object with the placeholders' module: each placeholder throws, which shows
 * the crash screen, since a view's code ran before the views module had loaded (a bug). */
export function addPlaceholders(js) {
  const anchor = 'function __wbg_get_imports(){return{__proto__:null,';
  const count = js.split(anchor).length - 1;
  if (count !== 1) throw new Error(`expected "${anchor}" once in the glue, found it ${count} times`);
  const module = `${JSON.stringify(PLACEHOLDER_MODULE)}:new Proxy({},{get:(_,k)=>()=>{throw new WebAssembly.RuntimeError("Accord Explorer: code of the views module (slot "+String(k)+") ran before that module had loaded")}}),`;
  return js.replace(anchor, anchor + module);
}
