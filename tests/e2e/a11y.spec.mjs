// Accessibility: axe-core finds no violation on any view, in the light and in the dark theme.
// One test per page and theme, so that one page's problems do not hide another's.

import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';
import { DATA, openApp } from './helpers.mjs';

const launch = DATA.milestones.find((m) => m.date === DATA.meta.accord.launched);

/** [name, URL (without theme), the level-1 heading it shows] */
const PAGES = [
  ['search page', '/', 'Search the Cybersecurity Tech Accord'],
  ['search with a query', '/?q=security', 'Search the Cybersecurity Tech Accord'],
  ['signatory detail', '/?view=signatory/telefonica', 'Telefónica'],
  ['principle detail', '/?view=principle/no-offense', '2. No offense'],
  ['framework detail', '/?view=framework/charter-of-trust', 'Charter of Trust'],
  ['milestone detail', `/?view=milestone/${launch.id}`, launch.title],
  ['principles view', '/?view=principles', 'The four principles'],
  ['charts view', '/?view=charts', 'Charts'],
  ['compare view with 3 signatories', '/?view=compare&cmp=cisco,nokia,telefonica', 'Compare signatories'],
  ['about view', '/?view=about', 'About the data'],
  ['check a list view', '/check/', 'Check a list of companies'],
];

/** Violations as readable lines: rule, impact, and each element with axe's summary of it. */
function describe(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map((n) => `      ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`)
        .join('\n');
      const more = v.nodes.length > 8 ? `\n      … and ${v.nodes.length - 8} more` : '';
      return `  ${v.id} (${v.impact}): ${v.help}\n${nodes}${more}`;
    })
    .join('\n');
}

/** Pages with known violations still to fix in the app: "[page name]|[theme]" → what axe reported.
 * Empty now; an entry turns its test into `test.fixme` with the finding attached. */
const KNOWN = new Map([]);

// axe reads every node of a page: About now lists 97 citations with the records citing each, and
// on 2 busy cores one analysis can take longer than the default 30 s.
test.describe.configure({ timeout: 90_000 });

for (const theme of ['light', 'dark']) {
  test.describe(`${theme} theme`, () => {
    for (const [name, url, heading] of PAGES) {
      const known = KNOWN.get(`${name}|${theme}`);
      const details = known ? { annotation: { type: 'app bug', description: known } } : {};
      (known ? test.fixme : test)(`axe: ${name}`, details, async ({ page }) => {
        await openApp(page, `${url}${url.includes('?') ? '&' : '?'}theme=${theme}`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
        // What a person can open is checked open: the charts' data tables.
        await page.getByRole('main').evaluate((main) => main.querySelectorAll('details').forEach((d) => (d.open = true)));
        // Transitions (of the theme) finished, so colours are final.
        await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));

        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations, `axe violations on ${name} (${theme}):\n${describe(results.violations)}`).toEqual([]);
      });
    }
  });
}
