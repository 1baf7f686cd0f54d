// How the first load's bytes are attributed (bench/budgets.mjs, step 1), apart so that it is
// unit-tested (tests/tools/first_load.test.mjs).

/**
 * Matches what the server sent during a first load (`sent`: `{path, status, encoding, bytes, t}`)
 * with the page's requests (`pageRecords`, each with `file`, `network`, `from_service_worker`,
 * `body_bytes`): a request of the page that went over the network takes one server entry of its
 * file; one that the HTTP cache answered, in a context that started empty, takes one too, since
 * the service worker's install fetched that file a moment before in this same load (its bytes are
 * the page's, marked `shared_with_service_worker`). What is left is the service worker's own
 * downloads, returned. Changes `pageRecords` in place.
 */
export function attributeServerLog(pageRecords, sent, t0) {
  const left = new Map();
  for (const r of pageRecords.filter((r) => r.network)) left.set(r.file, (left.get(r.file) ?? 0) + 1);
  const shared = new Map();
  for (const r of pageRecords.filter((r) => !r.network && !r.from_service_worker)) shared.set(r.file, [...(shared.get(r.file) ?? []), r]);
  const swSent = [];
  for (const s of sent) {
    const n = left.get(s.path) ?? 0;
    const waiting = shared.get(s.path) ?? [];
    if (n > 0) left.set(s.path, n - 1);
    else if (waiting.length > 0) Object.assign(waiting.shift(), { body_bytes: s.bytes, encoding: s.encoding, shared_with_service_worker: true });
    else swSent.push({ file: s.path, status: s.status, encoding: s.encoding, body_bytes: s.bytes, started_ms: s.t - t0 });
  }
  return swSent;
}
