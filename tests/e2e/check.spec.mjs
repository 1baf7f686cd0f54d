// "Check a list", as a procurement team uses it: paste names or open a file, read the counts,
// choose among candidates, download the results and read them back, with nothing sent anywhere.
// The expected outcome of each name is what the matcher's rules say (crates/core/src/check).

import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';
import { DATA, captureDownload, coverageLine, longDate, openApp, parseCsv, signatory } from './helpers.mjs';

/** Twenty names as a register writes them, and what each is. */
const TWENTY = [
  ['Cisco Systems, Inc.', 'cisco'],
  ['Telefonica, S.A.', 'telefonica'],
  ['https://www.cisco.com/', 'cisco'],
  ['Symantec Corporation', 'symantec'],
  ['Nokia Oyj', 'nokia'],
  ['Microsoft Corporation', 'microsoft'],
  ['ABB Ltd', 'abb'],
  ['Arm Ltd.', 'arm'],
  ['Avast Software s.r.o.', 'avast'],
  ['Bitdefender SRL', 'bitdefender'],
  ['www.bitdefender.com', 'bitdefender'],
  ['CA Inc.', 'several'],
  ['Nokia Solutions and Networks Oy', 'several'],
  ['Microsoft Ireland Operations Ltd', 'several'],
  ['Google LLC', 'none'],
  ['Apple Inc.', 'none'],
  ['Amazon.com, Inc.', 'none'],
  ['Siemens AG', 'none'],
  ['Group', 'unusable'],
  ['AB', 'unusable'],
];

const view = (page) => {
  const main = page.getByRole('main');
  return {
    names: main.getByRole('textbox', { name: 'Company names, one a line' }),
    check: main.getByRole('button', { name: 'Check these names' }),
    file: main.getByLabel('Open a list (.txt or .csv)'),
    outcomes: main.getByRole('list', { name: 'Outcomes: show only one' }),
    count: (label) => main.getByRole('list', { name: 'Outcomes: show only one' }).getByRole('button', { name: new RegExp(`^[\\d,]+ ${label}$`) }),
    table: main.getByRole('table'),
    rows: main.getByRole('table').getByRole('row'),
    status: main.getByRole('status'),
    alert: main.getByRole('alert'),
  };
};

/** The counts of the summary, by outcome. */
async function counts(page) {
  const out = {};
  for (const label of ['Signatory', 'Several possible', 'Not in this dataset', 'Could not be checked']) {
    const text = await view(page).count(label).innerText();
    out[label] = Number(text.trim().match(/^[\d,]+/)[0].replace(/,/g, ''));
  }
  return out;
}

async function openCheck(page) {
  await openApp(page, '/check/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check a list of companies');
}

async function paste(page, lines) {
  const v = view(page);
  await v.names.fill(lines.join('\n'));
  await v.check.click();
  await expect(v.status).toHaveText(`Checked ${lines.filter((l) => l.trim()).length.toLocaleString('en-US')} rows.`);
}

// One page, as a team uses it: the header's link to the view, a list of twenty checked, a candidate
// chosen, a download, with every request recorded from the moment the view is open; then a
// second list on the same page.
test('from the header: 20 pasted names, their counts and rows, a choice, a download, no request, and a second list', async ({ page }) => {
  await openApp(page, '/');
  // The files module comes when the view opens, before any list is there: awaited, so that it is
  // not counted below (the page's own load was idle long before, so waiting for idle would not).
  const filesModule = page.waitForResponse((r) => /\/accord-files_bg\.wasm$/.test(new URL(r.url()).pathname));
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Check a list' }).click();
  await filesModule;
  await expect(page).toHaveURL(/\/check\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check a list of companies');
  await expect(page.getByRole('main')).toContainText('Your list stays on this device.');
  await expect(page.getByRole('main')).toContainText('nothing is sent anywhere');

  // From here on, no request: the list is checked, chosen from and downloaded in the page.
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));

  // 20 pasted names: the counts, each row, and the coverage said with "not in this dataset".
  await paste(page, TWENTY.map(([n]) => n));
  expect(await counts(page)).toEqual({ Signatory: 11, 'Several possible': 3, 'Not in this dataset': 4, 'Could not be checked': 2 });
  const v = view(page);
  await expect(v.rows).toHaveCount(21);
  const label = { several: 'Several possible', none: 'Not in this dataset', unusable: 'Could not be checked' };
  for (const [i, [name, expected]] of TWENTY.entries()) {
    const row = v.rows.nth(i + 1);
    await expect(row.getByRole('rowheader')).toHaveText(name);
    await expect(row.getByRole('cell').nth(1)).toHaveText(label[expected] ?? 'Signatory');
    if (!label[expected]) {
      const s = signatory(expected);
      await expect(row.getByRole('link', { name: s.name, exact: true })).toHaveAttribute('href', new RegExp(`signatory/${expected}/`));
      if (s.joined) await expect(row).toContainText(`joined ${longDate(s.joined)}`);
    }
  }
  await expect(v.rows.nth(1)).toContainText('matched by alias or former name');
  await expect(v.rows.nth(3)).toContainText('matched by website domain');
  await expect(v.rows.nth(4)).toContainText(signatory('symantec').status);
  await expect(page.getByRole('main')).toContainText(`this dataset lists ${coverageLine()}: not listed here does not mean not a signatory`);
  await expect(v.rows.nth(19)).toContainText('Not checked: only generic words or legal forms, no name.');

  // A count filters the table; pressed again, it shows every row.
  await v.count('Not in this dataset').click();
  await expect(v.count('Not in this dataset')).toHaveAttribute('aria-pressed', 'true');
  await expect(v.rows).toHaveCount(5);
  await expect(v.rows.nth(1).getByRole('rowheader')).toHaveText('Google LLC');
  await v.count('Not in this dataset').click();
  await expect(v.rows).toHaveCount(21);

  await v.rows.nth(13).getByRole('button', { name: 'Choose Nokia' }).click();
  await captureDownload(page, () => page.getByRole('button', { name: 'Download the results (CSV)' }).click());
  // The download is a blob: URL made in the page, which is no request to anyone.
  expect(requests.filter((u) => !u.startsWith('blob:'))).toEqual([]);
  expect(page.url()).not.toContain('Cisco');

  // Picking a candidate makes its row a signatory, and the counts follow.
  await paste(page, ['Nokia Solutions and Networks Oy', 'Google LLC']);
  expect(await counts(page)).toMatchObject({ Signatory: 0, 'Several possible': 1 });
  const row = v.rows.nth(1);
  await row.getByRole('button', { name: 'Choose Nokia' }).click();
  await expect(row.getByRole('cell').nth(1)).toHaveText('Signatory');
  await expect(row).toContainText('chosen by you from the candidates');
  expect(await counts(page)).toMatchObject({ Signatory: 1, 'Several possible': 0, 'Not in this dataset': 1 });
});

test('a CSV with a "Supplier" column: its column is found, another can be chosen, and the export reads back', async ({ page }) => {
  await openCheck(page);
  const csv = 'Ref;Country;Supplier;Spend\n1;US;"Cisco Systems, Inc.";100\n2;FI;Nokia Solutions and Networks Oy;5\n3;US;Google LLC;7\n';
  await view(page).file.setInputFiles({ name: 'suppliers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(view(page).status).toHaveText('Checked 3 rows.');
  const column = page.getByRole('combobox', { name: 'Column of company names' });
  await expect(column.locator('option:checked')).toHaveText('Supplier');
  await expect(page.getByRole('main')).toContainText('separated by semicolons');
  expect(await counts(page)).toEqual({ Signatory: 1, 'Several possible': 1, 'Not in this dataset': 1, 'Could not be checked': 0 });
  await view(page).rows.nth(2).getByRole('button', { name: 'Choose Nokia' }).click();

  const { name, bytes } = await captureDownload(page, () => page.getByRole('button', { name: 'Download the results (CSV)' }).click());
  expect(name).toBe('checked-list.csv');
  const rows = parseCsv(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  expect(rows[0].slice(0, 6)).toEqual(['Ref', 'Country', 'Supplier', 'Spend', 'Outcome', 'Details']);
  expect(rows).toHaveLength(4);
  const at = (r, col) => r[rows[0].indexOf(col)];
  expect(at(rows[1], 'Supplier')).toBe('Cisco Systems, Inc.');
  expect([at(rows[1], 'Outcome'), at(rows[1], 'Signatory id'), at(rows[1], 'Joined')]).toEqual(['Signatory', 'cisco', signatory('cisco').joined]);
  expect(at(rows[1], 'Sources')).toBe(signatory('cisco').sources.join(' '));
  expect([at(rows[2], 'Outcome'), at(rows[2], 'Details'), at(rows[2], 'Signatory id')]).toEqual(['Signatory', 'chosen by you from the candidates', 'nokia']);
  expect(at(rows[3], 'Outcome')).toBe('Not in this dataset');
  expect(at(rows[3], 'Dataset checked on')).toBe(DATA.meta.last_checked);

  const json = await captureDownload(page, () => page.getByRole('button', { name: 'Download the results (JSON)' }).click());
  const report = JSON.parse(json.bytes.toString('utf8'));
  expect(report.dataset_checked_on).toBe(DATA.meta.last_checked);
  expect(report.rows.map((r) => [r.row.Ref, r.outcome, r.signatory?.id ?? null])).toEqual([
    ['1', 'Signatory', 'cisco'],
    ['2', 'Signatory', 'nokia'],
    ['3', 'Not in this dataset', null],
  ]);

  // Another column: the same file read again (the country codes are no company names).
  await column.selectOption({ label: 'Country' });
  await expect(view(page).rows.nth(1).getByRole('rowheader')).toHaveText('US');
  expect(await counts(page)).toMatchObject({ Signatory: 0 });
});

test('bad input gets a clear message, and what is on screen stays', async ({ page }) => {
  await openCheck(page);
  await paste(page, ['Cisco', 'Nokia']);
  const v = view(page);
  const open = async (name, buffer, mimeType = 'text/plain') => v.file.setInputFiles({ name, mimeType, buffer });
  const cases = [
    ['empty.txt', Buffer.alloc(0), 'The list is empty'],
    ['logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'This file is not text'],
    ['big.txt', Buffer.alloc(5_000_001, 'a'), 'too large to check here (5.0 MB; at most 5 MB)'],
    ['numbers.csv', Buffer.from('1,2\n3,4\n'), 'No column of this file holds names'],
  ];
  for (const [name, buffer, message] of cases) {
    await open(name, buffer);
    await expect(v.alert, name).toContainText(message);
    await expect(v.alert, name).toContainText('The results below are those of the list checked before.');
    await expect(v.rows, `${name}: the earlier results stay`).toHaveCount(3);
  }

  // Windows-1252, and UTF-8 behind a byte-order mark.
  await open('latin.txt', Buffer.from([...Buffer.from('Telef'), 0xf3, ...Buffer.from('nica S.A.\n')]));
  await expect(v.rows.nth(1).getByRole('rowheader')).toHaveText('Telefónica S.A.');
  await expect(v.rows.nth(1).getByRole('cell').nth(1)).toHaveText('Signatory');
  await open('bom.csv', Buffer.from('\uFEFFVendor\nTelefónica\n'), 'text/csv');
  await expect(v.rows.nth(1).getByRole('rowheader')).toHaveText('Telefónica');
  await expect(page.getByRole('main')).toContainText('UTF-8 with a byte-order mark');

  // A row of 100,000 characters is shown cut, and checked.
  await open('long.txt', Buffer.from(`Cisco\n${'x'.repeat(100_000)}\n`));
  await expect(v.status).toHaveText('Checked 2 rows.');
  const shown = await v.rows.nth(2).getByRole('rowheader').innerText();
  expect(shown.length).toBeLessThan(400);

  // 10,001 rows: the first 10,000 are checked, and the view says what was cut.
  const many = Array.from({ length: 10_001 }, (_, i) => (i % 3 === 0 ? 'Cisco Systems' : `Vendor number ${i}`)).join('\n');
  await open('many.txt', Buffer.from(many));
  await expect(v.status).toHaveText('Checked 10,000 rows.', { timeout: 20_000 });
  await expect(page.getByRole('main')).toContainText('The list has 10,001 rows; the first 10,000 were checked.');
  expect((await counts(page)).Signatory).toBe(3334);
  await expect(page.getByRole('button', { name: 'Show 200 more rows' })).toBeVisible();
});

for (const theme of ['light', 'dark']) {
  test(`axe: the view with results, ${theme} theme`, async ({ page }) => {
    test.setTimeout(60_000);
    await openApp(page, `/check/?theme=${theme}`);
    await paste(page, TWENTY.map(([n]) => n));
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
