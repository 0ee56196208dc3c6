// Which language the page speaks. Chinese in simplified script (zh, zh-CN, zh-SG, zh-Hans,
// and their variants) is zh-CN; every other language is English. A language asked for by
// name (the link's lang, the widget's lang attribute) wins over the browser's.

/** The languages there is a catalog for. @type {readonly string[]} */
export const LOCALES = ['en', 'zh-CN'];
export const DEFAULT_LOCALE = 'en';

/**
 * The supported locale a BCP 47 tag means, or null when none: "zh-Hans-SG" → "zh-CN",
 * "en-GB" → "en", "zh-TW" → null (traditional script), "fr" → null.
 * @param {string | null | undefined} tag
 * @returns {string | null}
 */
export function localeOf(tag) {
  if (typeof tag !== 'string' || !tag.trim()) return null;
  const [language, ...rest] = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
  if (language === 'en') return 'en';
  if (language !== 'zh') return null;
  if (rest.includes('hant') || rest.some((r) => ['tw', 'hk', 'mo'].includes(r))) return rest.includes('hans') ? 'zh-CN' : null;
  return 'zh-CN';
}

/**
 * The page's locale: the one asked for by name when it is supported, else the browser's
 * first language when it is, else English. Returns the reason beside it, for a notice
 * when a name asked for is not one the page has.
 * @param {{requested?: string | null, preferred?: readonly string[]}} choice
 * @returns {{locale: string, unknown: string | null}}
 */
export function chooseLocale({ requested = null, preferred = [] }) {
  const asked = localeOf(requested);
  if (asked) return { locale: asked, unknown: null };
  const unknown = requested && requested.trim() ? requested.trim() : null;
  return { locale: localeOf(preferred[0]) ?? DEFAULT_LOCALE, unknown };
}
