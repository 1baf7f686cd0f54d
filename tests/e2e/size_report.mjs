#!/usr/bin/env node
// Size report and budget check of a build.
//
//   node size_report.mjs <dist-dir> <budget-KiB>
//
// Prints every file's raw and brotli size (node's built-in zlib brotli, quality 11, the level a
// static host or CDN uses for precompressed assets), marks the files the first page load fetches,
// and exits 1 if their brotli total is over the budget (KiB = 1024 bytes).
//
// "The first page load" is index.html plus what it references: <link href> (stylesheet,
// modulepreload, preload, icon, manifest), <script src>, <img src>, the files named in its inline
// scripts (the app's loader imports the JS glue and fetches the .wasm), the modules those JS files
// import statically, in turn (the glue imports wasm-bindgen's snippets and the split's loader of
// the chunk; not what is fetched later, as the chunk is, by `fetch(new URL(...))` or `import()`),
// and url(...)s in those CSS files. What is inside <noscript> is not fetched when script runs (the
// app needs script), so it is left out. Dependency-free.

import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

function die(message, code = 2) {
  console.error(`size_report: ${message}`);
  process.exit(code);
}

function listFiles(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
  });
}

function brotliSize(buf) {
  return brotliCompressSync(buf, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  }).length;
}

/** A local URL as a dist-relative path, or null for remote, data: and fragment-only URLs. */
function localPath(url, fromFile) {
  if (!url || /^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url)) return null;
  const clean = url.split(/[?#]/)[0];
  if (!clean) return null;
  if (clean.startsWith('/')) return path.posix.normalize(clean.slice(1));
  return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), clean));
}

/** The specifiers of a module's static imports and re-exports (`import x from "./a.js"`,
 * `import "./b.js"`, `export * from "./c.js"`, minified or not), not of `import(...)`. */
export function staticImports(text) {
  return [...text.matchAll(/\b(?:import|export)\s*(?:[^'"`();]*?\bfrom\s*)?["']([^"']+)["']/g)].map((m) => m[1]);
}

/** The files the first load of index.html fetches (dist-relative paths). */
export function firstLoadFiles(dist) {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8').replace(/<noscript\b[\s\S]*?<\/noscript\s*>/gi, '');
  const refs = new Set(['index.html']);
  const add = (url, from) => {
    const p = localPath(url, from);
    if (p) refs.add(p);
  };

  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = /\brel\s*=\s*["']?([^"'>]+)/i.exec(tag)?.[1]?.toLowerCase() ?? '';
    const href = /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (/\b(stylesheet|modulepreload|preload|icon|manifest|apple-touch-icon)\b/.test(rel)) {
      add(href, 'index.html');
    }
  }
  for (const [, attrs, text] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1];
    if (src) add(src, 'index.html');
    for (const [, url] of text.matchAll(/["'`]([^"'`\s]+\.(?:js|mjs|wasm|css|json))["'`]/g)) {
      add(url, 'index.html');
    }
  }
  for (const [, src] of html.matchAll(/<img\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)) {
    add(src, 'index.html');
  }
  const scripts = [...refs].filter((p) => /\.m?js$/.test(p));
  for (let i = 0; i < scripts.length; i++) {
    let text;
    try {
      text = readFileSync(path.join(dist, scripts[i]), 'utf8');
    } catch {
      continue;
    }
    for (const url of staticImports(text)) {
      const p = localPath(url, scripts[i]);
      if (p && !refs.has(p)) {
        refs.add(p);
        scripts.push(p);
      }
    }
  }
  for (const css of [...refs].filter((p) => p.endsWith('.css'))) {
    let text;
    try {
      text = readFileSync(path.join(dist, css), 'utf8');
    } catch {
      continue;
    }
    for (const [, url] of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) add(url, css);
  }
  return refs;
}

function fmt(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`.padStart(11);
}

function main([distArg, budgetArg]) {
  if (!distArg || !budgetArg) die('usage: node size_report.mjs <dist-dir> <budget-KiB>');
  const dist = path.resolve(distArg);
  const budget = Number(budgetArg) * 1024;
  if (!Number.isFinite(budget) || budget <= 0) die(`bad budget: ${budgetArg}`);
  try {
    statSync(path.join(dist, 'index.html'));
  } catch {
    die(`no index.html in ${dist}: build first`);
  }

  const firstLoad = firstLoadFiles(dist);
  const files = listFiles(dist)
    .map((rel) => rel.split(path.sep).join('/'))
    .sort()
    .map((rel) => {
      const buf = readFileSync(path.join(dist, rel));
      return { rel, raw: buf.length, br: brotliSize(buf), first: firstLoad.has(rel) };
    });

  console.log(`${'raw'.padStart(11)} ${'brotli'.padStart(11)}  first load  file`);
  for (const f of files) {
    console.log(`${fmt(f.raw)} ${fmt(f.br)}  ${(f.first ? 'yes' : '-').padEnd(10)}  ${f.rel}`);
  }
  const sum = (list, key) => list.reduce((n, f) => n + f[key], 0);
  const first = files.filter((f) => f.first);
  console.log(`${fmt(sum(files, 'raw'))} ${fmt(sum(files, 'br'))}  all ${files.length} files`);
  console.log(`${fmt(sum(first, 'raw'))} ${fmt(sum(first, 'br'))}  first load, ${first.length} files`);

  const missing = [...firstLoad].filter((p) => !files.some((f) => f.rel === p));
  for (const p of missing) console.error(`size_report: WARNING: index.html references ${p}, not in ${dist}`);

  const total = sum(first, 'br');
  const verdict = total <= budget ? 'within' : 'OVER';
  console.log(
    `size budget: first load ${(total / 1024).toFixed(1)} KiB brotli (${total} B), ` +
      `${verdict} the budget of ${budgetArg} KiB (${budget} B)`,
  );
  if (total > budget) process.exit(1);
}

// Run as a command; imported (tests/tools/size_report.test.mjs), it only exports its parts.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
