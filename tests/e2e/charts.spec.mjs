// The charts page: every chart's data table carries the numbers of the data, and every bar is a
// link (mouse or keyboard) to the search filtered to it.

import { test, expect } from './fixtures.mjs';
import { DATA, QUALIFIER, labelsOutsideCharts, latestDay, longDate, openApp, regionOf, searchPage, tally } from './helpers.mjs';

const ALL = DATA.signatories.length;

/** Opens "<title> as a table" and returns the table's rows as [label, value, …] arrays. */
async function tableRows(page, summary, tableName) {
  const table = page.getByRole('table', { name: tableName, exact: true });
  await expect(table).toBeHidden();
  await page.getByText(summary, { exact: true }).click();
  await expect(table).toBeVisible();
  const rows = table.getByRole('rowgroup').last().getByRole('row');
  const out = [];
  for (const row of await rows.all()) {
    out.push((await row.getByRole('rowheader').or(row.getByRole('cell')).allInnerTexts()).map((t) => t.trim()));
  }
  return out;
}

/** Rows [label, count] as a Map label → number. */
const asCounts = (rows) => new Map(rows.map(([label, n]) => [label, Number(n)]));

const sum = (m) => [...m.values()].reduce((a, b) => a + b, 0);

test.beforeEach(async ({ page }) => {
  await openApp(page, '/?view=charts');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Charts');
});

// One page for the checks that only read the charts page (opening it is most of their cost); the
// bar that is clicked and the growth chart's keyboard path keep pages of their own.
test('the tables match the data, no label runs off its chart, and Enter on a bar opens its search', async ({ page }) => {
  // No label runs off its chart, on a wide screen and on a phone.
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    const outside = await page.evaluate(labelsOutsideCharts);
    expect(outside, `labels outside their chart at ${width} px`).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 720 });

  // By region: the table matches the data and sums to every signatory.
  const rows = asCounts(await tableRows(page, 'Signatories by region as a table', 'Signatories by region (data)'));
  expect(sum(rows)).toBe(ALL);
  expect(ALL).toBe(42);
  expect(rows).toEqual(tally(regionOf));
  expect(rows.get('Europe')).toBe(13);

  // By sector, status and country: the tables match the data.
  const sector = asCounts(await tableRows(page, 'Signatories by sector as a table', 'Signatories by sector (data)'));
  expect(sector).toEqual(tally((s) => s.sector));

  const status = asCounts(await tableRows(page, 'Signatories by status as a table', 'Signatories by status (data)'));
  expect(status).toEqual(tally((s) => s.status_kind));

  const country = asCounts(await tableRows(page, 'Signatories by country as a table', 'Signatories by country (data)'));
  expect(sum(country)).toBe(ALL);
  // Country names are the app's; the counts per name must be the counts per code.
  const byCode = tally((s) => s.country ?? 'unknown');
  expect([...country.values()].sort()).toEqual([...byCode.values()].sort());
  expect(country.get('Finland')).toBe(byCode.get('FI'));
  expect(country.get('Spain')).toBe(byCode.get('ES'));
  expect(country.get('Japan')).toBe(byCode.get('JP'));
  expect(country.get('United States')).toBe(byCode.get('US'));
  expect(country.get('Unknown')).toBe(byCode.get('unknown'));

  // Growth: the table lists every reported count, in date order, with its source.
  const growth = await tableRows(page, 'Growth as a table', 'Reported signatory counts (data)');
  const reported = DATA.milestones
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => m.date && m.reported_signatories)
    .sort((a, b) => latestDay(a.m.date) - latestDay(b.m.date) || a.i - b.i)
    .map(({ m }) => [longDate(m.date), `${QUALIFIER[m.reported_signatories.qualifier]}${m.reported_signatories.value}`]);
  expect(growth.map((r) => r.slice(0, 2))).toEqual(reported);

  // As the sources tell it.
  expect(growth[0].slice(0, 2)).toEqual(['17 April 2018', '34']);
  expect(growth.slice(0, 7).map((r) => r[1])).toEqual(
    ['34', '44', 'more than 61', '79', 'more than 90', 'more than 140', 'more than 150'],
  );
  // Each row names its source as a link.
  const table = page.getByRole('table', { name: 'Reported signatory counts (data)', exact: true });
  await expect(table.getByRole('link')).toHaveCount(reported.length);

  // The second table: the dataset's own records by join date; the last count plus the unknown
  // ones is every signatory.
  const dataset = page.getByRole('table', { name: 'Dataset records by join date (data)', exact: true });
  await expect(dataset).toBeVisible();
  const last = await dataset.getByRole('row').nth(-2).getByRole('cell').innerText();
  const unknown = await dataset.getByRole('row').last().getByRole('cell').innerText();
  expect(Number(unknown)).toBe(DATA.signatories.filter((s) => !s.joined).length);
  expect(Number(last) + Number(unknown)).toBe(ALL);

  // Enter on a focused bar opens the search filtered to it, as a click does.
  const bar = page.getByRole('link', { name: 'Europe: 13 signatories', exact: true });
  await bar.focus();
  await expect(bar).toBeFocused();
  await page.keyboard.press('Enter');
  await expectEuropeSearch(page);
});

test('clicking the bar "Europe: 13 signatories" opens the search filtered to Europe', async ({ page }) => {
  const bar = page.getByRole('link', { name: 'Europe: 13 signatories', exact: true });
  await bar.click();
  await expectEuropeSearch(page);
});

// The growth chart keeps its nodes when a point gets focus: it once replaced its whole <svg> on the
// first focus, and a keyboard user's focus fell back to <body>.
test('Tab into the growth chart keeps focus on the point, and Enter opens its milestone', async ({ page }) => {
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('Tab');
  const point = page.getByRole('link', { name: '34 signatories reported, 17 April 2018', exact: true });
  await expect(point).toBeFocused();
  // The focused point's details are shown next to the chart.
  await expect(page.getByText(/^17 April 2018: 34 signatories\./)).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '44 signatories reported, 11 September 2018', exact: true })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(point).toBeFocused();
  await page.keyboard.press('Enter');
  const launch = DATA.milestones.find((m) => m.date === DATA.meta.accord.launched);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(launch.title);
});

async function expectEuropeSearch(page) {
  await expect(page).toHaveURL(/[?&]f=region%3Aeurope(&|$)/);
  const { count, results } = searchPage(page);
  const europe = DATA.signatories.filter((s) => regionOf(s) === 'Europe').map((s) => s.name).sort();
  await expect(count).toHaveText(`${europe.length} results`);
  expect(europe).toHaveLength(13);
  const region = page.getByRole('complementary', { name: 'Filters' }).getByRole('group', { name: 'Region' });
  await expect(region.getByRole('button', { name: 'Europe' })).toHaveAttribute('aria-pressed', 'true');
  await expect(results.getByRole('listitem')).toHaveCount(13);
}

