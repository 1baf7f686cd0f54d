// The queries of the search benchmark, with the answers expected in each engine's top 10.
//
// Two kinds of list:
//  - REAL: hand-written, for the built-in dataset (data/signatories.json, 42 records). `expect`
//    holds signatory ids; an engine scores 1 for a query when all of them are in its top 10.
//  - syntheticQueries(records): derived from the synthetic records themselves (the generator's
//    output for the fixed seed, in its order), by fixed rules, so they are the same on every run
//    and every machine. Each query is made from one record, and that record is its answer.
// TIMING_* are extra queries that are timed but have no expected answer (one-letter prefixes,
// broad words): what people type on the way to a name.

/** Hand-written queries on the real dataset. `why` says what the query tests. */
export const REAL = [
  { q: 'microsoft', expect: ['microsoft'], why: 'exact name' },
  { q: 'micr', expect: ['microsoft'], why: 'prefix' },
  { q: 'microsft', expect: ['microsoft'], why: 'typo (missing letter)' },
  { q: 'telefonica', expect: ['telefonica'], why: 'accent folding' },
  { q: 'TELEFÓNICA', expect: ['telefonica'], why: 'case and accent folding' },
  { q: 'bitdefnder', expect: ['bitdefender'], why: 'typo (missing letter)' },
  { q: 'HPE', expect: ['hewlett-packard-enterprise'], why: 'alias (initials)' },
  { q: 'Meta', expect: ['meta-platforms'], why: 'alias and name word' },
  { q: 'Facebook', expect: ['meta-platforms'], why: 'former name (alias)' },
  { q: 'hewlett packard enterprise', expect: ['hewlett-packard-enterprise'], why: 'multi-word name' },
  { q: 'hewlett packard', expect: ['hewlett-packard-enterprise', 'hp-inc'], why: 'multi-word, two answers' },
  { q: 'cloudflare', expect: ['cloudflare'], why: 'exact name' },
  { q: 'clodflare', expect: ['cloudflare'], why: 'typo (missing letter)' },
  { q: 'salesfroce', expect: ['salesforce'], why: 'typo (transposition)' },
  { q: 'trend micro', expect: ['trend-micro'], why: 'multi-word name' },
  { q: 'withsecure', expect: ['f-secure'], why: 'alias (new name)' },
  { q: 'british telecom', expect: ['bt'], why: 'multi-word alias' },
  { q: 'computer associates', expect: ['ca-technologies'], why: 'multi-word alias' },
  { q: 'nortonlifelock', expect: ['symantec'], why: 'alias' },
  { q: 'espoo', expect: ['nokia'], why: 'city' },
  { q: 'germany', expect: ['sap'], why: 'country name' },
  { q: 'telefónica madrid', expect: ['telefonica'], why: 'words in two fields (name, city)' },
  { q: 'panda security', expect: ['panda-security'], why: 'multi-word name' },
  { q: 'wisekey', expect: ['wisekey'], why: 'mixed-case name' },
];

/** Timed on the real dataset too, without an expected answer. */
export const TIMING_REAL = ['m', 'mi', 'mic', 's', 'se', 'security', 'united states', 'san francisco', 'active', 'cloud'];

/** Timed on the synthetic datasets too, without an expected answer: prefixes and broad words. */
export const TIMING_SYNTHETIC = ['k', 'ka', 'kor', 'security', 'germany', 'acquired', 'labs', 'cloud internet'];

/** How many records each derivation rule picks from a synthetic dataset. */
const PICKS = 8;

/** Lower case without diacritics, as a person types on a plain keyboard. */
const plain = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const words = (s) => s.split(/\s+/).filter(Boolean);

/**
 * The derivation rules. Each takes a record and returns its query, or null when the record does
 * not fit the rule (then the next record is tried).
 */
const RULES = {
  // The whole name as written.
  name: (r) => r.name,
  // The name typed up to two characters short of its end, when its last word is long enough to
  // stay a prefix of at least 3 letters and the query keeps at least 6 characters.
  prefix: (r) => {
    const w = words(r.name);
    const q = plain(r.name).slice(0, -2);
    return w.length && w[w.length - 1].length >= 5 && q.length >= 6 ? q : null;
  },
  // One typo: the middle letter of the name's longest word (6+ letters, plain ASCII) is dropped.
  typo: (r) => {
    const w = words(r.name);
    let best = -1;
    w.forEach((x, i) => {
      if (/^[A-Za-z]{6,}$/.test(x) && (best < 0 || x.length > w[best].length)) best = i;
    });
    if (best < 0) return null;
    const x = w[best];
    const mid = Math.floor(x.length / 2);
    w[best] = x.slice(0, mid) + x.slice(mid + 1);
    return w.join(' ').toLowerCase();
  },
  // An initials alias ("KD"): the generator adds it only when no other name or alias folds to it.
  initials: (r) => r.aliases.find((a) => /^[A-Z]{2,}$/.test(a)) ?? null,
  // A name with an accented letter, typed without accents.
  accent: (r) => (/[^\x00-\x7f]/.test(r.name) ? plain(r.name) : null),
  // The name's first word and the city: words from two fields.
  name_city: (r) => (r.city ? `${words(plain(r.name))[0]} ${plain(r.city)}` : null),
};

/**
 * Queries with expected answers for a synthetic dataset. For each rule, PICKS records are taken at
 * evenly spaced positions i = floor((k + 0.5) * n / PICKS), k = 0..PICKS-1; when the record at i
 * does not fit the rule, the next ones (wrapping around) are tried. The generator guarantees that
 * folded base names and initials aliases are unique, so the record a query is made from is the
 * one it should find.
 */
export function syntheticQueries(records) {
  const n = records.length;
  const out = [];
  const seen = new Set();
  for (const [rule, make] of Object.entries(RULES)) {
    for (let k = 0; k < PICKS; k++) {
      const start = Math.floor(((k + 0.5) * n) / PICKS);
      for (let step = 0; step < n; step++) {
        const r = records[(start + step) % n];
        const q = make(r);
        if (q === null || seen.has(q)) continue;
        seen.add(q);
        out.push({ q, expect: [r.id], why: rule });
        break;
      }
    }
  }
  return out;
}
