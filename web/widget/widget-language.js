// The document's language for its widgets (one per document: i18n/text.js): the widget's
// lang attribute, else the nearest ancestor's (a Chinese course page's <html lang="zh-CN">),
// else the browser's first language. Widgets asking in turn: the last asked wins.
import { setLocale } from '../i18n/text.js';
import { chooseLocale } from '../i18n/locale.js';

/** The language asked for last is set once those asked before it are: widgets take turns. @type {Promise<void>} */
let languageSet = Promise.resolve();

/**
 * Sets the document's language for its widgets. setLocale marks <html lang> with it, which
 * is right for a page all in one language; a course page's <html lang> says the language of
 * its own text, so it is put back (each widget marks its own part: widget.js #build).
 * @param {string} locale
 * @returns {Promise<void>}
 */
function useLocale(locale) {
  languageSet = languageSet.then(async () => {
    const root = document.documentElement;
    const pageLang = root.getAttribute('lang');
    try {
      await setLocale(locale);
    } finally {
      if (pageLang === null) root.removeAttribute('lang');
      else root.setAttribute('lang', pageLang);
    }
  }).catch((e) => console.warn(`nn-playground: the language ${locale} could not be loaded:`, e));
  return languageSet;
}

/**
 * Sets the language `el` asks for: its lang attribute, else its nearest ancestor's, else
 * the browser's.
 * @param {Element} el
 * @returns {Promise<void>} once it is set (or could not be loaded, which is logged)
 */
export function useLanguageOf(el) {
  const requested = el.closest('[lang]')?.getAttribute('lang') ?? null;
  return useLocale(chooseLocale({ requested, preferred: navigator.languages }).locale);
}
