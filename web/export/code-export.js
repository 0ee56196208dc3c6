// Export as code: a trained model (Playground.exportModel()'s JSON) as a self-contained
// NumPy script that predicts from raw rows, plus Keras and PyTorch snippets that build
// the same network with its weights (code-export-frameworks.js).
import { readModel, py, shortFloat, npArray, comment, architecture, deriveSource } from './python-source.js';
import { kerasSnippet, pytorchSnippet } from './code-export-frameworks.js';

export { kerasSnippet, pytorchSnippet };

/**
 * @typedef {import('./python-source.js').Model} Model
 * @typedef {import('./python-source.js').ModelInput} ModelInput
 * @typedef {{trainRows?: number, exampleRows?: unknown[][]}} ExportOptions trainRows: the training
 *   rows N (the L2 term's m, the full batch's size)
 */

/**
 * {numpy, keras, pytorch}: the three exports as Python source text.
 * @param {string | Model} modelJson exportModel()'s text, or the model
 * @param {ExportOptions} [options]
 * @returns {{numpy: string, keras: string, pytorch: string}}
 */
export function exportCode(modelJson, options = {}) {
  const model = readModel(modelJson);
  return { numpy: numpyScript(model, options), keras: kerasSnippet(model, options), pytorch: pytorchSnippet(model, options) };
}

// A row of typical values: numeric means, the most frequent category, "" for ignored columns.
/** @param {ModelInput[]} inputs */
function typicalRow(inputs) {
  return inputs.map((c) => (c.kind === 'numeric' ? Number((c.fill_value ?? 0).toPrecision(4))
    : c.kind === 'categorical' ? c.categories[c.fill_category ?? 0] : ''));
}

// Early stopping restored an earlier epoch's weights: the docstring says whose they are.
/** @param {Model} model */
function keptNote(model) {
  const kept = model.weights_of_epoch;
  return kept !== undefined && kept !== model.epochs_trained ? `; the weights are epoch ${kept}'s, restored by early stopping` : '';
}

function header(model, classification) {
  const p = model.preprocessing;
  const what = classification ? `classifies into ${model.class_names.length} classes` : 'predicts ' +
    (model.target_names?.length ? model.target_names.join(', ') : 'the target');
  return `#!/usr/bin/env python3
"""An nnplay model in plain NumPy: ${architecture(model)}; it ${what}.
Trained for ${model.epochs_trained ?? 0} epochs${keptNote(model)}. Needs only NumPy.

    python3 model.py data.csv   # one prediction per row of a CSV whose header names the columns
    python3 model.py            # the prediction for the example rows at the end

Or import it: ${classification ? 'predict(rows) returns the predicted labels and predict_proba(rows)\nthe class probabilities' : 'predict(rows) returns the predictions'}; rows are raw values as in your CSV, one per
input column (${p.inputs.map((c) => c.name).join(', ')}), strings for categorical columns.
"""
import csv
import sys

import numpy as np
`;
}

function preprocessingBlock(model) {
  const p = model.preprocessing;
  const inputs = p.inputs.map((c) => {
    const o = { name: c.name, kind: c.kind };
    if (c.kind === 'numeric') o.fill_value = c.fill_value ?? 0;
    if (c.kind === 'categorical') { o.categories = c.categories; o.fill_category = c.fill_category ?? 0; }
    return `    ${py(o)},`;
  });
  return `
# The input columns in order, and how each raw value becomes features: a number, or one
# 0/1 feature per category (one-hot, in this order). Ignored columns are skipped.
INPUTS = [
${inputs.join('\n')}
]
# Where the target sat among the CSV's columns (-1: unknown); a row may still include it.
TARGET_POSITION = ${p.target_position ?? -1}
# "drop_rows": a missing value is an error; "impute": filled with fill_value / fill_category.
MISSING = ${py(p.missing)}
# Scaling (${p.scaling}) fitted on the training rows: x_scaled = (x - OFFSET) * SCALE.
OFFSET = ${npArray(p.offset)}
SCALE = ${npArray(p.scale)}
MISSING_TOKENS = {"", "na", "n/a", "#n/a", "nan", "null", "?"}
${deriveSource(p.derived ?? [])}`;
}

function layersBlock(model) {
  const layers = model.layers.map((l, i) => `    {  # layer ${i + 1}: ${l.units} ${l.activation} units` +
    `${l.keep_prob < 1 ? ` (dropout keep ${shortFloat(l.keep_prob)} while training only)` : ''}
        "activation": ${py(l.activation)},
        "W": ${npArray(l.weights, '        ')},
        "b": ${npArray(l.biases)},
    },`);
  return `
# The network: Z[l] = W[l]·A[l-1] + b[l], A[l] = f(Z[l]), A[0] the scaled inputs.
# W[l] is units x inputs; with one example per row, Z = A_prev @ W.T + b.
LEAKY_SLOPE = ${py(shortFloat(model.leaky_slope ?? 0.01))}
LAYERS = [
${layers.join('\n')}
]
`;
}

function targetBlock(model, classification) {
  if (classification) return `CLASS_NAMES = ${py(model.class_names)}\n`;
  const p = model.preprocessing;
  const names = model.target_names?.length ? model.target_names : ['target'];
  if (!p.target_offset?.length) return `TARGET_NAMES = ${py(names)}\nTARGET_OFFSET = 0.0\nTARGET_SCALE = 1.0\n`;
  return `TARGET_NAMES = ${py(names)}
# The network predicts scaled targets, (t - TARGET_OFFSET) * TARGET_SCALE; predict() undoes it.
TARGET_OFFSET = ${npArray(p.target_offset)}
TARGET_SCALE = ${npArray(p.target_scale)}
`;
}

const FUNCTIONS = `

def _missing(value):
    if value is None or (isinstance(value, float) and value != value):
        return True
    return isinstance(value, str) and value.strip(" \\t").lower() in MISSING_TOKENS


def _category(column, value, row):
    if isinstance(value, str):
        text = value.strip(" \\t")
    else:  # a number names a category as its shortest text: 3.0 -> "3"
        v = float(value)
        text = str(int(v)) if v == int(v) and abs(v) < 1e9 else repr(v)
    if text not in column["categories"]:
        raise ValueError(f"row {row}, column {column['name']!r}: {text!r} is not one of the categories seen in "
                         f"training {column['categories']}")
    return column["categories"].index(text)


def encode(rows):
    """Raw rows -> the network's inputs, one scaled feature vector per row (derived inputs last)."""
    features = []
    for r, row in enumerate(rows, start=1):
        row = list(row)
        if TARGET_POSITION >= 0 and len(row) == len(INPUTS) + 1:
            del row[TARGET_POSITION]
        if len(row) != len(INPUTS):
            raise ValueError(f"row {r} has {len(row)} values; the model takes {len(INPUTS)} "
                             f"({', '.join(c['name'] for c in INPUTS)})")
        x = []
        for column, value in zip(INPUTS, row):
            if column["kind"] == "ignored":
                continue
            missing = _missing(value)
            if missing and MISSING != "impute":
                raise ValueError(f"row {r}, column {column['name']!r}: the value is missing")
            if column["kind"] == "numeric":
                x.append(column["fill_value"] if missing else float(value))
            else:
                k = column["fill_category"] if missing else _category(column, value, r)
                x.extend(1.0 if i == k else 0.0 for i in range(len(column["categories"])))
        features.append(x)
    x = np.array(features, dtype=np.float64).reshape(len(features), len(OFFSET))
    return derive((x - OFFSET) * SCALE)


def _softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


ACTIVATIONS = {
    "relu": lambda z: np.maximum(z, 0.0),
    "leaky_relu": lambda z: np.where(z > 0, z, LEAKY_SLOPE * z),
    "tanh": np.tanh,
    "sigmoid": lambda z: 1.0 / (1.0 + np.exp(-z)),
    "linear": lambda z: z,
    "softmax": _softmax,
}


def forward(x):
    """The output layer's activations for scaled inputs x (one row per example)."""
    a = x
    for layer in LAYERS:
        z = a @ layer["W"].T + layer["b"]
        a = ACTIVATIONS[layer["activation"]](z)
    return a
`;

const CLASSIFY = `

def predict_proba(rows):
    """The network's outputs: class probabilities (for one sigmoid unit, one column: P(CLASS_NAMES[1]))."""
    return forward(encode(rows))


def predict(rows):
    """The predicted label of every row."""
    p = predict_proba(rows)
    k = (p[:, 0] > 0.5).astype(int) if p.shape[1] == 1 else p.argmax(axis=1)
    return [CLASS_NAMES[i] for i in k]


def _report(rows):
    p = predict_proba(rows)
    names = [CLASS_NAMES[1]] if p.shape[1] == 1 else CLASS_NAMES
    print(",".join(["prediction"] + [f"p({n})" for n in names]))
    for label, probs in zip(predict(rows), p):
        print(",".join([label] + [f"{v:.6g}" for v in probs]))
`;

const REGRESS = `

def predict(rows):
    """Predictions in the target's units, one row per input row."""
    return forward(encode(rows)) / TARGET_SCALE + TARGET_OFFSET


def _report(rows):
    print(",".join(TARGET_NAMES))
    for values in predict(rows):
        print(",".join(f"{v:.6g}" for v in values))
`;

const MAIN = `

def read_csv(path):
    """A CSV's rows, the model's input columns picked by the header's names when it has them all."""
    with open(path, newline="") as f:
        table = list(csv.reader(f))
    header, body = table[0], [row for row in table[1:] if row]
    names = [c["name"] for c in INPUTS]
    if all(n in header for n in names):
        return [[row[header.index(n)] for n in names] for row in body]
    return body


if __name__ == "__main__":
    _report(read_csv(sys.argv[1]) if len(sys.argv) > 1 else EXAMPLE_ROWS)
`;

/**
 * The NumPy script. options.exampleRows: raw rows for its example (default: one row of
 * typical values, numeric means and most frequent categories).
 * @param {string | Model} modelJson
 * @param {ExportOptions} [options]
 * @returns {string}
 */
export function numpyScript(modelJson, options = {}) {
  const model = readModel(modelJson);
  const classification = model.task === 'classification';
  const example = options.exampleRows ?? [typicalRow(model.preprocessing.inputs)];
  return [
    header(model, classification),
    preprocessingBlock(model),
    layersBlock(model),
    targetBlock(model, classification),
    FUNCTIONS,
    classification ? CLASSIFY : REGRESS,
    `\n${comment('Raw rows, as in the CSV (one value per input column).')}\nEXAMPLE_ROWS = ${py(example)}\n`,
    MAIN,
  ].join('');
}
