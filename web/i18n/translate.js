// Text in a language from its catalog. The English text is the id: the source says
// t('Learning rate'), a catalog maps it to the locale's text ('学习率'), and English needs
// no catalog. Texts take {name} parameters; a number given as one is written for the
// locale (Intl.NumberFormat), any other value as it is, so that a user's own column
// names stay exactly as written. A text with a count has plural forms: in English one
// and other (tp('{count} row', '{count} rows', {count})), in a catalog a text or the
// locale's forms by Intl.PluralRules category ({one: '…', other: '…'}).

/**
 * @typedef {string | Record<string, string>} Entry a text, or its forms by plural category
 * @typedef {Record<string, Entry>} Catalog English text (the plural's other form) -> the locale's
 * @typedef {{text: (id: string, params?: Record<string, unknown>) => string,
 *   plural: (one: string, other: string, params: Record<string, unknown> & {count: number}) => string}} Translator
 */

/** The {name} parameters a text uses, sorted. @param {Entry} entry @returns {string[]} */
export function parametersOf(entry) {
  const texts = typeof entry === 'string' ? [entry] : Object.values(entry);
  return [...new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();
}

/**
 * A translator for `locale` with its catalog (empty for English). An id the catalog
 * lacks is shown in English: the catalog tests list every id, so that is a bug caught
 * there, and the page stays readable meanwhile.
 * @param {string} locale
 * @param {Catalog} catalog
 * @returns {Translator}
 */
export function createTranslator(locale, catalog) {
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 });
  const plurals = new Intl.PluralRules(locale);
  const english = new Intl.PluralRules('en');
  /** @param {string} text @param {Record<string, unknown>} params */
  const fill = (text, params) => text.replace(/\{(\w+)\}/g, (whole, name) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    return typeof value === 'number' && Number.isFinite(value) ? numbers.format(value) : String(value);
  });
  /** @param {Entry} entry @param {number} count */
  const form = (entry, count) => (typeof entry === 'string' ? entry : entry[plurals.select(count)] ?? entry.other);
  return {
    text: (id, params = {}) => fill(Object.hasOwn(catalog, id) ? form(catalog[id], Number(params.count)) : id, params),
    plural: (one, other, params) => fill(Object.hasOwn(catalog, other) ? form(catalog[other], params.count)
      : english.select(params.count) === 'one' ? one : other, params),
  };
}
