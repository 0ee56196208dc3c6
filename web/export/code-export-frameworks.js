// The Keras and PyTorch snippets of "export as code": the same architecture with the
// trained weights loaded, and the training settings in each framework's names.
import {
  readModel, py, shortFloat, npArray, comment, architecture, featureNames, batchSizeText, l2Coefficients, l1Coefficient, deriveSource,
} from './python-source.js';

/** @type {Record<string, string>} */
const KERAS_LOSS = { categorical_cross_entropy: '"categorical_crossentropy"', binary_cross_entropy: '"binary_crossentropy"', mse: '"mse"' };
/** @type {Record<string, string>} */
const KERAS_ACT = { relu: 'relu', tanh: 'tanh', sigmoid: 'sigmoid', softmax: 'softmax', linear: 'linear' };
/** @type {Record<string, string>} */
const TORCH_ACT = { relu: 'nn.ReLU()', tanh: 'nn.Tanh()', sigmoid: 'nn.Sigmoid()', softmax: 'nn.Softmax(dim=1)' };

function inputsNote(model) {
  const p = model.preprocessing;
  const names = featureNames(model);
  const derived = p?.derived?.length ? `,
then derive(x_scaled) appends the last ${p.derived.length} inputs, computed from the two scaled ones` : '';
  return comment(`Inputs: ${names.length} scaled features in this order: ${names.join(', ')}.
Raw values become features as in the NumPy export's encode(): categorical columns one-hot,
then x_scaled = (x - OFFSET) * SCALE (scaling "${p?.scaling ?? 'none'}", fitted on the training rows)${derived}.`);
}

function scalingArrays(model) {
  const p = model.preprocessing;
  if (!p?.offset) return '';
  return `OFFSET = ${npArray(p.offset)}\nSCALE = ${npArray(p.scale)}\n${p.derived?.length ? `${deriveSource(p.derived)}\n` : ''}`;
}

// The scaled inputs as the network takes them, in a prediction comment.
/** @param {Model} model */
const networkInputs = (model) => (model.preprocessing?.derived?.length ? 'derive((features - OFFSET) * SCALE)' : '(features - OFFSET) * SCALE');

function weightsList(model) {
  const rows = model.layers.map((l) => `    (${npArray(l.weights, '    ')},\n     ${npArray(l.biases)}),`);
  return `WEIGHTS = [  # (W, b) per layer; W is units x inputs, as in Z = W·A_prev + b\n${rows.join('\n')}\n]\n`;
}

function targetNote(model) {
  const p = model.preprocessing;
  if (model.task === 'classification') return comment(`Outputs: ${model.layers.at(-1).units === 1 ? `P(${model.class_names[1]})` : 'the probabilities of'} ${py(model.class_names)}.`);
  if (!p?.target_offset?.length) return comment('Outputs: the predicted targets.');
  return comment('Outputs: scaled targets; in the target\'s units: output / TARGET_SCALE + TARGET_OFFSET.') +
    `\nTARGET_OFFSET = ${npArray(p.target_offset)}\nTARGET_SCALE = ${npArray(p.target_scale)}\n`;
}

// How nnplay drew the first weights (engine/nn/init.cpp), n the layer's inputs: in Keras per
// layer, in PyTorch over every nn.Linear. Biases start at zero in both, as in nnplay.
function kerasInitializer(c, inputs) {
  const n = `${inputs}`;
  switch (c.init) {
    case 'normal': return `keras.initializers.RandomNormal(stddev=${py(c.init_scale ?? 0.01)})`;
    case 'lecun': return `keras.initializers.RandomNormal(stddev=(1 / ${n}) ** 0.5)`;
    case 'xavier': return '"glorot_uniform"';
    case 'uniform': return `keras.initializers.RandomUniform(-(1 / ${n}) ** 0.5, (1 / ${n}) ** 0.5)`;
    default: return `keras.initializers.RandomNormal(stddev=(2 / ${n}) ** 0.5)`;
  }
}

function torchInit(c) {
  const n = 'layer.in_features';
  switch (c.init) {
    case 'normal': return `nn.init.normal_(layer.weight, std=${py(c.init_scale ?? 0.01)})`;
    case 'lecun': return `nn.init.normal_(layer.weight, std=(1 / ${n}) ** 0.5)`;
    case 'xavier': return 'nn.init.xavier_uniform_(layer.weight)';
    case 'uniform': return `nn.init.uniform_(layer.weight, -(1 / ${n}) ** 0.5, (1 / ${n}) ** 0.5)`;
    default: return `nn.init.normal_(layer.weight, std=(2 / ${n}) ** 0.5)`;
  }
}

function kerasOptimizer(c) {
  const lr = `learning_rate=${py(c.learning_rate)}`;
  switch (c.optimizer) {
    case 'sgd': return `keras.optimizers.SGD(${lr})`;
    case 'momentum': return `keras.optimizers.SGD(${lr}, momentum=${py(c.momentum)})`;
    case 'nesterov': return `keras.optimizers.SGD(${lr}, momentum=${py(c.momentum)}, nesterov=True)`;
    case 'adagrad': return `keras.optimizers.Adagrad(${lr}, initial_accumulator_value=0.0, epsilon=${py(c.epsilon)})`;
    case 'rmsprop': return `keras.optimizers.RMSprop(${lr}, rho=${py(c.rho)}, epsilon=${py(c.epsilon)})`;
    default: return `keras.optimizers.Adam(${lr}, beta_1=${py(c.beta1)}, beta_2=${py(c.beta2)}, epsilon=${py(c.epsilon)})`;
  }
}

function torchOptimizer(c, weightDecay) {
  const lr = `lr=${py(c.learning_rate)}`;
  const wd = weightDecay ? `, weight_decay=${weightDecay}` : '';
  switch (c.optimizer) {
    case 'sgd': return `torch.optim.SGD(model.parameters(), ${lr}${wd})`;
    case 'momentum': return `torch.optim.SGD(model.parameters(), ${lr}, momentum=${py(c.momentum)}${wd})`;
    case 'nesterov': return `torch.optim.SGD(model.parameters(), ${lr}, momentum=${py(c.momentum)}, nesterov=True${wd})`;
    case 'adagrad': return `torch.optim.Adagrad(model.parameters(), ${lr}, eps=${py(c.epsilon)}${wd})`;
    case 'rmsprop': return `torch.optim.RMSprop(model.parameters(), ${lr}, alpha=${py(c.rho)}, eps=${py(c.epsilon)}${wd})`;
    default: return `torch.optim.Adam(model.parameters(), ${lr}, betas=(${py(c.beta1)}, ${py(c.beta2)}), eps=${py(c.epsilon)}${wd})`;
  }
}

// The schedule's factor of the learning rate for the 0-based `epoch`, in Python.
function scheduleFactor(c) {
  if (c.schedule === 'step') return `${py(c.decay)} ** (epoch // ${c.decay_epochs})`;
  if (c.schedule === 'inverse') return `1 / (1 + ${py(c.decay)} * epoch)`;
  return null;
}

function l2Note(c, trainRows) {
  if (!(c.l2 > 0)) return '';
  return comment(`nnplay's L2 term adds λ/(2m) ΣW² to the cost (λ = ${c.l2}, m = training rows${trainRows ? ` = ${trainRows}` : ''}).`) + '\n';
}

function l1Note(c, trainRows) {
  if (!(c.l1 > 0)) return '';
  return comment(`nnplay's L1 term adds (λ₁/m) Σ|W| to the cost (λ₁ = ${c.l1}, m = training rows${trainRows ? ` = ${trainRows}` : ''}).`) + '\n';
}

// The Keras kernel regularizer for nnplay's penalties, or ''.
function kerasRegularizer(c, trainRows) {
  const l2 = trainRows ? l2Coefficients(c, trainRows) : null;
  const l1 = l1Coefficient(c, trainRows);
  if (l1) return `, kernel_regularizer=keras.regularizers.l1_l2(l1=${l1}, l2=${l2?.keras ?? 0})`;
  return l2 ? `, kernel_regularizer=keras.regularizers.l2(${l2.keras})` : '';
}

// PyTorch has no L1 option: its gradient (λ₁/m)·sign(W) is added after backward().
function torchL1(c, trainRows) {
  const l1 = l1Coefficient(c, trainRows);
  if (!l1) return '';
  return `L1 = ${l1}  # λ₁/m


def add_l1_gradient():
    """nnplay's L1 term: call after loss.backward(); dW += (λ₁/m)·sign(W), biases not penalized."""
    with torch.no_grad():
        for layer in linear:
            layer.weight.grad += L1 * torch.sign(layer.weight)
`;
}

/**
 * @typedef {import('./python-source.js').Model} Model
 * @typedef {import('./python-source.js').ModelLayer} ModelLayer
 */

/**
 * Keras (tf.keras 2 or Keras 3): Sequential model, weights set, compile() with nnplay's settings.
 * @param {string | Model} modelJson
 * @param {{trainRows?: number}} [options]
 * @returns {string}
 */
export function kerasSnippet(modelJson, { trainRows = 0 } = {}) {
  const model = readModel(modelJson);
  const c = model.config ?? {};
  const reg = kerasRegularizer(c, trainRows);
  const layers = [`    keras.Input(shape=(${model.inputs},)),`];
  let previous = model.inputs;
  model.layers.forEach((l, i) => {
    const name = i === model.layers.length - 1 ? 'output' : `hidden_${i + 1}`;
    const init = `, kernel_initializer=${kerasInitializer(c, previous)}`;
    previous = l.units;
    if (l.activation === 'leaky_relu') {
      layers.push(`    keras.layers.Dense(${l.units}${init}${reg}, name="${name}"),`,
        `    keras.layers.LeakyReLU(${py(shortFloat(model.leaky_slope ?? c.leaky_slope ?? 0.01))}),  # slope for z < 0`);
    } else {
      layers.push(`    keras.layers.Dense(${l.units}, activation="${KERAS_ACT[l.activation]}"${init}${reg}, name="${name}"),`);
    }
    if (l.keep_prob < 1) layers.push(`    keras.layers.Dropout(${py(shortFloat(1 - shortFloat(l.keep_prob)))}),  # rate = 1 - keep probability ${shortFloat(l.keep_prob)}`);
  });
  const schedule = scheduleFactor(c);
  const callbacks = schedule ? `callbacks=[keras.callbacks.LearningRateScheduler(lambda epoch, lr: ${py(c.learning_rate)} * ${schedule})], ` : '';
  return `${comment(`Keras: the nnplay model ${architecture(model)}, with its trained weights.`)}
${inputsNote(model)}
import numpy as np
from tensorflow import keras

${scalingArrays(model)}${targetNote(model)}

model = keras.Sequential([
${layers.join('\n')}
])

${weightsList(model)}
# A Keras kernel is inputs x units: the transpose of nnplay's W.
dense = [layer for layer in model.layers if isinstance(layer, keras.layers.Dense)]
for layer, (W, b) in zip(dense, WEIGHTS):
    layer.set_weights([W.T, b])

# predictions = model.predict(${networkInputs(model)})

# To train on with nnplay's settings (${c.epochs ?? '?'} epochs, mini-batch size = batch_size):
${l1Note(c, trainRows)}${l2Note(c, trainRows)}model.compile(optimizer=${kerasOptimizer(c)},
              loss=${KERAS_LOSS[model.loss] ?? '"mse"'}, metrics=[${model.task === 'classification' ? '"accuracy"' : '"mse"'}])
# model.fit(X_train, Y_train, batch_size=${batchSizeText(c, trainRows)}, epochs=${c.epochs ?? 100}, ${callbacks}validation_data=(X_val, Y_val))
`;
}

/**
 * PyTorch: nn.Sequential, weights copied (nn.Linear's weight has nnplay's layout), optimizer.
 * @param {string | Model} modelJson
 * @param {{trainRows?: number}} [options]
 * @returns {string}
 */
export function pytorchSnippet(modelJson, { trainRows = 0 } = {}) {
  const model = readModel(modelJson);
  const c = model.config ?? {};
  const l2 = trainRows ? l2Coefficients(c, trainRows) : null;
  const modules = [];
  let previous = model.inputs;
  for (const l of model.layers) {
    modules.push(`    nn.Linear(${previous}, ${l.units}),`);
    if (l.activation === 'leaky_relu') modules.push(`    nn.LeakyReLU(negative_slope=${py(shortFloat(model.leaky_slope ?? c.leaky_slope ?? 0.01))}),`);
    else if (TORCH_ACT[l.activation]) modules.push(`    ${TORCH_ACT[l.activation]},`);
    if (l.keep_prob < 1) modules.push(`    nn.Dropout(p=${py(shortFloat(1 - shortFloat(l.keep_prob)))}),  # p = 1 - keep probability ${shortFloat(l.keep_prob)}`);
    previous = l.units;
  }
  const out = /** @type {ModelLayer} */ (model.layers.at(-1)).activation;
  const logits = out === 'softmax' || out === 'sigmoid';
  const lossFn = model.loss === 'categorical_cross_entropy' ? 'nn.CrossEntropyLoss()  # on logits, targets as class indices'
    : model.loss === 'binary_cross_entropy' ? 'nn.BCEWithLogitsLoss()  # on logits, targets 0/1' : 'nn.MSELoss()';
  const schedule = scheduleFactor(c);
  return `${comment(`PyTorch: the nnplay model ${architecture(model)}, with its trained weights.`)}
${inputsNote(model)}
import numpy as np
import torch
from torch import nn

${scalingArrays(model)}${targetNote(model)}

model = nn.Sequential(
${modules.join('\n')}
)

${weightsList(model)}
# nn.Linear's weight is out_features x in_features: the same layout as nnplay's W.
linear = [m for m in model if isinstance(m, nn.Linear)]
with torch.no_grad():
    for layer, (W, b) in zip(linear, WEIGHTS):
        layer.weight.copy_(torch.tensor(W, dtype=torch.float32))
        layer.bias.copy_(torch.tensor(b, dtype=torch.float32))
model.eval()  # predictions: dropout off

# outputs = model(torch.tensor(${networkInputs(model)}, dtype=torch.float32))

# To train on with nnplay's settings (${c.epochs ?? '?'} epochs, batch size ${batchSizeText(c, trainRows)}):
${l1Note(c, trainRows)}${l2Note(c, trainRows)}# To start from fresh weights drawn as nnplay draws them:
# with torch.no_grad():
#     for layer in linear:
#         ${torchInit(c)}
#         nn.init.zeros_(layer.bias)
${l2 ? comment(`weight_decay = λ/m; it also decays the biases, which nnplay's L2 leaves alone.`) + '\n' : ''}optimizer = ${torchOptimizer(c, l2?.torch)}
${schedule ? `scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda epoch: ${schedule})  # scheduler.step() once per epoch\n` : ''}loss_fn = ${lossFn}
${logits ? `logits = model[:-1]  # the network without its ${out}: the loss applies it itself\n` : ''}${torchL1(c, trainRows)}`;
}
