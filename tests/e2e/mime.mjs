// Content types of the files a build of the app holds: one table for every static server of the
// project (the e2e test server, the e2e helpers' servers, the budgets benchmark).

import path from 'node:path';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** The Content-Type for a file name. A manifest named `*manifest.json` is a web app manifest, a
 * `*.schema.json` a JSON Schema, and the open data's `feed.xml` an Atom feed. */
export function contentType(fileName) {
  const base = path.basename(fileName).toLowerCase();
  if (base.endsWith('manifest.json')) return 'application/manifest+json';
  if (base.endsWith('.schema.json')) return 'application/schema+json';
  if (base === 'feed.xml' || base.endsWith('.atom')) return 'application/atom+xml; charset=utf-8';
  return MIME_TYPES[path.extname(base)] ?? 'application/octet-stream';
}
