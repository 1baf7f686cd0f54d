// The comparison: choosing signatories in the results, the side-by-side table, "only differences",
// a link that reopens it, removing a column, and the CSV and JSON exports (of the comparison and of
// the search results), parsed and checked against the data.

import { test, expect } from './fixtures.mjs';
import { DATA, captureDownload, openApp, parseCsv, searchPage, signatory } from './helpers.mjs';

const COLUMNS = ['id', 'name', 'aliases', 'country', 'country_name', 'region', 'hq_city', 'sector',
  'joined', 'founding', 'status', 'confidence', 'frameworks', 'sources'];
const CHOSEN = ['cisco', 'nokia', 'telefonica'];
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Opens the search and chooses the signatories with their "Compare <name>" toggles. */
async function choose(page, ids) {
  await openApp(page, '/');
  const { results } = searchPage(page);
  for (const id of ids) {
    const toggle = results.getByRole('button', { name: `Compare ${signatory(id).name}`, exact: true });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  }
}

const table = (page) => page.getByRole('table', { name: 'Comparison', exact: true });

/** The names heading the columns, in order. */
async function columnNames(page) {
  const headers = table(page).getByRole('columnheader');
  const out = [];
  for (const t of await headers.allInnerTexts()) {
    // Each header holds the name, then its "Remove <name> from the comparison" button.
    const name = t.split('\n')[0].replace(/\s*remove\s*$/i, '').trim();
    if (name) out.push(name);
  }
  return out;
}

async function rowLabels(page) {
  return (await table(page).getByRole('rowheader').allInnerTexts()).map((t) => t.replace(/\s*differs\s*$/, '').trim());
}

/** Checks exported rows against the data: same ids in order, names, countries, sources. */
function checkRows(rows, ids) {
  expect(rows.map((r) => r.id)).toEqual(ids);
  for (const r of rows) {
    const s = signatory(r.id);
    expect(r.name).toBe(s.name);
    expect(r.country || null).toBe(s.country);
    const sources = Array.isArray(r.sources) ? r.sources : r.sources.split(' ');
    expect(sources.length, `sources of ${r.id}`).toBeGreaterThan(0);
    expect(sources).toEqual(s.sources);
    for (const u of sources) expect(u).toMatch(/^https?:\/\/\S+$/);
  }
}

/** Parses a CSV export: UTF-8 with a byte-order mark, the export's columns, one row per record. */
function readCsv(bytes) {
  expect(bytes.subarray(0, 3).equals(BOM), 'the CSV starts with a UTF-8 byte-order mark').toBe(true);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
  const [head, ...body] = parseCsv(text);
  expect(head).toEqual(COLUMNS);
  for (const row of body) expect(row, `row ${row.join(',')}`).toHaveLength(COLUMNS.length);
  return body.map((row) => Object.fromEntries(COLUMNS.map((c, i) => [c, row[i]])));
}

test('choose three signatories, compare them, hide equal rows, reload, remove one', async ({ page }) => {
  await choose(page, CHOSEN);
  const names = CHOSEN.map((id) => signatory(id).name);

  await page.getByRole('link', { name: 'Compare (3)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare signatories');
  await expect(table(page)).toBeVisible();
  expect(await columnNames(page)).toEqual(names);
  for (const name of names) {
    await expect(table(page).getByRole('columnheader', { name: new RegExp(`^${name}\\b`) })).toBeVisible();
  }

  // Each cell holds the record's value: the Country row.
  const countryRow = table(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Country/ }) });
  await expect(countryRow.getByRole('cell')).toHaveText(['United States', 'Finland', 'Spain']);
  // All three are launch-day founders: the Joined row does not differ, the Sector row does.
  const all = await rowLabels(page);
  expect(all).toEqual(expect.arrayContaining(['Country', 'Sector', 'Joined', 'Founding', 'Sources']));

  const onlyDiff = page.getByRole('checkbox', { name: 'Only differences' });
  await expect(onlyDiff).not.toBeChecked();
  await onlyDiff.check();
  await expect(onlyDiff).toBeChecked();
  await expect(page).toHaveURL(/[?&]diff=1(&|$)/);
  await expect.poll(() => rowLabels(page)).not.toEqual(all);
  const differing = await rowLabels(page);
  expect(differing.length).toBeLessThan(all.length);
  expect(differing).toEqual(expect.arrayContaining(['Country', 'Sector', 'Sources']));
  expect(differing).not.toContain('Joined');
  expect(differing).not.toContain('Founding');

  // The URL is the comparison.
  await expect(page).toHaveURL(/[?&]cmp=cisco%2Cnokia%2Ctelefonica(&|$)/);
  await page.reload();
  await expect(table(page)).toBeVisible();
  expect(await columnNames(page)).toEqual(names);
  await expect(page.getByRole('checkbox', { name: 'Only differences' })).toBeChecked();
  expect(await rowLabels(page)).toEqual(differing);

  await page.getByRole('button', { name: 'Remove Nokia from the comparison' }).click();
  await expect.poll(() => columnNames(page)).toEqual(['Cisco', 'Telefónica']);
  await expect(page).toHaveURL(/[?&]cmp=cisco%2Ctelefonica(&|$)/);
});

test('the comparison and the search results (?q=country:FI) export as CSV and as JSON', async ({ page }) => {
  await openApp(page, `/?view=compare&cmp=${CHOSEN.join(',')}`);
  await expect(table(page)).toBeVisible();

  const csv = await captureDownload(page, () =>
    page.getByRole('button', { name: 'Export comparison as CSV' }).click(),
  );
  expect(csv.name).toMatch(/\.csv$/);
  checkRows(readCsv(csv.bytes), CHOSEN);
  // Non-ASCII survives as UTF-8.
  expect(csv.bytes.toString('utf8')).toContain('Telefónica');

  const json = await captureDownload(page, () =>
    page.getByRole('button', { name: 'Export comparison as JSON' }).click(),
  );
  expect(json.name).toMatch(/\.json$/);
  const rows = JSON.parse(json.bytes.toString('utf8'));
  expect(Array.isArray(rows)).toBe(true);
  for (const r of rows) expect(Object.keys(r).sort()).toEqual([...COLUMNS].sort());
  checkRows(rows, CHOSEN);
  expect(rows.find((r) => r.id === 'cisco').frameworks).toContain('Charter of Trust');

  // The search results export as CSV and JSON: ?q=country:FI.
  await openApp(page, '/?q=country:FI');
  await expect(searchPage(page).count).toHaveText('2 results');
  const finnish = DATA.signatories.filter((s) => s.country === 'FI').map((s) => s.id).sort();

  const resultsCsv = await captureDownload(page, () => page.getByRole('button', { name: 'Export results as CSV' }).click());
  expect(resultsCsv.name).toMatch(/\.csv$/);
  const csvRows = readCsv(resultsCsv.bytes);
  checkRows([...csvRows].sort((a, b) => a.id.localeCompare(b.id)), finnish);
  for (const r of csvRows) {
    expect(r.country_name).toBe('Finland');
    expect(r.region).toBe('Europe');
  }

  const resultsJson = await captureDownload(page, () => page.getByRole('button', { name: 'Export results as JSON' }).click());
  const jsonRows = JSON.parse(resultsJson.bytes.toString('utf8'));
  checkRows([...jsonRows].sort((a, b) => a.id.localeCompare(b.id)), finnish);
  // Both exports list the results in the same order as the page.
  expect(jsonRows.map((r) => r.id)).toEqual(csvRows.map((r) => r.id));
});
