#!/usr/bin/env node
// A small static file server for the release build, for the end-to-end tests.
//
//   node serve.mjs <dir> <port>
//
// Serves <dir> on http://127.0.0.1:<port>/ only. Dependency-free (node's standard library).
// Like a plain static host: no SPA fallback (a missing file is a 404, so a broken relative URL
// shows up in the tests), and no caching at all (Cache-Control: no-store, no ETag or
// Last-Modified), so every test sees the build that is on disk now.

import { createReadStream, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { contentType } from './mime.mjs';


function usage(message) {
  console.error(`serve.mjs: ${message}\nusage: node serve.mjs <dir> <port>`);
  process.exit(2);
}

function send(res, status, text, method) {
  const body = `${status} ${text}\n`;
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(method === 'HEAD' ? undefined : body);
}

/** The file under `root` that a URL path names, or null if it is outside `root` or malformed. */
function resolvePath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

function handle(root, req, res) {
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return send(res, 405, 'Method Not Allowed', method);
  }
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  let file = resolvePath(root, url.pathname);
  if (file === null) return send(res, 400, 'Bad Request', method);

  let stat;
  try {
    stat = statSync(file);
    if (stat.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}`, 'Cache-Control': 'no-store' });
        return res.end();
      }
      file = path.join(file, 'index.html');
      stat = statSync(file);
    }
    if (!stat.isFile()) throw new Error('not a file');
  } catch {
    console.error(`serve.mjs: 404 ${url.pathname}`);
    return send(res, 404, 'Not Found', method);
  }

  res.writeHead(200, {
    'Content-Type': contentType(file),
    'Content-Length': stat.size,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    // Public static files: a strict-sandbox embed (opaque origin) fetches them cross-origin.
    'Access-Control-Allow-Origin': '*',
  });
  if (method === 'HEAD') return res.end();
  createReadStream(file)
    .on('error', (err) => res.destroy(err))
    .pipe(res);
}

function main(argv) {
  const [dirArg, portArg] = argv;
  if (!dirArg || !portArg) usage('missing arguments');
  const root = path.resolve(dirArg);
  const port = Number(portArg);
  if (!Number.isInteger(port) || port < 1 || port > 65535) usage(`bad port: ${portArg}`);
  try {
    if (!statSync(path.join(root, 'index.html')).isFile()) throw new Error();
  } catch {
    usage(`no index.html in ${root}: build first (./dev build)`);
  }

  const server = http.createServer((req, res) => handle(root, req, res));
  server.on('error', (err) => {
    console.error(`serve.mjs: ${err.message}`);
    process.exit(1);
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`serve.mjs: serving ${root} on http://127.0.0.1:${port}/`);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      server.close();
      server.closeAllConnections();
      process.exit(0);
    });
  }
}

main(process.argv.slice(2));
