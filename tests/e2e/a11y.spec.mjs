// Accessibility: axe-core finds no violation on any view, in the light and in the dark theme.
// One test per page, so that one page's problems do not hide another's. Each page is opened at
// the address visitors get (the prerendered file, hydrated) in the light theme and checked by
// every rule; then in the dark theme by the rules that colours decide, the only thing the theme
// changes.

import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';
import { DATA, openApp } from './helpers.mjs';

const launch = DATA.milestones.find((m) => m.date === DATA.meta.accord.launched);

/** [name, URL (without theme), the level-1 heading it shows] */
const PAGES = [
  ['search page', '/', 'Search the Cybersecurity Tech Accord'],
  ['search with a query', '/?q=security', 'Search the Cybersecurity Tech Accord'],
  ['signatory detail', '/signatory/telefonica/', 'Telefónica'],
  ['principle detail', '/principle/no-offense/', '2. No offense'],
  ['framework detail', '/framework/charter-of-trust/', 'Charter of Trust'],
  ['milestone detail', `/milestone/${launch.id}/`, launch.title],
  ['principles view', '/principles/', 'The four principles'],
  ['charts view', '/charts/', 'Charts'],
  ['compare view with 3 signatories', '/compare/?cmp=cisco,nokia,telefonica', 'Compare signatories'],
  ['about view', '/about/', 'About the data'],
  // The old links of views still work, and lead to the same page.
  ['a signatory by its old link', '/?view=signatory/cisco', 'Cisco'],
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

/** Pages with known violations still to fix in the app: page name → what axe reported.
 * Empty now; an entry turns its test into `test.fixme` with the finding attached. */
const KNOWN = new Map([]);

// axe reads every node of a page: About now lists 97 citations with the records citing each, and
// on 2 busy cores one analysis can take longer than the default 30 s.
test.describe.configure({ timeout: 90_000 });

/** The rules whose outcome the colours decide: all that the dark theme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Opens `url` in `theme`, with what a person can open opened, and colours final. */
async function openForAxe(page, url, theme, heading) {
  await openApp(page, `${url}${url.includes('?') ? '&' : '?'}theme=${theme}`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  // What a person can open is checked open: the charts' data tables.
  await page.getByRole('main').evaluate((main) => main.querySelectorAll('details').forEach((d) => (d.open = true)));
  // Transitions (of the theme) finished, so colours are final.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
}

for (const [name, url, heading] of PAGES) {
  const known = KNOWN.get(name);
  const details = known ? { annotation: { type: 'app bug', description: known } } : {};
  (known ? test.fixme : test)(`axe: ${name}, light and dark`, details, async ({ page }) => {
    // Every rule in the light theme; in the dark one, the rules that colours decide.
    for (const [theme, rules] of [['light', null], ['dark', COLOUR_RULES]]) {
      await openForAxe(page, url, theme, heading);
      const axe = new AxeBuilder({ page });
      const results = await (rules ? axe.withRules(rules) : axe).analyze();
      expect(results.violations, `axe violations on ${name} (${theme}):\n${describe(results.violations)}`).toEqual([]);
      // Colour contrast ran and found text to check: a page without text would pass too.
      expect(results.passes.some((r) => r.id === 'color-contrast'), `${name}: colour contrast was checked (${theme})`).toBe(true);
    }
  });
}
