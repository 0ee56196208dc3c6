// Text from a catalog. A catalog maps keys to text with {name} parameters, or to plural
// forms ({one: '…', other: '…'}, chosen by the parameter `count` with Intl.PluralRules).
// A number given as a parameter is written for the locale (Intl.NumberFormat); any other
// value as it is, so that a user's own column names stay exactly as written.

/**
 * @typedef {string | Record<string, string>} Entry text, or plural forms by Intl.PluralRules category
 * @typedef {Record<string, Entry>} Catalog
 * @typedef {(key: string, params?: Record<string, unknown>) => string} Translate
 */

/** The {name} parameters a text uses, sorted. @param {Entry} entry @returns {string[]} */
export function parametersOf(entry) {
  const texts = typeof entry === 'string' ? [entry] : Object.values(entry);
  const names = new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])));
  if (typeof entry !== 'string') names.add('count');
  return [...names].sort();
}

/**
 * A translator for `locale`. A key missing from the catalog falls back to `fallback`
 * (the English catalog), and a key in neither is an Error: a missing key is a bug.
 * @param {string} locale
 * @param {Catalog} catalog
 * @param {Catalog | null} [fallback]
 * @returns {Translate}
 */
export function createTranslator(locale, catalog, fallback = null) {
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 });
  const plurals = new Intl.PluralRules(locale);
  return (key, params = {}) => {
    const entry = Object.hasOwn(catalog, key) ? catalog[key] : fallback && Object.hasOwn(fallback, key) ? fallback[key] : undefined;
    if (entry === undefined) throw new Error(`no text for "${key}"`);
    const text = typeof entry === 'string' ? entry
      : entry[plurals.select(Number(params.count))] ?? entry.other;
    return text.replace(/\{(\w+)\}/g, (whole, name) => {
      if (!Object.hasOwn(params, name)) return whole;
      const value = params[name];
      return typeof value === 'number' && Number.isFinite(value) ? numbers.format(value) : String(value);
    });
  };
}
