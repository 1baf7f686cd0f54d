// The search page as a person uses it: live results, highlighting, forgiving matching, filters,
// sorting, the empty states, detail pages, links that reopen a view, history, the keyboard, the
// theme, and screenshots for the docs.

import { test, expect, screenshotPath } from './fixtures.mjs';
import { DATA, appReady, latestDay, openApp, resultNames, searchPage, signatory } from './helpers.mjs';

const ALL = DATA.signatories.length;

test.describe('typing', () => {
  // One page for the typing checks: each step starts from what the box holds, so none depends on
  // a fresh page (opening the app is most of the cost of a check this small).
  test('results follow the box: live count, highlighting, accents and case, typos, field filters', async ({ page }) => {
    await openApp(page, '/');
    const { search, count, results, resultLinks } = searchPage(page);

    // An empty query lists every signatory.
    await expect(count).toHaveText(`${ALL} results`);
    expect(ALL).toBe(42);
    await expect(results.getByRole('listitem')).toHaveCount(ALL);
    expect((await resultNames(page)).sort()).toEqual(DATA.signatories.map((s) => s.name).sort());

    // Every keystroke updates the results and the live count.
    await search.focus();
    const seen = [];
    let typed = '';
    for (const key of 'nokia') {
      await search.press(key);
      typed += key;
      // The URL carries the query (replaced, not pushed) as it is typed.
      await expect(page).toHaveURL(new RegExp(`[?&]q=${typed}(&|$)`));
      const items = await results.getByRole('listitem').count();
      // The count the screen reader hears is the number of results shown.
      await expect(count).toHaveText(items === 1 ? '1 result' : `${items} results`);
      seen.push(items);
    }
    // "no" still matches many records (the "No offense" principle, "Nokia", names with "no"…);
    // "nok" only Nokia: the list narrowed while typing, not only at the end.
    expect(seen[1], `results after "no": ${seen}`).toBeGreaterThan(1);
    expect(seen.slice(2), `results after "nok", "noki", "nokia": ${seen}`).toEqual([1, 1, 1]);
    await expect(results.getByRole('link', { name: 'Nokia' })).toBeVisible();
    await expect(count).toHaveText('1 result');

    // Matched words are highlighted inside the result link; accents and case do not matter.
    for (const query of ['telefonica', 'TELEFÓNICA', 'Telefónica']) {
      await search.fill(query);
      const link = results.getByRole('link', { name: 'Telefónica' });
      await expect(link, `"${query}" finds Telefónica`).toBeVisible();
      await expect(count).toHaveText('1 result');
      const mark = link.locator('mark');
      await expect(mark).toHaveCount(1);
      await expect(mark).toHaveText('Telefónica');
    }

    // A typo still finds the record: "microsft" finds Microsoft first.
    await search.fill('microsft');
    await expect(resultLinks.first()).toHaveText('Microsoft');

    // A typed field filter: "country:FI" finds Nokia and F-Secure only.
    await search.fill('country:FI');
    await expect(count).toHaveText('2 results');
    const expected = DATA.signatories.filter((s) => s.country === 'FI').map((s) => s.name);
    expect(expected.sort()).toEqual(['F-Secure', 'Nokia']);
    expect((await resultNames(page)).sort()).toEqual(expected);
  });
});

test.describe('filter panel', () => {
  test('country buttons narrow, several values widen, and both clear buttons work', async ({ page }) => {
    await openApp(page, '/');
    const { count } = searchPage(page);
    const filters = page.getByRole('complementary', { name: 'Filters' });
    const country = filters.getByRole('group', { name: 'Country' });

    const finland = country.getByRole('button', { name: 'Finland' });
    await expect(finland).toHaveAttribute('aria-pressed', 'false');
    await finland.click();
    await expect(finland).toHaveAttribute('aria-pressed', 'true');
    await expect(count).toHaveText('2 results');
    expect((await resultNames(page)).sort()).toEqual(['F-Secure', 'Nokia']);
    await expect(page).toHaveURL(/[?&]f=country%3AFI(&|$)/);

    // A second country widens the list: Finland or Spain.
    const spain = country.getByRole('button', { name: 'Spain' });
    await spain.click();
    await expect(spain).toHaveAttribute('aria-pressed', 'true');
    await expect(finland).toHaveAttribute('aria-pressed', 'true');
    const fiOrEs = DATA.signatories.filter((s) => ['FI', 'ES'].includes(s.country)).map((s) => s.name).sort();
    await expect(count).toHaveText(`${fiOrEs.length} results`);
    expect((await resultNames(page)).sort()).toEqual(fiOrEs);

    await filters.getByRole('button', { name: 'Clear country filter' }).click();
    await expect(count).toHaveText(`${ALL} results`);
    await expect(country.getByRole('button', { name: 'Finland' })).toHaveAttribute('aria-pressed', 'false');
    await expect(filters.getByRole('button', { name: 'Clear country filter' })).toHaveCount(0);

    // Filters of two facets narrow together; "Clear all filters" removes both.
    await country.getByRole('button', { name: 'Finland' }).click();
    await expect(count).toHaveText('2 results');
    const sector = filters.getByRole('group', { name: 'Sector' });
    await sector.getByRole('button', { name: 'security' }).click();
    await expect(count).toHaveText('1 result');
    expect(await resultNames(page)).toEqual(['F-Secure']);
    await filters.getByRole('button', { name: 'Clear all filters' }).click();
    await expect(count).toHaveText(`${ALL} results`);
    await expect(filters.getByRole('button', { name: 'Clear all filters' })).toHaveCount(0);
    await expect(page).not.toHaveURL(/[?&]f=/);
  });
});

test.describe('two changes at once', () => {
  // The list of results is an app of its own, a render behind the page when the state changes:
  // each change applies to the newest state, so a change made just before is never lost.
  test('a filter and a compare button clicked in the same task both take effect', async ({ page }) => {
    await openApp(page, '/');
    const finland = await page.getByRole('button', { name: /^Finland/ }).elementHandle();
    const nokia = await page.getByRole('button', { name: 'Compare Nokia', exact: true }).elementHandle();
    await page.evaluate(([a, b]) => {
      a.click();
      b.click();
    }, [finland, nokia]);
    await expect(page.getByRole('button', { name: /^Finland/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'Compare Nokia', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/[?&]f=country(%3A|:)FI(&|$)/);
    await expect(page).toHaveURL(/[?&]cmp=nokia(&|$)/);
  });
});

test.describe('sorting', () => {
  test('"Sort by" Name, Join date and Country change the order', async ({ page }) => {
    // A query whose most relevant result is not first by name.
    await openApp(page, '/?q=microsoft');
    const sort = page.getByRole('combobox', { name: 'Sort by' });
    await expect(sort).toHaveValue('relevance');
    const relevance = await resultNames(page);
    expect(relevance[0]).toBe('Microsoft');

    await sort.selectOption({ label: 'Name' });
    await expect(page).toHaveURL(/[?&]sort=name(&|$)/);
    await expect.poll(() => resultNames(page)).not.toEqual(relevance);
    const byName = await resultNames(page);
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    expect(byName).toEqual([...relevance].sort(collator.compare));

    // Join date and country: over every signatory, checked against the data.
    const { search } = searchPage(page);
    await search.fill('');
    await sort.selectOption({ label: 'Join date' });
    await expect(page).toHaveURL(/[?&]sort=joined(&|$)/);
    const byJoined = await resultNames(page);
    expect(byJoined).toHaveLength(ALL);
    const joinKey = (name) => {
      const s = DATA.signatories.find((x) => x.name === name);
      if (!s.joined) return Infinity; // unknown join dates last
      // By the last day a date can mean: "2018-04" (some time in April) after "2018-04-17".
      return latestDay(s.joined);
    };
    const joinKeys = byJoined.map(joinKey);
    expect(joinKeys, `join order: ${byJoined.join(', ')}`).toEqual([...joinKeys].sort((a, b) => a - b));
    expect(byJoined.slice(-DATA.signatories.filter((s) => !s.joined).length).sort()).toEqual(
      DATA.signatories.filter((s) => !s.joined).map((s) => s.name).sort(),
    );

    await sort.selectOption({ label: 'Country' });
    await expect(page).toHaveURL(/[?&]sort=country(&|$)/);
    const byCountry = await resultNames(page);
    expect(byCountry).not.toEqual(byJoined);
    // Country names in the app's (ISO) spelling, sorted; unknown last.
    const countryName = { CH: 'Switzerland', CZ: 'Czechia', DE: 'Germany', EE: 'Estonia', ES: 'Spain',
      FI: 'Finland', GB: 'United Kingdom', HU: 'Hungary', JP: 'Japan', RO: 'Romania', US: 'United States' };
    const countryKeys = byCountry.map((name) => {
      const s = DATA.signatories.find((x) => x.name === name);
      return s.country ? countryName[s.country] : '\uffff';
    });
    expect(countryKeys, `country order: ${byCountry.join(', ')}`).toEqual([...countryKeys].sort());
    expect(byCountry.at(-1)).toBe(DATA.signatories.find((s) => !s.country).name);
  });
});

test.describe('empty states', () => {
  // One page: a query with no result, its fix, then the same query with filters that exclude it.
  test('no result: "Did you mean" fixes the query; with filters, "Clear filters" brings the results back', async ({ page }) => {
    await openApp(page, '/');
    const { search, count, results } = searchPage(page);
    // The list of results is an app of its own, which stays through "No results": Yew never frees
    // the event listeners of an app it destroys, and one made anew each time cost memory on every
    // such search (`./dev budgets --only memory`).
    await page.evaluate(() => { window.resultsHost = document.getElementById('results-root'); });
    await search.fill('cizcx');
    await expect(count).toHaveText('No results');
    await expect(results).toHaveCount(0);
    await expect(page.getByText('Did you mean')).toBeVisible();
    const fix = page.getByRole('button', { name: 'cisco', exact: true });
    await fix.click();
    await expect(search).toHaveValue('cisco');
    await expect(page).toHaveURL(/[?&]q=cisco(&|$)/);
    await expect(results.getByRole('link', { name: 'Cisco' })).toBeVisible();
    expect(await page.evaluate(() => window.resultsHost === document.getElementById('results-root')),
      'the same results app after "No results"').toBe(true);

    // No result with filters: "Clear filters" brings the results back (opened as a link).
    await openApp(page, '/?q=cisco&f=country:FI');
    await expect(count).toHaveText('No results');
    await expect(page.getByText(/Nothing matches “cisco” with these filters/)).toBeVisible();
    await page.getByRole('main').getByRole('button', { name: 'Clear filters', exact: true }).click();
    await expect(results.getByRole('link', { name: 'Cisco' })).toBeVisible();
    await expect(page).not.toHaveURL(/[?&]f=/);
  });
});

test.describe('detail pages and links', () => {
  test('a result opens its detail page, whose sources open safely in a new tab', async ({ page }) => {
    await openApp(page, '/');
    const { search, results } = searchPage(page);
    await search.fill('telefonica');
    await results.getByRole('link', { name: 'Telefónica' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Telefónica');
    await expect(page).toHaveURL(/\/signatory\/telefonica\/(\?|$)/);
    const sources = page.getByRole('region', { name: 'Sources', exact: true }).getByRole('link');
    const expected = signatory('telefonica').sources;
    await expect(sources).toHaveCount(expected.length);
    for (let i = 0; i < expected.length; i++) {
      const link = sources.nth(i);
      await expect(link).toHaveAttribute('href', expected[i]);
      await expect(link).toHaveAttribute('target', '_blank');
      const rel = ((await link.getAttribute('rel')) ?? '').split(/\s+/);
      expect(rel).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
  });

  test('the deep links /?q=telefonica and /?view=signatory/cisco open that search and that page', async ({ page }) => {
    await openApp(page, '/?q=telefonica');
    const { search, count, results } = searchPage(page);
    await expect(search).toHaveValue('telefonica');
    await expect(count).toHaveText('1 result');
    await expect(results.getByRole('link', { name: 'Telefónica' })).toBeVisible();

    await openApp(page, '/?view=signatory/cisco');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cisco');
    await expect(page.getByText(signatory('cisco').hq_city, { exact: true })).toBeVisible();
  });

  test('Back and Forward restore the views, and a reload keeps the view', async ({ page }) => {
    await openApp(page, '/');
    const { search, results, count } = searchPage(page);
    await search.fill('telefonica');
    await expect(count).toHaveText('1 result');
    await results.getByRole('link', { name: 'Telefónica' }).click();
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText('Telefónica');

    await page.goBack();
    await expect(search).toHaveValue('telefonica');
    await expect(results.getByRole('link', { name: 'Telefónica' })).toBeVisible();
    await expect(h1).toHaveText('Search the Cybersecurity Tech Accord');

    await page.goForward();
    await expect(h1).toHaveText('Telefónica');

    // A second step: a principle from the signatory page, then back twice.
    await page.getByRole('link', { name: '2. No offense' }).click();
    await expect(h1).toHaveText('2. No offense');
    await page.goBack();
    await expect(h1).toHaveText('Telefónica');

    await page.reload();
    await expect(h1).toHaveText('Telefónica');
    // The prerendered page shows the heading before the app runs: Back is the app's once it does
    // (the next test makes a Back during the start-up).
    await appReady(page);
    await page.goBack();
    await expect(search).toHaveValue('telefonica');
  });

  test('a Back while the app is starting is followed once it runs', async ({ page }) => {
    // The moment between the app reading the address and listening for Back, made certain: the
    // address moves (as a Back to the search would) just as the app adds its listener.
    await page.addInitScript(() => {
      const add = window.addEventListener;
      let moved = false;
      window.addEventListener = function (type, ...rest) {
        if (type === 'popstate' && !moved) {
          moved = true;
          history.replaceState(null, '', '/?q=telefonica');
        }
        return add.call(this, type, ...rest);
      };
    });
    await openApp(page, '/signatory/telefonica/');
    const { search, results } = searchPage(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search the Cybersecurity Tech Accord');
    await expect(search).toHaveValue('telefonica');
    await expect(results.getByRole('link', { name: 'Telefónica' })).toBeVisible();
  });
});

test.describe('keyboard only', () => {
  test('/ focuses the search, arrows move through results, Enter opens, Escape returns', async ({ page }) => {
    await openApp(page, '/');
    const { search, count, resultLinks } = searchPage(page);
    await expect(search).not.toBeFocused();
    await page.keyboard.press('/');
    await expect(search).toBeFocused();
    // The slash itself is not typed into the box.
    await expect(search).toHaveValue('');

    await page.keyboard.type('security');
    await expect(search).toHaveValue('security');
    await expect(page).toHaveURL(/[?&]q=security(&|$)/);
    await expect.poll(() => resultLinks.count()).toBeGreaterThan(2);
    const names = await resultNames(page);

    await page.keyboard.press('ArrowDown');
    await expect(resultLinks.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(resultLinks.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(resultLinks.nth(2)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(resultLinks.nth(1)).toBeFocused();

    await page.keyboard.press('Enter');
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText(names[1]);
    // Focus moves to the new view's heading.
    await expect(h1).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(search).toBeVisible();
    await expect(search).toBeFocused();
    await expect(search).toHaveValue('security');

    // ArrowUp on the first result goes back to the box.
    await page.keyboard.press('ArrowDown');
    await expect(resultLinks.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(search).toBeFocused();

    // Escape in the search box clears the query.
    await page.keyboard.press('Escape');
    await expect(search).toHaveValue('');
    await expect(count).toHaveText(`${ALL} results`);
    await expect(page).not.toHaveURL(/[?&]q=/);
  });
});

test.describe('theme', () => {
  test('"Dark theme" switches the page to dark and back', async ({ page }) => {
    await openApp(page, '/');
    const html = page.locator('html');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(html).not.toHaveAttribute('data-theme', 'dark');
    const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

    await toggle.click();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/[?&]theme=dark(&|$)/);
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
      .not.toBe(lightBg);

    // The choice is kept for the next visit.
    await openApp(page, '/');
    await expect(html).toHaveAttribute('data-theme', 'dark');

    await toggle.click();
    await expect(html).toHaveAttribute('data-theme', 'light');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  });
});

test.describe('screenshots', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const theme of ['light', 'dark']) {
    test(`search and detail pages, ${theme}`, async ({ page }) => {
      await openApp(page, `/?q=security&theme=${theme}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(searchPage(page).resultLinks.first()).toBeVisible();
      await page.screenshot({ path: screenshotPath(`search-${theme}.png`) });

      await openApp(page, `/?view=signatory/telefonica&theme=${theme}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Telefónica');
      await page.screenshot({ path: screenshotPath(`detail-${theme}.png`) });
    });
  }
});
