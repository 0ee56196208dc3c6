// The browser half of bench/compare.mjs: nnplay (wasm SIMD and scalar) and TensorFlow.js
// (wasm backend, SIMD, 1 thread) on the same network and data, in one page, interleaved.
// compare.mjs drives it through window.bench: setup(options), warmup(n), round().
//
// nnplay runs as the page's worker runs it: pg.trainEpochs(1) per epoch (shuffled
// mini-batches, then the loss and accuracy on the training rows), pg.predict(rows, n).
// TF.js gets the same work: each epoch shuffles (same policy), steps with
// optimizer.minimize over batch tensors made from JS arrays (never sliced from a big
// tensor), then computes the loss and accuracy on all training rows; predict = the
// rows from the JS array into a tensor, the forward pass + softmax over them, read back
// with dataSync. A second TF.js
// loop, "fixed batches", makes its batch tensors once before timing and never reshuffles
// (its fastest loop; a different batch-order policy, reported for reference only).
/* global tf */
import { loadNnplay } from '/build/wasm/nnplay/nnplay.mjs';
import { mulberry32 } from './mulberry32.mjs';

const now = () => performance.now() / 1000;
let S;  // state

// Parses the bench CSV (label, 784 pixels; integers) into row-major Float32Arrays.
function parseCsv(text) {
  const lines = text.split('\n').filter((l) => l.length > 0);
  const header = lines[0].split(',');
  const inputs = header.length - 1;
  const rows = lines.length - 1;
  const raw = new Float32Array(rows * inputs);
  const labels = new Int32Array(rows);
  for (let r = 0; r < rows; ++r) {
    const f = lines[r + 1].split(',');
    labels[r] = Number(f[0]);
    for (let c = 0; c < inputs; ++c) raw[r * inputs + c] = Number(f[c + 1]);
  }
  return { raw, labels, rows, inputs };
}


function nnplayContestant(nn, csvBytes, o) {
  const make = (config) => {
    const pg = nn.createPlayground();
    pg.loadCsv(csvBytes, o.data);
    pg.configure(config);
    return pg;
  };
  const sgd = make(o.sgd);
  const adam = make(o.adam);
  const epoch = (pg) => {
    const t = now();
    const m = pg.trainEpochs(1);
    const s = now() - t;
    if (m.length !== 1) throw new Error(`nnplay ${nn.variant}: training stopped: ${pg.stopReason}`);
    return { s, loss: m[0].train_loss };
  };
  return {
    sgd: () => epoch(sgd),
    adam: () => epoch(adam),
    forward: () => {
      const t = now();
      const p = sgd.predict(S.data.raw, S.data.rows);
      const s = now() - t;
      if (p.length !== S.data.rows * 10) throw new Error('predict: wrong length');
      return { s };
    },
  };
}

function tfjsContestant(o) {
  const { rows, inputs } = S.data;
  const batch = o.batchSize;
  // minmax scaling, as the engine's "scaling": "minmax" (fitted on all rows: validation is 0).
  const x = new Float32Array(S.data.raw.length);
  for (let c = 0; c < inputs; ++c) {
    let lo = Infinity, hi = -Infinity;
    for (let r = 0; r < rows; ++r) { const v = S.data.raw[r * inputs + c]; lo = Math.min(lo, v); hi = Math.max(hi, v); }
    const scale = hi > lo ? 1 / (hi - lo) : 0;
    for (let r = 0; r < rows; ++r) x[r * inputs + c] = (S.data.raw[r * inputs + c] - lo) * scale;
  }
  const y = new Float32Array(rows * 10);
  for (let r = 0; r < rows; ++r) y[r * 10 + S.data.labels[r]] = 1;
  const xAll = tf.tensor2d(x, [rows, inputs]);
  const yAll = tf.tensor2d(y, [rows, 10]);
  const labelsAll = tf.tensor1d(S.data.labels, 'int32');
  const rawAll = tf.tensor2d(S.data.raw, [rows, inputs]);
  const lo = tf.min(rawAll, 0), span = tf.sub(tf.max(rawAll, 0), lo);
  rawAll.dispose();

  // He initialization (normal, sd sqrt(2 / fan_in)), zero biases: the engine's "he".
  const sizes = [inputs, ...o.hidden, 10];
  const model = (seed) => {
    const params = [];
    for (let l = 0; l + 1 < sizes.length; ++l) {
      params.push(tf.variable(tf.randomNormal([sizes[l], sizes[l + 1]], 0, Math.sqrt(2 / sizes[l]), 'float32', seed + l)));
      params.push(tf.variable(tf.zeros([sizes[l + 1]])));
    }
    const logits = (xs) => {
      let a = xs;
      for (let l = 0; l < params.length; l += 2) {
        a = tf.add(tf.matMul(a, params[l]), params[l + 1]);
        if (l + 2 < params.length) a = tf.relu(a);
      }
      return a;
    };
    return { params, logits };
  };

  const shuffledBatches = (random) => {
    const order = Int32Array.from({ length: rows }, (_, i) => i);
    for (let i = rows - 1; i > 0; --i) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i]; order[i] = order[j]; order[j] = t;
    }
    const out = [];
    for (let first = 0; first < rows; first += batch) {
      const n = Math.min(batch, rows - first);
      const xb = new Float32Array(n * inputs), yb = new Float32Array(n * 10);
      for (let j = 0; j < n; ++j) {
        const r = order[first + j];
        xb.set(x.subarray(r * inputs, (r + 1) * inputs), j * inputs);
        yb.set(y.subarray(r * 10, (r + 1) * 10), j * 10);
      }
      out.push([tf.tensor2d(xb, [n, inputs]), tf.tensor2d(yb, [n, 10])]);
    }
    return out;
  };
  const disposeBatches = (bs) => { for (const [a, b] of bs) { a.dispose(); b.dispose(); } };

  // The epoch's metrics on all training rows, as trainEpochs reports them.
  const evaluate = (m) => {
    const [loss, acc] = tf.tidy(() => {
      const z = m.logits(xAll);
      return [tf.losses.softmaxCrossEntropy(yAll, z), tf.mean(tf.cast(tf.equal(tf.argMax(z, 1), labelsAll), 'float32'))];
    });
    const result = loss.dataSync()[0];
    acc.dataSync();
    loss.dispose(); acc.dispose();
    return result;
  };

  const trainer = (optimizer, seed, fixed) => {
    const m = model(seed);
    const random = mulberry32(seed);
    const fixedBatches = fixed ? shuffledBatches(random) : null;
    return () => {
      const t = now();
      const bs = fixedBatches ?? shuffledBatches(random);
      for (const [xb, yb] of bs) {
        const cost = optimizer.minimize(() => tf.losses.softmaxCrossEntropy(yb, m.logits(xb)), true, m.params);
        cost.dispose();
      }
      const loss = evaluate(m);
      if (!fixed) disposeBatches(bs);
      const s = now() - t;
      if (!Number.isFinite(loss)) throw new Error('tfjs: loss is not finite');
      return { s, loss };
    };
  };
  const forwardModel = model(o.seed + 100);
  const c = {
    sgd: trainer(tf.train.sgd(o.sgdRate), o.seed, false),
    adam: trainer(tf.train.adam(o.adamRate), o.seed + 10, false),
    forward: () => {
      // From raw pixels in a JS array, as predict() gets them: into the backend's memory (as
      // nnplay's predict copies them into its heap), scale, forward, softmax, read back.
      const t = now();
      const p = tf.tidy(() => tf.softmax(forwardModel.logits(tf.div(tf.sub(tf.tensor2d(S.data.raw, [rows, inputs]), lo), span))));
      const out = p.dataSync();
      p.dispose();
      const s = now() - t;
      if (out.length !== rows * 10) throw new Error('tfjs predict: wrong length');
      return { s };
    },
  };
  if (o.fixed) {
    c.sgd_fixed = trainer(tf.train.sgd(o.sgdRate), o.seed + 20, true);
    c.adam_fixed = trainer(tf.train.adam(o.adamRate), o.seed + 30, true);
  }
  return c;
}

window.bench = {
  async setup(o) {
    const t0 = now();
    const csvBytes = new Uint8Array(await (await fetch(o.csvUrl)).arrayBuffer());
    S = { data: parseCsv(new TextDecoder().decode(csvBytes)), contestants: {} };
    const info = { userAgent: navigator.userAgent };
    for (const variant of o.variants) {
      const nn = await loadNnplay({ variant });
      S.contestants[`nnplay-${variant}`] = nnplayContestant(nn, csvBytes, o);
    }
    if (o.tfjs) {
      tf.wasm.setWasmPaths(o.tfjsWasmPath);
      tf.wasm.setThreadsCount(1);
      if (!(await tf.setBackend('wasm'))) throw new Error('tfjs: the wasm backend did not start');
      await tf.ready();
      info.tfjs = {
        version: tf.version.tfjs, backend: tf.getBackend(), simd: await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'),
        multithread: await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT'), threads: tf.backend().getThreadsCount?.(),
      };
      S.contestants.tfjs = tfjsContestant(o);
    }
    info.setupSeconds = now() - t0;
    return info;
  },
  // Every contestant's every measurement once; the contestants' order rotates by round.
  round(index) {
    const names = Object.keys(S.contestants);
    const out = {};
    for (let k = 0; k < names.length; ++k) {
      const name = names[(k + index) % names.length];
      const c = S.contestants[name];
      out[name] = {};
      for (const what of Object.keys(c)) out[name][what] = c[what]();
    }
    return out;
  },
};
