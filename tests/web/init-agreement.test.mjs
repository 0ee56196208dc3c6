// Weight initialization says the same everywhere: the label the page shows, the math card,
// the exported Keras and PyTorch code, and the weights the engine draws. For each choice,
// the spread of the drawn weights is checked against the spread the label states.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nn, iris } from '../bindings/helpers.mjs';
import { PROP } from '../../web/core/state.js';
import { mathSections } from '../../web/teaching/math-model.js';
import { exportCode } from '../../web/export/code-export.js';
import { runPython } from './python.mjs';

const INPUTS = 4;   // iris
const UNITS = 300;  // 1,200 first-layer weights: their sample sd is within 4 % of sigma (2 sd)
const SCALE = 0.05;

// Per choice: what its label must say, and the standard deviation that implies for a
// layer with n inputs and `units` units.
const EXPECTED = {
  he: { label: /randn·√\(2\/n\)/, sd: (n) => Math.sqrt(2 / n) },
  lecun: { label: /randn·√\(1\/n\)/, sd: (n) => Math.sqrt(1 / n) },
  normal: { label: /randn × scale/, sd: () => SCALE },
  xavier: { label: /Xavier\/Glorot uniform/, sd: (n, units) => Math.sqrt(6 / (n + units)) / Math.sqrt(3) },
  uniform: { label: /Uniform ±1\/√n/, sd: (n) => 1 / Math.sqrt(n) / Math.sqrt(3) },
};

function spread(values) {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
}

test('every initialization the page offers is tested here', () => {
  assert.deepEqual(Object.keys(PROP.init.options).sort(), Object.keys(EXPECTED).sort());
});

for (const [init, expected] of Object.entries(EXPECTED)) {
  test(`init ${init}: label, drawn weights, math card and exported code agree`, () => {
    assert.match(PROP.init.options[init], expected.label);
    const pg = nn.createPlayground();
    try {
      pg.loadCsv(iris, { seed: 1 });
      const config = pg.configure({ hidden_layers: [{ units: UNITS, activation: 'tanh' }], init, init_scale: SCALE, seed: 5 });
      const [first] = pg.weights();
      const sd = spread(Array.from(first.W));
      const want = expected.sd(INPUTS, UNITS);
      assert.ok(Math.abs(sd / want - 1) < 0.08, `${init}: drawn sd ${sd}, the label says ${want}`);

      const [section] = mathSections({ config, inputs: INPUTS, output: { units: 3, activation: 'softmax', loss: 'categorical_cross_entropy' } });
      assert.equal(section.id, 'init');
      assert.equal(section.items.length, 3, 'one line per layer and one for the biases');

      // The exported code's initializer, evaluated by Python, gives the same spread.
      pg.configure({ ...config, learning_rate: 1e-6, epochs: 1 });
      pg.trainEpochs(1);
      const code = exportCode(JSON.parse(pg.exportModel()));
      const keras = /Dense\(300, activation="tanh", kernel_initializer=([^\n]*?), name="hidden_1"\)/.exec(code.keras)?.[1];
      assert.ok(keras, 'the first Keras layer names its initializer');
      const torch = /# {9}(nn\.init\.[a-z_]+\(layer\.weight[^\n]*)/.exec(code.pytorch)?.[1];
      assert.ok(torch, 'the PyTorch code draws the weights');
      const sds = JSON.parse(runPython(['-c', `
import json
stats = {}
def RandomNormal(stddev): return stddev
def RandomUniform(lo, hi): return (hi - lo) / (12 ** 0.5)
class keras: pass
class initializers: pass
keras.initializers = initializers
initializers.RandomNormal = RandomNormal
initializers.RandomUniform = RandomUniform
k = eval(${JSON.stringify(keras)}.replace('"glorot_uniform"', '(6 / (4 + 300)) ** 0.5 / 3 ** 0.5'))
class layer:
    in_features = 4
    out_features = 300
    weight = None
class nn: pass
class init: pass
nn.init = init
init.normal_ = lambda w, std: std
init.uniform_ = lambda w, lo, hi: (hi - lo) / (12 ** 0.5)
init.xavier_uniform_ = lambda w: (6 / (layer.in_features + layer.out_features)) ** 0.5 / 3 ** 0.5
t = eval(${JSON.stringify(torch)})
print(json.dumps([k, t]))
`]));
      for (const [framework, value] of [['keras', sds[0]], ['pytorch', sds[1]]]) {
        assert.ok(Math.abs(value / want - 1) < 1e-9, `${init}: the ${framework} code draws with sd ${value}, not ${want}`);
      }
    } finally {
      pg.dispose();
    }
  });
}
