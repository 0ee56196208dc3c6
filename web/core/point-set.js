// Points added by hand to a generated 2-D data set (a click on the plane): an array of
// [x, y, target], the target a class index or, for a regression set, the value. Links
// and widget attributes write them "x:y:target,x:y:target" (4 significant digits), and
// "none" for no points; the engine checks the classes against the data set's.
import { t } from '../i18n/text.js';

/** @typedef {{type: 'points'}} PointsSpec */

export const MAX_ADDED_POINTS = 1000;
const MAX_COORDINATE = 1000;

/** @param {number} v */
const short = (v) => String(Number(v.toPrecision(4)));

/**
 * Reads points from a link's or an attribute's text, or checks an array of triples.
 * @param {unknown} value
 * @returns {{value?: number[][], error?: string}}
 */
export function parsePoints(value) {
  let points;
  if (Array.isArray(value)) points = value;
  else {
    const text = String(value).trim();
    points = ['', 'none'].includes(text) ? [] : text.split(',').map((p) => p.split(':').map((v) => (v.trim() === '' ? NaN : Number(v))));
  }
  if (points.length > MAX_ADDED_POINTS) return { error: t('must be at most {max} points', { max: String(MAX_ADDED_POINTS) }) };
  const bad = points.findIndex((p) => !Array.isArray(p) || p.length !== 3 || !p.every(Number.isFinite) ||
    Math.abs(p[0]) > MAX_COORDINATE || Math.abs(p[1]) > MAX_COORDINATE);
  if (bad >= 0) return { error: t('must be points x:y:class (numbers, |x| and |y| up to {max}); point {point} is not', { max: String(MAX_COORDINATE), point: bad + 1 }) };
  return { value: points.map((p) => p.map(Number)) };
}

/** @param {number[][]} points @returns {string} */
export function pointsToText(points) {
  return points.length ? points.map((p) => p.map(short).join(':')).join(',') : 'none';
}
