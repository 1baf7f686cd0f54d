// Short import names across the JavaScript/wasm boundary, for release builds (tools/post_build.mjs).
//
// wasm-bindgen names every function the wasm imports from its glue after the Rust item plus a
// 16-digit hash (`__wbg_addEventListener_f2d27251d333a631`), under the module
// "./accord-explorer_bg.js". The app imports about 165 of them: each name is written once in the
// wasm's import section and once as a key of the glue's import object, and the hashes do not
// compress. JavaScript minifiers cannot touch them (they are strings the two files share) and
// wasm-bindgen has no option for it, so this step does what Emscripten does with Binaryen's
// minify-imports pass: it gives each import a short name (`a`, `b`, ... `$`, then two
// characters) and the module the name "a", in both files. Exports keep their names (the glue and
// the benchmarks read `memory` and others). Saves about 4 KiB brotli on the first load.
//
// It changes only names; the result is checked before it is written: the new wasm compiles, its
// imports are exactly the renamed list, and every new name is a key the new glue defines.

const SHORT_MODULE = 'a';

export function readLeb(buf, pos) {
  let result = 0;
  let shift = 0;
  for (;;) {
    if (pos >= buf.length) throw new Error('truncated LEB128 number');
    const byte = buf[pos++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if ((byte & 0x80) === 0) return [result, pos];
    if (shift > 35) throw new Error('LEB128 number too long');
  }
}

export function leb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}

export function readName(buf, pos) {
  const [len, start] = readLeb(buf, pos);
  return [buf.subarray(start, start + len).toString('utf8'), start + len];
}

function name(text) {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([leb(bytes.length), bytes]);
}

/** The end of an import's description (after its kind byte), for the kinds MVP wasm and the
 * reference-types proposal define: function, table, memory, global, tag. */
export function skipImportDesc(buf, kind, pos) {
  const limits = (p) => {
    const flags = buf[p++];
    let [, q] = readLeb(buf, p);
    if (flags & 1) [, q] = readLeb(buf, q);
    return q;
  };
  switch (kind) {
    case 0: // function: type index
      return readLeb(buf, pos)[1];
    case 1: // table: reference type, limits
      return limits(pos + 1);
    case 2: // memory: limits
      return limits(pos);
    case 3: // global: value type, mutability
      return pos + 2;
    case 4: // tag: attribute, type index
      return readLeb(buf, pos + 1)[1];
    default:
      throw new Error(`import of unknown kind ${kind}`);
  }
}

/** Short names valid as JavaScript identifiers, in order: a..z, A..Z, $, _, then two characters. */
export function* shortNames() {
  const first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ$_';
  const rest = `${first}0123456789`;
  const reserved = new Set(['do', 'if', 'in']);
  yield* first;
  for (const a of first) for (const b of rest) if (!reserved.has(a + b)) yield a + b;
}

/** Renames every import of `module` in the wasm `bytes`. Returns the new bytes and the renames
 * ([old, new] pairs, in import order). */
export function renameImports(bytes, module) {
  const buf = Buffer.from(bytes);
  if (buf.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module');
  let pos = 8;
  while (pos < buf.length) {
    const id = buf[pos];
    const [size, start] = readLeb(buf, pos + 1);
    const end = start + size;
    if (id !== 2) {
      pos = end;
      continue;
    }
    const names = shortNames();
    const renames = [];
    let [count, p] = readLeb(buf, start);
    const entries = [];
    for (; count > 0; count--) {
      const [mod, p1] = readName(buf, p);
      const [field, p2] = readName(buf, p1);
      const kind = buf[p2];
      const descEnd = skipImportDesc(buf, kind, p2 + 1);
      const desc = buf.subarray(p2, descEnd);
      if (mod === module) {
        const short = names.next().value;
        renames.push([field, short]);
        entries.push(Buffer.concat([name(SHORT_MODULE), name(short), desc]));
      } else {
        entries.push(buf.subarray(p, descEnd));
      }
      p = descEnd;
    }
    if (p !== end) throw new Error('the import section has bytes after its last import');
    const payload = Buffer.concat([leb(entries.length), ...entries]);
    const out = Buffer.concat([buf.subarray(0, pos), Buffer.from([2]), leb(payload.length), payload, buf.subarray(end)]);
    return { bytes: out, renames };
  }
  throw new Error('the module has no import section');
}

/** `s` with every character a regular expression gives a meaning escaped. */
export const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Applies the renames to wasm-bindgen's glue: the import object's key for `module`, and each
 * import's key. Throws when the glue does not have exactly the shape expected. */
export function renameInGlue(js, module, renames) {
  const moduleKey = JSON.stringify(module);
  const keyCount = js.split(moduleKey).length - 1;
  if (keyCount !== 1) throw new Error(`expected the key ${moduleKey} once in the glue, found it ${keyCount} times`);
  let out = js.replace(moduleKey, JSON.stringify(SHORT_MODULE));
  for (const [old, short] of renames) {
    // As an object key: `name:` or `"name":`, not preceded by an identifier character.
    const re = new RegExp(`(?<![\\w$])(["']?)${escapeRe(old)}\\1(?=\\s*:)`, 'g');
    let found = 0;
    out = out.replace(re, () => {
      found += 1;
      return short;
    });
    if (found !== 1) throw new Error(`expected the import ${old} once as a key in the glue, found ${found}`);
    if (new RegExp(`(?<![\\w$])${escapeRe(old)}(?![\\w$])`).test(out)) {
      throw new Error(`the glue still names ${old} after renaming its key`);
    }
  }
  return out;
}

/** Renames the imports of one wasm module and its glue, checked. Returns the new texts and the
 * number of imports renamed. */
export function shortenImports(wasmBytes, glueJs) {
  const modules = new Set(WebAssembly.Module.imports(new WebAssembly.Module(wasmBytes)).map((i) => i.module));
  const glueModules = [...modules].filter((m) => /_bg\.js$/.test(m));
  if (glueModules.length !== 1) {
    throw new Error(`expected one import module named like "./x_bg.js", found: ${[...modules].join(', ')}`);
  }
  const [module] = glueModules;
  const { bytes, renames } = renameImports(wasmBytes, module);
  const js = renameInGlue(glueJs, module, renames);
  // Check: the new module compiles, and imports exactly the new names.
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(bytes)).filter((i) => i.module === SHORT_MODULE);
  const expected = renames.map(([, short]) => short);
  if (imports.length !== expected.length || imports.some((imp, i) => imp.name !== expected[i])) {
    throw new Error('the renamed module does not import exactly the renamed list');
  }
  return { bytes, js, count: renames.length };
}
