// Shared by the code exporters: reading an nnplay-model, and writing JS values as
// Python source (literals, NumPy arrays, comments) that round-trips every number.
// The source stays English; only the errors, shown on the page, are in its language.
import { t } from '../i18n/text.js';

/**
 * An nnplay-model file (engine/io/model_json.cpp), as Playground.exportModel() writes it:
 * each layer's W as rows (units x inputs), the preprocessing that turns raw columns into
 * the network's inputs, and the training configuration (engine/io/config_json.hpp).
 * @typedef {{name: string, kind: 'numeric', fill_value: number}
 *   | {name: string, kind: 'categorical', categories: string[], fill_category: number}
 *   | {name: string, kind: 'ignored'}} ModelInput a raw column: a number, one-hot categories, or left out
 * @typedef {{inputs: ModelInput[], target_position: number, missing: string, scaling: string, offset: number[],
 *   scale: number[], target_offset?: number[], target_scale?: number[], derived?: string[]}} Preprocessing
 * @typedef {{units: number, activation: string, keep_prob: number, weights: number[][], biases: number[]}} ModelLayer
 * @typedef {{format: 'nnplay-model', version: number, task: 'classification' | 'regression', loss: string,
 *   leaky_slope: number, inputs: number, layers: ModelLayer[], feature_names: string[], class_names: string[],
 *   target_names: string[], preprocessing: Preprocessing, config: Record<string, any>, epochs_trained: number,
 *   weights_of_epoch?: number}} Model
 */

/**
 * The model object from exportModel()'s JSON text or an already parsed object.
 * @param {string | object} jsonOrObject
 * @returns {Model}
 */
export function readModel(jsonOrObject) {
  const m = typeof jsonOrObject === 'string' ? JSON.parse(jsonOrObject) : jsonOrObject;
  if (!m || m.format !== 'nnplay-model') throw new Error(t('not an nnplay model (format must be "nnplay-model")'));
  if (!Array.isArray(m.layers) || m.layers.length === 0) throw new Error(t('the model has no layers'));
  return m;
}

// JS's shortest round-trip form reads back as the same double in Python.
/** @param {number} v */
function pyNumber(v) {
  if (!Number.isFinite(v)) throw new Error(t('cannot export the non-finite number {value}', { value: String(v) }));
  return String(v);
}

/** The shortest decimal that reads back as the same float32: 0.8, not 0.800000011920929. @param {number} v @returns {number} */
export function shortFloat(v) {
  for (let p = 1; p <= 9; ++p) {
    const short = Number(v.toPrecision(p));
    if (Math.fround(short) === Math.fround(v)) return short;
  }
  return v;
}

/**
 * A Python literal for a JSON-like value (None, True/False, numbers, strings, lists, dicts).
 * @param {unknown} value
 * @returns {string}
 */
export function py(value) {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return pyNumber(value);
  // JSON string escapes (\", \\, \n, \uXXXX) are valid in Python strings too.
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(py).join(', ')}]`;
  return `{${Object.entries(/** @type {object} */ (value)).map(([k, v]) => `${JSON.stringify(k)}: ${py(v)}`).join(', ')}}`;
}

/**
 * np.array(...) of a vector or a matrix (list of rows), one row per line, indented.
 * @param {number[] | number[][]} values
 * @param {string} [indent]
 * @returns {string}
 */
export function npArray(values, indent = '    ') {
  if (values.length === 0) return 'np.zeros(0)';
  if (!Array.isArray(values[0])) return `np.array(${py(values)})`;
  const rows = values.map((row) => `${indent}    ${py(row)},`).join('\n');
  return `np.array([\n${rows}\n${indent}])`;
}

/** Python comment lines from text (every line prefixed with "# "). @param {string} text @param {string} [indent] @returns {string} */
export function comment(text, indent = '') {
  return text.split('\n').map((l) => `${indent}# ${l}`.trimEnd()).join('\n');
}

/** @type {Record<string, string>} */
export const ACTIVATION_NAMES = {
  relu: 'ReLU', tanh: 'tanh', sigmoid: 'sigmoid', leaky_relu: 'leaky ReLU', linear: 'linear', softmax: 'softmax',
};

/** "4 inputs → 8 ReLU → 3 softmax" @param {Pick<Model, 'inputs' | 'layers'>} model @returns {string} */
export function architecture(model) {
  const parts = [`${model.inputs} inputs`, ...model.layers.map((l) => `${l.units} ${ACTIVATION_NAMES[l.activation] ?? l.activation}`)];
  return parts.join(' → ');
}

/**
 * The feature names the network's inputs are, in order ("color=red" for one-hot features).
 * @param {Pick<Model, 'inputs' | 'feature_names'>} model
 * @returns {string[]}
 */
export function featureNames(model) {
  if (Array.isArray(model.feature_names) && model.feature_names.length === model.inputs) return model.feature_names;
  return Array.from({ length: model.inputs }, (_, i) => `x${i + 1}`);
}

/**
 * The training configuration's batch size for a fit() call, as Python source.
 * @param {{batch_size?: number} | undefined} config
 * @param {number} trainRows
 * @returns {string}
 */
export function batchSizeText(config, trainRows) {
  const b = config?.batch_size ?? 32;
  if (b !== 0) return String(b);
  return trainRows ? String(trainRows) : 'len(X_train)';
}

/**
 * The L2 penalty's coefficient in the frameworks' terms. nnplay's cost adds
 * λ/(2m) Σ W² (m: training rows), so its gradient adds (λ/m) W: Keras' l2(c) adds
 * c Σ W² (c = λ/(2m)), PyTorch's weight_decay adds wd W to the gradient (wd = λ/m).
 * @param {{l2?: number} | undefined} config
 * @param {number} trainRows
 * @returns {{keras: string, torch: string} | null}
 */
export function l2Coefficients(config, trainRows) {
  const l2 = config?.l2 ?? 0;
  if (!(l2 > 0)) return null;
  if (!trainRows) return null;
  return { keras: pyNumber(l2 / (2 * trainRows)), torch: pyNumber(l2 / trainRows) };
}

/**
 * The L1 penalty's coefficient: nnplay's cost adds (λ₁/m) Σ|W| (m: training rows), its
 * gradient (λ₁/m)·sign(W): Keras' l1(c) adds c Σ|W| and PyTorch's added gradient is
 * c·sign(W), both with c = λ₁/m.
 * @param {{l1?: number} | undefined} config
 * @param {number} trainRows
 * @returns {string | null}
 */
export function l1Coefficient(config, trainRows) {
  const l1 = config?.l1 ?? 0;
  if (!(l1 > 0) || !trainRows) return null;
  return pyNumber(l1 / trainRows);
}

/**
 * Python source of derive(x): nnplay's derived inputs (the model's preprocessing.derived)
 * appended as columns to the scaled inputs x, computed from its first two columns.
 * @param {string[]} derived
 * @returns {string}
 */
export function deriveSource(derived) {
  return `# Inputs derived from the two scaled inputs x1, x2, appended in this order before the first layer.
DERIVED = ${py(derived)}


def derive(x):
    """The scaled inputs (one row per example) with the derived inputs as extra columns."""
    if not DERIVED:
        return x
    x1, x2 = x[:, 0], x[:, 1]
    columns = {"x1sq": x1 ** 2, "x2sq": x2 ** 2, "x1x2": x1 * x2, "sinx1": np.sin(x1), "sinx2": np.sin(x2)}
    return np.column_stack([x] + [columns[name] for name in DERIVED])
`;
}
