// LaTeX pieces for the math panel: numbers, layer symbols, shapes, and each
// activation's and loss's formula in the teaching notation. Pure strings, no DOM.
import { msg } from '../i18n/text.js';

/** A number as LaTeX: 0.01, 0.9, 1 \times 10^{-8}. @param {number} v @returns {string} */
export function num(v) {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a < 1e-3 || a >= 1e6) {
    const [mantissa, exponent] = v.toExponential().split('e');
    const m = Number(Number(mantissa).toPrecision(4));
    const e = Number(exponent);
    return m === 1 ? `10^{${e}}` : `${m} \\times 10^{${e}}`;
  }
  return String(Number(v.toPrecision(6)));
}

/** Z^{[2]}, A^{[0]}, W^{[l]}... @param {string} name @param {number | string} l @returns {string} */
export const sym = (name, l) => `${name}^{[${l}]}`;
/** dZ^{[2]}, dW^{[1]}... @param {string} name @param {number | string} l @returns {string} */
export const d = (name, l) => `d${name}^{[${l}]}`;

/** A shape as LaTeX, e.g. 64 \times m. @param {number | string} rows @param {number | string} cols @returns {string} */
export const shape = (rows, cols) => `${rows} \\times ${cols}`;

/**
 * A symbol with its shape written under it.
 * @param {string} tex @param {number | string} rows @param {number | string} cols
 * @returns {string}
 */
export const under = (tex, rows, cols) => `\\underbrace{${tex}}_{${shape(rows, cols)}}`;

/**
 * Each activation's LaTeX: its name, f(z) and f'(z). Leaky ReLU's are functions of the
 * slope; softmax's derivative is folded into the loss (null).
 * @typedef {string | ((slope: string) => string)} SlopeTex
 * @type {Record<string, {name: string, f: SlopeTex, df: SlopeTex | null}>}
 */
export const ACTIVATION_TEX = {
  relu: { name: '\\operatorname{ReLU}', f: '\\max(0, z)', df: '\\begin{cases} 1 & z > 0 \\\\ 0 & z \\le 0 \\end{cases}' },
  leaky_relu: { name: '\\operatorname{LeakyReLU}', f: (a) => `\\begin{cases} z & z > 0 \\\\ ${a}\\, z & z \\le 0 \\end{cases}`,
    df: (a) => `\\begin{cases} 1 & z > 0 \\\\ ${a} & z \\le 0 \\end{cases}` },
  tanh: { name: '\\tanh', f: '\\dfrac{e^{z} - e^{-z}}{e^{z} + e^{-z}}', df: '1 - \\tanh^2(z) = 1 - a^2' },
  sigmoid: { name: '\\sigma', f: '\\dfrac{1}{1 + e^{-z}}', df: '\\sigma(z)\\,(1 - \\sigma(z)) = a\\,(1 - a)' },
  linear: { name: '\\operatorname{id}', f: 'z', df: '1' },
  softmax: { name: '\\operatorname{softmax}', f: '\\dfrac{e^{z_k}}{\\sum_{j} e^{z_j}}', df: null },
};

/**
 * The activation's definition line, e.g. \operatorname{ReLU}(z) = \max(0, z).
 * @param {string} activation @param {number} slope leaky ReLU's
 * @returns {string}
 */
export function activationDefinition(activation, slope) {
  const t = ACTIVATION_TEX[activation];
  const f = typeof t.f === 'function' ? t.f(num(slope)) : t.f;
  const arg = activation === 'softmax' ? '(z)_k' : '(z)';
  return `${t.name}${arg} = ${f}`;
}

/**
 * The derivative line, e.g. \operatorname{ReLU}'(z) = ..., or null (softmax: folded into the loss).
 * @param {string} activation @param {number} slope leaky ReLU's
 * @returns {string | null}
 */
export function activationDerivative(activation, slope) {
  const t = ACTIVATION_TEX[activation];
  if (!t.df) return null;
  const df = typeof t.df === 'function' ? t.df(num(slope)) : t.df;
  return `${t.name}'(z) = ${df}`;
}

/**
 * Mean loss over the m examples of a batch, in terms of A^{[L]} and Y.
 * @param {string} loss @param {number} L the output layer @param {number} outputs its units
 * @returns {string}
 */
export function lossTex(loss, L, outputs) {
  const a = `a^{[${L}](i)}`;
  if (loss === 'binary_cross_entropy') {
    const sumK = outputs > 1 ? '\\sum_{k=1}^{' + outputs + '}' : '';
    const k = outputs > 1 ? '_k' : '';
    return `-\\frac{1}{m} \\sum_{i=1}^{m} ${sumK}\\Big[ y${k}^{(i)} \\log ${a}${k} + (1 - y${k}^{(i)}) \\log (1 - ${a}${k}) \\Big]`;
  }
  if (loss === 'categorical_cross_entropy') {
    return `-\\frac{1}{m} \\sum_{i=1}^{m} \\sum_{k=1}^{${outputs}} y_k^{(i)} \\log ${a}_k`;
  }
  return `\\frac{1}{m} \\sum_{i=1}^{m} \\frac{1}{${outputs}} \\big\\lVert ${a} - y^{(i)} \\big\\rVert^2`;
}

/** Each loss's name in English, the id of its translation (shown with t(LOSS_NAMES[loss])). @type {Record<string, string>} */
export const LOSS_NAMES = {
  binary_cross_entropy: msg('binary cross-entropy'), categorical_cross_entropy: msg('categorical cross-entropy'), mse: msg('mean squared error'),
};
