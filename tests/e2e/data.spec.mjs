// "About the data": how complete the data is, its known gaps, and opening another dataset file:
// a good one replaces the data everywhere, a bad one is refused with every problem named.

import { test, expect } from './fixtures.mjs';
import { DATA, captureDownload, coverageLine, openApp, searchPage } from './helpers.mjs';

/** The app's own dataset file, through its download button. */
async function exportDataset(page) {
  const { name, bytes } = await captureDownload(page, () =>
    page.getByRole('button', { name: 'Download this dataset (JSON)' }).click(),
  );
  expect(name).toBe('accord-explorer-dataset.json');
  return JSON.parse(bytes.toString('utf8'));
}

const NEW_SIGNATORY = {
  id: 'example-corp',
  name: 'Example Corp',
  aliases: [],
  country: 'NL',
  hq_city: 'Amsterdam',
  website: 'example.com',
  sector: 'software',
  joined: '2019-05',
  founding: false,
  status_kind: 'active',
  status: 'active',
  confidence: 'low',
  sources: ['https://example.com/news/example-corp-joins-the-tech-accord'],
  notes: null,
};

const header = (page) => page.getByRole('banner');

test('opening a good dataset file replaces the data everywhere', async ({ page }) => {
  await openApp(page, '/?view=about');
  const bundle = await exportDataset(page);
  addNewSignatory(bundle);

  await page.getByLabel('Open a dataset file').setInputFiles({
    name: 'accord-plus-one.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bundle, null, 2)),
  });
  const n = DATA.signatories.length + 1;
  await expect(page.getByText(`Opened accord-plus-one.json: ${n} signatories.`)).toBeVisible();
  await expect(header(page)).toContainText(coverageLine(n));
  expect(coverageLine(n)).toBe('43 of 150+ reported signatories');

  // The search uses the new data (reached through the app's own navigation: a reload would go
  // back to the built-in data).
  await header(page).getByRole('link', { name: 'Search' }).click();
  const { search, results, count } = searchPage(page);
  await expect(count).toHaveText(`${n} results`);
  await search.fill('example');
  await expect(results.getByRole('link', { name: 'Example Corp' })).toBeVisible();
  await results.getByRole('link', { name: 'Example Corp' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Example Corp');
  const sources = page.getByRole('region', { name: 'Sources', exact: true });
  await expect(sources.getByRole('link')).toHaveAttribute('href', NEW_SIGNATORY.sources[0]);
  await expect(sources).toContainText('Example Corp joins the Tech Accord, Example News, November 2026');
});

test('the module that reads and writes files is fetched only when a file is opened or downloaded, and the download is the built-in data', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const filesModule = () => fetched.filter((p) => /\/accord-files(_bg\.wasm|\.js)$/.test(p));
  await openApp(page, '/?view=about');
  await page.waitForLoadState('networkidle');
  expect(filesModule(), 'not part of the first load').toEqual([]);

  // The first download brings it, once; a file opened afterwards uses the same copy.
  const bundle = await exportDataset(page);
  expect(filesModule().sort()).toEqual(['/accord-files.js', '/accord-files_bg.wasm']);
  // The downloaded dataset holds the data the app was built from.
  expect(bundle.format).toMatch(/^accord-explorer-dataset\//);
  expect(bundle.signatories.map((s) => s.id).sort()).toEqual(DATA.signatories.map((s) => s.id).sort());
  expect(bundle.milestones).toHaveLength(DATA.milestones.length);
  expect(bundle.meta.known_gaps).toEqual(DATA.meta.known_gaps);
  await page.getByLabel('Open a dataset file').setInputFiles({
    name: 'same.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bundle)),
  });
  await expect(page.getByText(`Opened same.json: ${DATA.signatories.length} signatories.`)).toBeVisible();
  expect(filesModule()).toHaveLength(2);
});

test.describe('without a service worker', () => {
  // page.route cannot stop a request that the service worker answers from its precache.
  test.use({ serviceWorkers: 'block' });

  test('when that module cannot be fetched, opening a file says so and the data stays', async ({ page, diagnostics }) => {
    diagnostics.allowConsoleError(/Failed to load resource: net::ERR_FAILED \(.*\/accord-files\.js/);
    let blocked = true;
    await page.route(/\/accord-files(_bg\.wasm|\.js)$/, (route) => (blocked ? route.abort() : route.continue()));
    await openApp(page, '/?view=about');
    const file = { name: 'later.json', mimeType: 'application/json', buffer: Buffer.from('{}') };
    await page.getByLabel('Open a dataset file').setInputFiles(file);
    const status = page.getByRole('status').filter({ hasText: 'later.json' });
    await expect(status).toContainText('later.json was not opened: 1 problem(s). The current data is unchanged.');
    await expect(status.getByRole('listitem')).toContainText('the part of the app that reads files could not be loaded');
    await expect(header(page)).toContainText(coverageLine());

    // A later attempt loads it afresh (and this file then gets its own, real, problems).
    blocked = false;
    await page.getByLabel('Open a dataset file').setInputFiles(file);
    await expect(status).not.toContainText('could not be loaded');
    await expect(status).toContainText('later.json was not opened');
  });
});

test('a bad dataset file is refused with every problem named by file, record and field', async ({ page }) => {
  await openApp(page, '/?view=about');
  const bundle = await exportDataset(page);
  const i = bundle.signatories.findIndex((s) => s.id === 'cisco');
  bundle.signatories[i].country = 'XX';
  bundle.signatories[i].sources = ['javascript:alert(1)', ...bundle.signatories[i].sources];

  await page.getByLabel('Open a dataset file').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bundle)),
  });
  await expect(page.getByText(/^bad\.json was not opened: 2 problem\(s\)\. The current data is unchanged\.$/)).toBeVisible();
  const record = `#${i + 1} "Cisco"`;
  const problems = page.getByRole('status').getByRole('listitem');
  await expect(problems).toHaveCount(2);
  await expect(problems.filter({ hasText: 'field country:' })).toContainText(
    `bad.json › signatories: record ${record}: field country: \`XX\` is not an ISO 3166-1 alpha-2 country code`,
  );
  await expect(problems.filter({ hasText: 'field sources[0]:' })).toContainText(
    `bad.json › signatories: record ${record}: field sources[0]: \`javascript:alert(1)\` is not an http(s) URL`,
  );

  // Nothing changed: the coverage line, and Cisco as the built-in data has it.
  await expect(header(page)).toContainText(coverageLine());
  await openCiscoThroughTheApp(page);
  await expect(page.getByRole('main')).toContainText('United States');
  await expect(page.getByRole('main').getByRole('link', { name: /javascript/ })).toHaveCount(0);
});

test('the header and About say how complete the data is and list the gaps; a file that is not JSON is refused, naming the file', async ({ page }) => {
  await openApp(page, '/?view=about');
  // The header and the About page say how complete the data is, and list the known gaps.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the data');
  await expect(header(page)).toContainText(coverageLine());
  expect(coverageLine()).toBe('42 of 150+ reported signatories');
  await expect(page.getByRole('main')).toContainText(coverageLine());

  const gaps = page.getByRole('region', { name: 'Known gaps' });
  await expect(gaps.getByRole('heading', { name: 'Known gaps' })).toBeVisible();
  const items = gaps.getByRole('listitem');
  await expect(items).toHaveText(DATA.meta.known_gaps);

  // A file that is not JSON is refused, naming the file; the coverage stays.
  await page.getByLabel('Open a dataset file').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ "signatories": [ '),
  });
  await expect(page.getByText(/^notes\.json was not opened: 1 problem\(s\)/)).toBeVisible();
  await expect(page.getByRole('status').getByRole('listitem')).toContainText(/^notes\.json: record -: field -: not valid JSON/);
  await expect(header(page)).toContainText(coverageLine());
});

test('a dataset file can be dropped on the loader', async ({ page }) => {
  await openApp(page, '/?view=about');
  const bundle = await exportDataset(page);
  addNewSignatory(bundle);
  const text = JSON.stringify(bundle);
  const dataTransfer = await page.evaluateHandle((json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, text);
  // The drop zone has no role of its own; its hint text is inside it and the drop bubbles.
  const zone = page.getByText('…or drop a .json file here.');
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByText(`Opened dropped.json: ${DATA.signatories.length + 1} signatories.`)).toBeVisible();
  await expect(header(page)).toContainText(coverageLine(DATA.signatories.length + 1));
});

/** Adds NEW_SIGNATORY to a dataset file, with the citation of its source (every cited URL has one). */
function addNewSignatory(bundle) {
  bundle.signatories.push(NEW_SIGNATORY);
  bundle.sources.push({ url: NEW_SIGNATORY.sources[0], title: 'Example Corp joins the Tech Accord', publisher: 'Example News', date: '2026-11' });
}

async function openCiscoThroughTheApp(page) {
  await header(page).getByRole('link', { name: 'Search' }).click();
  const { search, results } = searchPage(page);
  await search.fill('cisco');
  await results.getByRole('link', { name: 'Cisco' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cisco');
}
