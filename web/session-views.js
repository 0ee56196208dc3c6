// Draws what the worker reports: training progress into the charts and the progress
// bar, visuals (decision grid, weights, confusion matrix) into their views, and the
// end of a run (finished, paused, early stopping, divergence) into the status line.
import { $, pct, fmt, scheduleDraw } from './dom.js';
import { MetricsCharts } from './charts.js';
import { BoundaryView } from './boundary.js';
import { NetworkDiagram } from './network-diagram.js';
import { ConfusionView } from './results.js';
import { PredictPanel } from './predict-panel.js';

const capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1);

export class SessionViews {
  constructor(app, client) {
    this.app = app;
    this.client = client;
    this.charts = new MetricsCharts($('#charts'));
    this.boundary = new BoundaryView($('#boundary-panel'), { onPick: (x, y) => this.predict.setPoint(x, y) });
    this.diagram = new NetworkDiagram($('#network-panel'));
    this.confusion = new ConfusionView($('#confusion-panel'));
    this.predict = new PredictPanel($('#predict-panel'), {
      onPredict: async (values) => (await client.request('predict', { values })).outputs,
    });
    client.on('progress', (p) => {
      if (p.phase === 'read') app.data.showProgress(p.loaded, p.total, 'Reading');
      if (p.phase === 'parse') app.data.showProgress(p.bytes, 0, 'Parsing and checking');
      if (p.phase !== 'train') return;
      this.charts.append(p.metrics);
      scheduleDraw('progress', () => app.controls.showProgress(p));
    });
    // Visuals arrive at most every 250 ms; each view draws in its own frame, the newest
    // data only. The diagram (hundreds of SVG lines) redraws at most once a second
    // while training, and always when training stops.
    client.on('visuals', (v) => this.#visuals(v));
    this.names = { inputs: [], outputs: [] };
  }

  dataLoaded({ summary, twoD }) {
    const features = summary.columns.filter((c) => c.role === 'feature');
    const classNames = summary.task === 'classification' ? summary.classes.map((c) => c.name) : [];
    this.classNames = classNames;
    this.names = { inputs: features.map((c) => c.name), outputs: classNames.length ? classNames : [summary.target] };
    this.twoD = twoD;
    $('#boundary-section').hidden = !twoD;
    if (twoD) this.boundary.setData({ names: this.names.inputs, classNames });
    $('#confusion-section').hidden = summary.task !== 'classification';
    this.confusion.clear('Train to see which classes the network confuses.');
    const preview = (name, i) => summary.preview.find((r) => r[summary.preview_header.indexOf(name)] !== '')
      ?.[summary.preview_header.indexOf(name)] ?? '';
    // The model takes every column but the target; ignored and dropped ones go as missing.
    const layout = summary.columns.filter((c) => c.role !== 'target').map((c) => features.indexOf(c));
    this.predict.setFeatures(features.map((c, i) => ({
      name: c.name, value: c.type === 'numeric' ? String(Number(c.mean.toPrecision(3))) : preview(c.name, i),
    })), classNames, 'Values for each input column (as in the data, before scaling):', layout);
    this.charts.reset(summary.task);
    this.app.modelIo.baseName = (summary.name || 'data').replace(/\.[a-z]+$/i, '').replace(/[^\w.-]+/g, '_');
  }

  configured(config) {
    this.app.controls.setStopped(false);
    this.charts.reset();
    this.app.controls.clearProgress(config?.epochs ?? 0);
    this.app.controls.setRunning(false);
  }

  trainingStarted() {
    this.app.controls.setRunning(true);
    this.app.controls.setStatus('');
    document.body.dataset.training = 'true';
  }

  trainingEnded(done) {
    const c = this.app.controls;
    c.setRunning(false);
    c.setStopped(['diverged', 'stopped', 'stepped-stopped'].includes(done.reason));
    document.body.dataset.training = 'false';
    this.#drawDiagram();  // the final weights, which may have come within the last second
    const m = this.charts.last;
    const score = m ? (this.charts.task === 'regression'
      ? `validation R² ${fmt(m.valR2, 3)}` : `validation accuracy ${pct(m.valAccuracy ?? m.trainAccuracy)}`) : '';
    switch (done.reason) {
      case 'finished': c.setStatus(`Done: ${done.epoch} epochs${score ? `, ${score}` : ''}.`, 'success'); break;
      case 'paused': c.setStatus(`Paused at epoch ${done.epoch}. Train goes on from here; Step trains one epoch.`); break;
      case 'diverged':
        c.setStatus(`${capitalize(done.message)}, then press Reset.`, 'error');
        break;
      case 'stopped': c.setStatus(`${capitalize(done.message)}.`, 'warning'); break;
      case 'stepped-stopped':
        c.setStatus(`${capitalize(done.message)}${/diverged/.test(done.message) ? ', then press Reset' : ''}.`,
          /diverged/.test(done.message) ? 'error' : 'warning');
        break;
      case 'stepped': c.setStatus(`Stepped to epoch ${done.epoch}.`); break;
      case 'reconfigured': case 'data changed': c.setStatus('Settings changed: the network starts again from epoch 0.'); break;
      case 'error': c.setStatus(done.message, 'error'); break;
      default: break;
    }
  }

  modelImported(model, name) {
    this.app.controls.setStopped(false);
    this.charts.reset();
    this.app.controls.clearProgress(model.config?.epochs ?? 0);
    // The model's input columns, keeping what is already entered under the same names.
    const entered = this.predict.entries();
    const inputs = (model.preprocessing?.inputs ?? []).map((c) => ({ name: String(c.name), used: c.kind !== 'ignored' }));
    const used = inputs.filter((c) => c.used);
    const features = used.map((c) => ({ name: c.name, value: entered.get(c.name) ?? '' }));
    const layout = inputs.map((c) => used.indexOf(c));
    const classNames = model.task === 'classification' ? (model.class_names ?? []).map(String) : [];
    this.predict.setFeatures(features, classNames, `Predicting with the imported model “${name}”:`, layout);
    this.app.controls.setStatus(`Imported model “${name}” (${model.epochs_trained ?? '?'} epochs trained).`, 'success');
  }

  #visuals(v) {
    if (v.error) scheduleDraw('visuals-error', () => { this.boundary.warning.textContent = `Could not draw everything: ${v.error}`; });
    if (v.grid && this.twoD) scheduleDraw('grid', () => this.boundary.setGrid(v.grid));
    if (v.points) scheduleDraw('points', () => this.boundary.setPoints(v.points));
    if (v.confusion) scheduleDraw('confusion', () => this.confusion.update(v.confusion, v.epoch));
    if (v.weights) {
      const now = performance.now();
      const training = document.body.dataset.training === 'true';
      this.pendingWeights = v.weights;
      this.pendingMaps = v.unitMaps ? { values: v.unitMaps, resolution: v.unitMapResolution } : null;
      if (training && now - (this.diagramAt ?? 0) < 1000) return;
      this.diagramAt = now;
      this.#drawDiagram();
    }
  }

  #drawDiagram() {
    scheduleDraw('diagram', () => {
      const weights = this.pendingWeights;
      if (!weights) return;
      const units = weights.at(-1)?.units;
      const outputs = units === 1 && this.classNames.length === 2 ? [`P(${this.classNames[1]})`] : this.names.outputs;
      this.diagram.update(weights, { inputNames: this.names.inputs, outputNames: outputs }, this.pendingMaps);
    });
  }
}
