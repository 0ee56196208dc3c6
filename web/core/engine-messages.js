// The engine's coded messages (an Error's code and params, a summary's *_message fields, a
// run's stop_message) in the page's language. The engine sends its English text with the
// code, so English needs nothing here; another language's catalog has each code's text
// (i18n/zh-CN/engine.js, checked against the engine's templates by the catalog tests). A
// message with no code, or with a code the catalog lacks (a newer engine), is shown as the
// engine's English text.
import { t, liveText, hasText, currentLocale } from '../i18n/text.js';

/**
 * A coded message: a parameter is a text (the user's values and numbers as the engine
 * wrote them) or a nested message.
 * @typedef {{code: string, params?: Record<string, unknown>}} EngineMessage
 * @typedef {import('../i18n/text.js').Live} Live
 */

/**
 * The message in the page's language now; null in English (the engine's own text is it),
 * without a code, or with one the catalog lacks (itself or a nested message).
 * @param {EngineMessage | null | undefined} coded
 * @returns {string | null}
 */
export function engineMessageText(coded) {
  if (currentLocale() === 'en' || !coded || typeof coded.code !== 'string' || !hasText(coded.code)) return null;
  /** @type {Record<string, unknown>} */
  const params = {};
  for (const [name, value] of Object.entries(coded.params ?? {})) {
    if (value && typeof value === 'object') {
      const text = engineMessageText(/** @type {EngineMessage} */ (value));
      if (text === null) return null;
      params[name] = text;
    } else {
      params[name] = typeof value === 'number' ? value : String(value);  // a number is written for the language
    }
  }
  return t(coded.code, params);
}

/**
 * The engine's message as a live text: the coded form in the page's language, else the
 * English text the engine gave with it.
 * @param {EngineMessage | null | undefined} coded @param {string} english
 * @returns {Live}
 */
export const engineText = (coded, english) => liveText(() => engineMessageText(coded) ?? english);

/**
 * The coded form an Error of the engine carries (code, params), or null.
 * @param {unknown} error @returns {EngineMessage | null}
 */
export function codedError(error) {
  const e = /** @type {{code?: unknown, params?: Record<string, unknown>}} */ (error ?? {});
  return typeof e.code === 'string' ? { code: e.code, params: e.params ?? {} } : null;
}

/** An Error of the engine (or the worker) as a live text. @param {Error} error @returns {Live} */
export const engineErrorText = (error) => engineText(codedError(error), error.message);

/**
 * Whether a message is, or holds, one of these codes (data.at_row_column holds the
 * message that says what is wrong there).
 * @param {EngineMessage | null | undefined} coded @param {string[]} codes @returns {boolean}
 */
export function hasCode(coded, codes) {
  if (!coded || typeof coded.code !== 'string') return false;
  if (codes.includes(coded.code)) return true;
  return Object.values(coded.params ?? {}).some((v) => v !== null && typeof v === 'object'
    && hasCode(/** @type {EngineMessage} */ (v), codes));
}
