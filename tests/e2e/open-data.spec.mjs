// Open data: the files the build publishes beside the pages (src/open_data.rs), fetched from the
// served build as another program would. The dataset file is checked against its generated JSON
// Schema by an independent validator (Ajv), the CSV table by a strict CSV parser against the
// dataset file, the feed by a real feed parser (@rowanmanning/feed-parser); the pages name the
// feed in their head, and About links to every file by name.
//
// Nothing here reads dist/: every file comes from the test server.

import { parseFeed } from '@rowanmanning/feed-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import { expect, test } from './fixtures.mjs';
import { DATA, longDate, openApp, parseCsv } from './helpers.mjs';

const DATASET = '/data/accord-dataset.json';
const SCHEMA = '/data/dataset.schema.json';
const TABLE = '/data/signatories.csv';
const FEED = '/feed.xml';

/** A file of the served build: its response, checked to be there with this media type. */
async function fetchFile(request, url, type) {
  const res = await request.get(url);
  expect(res.status(), `${url} is served`).toBe(200);
  expect(res.headers()['content-type'], `${url} has its media type`).toMatch(type);
  return res;
}

/** Ajv for the schema's dialect (2020-12), strict: a keyword or format it does not know fails
 * the compilation instead of being skipped. schemars writes `uint8`/`uint32` formats with
 * `minimum` and `maximum` beside them; here the formats check the same range again. */
function validator(schema) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat('uint8', { type: 'number', validate: (n) => Number.isInteger(n) && n >= 0 && n <= 255 });
  ajv.addFormat('uint32', { type: 'number', validate: (n) => Number.isInteger(n) && n >= 0 && n <= 4294967295 });
  return ajv.compile(schema);
}

test('the dataset file is valid by its generated schema, which refuses what the app refuses', async ({ request }) => {
  const dataset = await (await fetchFile(request, DATASET, /^application\/json\b/)).json();
  const schema = await (await fetchFile(request, SCHEMA, /^application\/schema\+json\b/)).json();

  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  const validate = validator(schema);
  const valid = validate(dataset);
  expect(validate.errors ?? [], 'Ajv finds nothing wrong with the published dataset').toEqual([]);
  expect(valid).toBe(true);

  // The same data as data/, in the dataset file's format.
  expect(dataset.format).toBe('accord-explorer-dataset/1');
  expect(dataset.signatories.map((s) => s.id)).toEqual(DATA.signatories.map((s) => s.id));
  expect(dataset.milestones.map((m) => m.id)).toEqual(DATA.milestones.map((m) => m.id));

  // Every field of every kind of record is described, from the model's doc comments.
  const undescribed = [];
  for (const [name, def] of Object.entries(schema.$defs)) {
    if (!def.description) undescribed.push(name);
    for (const [field, prop] of Object.entries(def.properties ?? {})) {
      if (!prop.description) undescribed.push(`${name}.${field}`);
    }
  }
  expect(undescribed, 'types and fields without a description').toEqual([]);
  expect(schema.$defs.Signatory.required).toEqual(expect.arrayContaining(['id', 'name', 'sources']));
  expect(schema.$defs.Signatory.required).not.toContain('country');

  // The schema is not a blank cheque: each of these files is refused.
  const broken = {
    'a signatory without a name': (d) => delete d.signatories[0].name,
    'an unknown section': (d) => (d.comments = []),
    'an unknown field of a milestone': (d) => (d.milestones[0].colour = 'red'),
    'a sector not in the list': (d) => (d.signatories[0].sector = 'aerospace'),
    'a date of another form': (d) => (d.signatories[0].joined = '17/04/2018'),
    'an id that is not a slug': (d) => (d.signatories[0].id = 'Not A Slug'),
    'a source that is not a web address': (d) => (d.milestones[0].sources = ['ftp://example.org/']),
    'a signatory without sources': (d) => (d.signatories[0].sources = []),
  };
  for (const [what, change] of Object.entries(broken)) {
    const copy = structuredClone(dataset);
    change(copy);
    expect(validate(copy), `the schema refuses ${what}`).toBe(false);
  }
});

test('the table of signatories has a row per signatory of the dataset file, with its sources', async ({ request }) => {
  const dataset = await (await fetchFile(request, DATASET, /^application\/json\b/)).json();
  const bytes = await (await fetchFile(request, TABLE, /^text\/csv; charset=utf-8$/)).body();
  expect([...bytes.subarray(0, 3)], 'a UTF-8 byte-order mark, for spreadsheets').toEqual([0xef, 0xbb, 0xbf]);
  const [head, ...rows] = parseCsv(bytes.toString('utf8').slice(1));

  expect(head).toEqual(expect.arrayContaining(['Name', 'Country', 'Joined', 'Founding signatory', 'Sources']));
  expect(head.every((h) => /^[A-Z][a-z]+( [a-z]+)*$/.test(h)), `headings in words: ${head}`).toBe(true);
  expect(rows.length).toBe(dataset.signatories.length);
  const col = (name) => head.indexOf(name);
  const citation = (url) => {
    const s = dataset.sources.find((x) => x.url === url);
    return s.title ?? s.publisher;
  };
  dataset.signatories.forEach((s, i) => {
    const row = rows[i];
    expect(row.length, `${s.id}: as many cells as headings`).toBe(head.length);
    expect(row[col('Identifier')]).toBe(s.id);
    expect(row[col('Name')]).toBe(s.name);
    expect(row[col('Sources')].split(' ')).toEqual(s.sources);
    const citations = row[col('Source citations')].split('\n');
    expect(citations.length).toBe(s.sources.length);
    s.sources.forEach((url, j) => expect(citations[j].startsWith(citation(url)), `${s.id}: ${url}`).toBe(true));
    // Unknown stays empty; nothing is filled in.
    expect(row[col('Joined')]).toBe(s.joined ?? '');
    expect(row[col('Website')]).toBe(s.website ?? '');
    expect(row[col('Founding signatory')]).toBe(s.founding ? 'yes' : 'no');
  });
});

test('the feed has every milestone as an entry with its title, date, page and sources', async ({ request, baseURL }) => {
  const dataset = await (await fetchFile(request, DATASET, /^application\/json\b/)).json();
  const xml = await (await fetchFile(request, FEED, /^application\/atom\+xml; charset=utf-8$/)).text();
  const feed = parseFeed(xml);
  const feedUrl = new URL(FEED, baseURL);

  expect(feed.meta.type).toBe('atom');
  expect(feed.title).toBe('Milestones of the Cybersecurity Tech Accord');
  expect(feed.items.length).toBe(dataset.milestones.length);
  expect(new Set(feed.items.map((i) => i.id)).size, 'ids are unique').toBe(feed.items.length);
  const firstDay = (iso) => {
    const [y, m, d] = iso.split('-').map(Number);
    return Date.UTC(y, (m || 1) - 1, d || 1);
  };
  const checked = firstDay(dataset.meta.last_checked);
  expect(feed.updated.getTime()).toBe(checked);

  for (const m of dataset.milestones) {
    const item = feed.items.find((i) => i.title === m.title);
    expect(item, `an entry for ${m.id}`).toBeTruthy();
    expect(item.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(item.updated, `${m.id} has a date`).toBeInstanceOf(Date);
    expect(item.updated.getTime()).toBe(m.date ? firstDay(m.date) : checked);
    expect(item.description.startsWith(m.date ? `${longDate(m.date)}. ` : 'Date unknown. ')).toBe(true);
    expect(item.description).toContain(m.summary.slice(0, 40));
    const first = dataset.sources.find((s) => s.url === m.sources[0]);
    expect(item.description, `${m.id} cites its source`).toContain(first.title ?? first.publisher);
    // Its link is the milestone's own page (relative to the feed when the build was given no
    // site URL, as this one is).
    const page = new URL(item.url, feedUrl);
    expect(page.pathname).toBe(`/milestone/${m.id}/`);
    const res = await request.get(page.href);
    expect(res.status(), `${page} is served`).toBe(200);
    expect(await res.text()).toContain(`<title>${m.title.replaceAll('&', '&amp;')}`);
  }
});

test('the heads of home, a signatory page and About name the feed, and About links to every file of the open data by name', async ({ page, request }) => {
  for (const path of ['/', '/signatory/cisco/', '/about/']) {
    await openApp(page, path);
    const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(link, `the feed's link in the head of ${path}`).toHaveCount(1);
    await expect(link).toHaveAttribute('title', 'Milestones of the Cybersecurity Tech Accord');
    expect(await link.evaluate((l) => l.href)).toBe(new URL(FEED, page.url()).href);
  }

  // On /about/, opened last.
  await expect(page.getByRole('heading', { level: 2, name: 'Open data' })).toBeVisible();
  const files = {
    'The whole dataset (JSON)': DATASET,
    "The dataset's format (JSON Schema)": SCHEMA,
    'Signatories as a table (CSV)': TABLE,
    'Milestones as a news feed (Atom)': FEED,
  };
  for (const [name, path] of Object.entries(files)) {
    const link = page.getByRole('link', { name, exact: true });
    await expect(link).toBeVisible();
    const href = await link.evaluate((a) => a.href);
    expect(href, name).toBe(new URL(path, page.url()).href);
    expect((await request.get(href)).status(), `${name} is served`).toBe(200);
  }
  await expect(page.getByRole('link', { name: 'How to read a JSON Schema' })).toHaveAttribute(
    'href',
    'https://json-schema.org/understanding-json-schema',
  );
});
