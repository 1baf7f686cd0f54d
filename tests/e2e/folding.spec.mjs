// Folding in the browser. The wasm build folds with the browser's Unicode data (src/ui/fold_js.rs:
// normalize("NFD"), then the marks \p{M} dropped); native builds with unicode-normalization.
// folding.json, pinned by tests/folding.rs, says how every non-ASCII character of data/ folds
// natively; these tests check that the release build folds the same, through the search box.

import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { DATA, openApp, searchPage } from './helpers.mjs';

const FOLDED = JSON.parse(readFileSync(new URL('./folding.json', import.meta.url), 'utf8')).chars;

/** `text` folded as native builds fold it: ASCII lowercased, every other character by folding.json. */
function nativeFold(text) {
  return [...text]
    .map((c) => {
      if (c.charCodeAt(0) < 0x80) return c.toLowerCase();
      if (!(c in FOLDED)) throw new Error(`folding.json has no "${c}": run UPDATE_FOLDING_JSON=1 cargo test --test folding`);
      return FOLDED[c];
    })
    .join('');
}

/** The words of a text as search::fold::words splits it (letters and digits). */
const wordsOf = (text) => text.match(/[\p{Alphabetic}\p{N}]+/gu) ?? [];

/** Every word with a non-ASCII letter in a searchable field of a signatory, with that signatory.
 * One-letter words ("à") are left out: as a search they match nearly everything. */
const ACCENTED = DATA.signatories.flatMap((s) => {
  const fields = [s.name, ...s.aliases, s.hq_city, s.status, s.notes].filter(Boolean);
  const words = fields.flatMap(wordsOf).filter((w) => /[^\x00-\x7f]/.test(w) && [...w].length > 1);
  return [...new Set(words)].map((word) => ({ signatory: s, word }));
});

test('the data has accented names and words to search for', () => {
  const words = ACCENTED.map((a) => a.word);
  for (const w of ['Telefónica', 'troisième', 'première', 'étions']) {
    expect(words, `data/signatories.json no longer has "${w}"`).toContain(w);
  }
});

// Each word is searched for folded ("telefonica"), in capitals ("TELEFÓNICA") and as written:
// - it finds its record, with exactly the word marked, accented letters included: the highlight's
//   byte offsets point into the original text;
// - `-word` leaves the record out. Finding proves little on its own (a word folded differently
//   would still be found, as a typo), but exclusion allows no typo: the record goes only if the
//   browser folded its word to what native builds fold it to.
// One page for all of them: each word's messages name it.
test(`${ACCENTED.length} accented words fold as on native builds: ${ACCENTED.map((a) => a.word).join(', ')}`, async ({ page }) => {
  await openApp(page, '/');
  const { search, results } = searchPage(page);
  for (const { signatory, word } of ACCENTED) {
    const folded = nativeFold(word);
    const name = { name: signatory.name, exact: true };
    const link = results.getByRole('link', name);
    const item = results.getByRole('listitem').filter({ has: page.getByRole('link', name) });
    for (const q of [folded, word.toUpperCase(), word]) {
      await search.fill(q);
      await expect(item, `"${q}" finds ${signatory.name} (folded: "${folded}")`).toHaveCount(1);
      await expect(
        item.locator('mark').filter({ hasText: new RegExp(`^${word}$`) }),
        `"${q}" marks "${word}"`,
      ).not.toHaveCount(0);
      await search.fill(`-${q}`);
      await expect(link, `"-${q}" leaves ${signatory.name} out (folded: "${folded}")`).toHaveCount(0);
    }
  }
});

// The characters the search cannot reach on their own (punctuation, the marks of fold.rs's tests):
// the browser's Unicode data, used as src/ui/fold_js.rs uses it, folds each as native builds do.
// The browser's data alone: a blank page, no app needed.
test('the browser decomposes every character of folding.json as unicode-normalization does', async ({ page }) => {
  const chars = Object.keys(FOLDED);
  const browser = await page.evaluate(
    (cs) => cs.map((c) => [...c.normalize('NFD').replace(/\p{M}/gu, '')].map((d) => d.toLowerCase()).join('')),
    chars,
  );
  expect(Object.fromEntries(chars.map((c, i) => [c, browser[i]]))).toEqual(FOLDED);
});
