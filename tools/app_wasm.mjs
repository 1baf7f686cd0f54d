#!/usr/bin/env node
// Trunk pre_build hook (see [[hooks]] in Trunk.toml): builds the app's wasm, split in two.
//
// The app's views that most visits never open (src/ui/lazy.rs) go into a chunk of their own,
// fetched the first time one is shown. The split is the ecosystem's: `wasm_split_helpers` marks
// the split point in the code, and `wasm-split-cli` (crate `wasm_split_cli_support`, as Leptos's
// `#[lazy]` uses it) cuts the linked module there. It must run between cargo and wasm-bindgen,
// and Trunk 0.22's rust pipeline has no stage there (trunk-rs/trunk#1022), so this hook runs the
// four stock tools in turn for this one module, the way that pipeline would, with the split
// between (index.html marks the app's `rel="rust"` link `data-trunk-skip`). The files module is
// still Trunk's own `rel="rust"` asset. Nothing here reads or rewrites a wasm's bytes.
//
//   1. cargo: the app's bin for wasm32, with `--emit-relocs` passed to the linker (to this crate
//      alone, by `cargo rustc`, so std and the other crates are the files module's artifacts);
//      the relocations tell wasm-split-cli what refers to what.
//   2. wasm-split-cli: the main module, the chunk (`split_views.wasm`) and the JavaScript that
//      fetches the chunk (`__wasm_split.js`). A build with no chunk fails: the split point was lost.
//   3. wasm-bindgen `--target web`, with `--keep-lld-exports`: the chunk imports the main module's
//      function table, which wasm-bindgen would otherwise drop from its exports.
//   4. wasm-opt (release builds): each module, with the settings Trunk ran on the whole app before.
//
// The output goes into one directory named by a hash of its contents, `app/<hash>/`, that
// index.html copies into the build (`rel="copy-dir"`); the loader that starts the app is written
// beside it and inlined into the page (`rel="inline"`). Files that import each other keep plain
// names inside that directory, and a new build is a new directory, so a cache never mixes two
// builds' files.
//
// Dependency-free: only node's standard library. Unit tests: tests/tools/app_wasm.test.mjs.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { devBuild, HookError, listFiles } from './post_build.mjs';

const BIN = 'accord-explorer';
const TARGET = 'wasm32-unknown-unknown';
// What `wasm-split-cli` names the chunk of the split point `#[wasm_split(views, ...)]`.
export const CHUNKS = ['split_views.wasm'];
const LINK_MODULE = '__wasm_split.js';
// The wasm-opt settings of the app's module (docs/PERFORMANCE.md, "Stock tools only"): -Oz twice,
// and --low-memory-unused, which lets Binaryen fold added constants into load and store offsets
// (Rust's stack is the first 1 MiB of memory, so no access wraps below 1024).
export const WASM_OPT_ARGS = ['-Oz', '--low-memory-unused', '-Oz'];

function fail(message) {
  throw new HookError(message);
}

function log(message) {
  console.log(`app_wasm: ${message}`);
}

/** What the hook needs from the environment Trunk gives hooks (and `./dev`'s build settings). */
export function buildContext(env = process.env) {
  const sourceDir = env.TRUNK_SOURCE_DIR || process.cwd();
  const targetDir = env.CARGO_TARGET_DIR ? path.resolve(sourceDir, env.CARGO_TARGET_DIR) : path.join(sourceDir, 'target');
  const profile = env.TRUNK_PROFILE === 'release' ? 'release' : 'debug';
  return {
    sourceDir,
    targetDir,
    profile,
    // The features Trunk gives its own cargo builds (`./dev test` builds with `selftest`).
    features: (env.TRUNK_BUILD_FEATURES || '').trim(),
    workDir: path.join(targetDir, 'app-wasm'),
    // What index.html copies (`target/app/out`, as `app/`) and inlines (`target/app/loader.mjs`).
    outDir: path.join(targetDir, 'app', 'out'),
    loaderPath: path.join(targetDir, 'app', 'loader.mjs'),
  };
}

/** The cargo command of step 1. */
export function cargoArgs(ctx) {
  const args = ['rustc', '--bin', BIN, '--target', TARGET];
  if (ctx.profile === 'release') args.push('--release');
  if (ctx.features) args.push('--features', ctx.features);
  args.push('--', '-Clink-args=--emit-relocs');
  return args;
}

/** The loader inlined into every page. Its static import fetches the glue (and what the glue
 * imports) as soon as the page is parsed. The wasm is fetched by the loader itself, once, in every
 * engine (a `<link rel=preload>` of it is never reused by WebKit, which then downloaded it twice),
 * and only after the first frame (a frame and a task), or after 200 ms if no frame comes (a hidden
 * tab): the prerendered page paints first, without the wasm competing with its style sheet and
 * shell for the network (docs/PERFORMANCE.md, "The wasm after the first paint"). It is inline:
 * tools/post_build.mjs puts its hash into the CSP. */
export function loaderText(hash) {
  const dir = `./app/${hash}/`;
  return (
    `import init from "${dir}${BIN}.js";` +
    'await new Promise(function(r){requestAnimationFrame(function(){setTimeout(r,0)});setTimeout(r,200)});' +
    `await init({module_or_path:"${dir}${BIN}_bg.wasm"})`
  );
}

/** A hash of a directory's file names and contents, 16 hex digits. */
export function dirHash(dir) {
  const hash = createHash('sha256');
  for (const f of listFiles(dir)) hash.update(f).update('\0').update(readFileSync(path.join(dir, f))).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** The files wasm-split-cli wrote, checked: the main module, the link module, exactly CHUNKS. */
export function checkSplit(dir) {
  const files = existsSync(dir) ? readdirSync(dir).sort() : [];
  const chunks = files.filter((f) => f.endsWith('.wasm') && f !== `${BIN}.wasm`);
  const problems = [];
  if (!files.includes(`${BIN}.wasm`)) problems.push(`no ${BIN}.wasm`);
  if (!files.includes(LINK_MODULE)) problems.push(`no ${LINK_MODULE}`);
  if (chunks.join() !== CHUNKS.join()) {
    problems.push(`chunks ${chunks.join(', ') || '(none)'}, expected ${CHUNKS.join(', ')} (a split point added, renamed or lost? src/ui/lazy.rs)`);
  }
  if (problems.length) fail(`wasm-split-cli's output in ${dir}: ${problems.join('; ')}`);
}

function run(tool, args, options = {}) {
  const result = spawnSync(tool, args, { stdio: 'inherit', ...options });
  if (result.error) fail(`cannot run ${tool}: ${result.error.message}${result.error.code === 'ENOENT' ? ' (./dev installs it)' : ''}`);
  if (result.status !== 0) fail(`${tool} failed (exit ${result.status}); its message is above`);
}

export function build(ctx) {
  const wasm = path.join(ctx.targetDir, TARGET, ctx.profile, `${BIN}.wasm`);
  const split = path.join(ctx.workDir, 'split');
  const bound = path.join(ctx.workDir, 'bound');

  log(`cargo ${cargoArgs(ctx).join(' ')}`);
  run('cargo', cargoArgs(ctx), { cwd: ctx.sourceDir });

  rmSync(ctx.workDir, { recursive: true, force: true });
  run('wasm-split-cli', [wasm, split, '--target', 'web', '--out-name', BIN]);
  checkSplit(split);

  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-lld-exports', '--out-dir', bound, '--out-name', BIN, path.join(split, `${BIN}.wasm`)]);
  for (const f of [LINK_MODULE, ...CHUNKS]) cpSync(path.join(split, f), path.join(bound, f));
  if (ctx.profile === 'release') {
    for (const f of [`${BIN}_bg.wasm`, ...CHUNKS]) {
      const file = path.join(bound, f);
      run('wasm-opt', [...WASM_OPT_ARGS, file, '-o', file]);
    }
  }

  const hash = dirHash(bound);
  rmSync(ctx.outDir, { recursive: true, force: true });
  mkdirSync(ctx.outDir, { recursive: true });
  cpSync(bound, path.join(ctx.outDir, hash), { recursive: true });
  writeFileSync(ctx.loaderPath, loaderText(hash));
  log(`app/${hash}/: ${listFiles(bound).join(', ')}`);
}

function main() {
  try {
    const ctx = buildContext();
    // A release build that `./dev build` did not start stops here, before compiling anything.
    devBuild({ profile: ctx.profile });
    build(ctx);
  } catch (err) {
    if (err instanceof HookError) {
      console.error(err.brief ? `app_wasm: ${err.message}` : `app_wasm: ERROR: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
}

// Run as the hook; imported (tests/tools/app_wasm.test.mjs), it only exports its parts.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) main();
