// The worker's own messages (a file too large, a download that failed, training that
// cannot go on), made as the engine's are: the English text, with a code and parameters
// the page shows in its language. A worker message's code is its English template, marked
// with msg() so the catalog tests find it; a parameter may be such a message itself.
import { createTranslator } from '../i18n/translate.js';

/** @typedef {{code: string, params: Record<string, string | Coded>}} Coded */

const english = createTranslator('en', {});

/**
 * A message: `id` (an English template, msg('...')) with its parameters.
 * @param {string} id @param {Record<string, string | Coded>} [params] @returns {Coded}
 */
export const coded = (id, params = {}) => ({ code: id, params });

/** @param {Coded} message @returns {string} */
const englishOf = ({ code, params }) => english.text(code, Object.fromEntries(Object.entries(params)
  .map(([name, value]) => [name, typeof value === 'string' ? value : englishOf(value)])));

/**
 * An Error saying `id` with its parameters, in English, with its code and params.
 * @param {string} id @param {Record<string, string | Coded>} [params]
 * @returns {Error & Coded}
 */
export const textError = (id, params = {}) => Object.assign(new Error(englishOf(coded(id, params))), coded(id, params));
