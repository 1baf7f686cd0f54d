#!/usr/bin/env node
// Trunk post_build hook (see [[hooks]] in Trunk.toml). Runs after Trunk has written the staged
// output to $TRUNK_STAGING_DIR and before it moves that into dist/.
//
// Steps, in order; each takes the build context and fails loudly (non-zero exit, which makes
// `trunk build` fail) rather than emit a page that would not run. None of them rewrites a wasm
// file or its glue: what Trunk, wasm-bindgen and wasm-opt made is what ships.
//   0. devBuild (release builds): refuse a release build that `./dev build` did not start, since
//      only it gives the wasm its release settings (dev, `RELEASE_WASM_ENV`); one line says so.
//   1. cspHashes: replace the `'sha256-TRUNK-LOADER'` placeholder in the CSP meta tag of
//      index.html with the sha256 hash of every inline <script> (the app's loader, which
//      tools/app_wasm.mjs writes and Trunk inlines, plus the live-reload client under `trunk
//      serve`), so the page runs under a strict CSP with no 'unsafe-inline'. With ACCORD_SITE_URL, the site's origin is named beside 'self' (cspSiteOrigin).
//   2. crossOrigin: give every <link>/<script> that carries `integrity` a `crossorigin="anonymous"`,
//      so subresource integrity also holds in an opaque origin (a strict-sandbox embed), where every
//      request is cross-origin.
//   2b. skippedLinks: remove the tag Trunk leaves of the app's skipped `rel="rust"` link (the app's
//      wasm is built by the pre_build hook tools/app_wasm.mjs), which would not be valid HTML.
//   3. prerender: run the native prerenderer (src/bin/prerender.rs, Yew's server renderer) on the
//      finished index.html, which writes the home page and a page per signatory, principle,
//      milestone, framework and view (`signatory/cisco/index.html`, ...), each with its own head,
//      and the open data beside them (src/open_data.rs): `data/accord-dataset.json`, its schema
//      `data/dataset.schema.json`, `data/signatories.csv` and the milestones' feed `feed.xml`.
//   4. precache: write into sw.js the list of every staged file but the open data (for other
//      programs, not for the app, which has the data in its wasm) and a version that is the hash
//      of all their contents, so the service worker caches exactly this build and a new build is a
//      new worker (whose activation deletes the old cache). A page `x/index.html` is listed as
//      the URL people visit, `x/`.
//
// Dependency-free: only node's standard library. Unit tests: tests/tools/post_build.test.mjs.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CSP_PLACEHOLDER = "'sha256-TRUNK-LOADER'";

export class HookError extends Error {
  constructor(message, { brief = false } = {}) {
    super(message);
    // A brief error is its one line, with no "ERROR:" before it.
    this.brief = brief;
  }
}

function fail(message) {
  throw new HookError(message);
}

function log(message) {
  console.log(`post_build: ${message}`);
}

/** Everything a step may need, read once from the environment Trunk gives hooks. */
function buildContext(env = process.env) {
  const stagingDir = env.TRUNK_STAGING_DIR;
  if (!stagingDir) fail('TRUNK_STAGING_DIR is not set: run this as a Trunk post_build hook');
  if (!existsSync(stagingDir)) fail(`TRUNK_STAGING_DIR does not exist: ${stagingDir}`);
  const htmlName = path.basename(env.TRUNK_HTML_FILE || 'index.html');
  return {
    stagingDir,
    htmlPath: path.join(stagingDir, htmlName),
    profile: env.TRUNK_PROFILE || 'debug',
    publicUrl: env.TRUNK_PUBLIC_URL || '/',
    siteUrl: env.ACCORD_SITE_URL || '',
  };
}

// ---------------------------------------------------------------------------------------------
// Step 0: only `./dev build` makes release builds

// Set by `./dev` for the release builds it starts (its function `trunk_release`).
const DEV_BUILD_MARKER = 'ACCORD_DEV_BUILD';

/** A plain `trunk build --release` would ship a wasm without the release settings of `./dev`
 * (std rebuilt, immediate abort): stop it with one line that says what to run instead. */
export function devBuild(ctx) {
  if (ctx.profile !== 'release' || process.env[DEV_BUILD_MARKER] === '1') return;
  throw new HookError('release builds are made with ./dev build (see README, Deploy)', { brief: true });
}

// ---------------------------------------------------------------------------------------------
// Step 1: CSP hashes of inline scripts

// An HTML <script> element: its attributes and its raw text. Trunk's output has no `</script>`
// inside a script's text, and a script's text never contains markup, so this is exact for it.
const SCRIPT_RE = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** The inline (no `src`) scripts of a document, with their exact text. */
export function inlineScripts(html) {
  const scripts = [];
  for (const match of html.matchAll(SCRIPT_RE)) {
    const [, attrs, text] = match;
    if (/\bsrc\s*=/i.test(attrs)) continue;
    scripts.push({ attrs: attrs.trim(), text });
  }
  return scripts;
}

/** The CSP source expression for a script text: the browser hashes the text after the HTML
 * parser has normalised line breaks (CRLF and CR become LF), as UTF-8. */
export function cspHash(text) {
  const normalised = text.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(normalised, 'utf8').digest('base64')}'`;
}

/** `trunk serve` rewrites two placeholders of its live-reload client on every HTML response, after
 * this hook has run, which would change the script's hash. Resolve them here instead, the way
 * Trunk itself does when it does not know the host; then the served text is the hashed text. */
function resolveServePlaceholders(html, ctx) {
  let wsBase = ctx.publicUrl.startsWith('/') ? ctx.publicUrl : '/';
  if (!wsBase.endsWith('/')) wsBase += '/';
  return html
    .replaceAll("'{{__TRUNK_ADDRESS__}}'", 'window.location.host')
    .replaceAll('`{{__TRUNK_ADDRESS__}}`', 'window.location.host')
    .replaceAll('{{__TRUNK_WS_BASE__}}', wsBase);
}

export function cspHashes(ctx) {
  if (!existsSync(ctx.htmlPath)) fail(`no ${ctx.htmlPath}: did Trunk stage the HTML?`);
  let html = resolveServePlaceholders(readFileSync(ctx.htmlPath, 'utf8'), ctx);

  if (!html.includes(CSP_PLACEHOLDER)) {
    fail(
      `${CSP_PLACEHOLDER} not found in ${ctx.htmlPath}: the CSP meta tag in index.html must list ` +
        `it in script-src, for this hook to replace with the inline scripts' hashes`,
    );
  }
  const scripts = inlineScripts(html);
  const loaders = scripts.filter((s) => /\btype\s*=\s*["']?module\b/i.test(s.attrs));
  if (loaders.length === 0) {
    fail(`no inline <script type="module"> (the app's loader, tools/app_wasm.mjs) in ${ctx.htmlPath}`);
  }
  if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(html.replace(SCRIPT_RE, ''))) {
    fail(`an inline event handler attribute (on...=) in ${ctx.htmlPath}: the CSP would block it`);
  }

  const hashes = [...new Set(scripts.map((s) => cspHash(s.text)))];
  html = html.replaceAll(CSP_PLACEHOLDER, hashes.join(' '));
  log(`CSP: ${scripts.length} inline script(s) hashed into script-src: ${hashes.join(' ')}`);
  if (ctx.siteUrl) html = cspSiteOrigin(html, ctx);
  writeFileSync(ctx.htmlPath, html);
}

// The fetch directives of the CSP that name 'self' and get the site's origin beside it.
const SELF_DIRECTIVES = ['default-src', 'script-src', 'style-src', 'img-src', 'font-src', 'connect-src'];

/** A page in a strict-sandbox embed has an opaque origin, and WebKit matches `'self'` against
 * that origin, so it refuses the app's own scripts, stylesheet and wasm (Chromium and Firefox
 * match the page's URL). When the build knows where it is deployed (ACCORD_SITE_URL), its origin
 * is named beside `'self'`, which holds in every engine. */
export function cspSiteOrigin(html, ctx) {
  let origin;
  try {
    origin = new URL(ctx.siteUrl);
  } catch {
    fail(`ACCORD_SITE_URL is not a URL: ${ctx.siteUrl}`);
  }
  if (!['http:', 'https:'].includes(origin.protocol)) fail(`ACCORD_SITE_URL must be http(s): ${ctx.siteUrl}`);
  origin = origin.origin;
  let named = 0;
  let withSelf = 0;
  // The CSP meta tag, whatever its attributes' order (release builds minify the HTML later); its
  // content is double-quoted, as index.html writes it.
  const out = html.replace(/<meta\b[^>]*>/gi, (tag) => {
    if (!/\bhttp-equiv\s*=\s*["']?Content-Security-Policy\b/i.test(tag)) return tag;
    return tag.replace(/(\bcontent\s*=\s*")([^"]*)(")/i, (_m, pre, policy, post) => {
      const directives = policy.split(';').map((d) => {
        const parts = d.trim().split(/\s+/);
        if (!SELF_DIRECTIVES.includes(parts[0]) || !parts.includes("'self'")) return d.trim();
        withSelf += 1;
        if (parts.includes(origin)) return d.trim();
        named += 1;
        parts.splice(parts.indexOf("'self'") + 1, 0, origin);
        return parts.join(' ');
      });
      return pre + directives.join('; ') + post;
    });
  });
  if (withSelf === 0) fail(`no CSP directive with 'self' in ${ctx.htmlPath} to name ${origin} beside`);
  log(`CSP: ${origin} named beside 'self' in ${named} directive(s), for strict-sandbox embeds`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Step 2: crossorigin on every integrity-checked tag

export function crossOrigin(ctx) {
  const html = readFileSync(ctx.htmlPath, 'utf8');
  let changed = 0;
  const out = html.replace(/<(link|script)\b([^>]*\bintegrity\s*=[^>]*)>/gi, (tag, name, attrs) => {
    if (/\bcrossorigin\b/i.test(attrs)) return tag;
    changed += 1;
    return `<${name} crossorigin="anonymous"${attrs}>`;
  });
  writeFileSync(ctx.htmlPath, out);
  log(`crossorigin: added to ${changed} integrity-checked tag(s)`);
}

// ---------------------------------------------------------------------------------------------
// Step 2b: no leftover of the app's skipped rust link

/** index.html marks the app's `rel="rust"` link `data-trunk-skip` (tools/app_wasm.mjs builds the
 * app instead), and Trunk 0.22 leaves a skipped asset's tag in its output: a <link> with no href,
 * which is not valid HTML. It is removed; exactly one is expected. */
export function skippedLinks(ctx) {
  const html = readFileSync(ctx.htmlPath, 'utf8');
  let removed = 0;
  const out = html.replace(/<link\b[^>]*\bdata-trunk-skip\b[^>]*>/gi, () => {
    removed += 1;
    return '';
  });
  if (removed !== 1) fail(`expected one skipped rust link (data-trunk-skip) in ${ctx.htmlPath}, found ${removed}`);
  writeFileSync(ctx.htmlPath, out);
  log('the skipped rust link of the app removed');
}

// ---------------------------------------------------------------------------------------------
// Step 3: prerendered pages

// The compiler settings `./dev` gives release builds of the wasm (its `RELEASE_WASM_ENV`, less
// ACCORD_DEV_BUILD, which is not one); a test keeps the two lists the same.
export const RELEASE_WASM_ENV = [
  'RUSTC_BOOTSTRAP',
  'CARGO_UNSTABLE_BUILD_STD',
  'CARGO_UNSTABLE_BUILD_STD_FEATURES',
  'CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS',
];

function prerender(ctx) {
  // The host's debug profile: it shares the artifacts `cargo test` built, and renders in a second.
  // Without the settings `./dev` gives release builds of the wasm (std rebuilt, unstable flags):
  // they are for the wasm alone, and would make this host build differ from `cargo test`'s.
  const env = { ...process.env };
  for (const name of RELEASE_WASM_ENV) delete env[name];
  const run = spawnSync('cargo', ['run', '--quiet', '--bin', 'prerender', '--', ctx.stagingDir], {
    stdio: 'inherit',
    env,
  });
  if (run.error) fail(`cannot run cargo for the prerenderer: ${run.error.message}`);
  if (run.status !== 0) fail(`the prerenderer failed (exit ${run.status}); its message is above`);
}

// ---------------------------------------------------------------------------------------------
// Step 4: the service worker's precache list and version

const SW_NAME = 'sw.js';
// The open data the prerenderer writes (src/pages.rs, `open_data`): fetched from the network,
// never precached.
const NOT_PRECACHED = [/^data\//, /^feed\.xml$/];
const LIST_PLACEHOLDER = '__ACCORD_PRECACHE__';
const VERSION_PLACEHOLDER = '__ACCORD_BUILD_VERSION__';

/** Every file under dir, as sorted '/'-separated relative paths. */
export function listFiles(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      return e.isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')];
    })
    .sort();
}

export function precache(ctx) {
  const swPath = path.join(ctx.stagingDir, SW_NAME);
  if (!existsSync(swPath)) fail(`no ${swPath}: index.html must copy static/sw.js`);
  let sw = readFileSync(swPath, 'utf8');
  if (!sw.includes(LIST_PLACEHOLDER) || !sw.includes(VERSION_PLACEHOLDER)) {
    fail(`${swPath} lacks ${LIST_PLACEHOLDER} or ${VERSION_PLACEHOLDER}`);
  }
  // The worker itself is fetched by the browser's update check, never from the cache; the embed
  // loader runs in other sites' pages.
  const files = listFiles(ctx.stagingDir).filter(
    (f) => f !== SW_NAME && !f.startsWith('.') && !NOT_PRECACHED.some((re) => re.test(f)),
  );
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update(readFileSync(path.join(ctx.stagingDir, f)));
  const version = hash.digest('hex').slice(0, 16);
  // `x/index.html` is visited as `x/`, and the home page as `./`.
  const urls = files.map((f) => `./${f.replace(/(^|\/)index\.html$/, '$1')}`);
  sw = sw.replace(LIST_PLACEHOLDER, JSON.stringify(urls)).replace(VERSION_PLACEHOLDER, version);
  writeFileSync(swPath, sw);
  log(`service worker: ${urls.length} files precached, version ${version}`);
}

// ---------------------------------------------------------------------------------------------

const STEPS = [cspHashes, crossOrigin, skippedLinks, prerender, precache];

function main() {
  try {
    const ctx = buildContext();
    // Before anything is logged, so that a refused build prints only its one line.
    devBuild(ctx);
    log(`${ctx.profile} build in ${ctx.stagingDir}`);
    for (const step of STEPS) step(ctx);
  } catch (err) {
    if (err instanceof HookError) {
      console.error(err.brief ? `post_build: ${err.message}` : `post_build: ERROR: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
}

// Run as the hook; imported (tests/tools/post_build.test.mjs), it only exports its steps.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) main();
