// The training worker's logic, importable (Node tests drive it without a Worker).
// It owns one engine Playground and speaks a small protocol:
//
//   requests (each with an id):  init | load | configure | train | pause | step | stepDetail
//                                | reset | predict | export | import
//   replies (same id):            ready | summary | done | error {message, where, preview?, fileName?}
//   events (no id):               progress  {phase: 'read', loaded, total} | {phase: 'parse', bytes}
//                                           | {phase: 'train', metrics[], epoch, epochs, samplesPerSecond, secondsPerEpoch}
//                                 visuals   {epoch, weights, grid?, unitMaps?, confusion?, points?, error?}
//
// A train request is answered (done {reason: finished | paused | stopped | diverged |
// reconfigured | data changed | reset}) when its run ends. Training runs in slices of
// about SLICE_MS, yielding between them so that pause and other requests are handled at
// once; visuals are sent at most every VISUALS_MS while training, and when it stops.

const SLICE_MS = 60;
const VISUALS_MS = 250;
const GRID_RESOLUTION = 64;
const UNIT_MAP_RESOLUTION = 24;
const MAX_UNIT_MAPS = 10;  // per layer


// JSON with object keys sorted, to compare configurations whatever their key order.
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function createWorkerCore({ post, loadEngine, fetchImpl = globalThis.fetch }) {
  let nn = null;
  let pg = null;
  let csv = null;       // {bytes (the file's pieces), name, options} of the last CSV loaded (kept while a built-in is loaded)
  let pending = null;   // a CSV that failed to load, kept so the user can pick another target
  let summary = null;
  let config = null;
  let running = null;   // {id, epochs} while training
  let lastVisuals = 0;
  let truncated = null; // {rows, bytes} when the last download stopped after the rows asked for

  const yieldToMessages = () => new Promise((resolve) => setTimeout(resolve, 0));

  // Reads a byte stream, posting progress; with maxRows, stops (and cancels the
  // download) once the header and maxRows data rows have arrived.
  async function readAll(stream, total, maxRows = 0) {
    const reader = stream.getReader();
    const chunks = [];
    let loaded = 0;
    let lines = 0;
    let lastPost = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (maxRows > 0) {
        const cut = newlineCut(value, maxRows + 1 - lines);
        lines += cut.count;
        if (cut.end >= 0) {
          chunks.push(value.subarray(0, cut.end));
          loaded += cut.end;
          await reader.cancel();
          truncated = { rows: maxRows, bytes: loaded };
          total = loaded;
          break;
        }
      }
      chunks.push(value);
      loaded += value.length;
      const now = Date.now();
      if (now - lastPost > 50) {
        post({ type: 'progress', phase: 'read', loaded, total });
        lastPost = now;
      }
    }
    post({ type: 'progress', phase: 'read', loaded, total: total || loaded });
    return chunks;  // loadCsv copies the pieces into the engine's memory: never joined here
  }

  // Counts newlines in chunk up to `wanted`; end is the offset after the wanted-th one, or -1.
  function newlineCut(chunk, wanted) {
    let count = 0;
    for (let i = 0; i < chunk.length; ++i) {
      if (chunk[i] === 10 && ++count === wanted) return { count, end: i + 1 };
    }
    return { count, end: -1 };
  }

  async function sourceBytes(source) {
    if (source.kind === 'text') return [new TextEncoder().encode(source.text)];
    if (source.kind === 'file') return readAll(source.file.stream(), source.file.size);
    if (source.kind === 'url') {
      let response;
      try {
        response = await fetchImpl(source.url);
      } catch {
        throw new Error(`could not fetch ${source.url}: the server did not answer, or it does not allow ` +
          'this page to read the file (a file on another site must be served with CORS)');
      }
      if (!response.ok) throw new Error(`could not fetch ${source.url}: HTTP ${response.status}`);
      // Content-Length is the compressed size when the server gzips: then no total.
      const total = response.headers.get('content-encoding') ? 0 : Number(response.headers.get('content-length')) || 0;
      return readAll(response.body, total, source.rows ?? 0);
    }
    throw new Error(`unknown data source "${source.kind}"`);
  }

  function dataInfo(s) {
    const features = s.columns.filter((c) => c.role === 'feature');
    const twoD = features.length === 2 && s.feature_count === 2 && features.every((c) => c.type === 'numeric');
    const pad = (c) => { const d = (c.max - c.min) * 0.08 || 1; return [c.min - d, c.max + d]; };
    return { twoD, ranges: twoD ? [pad(features[0]), pad(features[1])] : null };
  }

  function afterLoad(newSummary, newCsv) {
    summary = newSummary;
    if (newCsv) csv = newCsv;
    pending = null;
    stopTraining('data changed');
    sendPoints();
    // The engine keeps the configuration; check it against the new data (batch size, loss).
    if (config) {
      try { pg.configure(config); } catch (e) { post({ type: 'error', where: 'config', message: e.message }); }
    }
  }

  async function load(msg) {
    const options = msg.options ?? {};
    const source = msg.source;
    if (source.kind === 'builtin') {
      const s = pg.loadBuiltin(source.name, options);
      afterLoad(s, null);
      return { type: 'summary', summary: s, ...dataInfo(s) };
    }
    let entry;
    if (source.kind === 'current' || source.kind === 'pending') {
      entry = source.kind === 'current' ? csv : pending;
      if (!entry?.bytes) throw new Error(`no ${source.kind} CSV to reload`);
    } else {
      truncated = null;
      entry = { bytes: await sourceBytes(source), name: source.name ?? 'data.csv', truncated };
    }
    const opts = { name: entry.name, ...options };
    post({ type: 'progress', phase: 'parse', bytes: entry.bytes.reduce((n, chunk) => n + chunk.length, 0) });
    try {
      const s = pg.loadCsv(entry.bytes, opts);
      // The user's CSV is kept for reloading with other choices; a built-in's file is not.
      afterLoad(s, source.kind === 'url' ? null : { bytes: entry.bytes, name: entry.name, options: opts });
      return { type: 'summary', summary: s, ...dataInfo(s), truncated: entry.truncated ?? null };
    } catch (e) {
      // Keep the rejected file, and show what it holds if it parses at all.
      pending = entry;
      let preview = null;
      try { preview = pg.inspectCsv(entry.bytes, { name: entry.name }); } catch { /* the CSV itself is bad */ }
      const error = new Error(e.message);
      error.where = 'data';
      error.preview = preview;
      error.fileName = entry.name;
      throw error;
    }
  }

  function visuals(full, withConfusion = true) {
    const out = { type: 'visuals', epoch: pg.epoch };
    if (!summary) return out;
    const info = dataInfo(summary);
    const errors = [];
    const attempt = (what, f) => { try { f(); } catch (e) { errors.push(`${what}: ${e.message}`); } };
    attempt('weights', () => { out.weights = pg.weights(); });
    if (info.twoD && out.weights) {
      attempt('decision grid', () => {
        const grid = pg.decisionGrid(info.ranges[0], info.ranges[1], GRID_RESOLUTION);
        out.grid = { ...grid, xRange: info.ranges[0], yRange: info.ranges[1] };
      });
      attempt('unit maps', () => {
        // What every unit computes over the plane, at a coarser grid for the diagram.
        out.unitMaps = pg.decisionGrid(info.ranges[0], info.ranges[1], UNIT_MAP_RESOLUTION, MAX_UNIT_MAPS).units;
        out.unitMapResolution = UNIT_MAP_RESOLUTION;
      });
    }
    if (withConfusion && summary.task === 'classification' && (full || summary.validation_rows + summary.train_rows < 5000)) {
      attempt('confusion matrix', () => {
        out.confusion = {
          validation: summary.validation_rows > 0 ? pg.confusionMatrix('validation') : null,
          train: pg.confusionMatrix('train'),
        };
      });
    }
    if (errors.length) out.error = errors.join('; ');
    return out;
  }

  // The data points for the 2-D view, when the engine's API offers them
  // (dataPoints(split) -> {x: Float32Array rows x 2 raw values, labels: Int32Array | null}).
  function sendPoints() {
    if (typeof pg.dataPoints !== 'function' || !dataInfo(summary).twoD) return;
    try {
      const points = [{ ...pg.dataPoints('train'), validation: false }];
      if (summary.validation_rows > 0) points.push({ ...pg.dataPoints('validation'), validation: true });
      post({ type: 'visuals', points });
    } catch (e) {
      post({ type: 'visuals', error: e.message });
    }
  }

  function sendVisuals(full = false, withConfusion = true) {
    lastVisuals = Date.now();
    const v = visuals(full, withConfusion);
    const transfer = [];
    if (v.grid) transfer.push(v.grid.values.buffer);
    for (const layer of v.unitMaps ?? []) for (const m of layer) transfer.push(m.buffer);
    post(v, transfer);
  }

  function stopTraining(reason) {
    if (!running) return;
    const r = running;
    running = null;
    post({ type: 'done', id: r.id, reason, epoch: pg.epoch, message: pg.stopReason });
  }

  function progress(metrics, started, epochsAtStart) {
    const trainRows = summary?.train_rows ?? 0;
    const elapsed = (Date.now() - started) / 1000;
    const done = pg.epoch - epochsAtStart;
    return {
      type: 'progress', phase: 'train', metrics, epoch: pg.epoch, epochs: config?.epochs ?? 0,
      samplesPerSecond: elapsed > 0 ? (done * trainRows) / elapsed : 0,
      secondsPerEpoch: done > 0 ? elapsed / done : 0,
    };
  }

  function checkStop(id) {
    if (pg.stopped) {
      const reason = /diverged/.test(pg.stopReason) ? 'diverged' : 'stopped';
      sendVisuals(true);
      if (running?.id === id) stopTraining(reason);
      return true;
    }
    if (config && pg.epoch >= config.epochs) {
      sendVisuals(true);
      if (running?.id === id) stopTraining('finished');
      return true;
    }
    return false;
  }

  async function train(id) {
    if (!summary) throw new Error('load data before training');
    if (running) stopTraining('restarted');
    checkStopped();
    running = { id };
    const started = Date.now();
    const startEpoch = pg.epoch;
    let perSlice = 1;
    while (running?.id === id) {
      const t0 = Date.now();
      const n = Math.max(1, Math.min(perSlice, config.epochs - pg.epoch));
      const metrics = pg.trainEpochs(n);
      const dt = Date.now() - t0;
      // Aim for slices of SLICE_MS: double when quick, halve when slow.
      if (dt < SLICE_MS / 2) perSlice = Math.min(perSlice * 2, 1000);
      else if (dt > SLICE_MS * 2) perSlice = Math.max(1, perSlice >> 1);
      post(progress(metrics, started, startEpoch));
      if (checkStop(id)) return null;
      if (Date.now() - lastVisuals > VISUALS_MS) sendVisuals();
      await yieldToMessages();
    }
    return null;  // paused: the pause request's handling posted done for this id
  }

  // Already at the end (or stopped): say so instead of throwing the engine's error.
  function checkStopped() {
    if (pg.stopped) throw new Error(`training has stopped: ${pg.stopReason}. Press Reset to start again.`);
    if (config && pg.epoch >= config.epochs) {
      throw new Error(`all ${config.epochs} epochs are done: raise Epochs to go on, or Reset`);
    }
  }

  const handlers = {
    async init(msg) {
      nn = await loadEngine(msg);
      pg = nn.createPlayground();
      return { type: 'ready', builtins: nn.builtinDatasets(), variant: nn.variant };
    },
    load,
    configure(msg) {
      // Only the number of epochs changed: the run goes on (the engine's trainer does
      // not use it; this loop does), so a finished run can be extended.
      const norm = (c) => ({ ...c, epochs: 0, hidden_layers: c.hidden_layers?.map((l) =>
        ({ units: l.units, activation: l.activation ?? 'relu', keep_prob: l.keep_prob ?? 1 })) });
      const same = (a, b) => canonical(norm(a)) === canonical(norm(b));
      if (config && summary && !pg.stopped && same(pg.config(), { ...pg.config(), ...msg.config })) {
        config = { ...config, epochs: msg.config.epochs };
        return { type: 'done', config, restarted: false, epoch: pg.epoch };
      }
      stopTraining('reconfigured');
      config = pg.configure(msg.config);
      sendVisualsIfData();
      return { type: 'done', config, restarted: true };
    },
    async train(msg) {
      return train(msg.id);
    },
    pause() {
      stopTraining('paused');
      if (summary) sendVisuals(true);
      return { type: 'done', epoch: pg.epoch };
    },
    step() {
      if (running) stopTraining('paused');
      if (!summary) throw new Error('load data before training');
      if (pg.stopped) throw new Error(`training has stopped: ${pg.stopReason}. Press Reset to start again.`);
      const started = Date.now();
      const startEpoch = pg.epoch;
      const metrics = pg.trainEpochs(1);
      post(progress(metrics, started, startEpoch));
      sendVisuals(true);
      return { type: 'done', epoch: pg.epoch, stopped: pg.stopped, message: pg.stopReason };
    },
    // One mini-batch with the numbers flowing forward and back (small networks only).
    stepDetail() {
      if (running) stopTraining('paused');
      if (!summary) throw new Error('load data before training');
      if (pg.stopped) throw new Error(`training has stopped: ${pg.stopReason}. Press Reset to start again.`);
      const started = Date.now();
      const startEpoch = pg.epoch;
      const detail = pg.trainStep();
      if (detail.metrics) post(progress([detail.metrics], started, startEpoch));
      sendVisuals(true);
      return { type: 'done', detail, epoch: pg.epoch, stopped: pg.stopped, message: pg.stopReason };
    },
    reset() {
      stopTraining('reset');
      pg.reset();
      sendVisuals(true);
      return { type: 'done', epoch: pg.epoch };
    },
    predict(msg) {
      const out = pg.predictRow(msg.values);
      return { type: 'done', outputs: Array.from(out) };
    },
    export(msg) {
      if (msg.what === 'history') return { type: 'done', history: pg.history() };
      return { type: 'done', json: pg.exportModel() };
    },
    import(msg) {
      stopTraining('model imported');
      const imported = pg.importModel(msg.json);
      config = imported;
      // What the imported model predicts over the loaded data's plane (no confusion
      // matrix: that would be the untrained network's).
      if (summary) sendVisuals(true, false);
      return { type: 'done', config: imported };
    },
  };

  function sendVisualsIfData() {
    if (summary) sendVisuals(true);
  }

  /** Handles one request; replies are posted, never thrown. */
  async function handle(msg) {
    const { id, type } = msg ?? {};
    const handler = handlers[type];
    try {
      if (!handler) throw new Error(`unknown request "${type}"`);
      if (type !== 'init' && !pg) throw new Error('the engine is not loaded yet');
      const reply = await handler(msg);
      if (reply) post({ ...reply, id });
    } catch (e) {
      post({
        type: 'error', id, request: type, where: e.where ?? type, message: e.message ?? String(e),
        preview: e.preview ?? null, fileName: e.fileName ?? null,
      });
    }
  }

  return { handle };
}
