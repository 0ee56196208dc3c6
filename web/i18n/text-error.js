// Errors of the worker and the page made as the engine's are (a file too large, a download
// that failed, training that cannot go on, a model file that is not JSON): the English
// text, with a code and parameters a page shows in its language now and after a switch.
// The code is the English template, marked with msg() so the catalog tests find it; a
// parameter may be such a message itself.
import { createTranslator } from './translate.js';

/** @typedef {{code: string, params: Record<string, string | number | Coded>}} Coded a number is written for the language */

const english = createTranslator('en', {});

/**
 * A message: `id` (an English template, msg('...')) with its parameters.
 * @param {string} id @param {Record<string, string | number | Coded>} [params] @returns {Coded}
 */
export const coded = (id, params = {}) => ({ code: id, params });

/** @param {Coded} message @returns {string} */
const englishOf = ({ code, params }) => english.text(code, Object.fromEntries(Object.entries(params)
  .map(([name, value]) => [name, typeof value === 'object' ? englishOf(value) : value])));

/**
 * An Error saying `id` with its parameters, in English, with its code and params.
 * @param {string} id @param {Record<string, string | number | Coded>} [params]
 * @returns {Error & Coded}
 */
export const textError = (id, params = {}) => Object.assign(new Error(englishOf(coded(id, params))), coded(id, params));
