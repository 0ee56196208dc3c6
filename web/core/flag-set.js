// A setting that is a set of named flags (the derived inputs): its value is an array of
// option names in the options' order; links and widget attributes write it "a,b" like
// the layers, and "none" for the empty set.
import { t } from '../i18n/text.js';

/** @typedef {{type: 'flags', options: Record<string, string>}} FlagsSpec */

/**
 * Reads a flag set from a link's or an attribute's text, or checks an array.
 * @param {FlagsSpec} p
 * @param {unknown} value
 * @returns {{value?: string[], error?: string}}
 */
export function parseFlags(p, value) {
  const names = Array.isArray(value) ? value.map(String)
    : ['', 'none'].includes(String(value).trim()) ? [] : String(value).split(',').map((s) => s.trim());
  const allowed = Object.keys(p.options);
  if (names.some((n) => !allowed.includes(n))) return { error: t('must be none or a list of {names}', { names: allowed.join(', ') }) };
  if (new Set(names).size !== names.length) return { error: t('must name each at most once') };
  return { value: allowed.filter((n) => names.includes(n)) };
}

/** @param {string[]} names @returns {string} */
export function flagsToText(names) {
  return names.length ? names.join(',') : 'none';
}
