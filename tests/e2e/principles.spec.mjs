// The principles page: the themes matrix (filter, cells that open a principle's text, the editorial
// label), the membership overlap, and a principle's counterparts in the other frameworks.

import { test, expect } from './fixtures.mjs';
import { DATA, ROOT, openApp } from './helpers.mjs';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const THEMES = JSON.parse(readFileSync(path.join(ROOT, 'data', 'themes.json'), 'utf8'));

test('the themes matrix: every theme, a filter kept in the URL, cells that open their text; the membership overlap', async ({ page }) => {
  await openApp(page, '/?view=principles');
  const matrix = page.getByRole('table', { name: 'Themes across frameworks' });
  await expect(matrix.getByRole('rowheader')).toHaveCount(THEMES.themes.length);
  await expect(matrix.getByRole('columnheader')).toHaveCount(DATA.frameworks.length + 1);
  await expect(page.getByText('An editorial reading, not what the sources state.')).toBeVisible();

  // Membership overlap names the signatories also in the Charter of Trust.
  const overlap = page.getByRole('table', { name: 'Membership overlap' });
  const both = overlap.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Charter of Trust' }) });
  // Cisco and Dell (as "Dell Technologies") are in both, per the data's member lists.
  await expect(both.getByRole('link', { name: 'Cisco' })).toBeVisible();
  await expect(both.getByRole('link', { name: 'Dell' })).toBeVisible();
  await expect(both.getByRole('cell').nth(1)).toHaveText('2');

  // The filter.
  await page.getByRole('searchbox', { name: 'Filter themes' }).fill('supply');
  const expected = THEMES.themes.filter((t) => t.name.toLowerCase().includes('supply'));
  await expect(matrix.getByRole('rowheader')).toHaveCount(expected.length);
  await expect(page).toHaveURL(/[?&]tf=supply/);
  await page.reload();
  await expect(matrix.getByRole('rowheader')).toHaveCount(expected.length);

  // The Charter of Trust cell of the supply-chain theme opens CoT-2's summary.
  const theme = expected[0];
  const cot = theme.coverage.find((c) => c.framework === 'charter-of-trust').principles[0];
  const principle = DATA.frameworks.find((f) => f.id === 'charter-of-trust').principles.find((p) => p.id === cot);
  const row = matrix.getByRole('row').filter({ has: page.getByRole('rowheader', { name: theme.name }) });
  const entry = row.getByText(`${cot} ${principle.title}`);
  await entry.click();
  await expect(row.getByText(principle.summary)).toBeVisible();
});

test('a principle shows its counterparts in the other frameworks, with their text', async ({ page }) => {
  await openApp(page, '/?view=principle/no-offense');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2. No offense');
  const table = page.getByRole('table').filter({ hasText: 'Theme' }).first();
  const pc8 = DATA.frameworks.find((f) => f.id === 'paris-call').principles.find((p) => p.id === 'PC-8');
  await expect(table.getByRole('link', { name: `PC-8 ${pc8.title}` })).toBeVisible();
  await expect(table.getByText(pc8.summary)).toBeVisible();
});
