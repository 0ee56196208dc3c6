// The views of a session: Train/Pause/Step/Reset with the progress and status line,
// the accuracy and loss charts, the decision boundary, the network diagram, the
// confusion matrix and the predict panel. Each is built when its container is in
// `root` (the page's document, or a widget's shadow root), so the page and the widget
// show the same views. Draws what the session and its worker report: training
// progress, visuals, and the end of a run (finished, paused, early stopping, divergence).
import { $, pct, fmt, scheduleDraw, flushDraw } from '../ui/dom.js';
import { live, livePlural, liveText, msg, t, setText, onLocaleChange } from '../i18n/text.js';
import { TrainControls } from './train-controls.js';
import { codedError, engineText } from '../core/engine-messages.js';
import { columnLabel, classLabel } from '../core/presets.js';
import { MetricsCharts } from './charts.js';
import { BoundaryView } from './boundary.js';
import { NetworkDiagram } from './network-diagram.js';
import { ConfusionView } from './confusion-view.js';
import { ChallengeView } from './challenge-view.js';
import { PredictPanel } from './predict-view.js';
import { imageShape } from '../core/image-data.js';
import { PointTools } from './point-tools.js';

/**
 * @typedef {import('../core/session.js').Session} Session
 * @typedef {import('../core/engine-types.js').Visuals} Visuals
 * @typedef {import('../core/engine-types.js').DataSummary} DataSummary
 * @typedef {import('../core/engine-types.js').ModelFit} ModelFit
 * @typedef {{flagHost: HTMLElement, buttons?: string[], metrics?: string[], compact?: boolean,
 *   editing?: {weights: boolean, points: boolean}}} SessionViewsOptions
 * @typedef {import('../i18n/text.js').Live} Live
 */

/** @param {string} text */
const capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The end-of-run figure: validation accuracy (or R²), or the training one when there are
 * no validation rows, named as what it is.
 * @param {import('../core/engine-types.js').EpochMetrics | null | undefined} m
 * @param {string | undefined} task
 * @returns {Live | null}
 */
function scoreText(m, task) {
  if (!m) return null;
  if (task === 'regression') {
    return m.validation_r2 !== null ? live('validation R² {value}', { value: fmt(m.validation_r2, 3) })
      : live('training R² {value}', { value: fmt(m.train_r2, 3) });
  }
  return m.validation_accuracy !== null ? live('validation accuracy {value}', { value: pct(m.validation_accuracy) })
    : live('training accuracy {value}', { value: pct(m.train_accuracy) });
}

/**
 * The data's own test rows, scored as the run ended (Fashion-MNIST's 10,000 test pictures).
 * @param {import('../core/engine-types.js').TestScore | null | undefined} test
 * @returns {Live | null}
 */
function testText(test) {
  if (!test) return null;
  return test.accuracy !== null ? live('test accuracy {value} on the {rows} test rows', { value: pct(test.accuracy), rows: test.rows })
    : live('test R² {value} on the {rows} test rows', { value: fmt(test.r2, 3), rows: test.rows });
}

/**
 * A sentence about the engine's message (its text as the engine words it, capitalized).
 * @param {string} id marked with msg() @param {unknown} message @param {Record<string, unknown>} [params]
 */
const aboutMessage = (id, message, params = {}) => liveText(() => t(id, { ...params, message: capitalize(String(message)) }));

export class SessionViews {
  /**
   * flagHost: the element whose data-training attribute says whether training runs.
   * buttons, metrics: which train buttons and which of the accuracy/loss charts to show;
   * compact: small charts (the page's stage); editing: whether weights may be edited on
   * the diagram and points added on the plane (a widget's locked network or data: no).
   * @param {Session} session
   * @param {ParentNode} root the document, or a widget's shadow root
   * @param {SessionViewsOptions} options
   */
  constructor(session, root, { flagHost, buttons, metrics, compact, editing = { weights: true, points: true } } =
  /** @type {SessionViewsOptions} */ ({})) {
    this.session = session;
    this.root = root;
    this.flagHost = flagHost;
    /** @param {string} id */
    const at = (id) => $(`#${id}`, root);
    this.controls = new TrainControls(at('controls'), {
      onTrain: () => session.train(), onPause: () => session.pause(),
      onStep: () => session.step(), onReset: () => session.reset(),
    }, { buttons });
    this.charts = at('charts') ? new MetricsCharts(at('charts'), { show: metrics, compact }) : null;
    this.boundary = at('boundary-panel') ? new BoundaryView(at('boundary-panel'), {
      onPick: (x, y, shift) => this.#pick(x, y, shift), onRemoveLast: () => this.points?.removeLast(),
    }) : null;
    this.points = this.boundary && editing.points ? new PointTools(this.boundary.tools, {
      onPoints: (points) => session.change('points', points, false, 'data'),
    }) : null;
    this.diagram = at('network-panel') ? new NetworkDiagram(at('network-panel'), {
      onEdit: editing.weights ? (edit) => session.request('edit', edit) : undefined,
    }) : null;
    this.confusion = at('confusion-panel') ? new ConfusionView(at('confusion-panel'), {
      onCell: (split, actual, predicted) => this.images?.showCell(/** @type {'train' | 'validation'} */ (split), actual, predicted),
    }) : null;
    // A challenge's goal and its checks, where the page or the widget has a place for one.
    this.challenge = at('challenge-section') ? new ChallengeView(at('challenge-section'), session) : null;
    this.predict = at('predict-panel') ? new PredictPanel(at('predict-panel'), {
      onPredict: async (values) => (await session.request('predict', { values })).outputs,
    }) : null;
    // The views of pictures load with the first image data (views/image-views.js).
    /** @type {import('./image-views.js').ImageViews | null} */
    this.images = null;
    /** @type {Promise<void> | null} */
    this.loadingImages = null;
    this.at = at;
    this.boundarySection = at('boundary-section');
    this.confusionSection = at('confusion-section');
    this.names = { inputs: [], outputs: [] };
    this.classNames = [];

    session.on('progress', (p) => {
      if (p.phase !== 'train') return;
      this.#backToData();
      this.charts?.append(p.metrics);
      scheduleDraw(this.controls, () => this.controls.showProgress(p));
    });
    // Visuals arrive at most every 250 ms; each view draws in its own frame, the newest
    // data only. The diagram (hundreds of SVG lines) redraws at most once a second
    // while training, and always when training stops.
    session.on('visuals', (v) => this.#visuals(v));
    // blocker() says in the current language why training cannot start: said again after a switch.
    // (and the diagram's column names: a teaching table's are words of the language).
    this.stopLocale = onLocaleChange(() => {
      if (!this.flagHost.isConnected) return;
      this.controls.setEnabled(!session.blocker(), session.blocker());
      this.#drawDiagram();
    });
    session.on('change', () => {
      this.controls.setEnabled(!session.blocker(), session.blocker());
      this.points?.setPoints(session.state.points ?? []);
    });
    // A built-in (no file name) names its classes its own way; a user's file as it has them.
    session.on('loaded', ({ reply, name }) => {
      this.#dataLoaded({ ...reply, dataset: name ? null : session.state.dataset });
      if (reply.model) this.#modelOnNewData(reply.model);
    });
    session.on('configured', ({ reply }) => {
      // The training figures come from the epoch's batches (train_metrics) where the engine takes them so.
      const c = reply.config;
      const rows = this.loadedData?.summary.train_rows ?? 0;
      this.charts?.setTrainFromBatches(c.train_metrics === 'batches' && c.batch_size > 0 && c.batch_size < rows
        && c.hidden_layers.every((/** @type {{keep_prob: number}} */ l) => l.keep_prob >= 1));
      if (reply.restarted && this.modelStatus) {
        // The status said training goes on from a model: no longer.
        this.controls.setStatus(live('These settings make another network: Train starts from new weights.'));
        this.modelStatus = false;
      }
      if (reply.restarted) this.#restarted(reply.config.epochs);
      else this.#showEpoch(reply.epoch, reply.config.epochs);
    });
    session.on('reset', () => {
      this.#backToData();
      this.#restarted(session.config?.epochs ?? 0);
      this.controls.setStatus(live('Reset: new weights from the seed, epoch 0.'));
    });
    session.on('crashed', (e) => {
      this.#trainingEnded({ reason: 'crashed', message: e.message });
      this.controls.offerRestart(live('The engine stopped unexpectedly ({message}). Your data and settings are kept.',
        { message: e.message }), () => session.restart());
    });
    session.on('restarted', () => this.controls.setStatus(live('Restarted: the same data and settings, training from epoch 0.'), 'success'));
    session.on('train-start', (start) => this.#trainingStarted(start?.startedOver));
    session.on('train-end', (done) => this.#trainingEnded(done));
    this.flagHost.dataset.training = 'false';
  }

  /** The views are dropped (a widget rebuilt or removed): they no longer follow the language. */
  dispose() {
    this.stopLocale();
  }

  /**
   * @param {{summary: DataSummary, twoD: boolean, dataset: string | null}} loaded the worker's summary reply, and the
   *   built-in it is (null: a user's file)
   * @param {{keepCurves?: boolean}} [options] keepCurves: an imported model trains on, its curve goes on
   */
  #dataLoaded({ summary, twoD, dataset }, { keepCurves = false } = {}) {
    this.loadedData = { summary, twoD, dataset };
    this.imported = false;
    const features = summary.columns.filter((c) => c.role === 'feature');
    // A built-in's classes in the page's language (Fashion-MNIST's T-shirt/top for 0).
    const classNames = summary.task === 'classification'
      ? summary.classes.map((c) => (dataset ? classLabel(dataset, c.name) : c.name)) : [];
    this.classNames = classNames;
    // The diagram's input units are the encoded inputs: "sex=male" for a one-hot one.
    const inputs = summary.feature_names?.length ? summary.feature_names : features.map((c) => c.name);
    this.names = { inputs, outputs: classNames.length ? classNames : [summary.target] };
    this.twoD = twoD;
    if (this.boundarySection) this.boundarySection.hidden = !twoD;
    if (twoD) this.boundary?.setData({ names: this.names.inputs, classNames, target: summary.target });
    this.points?.setData(classNames, twoD && this.session.state.generated);
    if (this.confusionSection) this.confusionSection.hidden = summary.task !== 'classification';
    this.confusion?.clear(live('Train to see which classes the network confuses.'));
    if (this.images) this.images.dataLoaded(summary, classNames);  // pictures: the pad, the units, the cells' pictures
    else if (imageShape(summary)) this.#loadImageViews();
    /** @param {string} name */
    const preview = (name) => summary.preview.find((r) => r[summary.preview_header.indexOf(name)] !== '')
      ?.[summary.preview_header.indexOf(name)] ?? '';
    // The model takes every column but the target; ignored and dropped ones go as missing.
    const layout = summary.columns.filter((c) => c.role !== 'target').map((c) => features.indexOf(c));
    this.predict?.setFeatures(features.map((c) => ({
      name: c.name, label: liveText(() => this.#shown(c.name)),
      value: c.type === 'numeric' ? String(Number(c.mean.toPrecision(3))) : preview(c.name),
    })), classNames, live('Values for each input column (as in the data, before scaling):'), layout);
    if (!keepCurves) this.charts?.reset(summary.task);
  }

  // A click on the plane: a point added by hand, or a prediction there.
  /** @param {number} x @param {number} y @param {boolean} shift */
  #pick(x, y, shift) {
    if (!this.points?.adding) { this.predict?.setPoint(x, y); return; }
    const problem = this.points.add(x, y, shift);
    setText(this.boundary.warning, problem ?? '');
  }

  // Training again after an import: the network is the data's again, and so are the views.
  #backToData() {
    if (this.imported && this.loadedData) this.#dataLoaded(this.loadedData, { keepCurves: true });
  }

  // The first image data: the pad and the pictures' views are loaded, then shown for the data loaded by then.
  #loadImageViews() {
    this.loadingImages ??= import('./image-views.js').then(({ ImageViews }) => {
      this.images = new ImageViews(this.session, this.at, this.confusion);
      if (this.loadedData && !this.imported) this.images.dataLoaded(this.loadedData.summary, this.classNames);
      // Weights that came before the views did: the units are drawn from them now.
      if (this.pendingWeights) this.images.visuals({ type: 'visuals', weights: this.pendingWeights });
    }).catch((e) => {
      this.loadingImages = null;  // the next image data tries again
      this.controls.setStatus(live('The drawing pad could not be loaded ({reason}).', { reason: e.message }), 'error');
    });
  }

  /** @param {number} epochs */
  #restarted(epochs) {
    this.charts?.reset();
    this.controls.clearProgress(epochs);
    this.controls.setRunning(false);
  }

  /** @param {boolean} [startedOver] the run before had stopped: this one starts from new weights */
  #trainingStarted(startedOver = false) {
    this.modelStatus = false;
    this.controls.setRunning(true);
    this.controls.setStatus(startedOver ? live('The last run had stopped: starting over from new weights (epoch 0).') : '');
    this.flagHost.dataset.training = 'true';
  }

  /** @param {import('../core/session.js').RunEnd} done */
  #trainingEnded(done) {
    const c = this.controls;
    flushDraw(c);  // the last epoch's progress, still waiting for its frame
    c.setRunning(false);
    this.flagHost.dataset.training = 'false';
    this.#drawDiagram();  // the final weights, which may have come within the last second
    if (done.model_epoch !== undefined) this.charts?.showModelEpoch(done.model_epoch);
    const validation = scoreText(this.charts?.model, this.charts?.task);
    const test = testText(done.test);
    const score = validation && test ? live('{validation}; {test}', { validation, test }) : validation ?? test;
    const epoch = String(done.epoch);
    // Why it stopped, in the page's language (the engine's coded stop reason).
    const why = engineText(done.stop_message, done.message ?? '');
    switch (done.reason) {
      case 'finished':
        c.setStatus(score ? livePlural('Done: {count} epoch, {score}.', 'Done: {count} epochs, {score}.', { count: done.epoch, score })
          : livePlural('Done: {count} epoch.', 'Done: {count} epochs.', { count: done.epoch }), 'success');
        break;
      case 'paused':
        c.setStatus(test ? live('Paused at epoch {epoch}, {test}. Train goes on from here; Step trains one epoch.', { epoch, test })
          : live('Paused at epoch {epoch}. Train goes on from here; Step trains one epoch.', { epoch }));
        break;
      case 'diverged':
        c.setStatus(aboutMessage(msg('{message}. Train starts over from new weights.'), why), 'error');
        break;
      case 'stopped': case 'stepped-stopped': {
        const diverged = done.stop_message ? done.stop_message.code.startsWith('train.diverged')
          : /diverged/.test(done.message ?? '');
        // Early stopping kept an earlier epoch's weights: the score is that model's.
        c.setStatus(!diverged && score ? aboutMessage(msg('{message} ({score}). Train starts over from new weights.'), why, { score })
          : aboutMessage(msg('{message}. Train starts over from new weights.'), why), diverged ? 'error' : 'warning');
        break;
      }
      case 'stepped': c.setStatus(live('Stepped to epoch {epoch}.', { epoch })); break;
      case 'reconfigured': case 'data changed': c.setStatus(live('Settings changed: the network starts again from epoch 0.')); break;
      case 'error':
        c.setStatus(engineText(codedError(done), done.message ?? ''), 'error');
        break;
      default: break;
    }
  }

  /**
   * An opened project's network (core/open-project.js): on the data it was trained on, the
   * session's own going on, its curves and epoch as when it was saved; on other data (a file
   * edited by hand), an imported model that does not fit. Nothing without a network.
   * @param {import('../core/project-file.js').Project} project
   * @param {string} name the file's name
   * @param {{fit: ModelFit, epoch: number} | null} imported the network's import reply
   */
  projectOpened(project, name, imported) {
    this.openedName = name;
    this.importedFrom = project.model ? { model: project.model, name } : null;
    if (!imported || !project.model) return;
    const current = project.current === null ? null : project.runs[project.current];
    if (imported.fit.differences.length === 0) {
      const score = imported.epoch > 0 && imported.fit.metrics ? [imported.fit.metrics] : [];  // an untrained network has no curve
      this.#resumed({ name, epoch: imported.epoch, history: current?.history ?? score });
    } else {
      this.modelImported(project.model, name, imported.fit, { epoch: imported.epoch });
    }
  }

  /**
   * Data loaded while an imported model (or an opened project's network) predicts: the model
   * on the new data, its score there the curve's first point; training goes on from its epoch.
   * @param {{fit: ModelFit, epoch: number, imported: boolean}} model the worker's
   */
  #modelOnNewData({ fit, epoch, imported }) {
    if (imported && this.importedFrom) {
      this.modelImported(this.importedFrom.model, this.importedFrom.name, fit, { epoch });
    } else {
      this.#resumed({ name: this.openedName ?? '', epoch, history: fit.metrics ? [fit.metrics] : [], status: false });
    }
  }

  /**
   * A saved session's network goes on: its curves and epoch as when it was saved.
   * @param {{name: string, epoch: number, history: import('../core/engine-types.js').EpochMetrics[], status?: boolean}} opened
   *   status: whether the status line says it was opened
   */
  #resumed({ name, epoch, history, status: say = true }) {
    this.#backToData();  // the data's columns and names, where an imported model had its own
    this.charts?.reset(this.session.summary?.task === 'regression' ? 'regression' : 'classification');
    if (history.length) this.charts?.append(history);
    if (history.length && history.at(-1)?.epoch !== epoch) this.charts?.showModelEpoch(epoch);
    const epochs = Math.max(this.session.state.epochs, epoch);
    this.#showEpoch(epoch, epochs);
    const status = epoch === 0 ? live('Opened “{name}”.', { name })
      : epoch < epochs ? live('Opened “{name}” at epoch {epoch}: Train goes on from there; Reset starts again from new weights.', { name, epoch })
        : live('Opened “{name}” at epoch {epoch}, its last: raise Epochs to train on; Reset starts again from new weights.', { name, epoch });
    if (say) this.controls.setStatus(status, 'success');
    this.modelStatus = epoch > 0;
  }

  /**
   * The epoch a network stands at, between runs: its bar without a speed, or an empty bar.
   * @param {number} epoch @param {number} epochs the epochs asked for
   */
  #showEpoch(epoch, epochs) {
    if (epoch > 0) this.controls.showProgress({ epoch, epochs, samplesPerSecond: 0, secondsPerEpoch: 0 });
    else this.controls.clearProgress(epochs);
  }

  /**
   * An imported model predicts now: its inputs in the predict panel, epoch 0 of a new run.
   * @param {{config?: {epochs?: number}, preprocessing?: {inputs?: {name: unknown, kind: string}[]}, task?: string,
   *   class_names?: unknown[], target_names?: unknown[], epochs_trained?: number, inputs?: number, feature_names?: string[]}} model the model
   *   file (its fields used here)
   * @param {string} name its file's name
   * @param {ModelFit} fit the model against the loaded data (its scores there when it fits)
   * @param {{epoch?: number}} [from] epoch: where training on goes from (0: new weights)
   */
  modelImported(model, name, fit, { epoch = 0 } = {}) {
    this.importedFrom = { model, name };  // shown again on other data
    this.charts?.reset(model.task === 'regression' ? 'regression' : 'classification');
    if (fit.metrics) this.charts?.append([fit.metrics]);  // its score where it stopped
    const epochs = this.session.state.epochs ?? model.config?.epochs ?? 0;
    this.#showEpoch(epoch, Math.max(epochs, epoch));
    // The diagram names the model's inputs and outputs, whatever data is loaded.
    this.imported = true;
    const classes = model.task === 'classification' ? (model.class_names ?? []).map(String) : [];
    this.names = { inputs: (model.feature_names ?? []).map(String), outputs: classes.length ? classes : (model.target_names ?? []).map(String) };
    this.classNames = classes;
    // The model's weights may have come (and been drawn under the data's names) before this reply.
    this.#drawDiagram();
    const fits = fit.differences.length === 0;
    if (!fits) {
      this.twoD = false;  // the data's plane is not the model's inputs
      if (this.boundarySection) this.boundarySection.hidden = true;
      this.images?.hide();  // nor its pictures
      this.confusion?.clear(live('The imported model does not fit the loaded data: no confusion matrix.'));
    }
    // The model's input columns, keeping what is already entered under the same names.
    const entered = this.predict.entries();
    // A model saved without preprocessing takes its inputs as they are, named as the engine
    // names them then (engine/io/model_json.cpp): by feature_names, or x1, x2, ...
    const plain = () => Array.from({ length: model.inputs ?? 0 }, (_, i) => ({ name: model.feature_names?.[i] ?? `x${i + 1}`, kind: 'numeric' }));
    const inputs = (model.preprocessing?.inputs ?? plain()).map((c) => ({ name: String(c.name), used: c.kind !== 'ignored' }));
    const used = inputs.filter((c) => c.used);
    const features = used.map((c) => ({ name: c.name, value: entered.get(c.name) ?? '' }));
    const layout = inputs.map((c) => used.indexOf(c));
    this.predict.setFeatures(features, classes, live('Predicting with the imported model “{name}”:', { name }), layout);
    const trained = model.epochs_trained;
    const imported = typeof trained !== 'number' ? live('Imported model “{name}” (? epochs trained)', { name })
      : livePlural('Imported model “{name}” ({count} epoch trained)', 'Imported model “{name}” ({count} epochs trained)', { name, count: trained });
    if (!fit.data) this.controls.setStatus(live('{model}. Load data with its columns to see how it scores.', { model: imported }), 'success');
    else if (fits) {
      const values = { model: imported, score: scoreText(fit.metrics, model.task), epoch };
      this.modelStatus = epoch > 0;
      this.controls.setStatus(epoch < epochs
        ? live('{model}: on the loaded data, {score}. Train trains it further from epoch {epoch}; Reset starts again from new weights.', values)
        : live('{model}: on the loaded data, {score}. Raise Epochs past {epoch} to train it further; Reset starts again from new weights.', values),
      'success');
    } else {
      this.controls.setStatus(live('{model} does not fit the loaded data: {differences}. Its predictions are shown without that data: the predict form takes its columns.',
        { model: imported, differences: fit.differences.join('; ') }), 'warning');
    }
  }

  /** @param {Visuals} v */
  #visuals(v) {
    if (v.error && this.boundary) {
      scheduleDraw(this.boundary, () => setText(this.boundary.warning, live('Could not draw everything: {error}', { error: v.error })));
    }
    if (v.grid && this.twoD && this.boundary) {
      const { epoch = 0, trainedEpoch = 0 } = v;
      scheduleDraw(this.boundary.canvas, () => { this.boundary.setGrid(v.grid); this.boundary.setEpoch(epoch, trainedEpoch); });
    }
    if (v.points && this.boundary) scheduleDraw(this.boundary.legend, () => this.boundary.setPoints(v.points));
    if (v.confusion && this.confusion) {
      const confusion = this.#namedClasses(v.confusion);
      scheduleDraw(this.confusion, () => this.confusion.update(confusion, v.epoch, v.trainedEpoch));
    }
    this.images?.visuals(v);
    if (v.weights && this.diagram) {
      const now = performance.now();
      const training = this.flagHost.dataset.training === 'true';
      this.pendingWeights = v.weights;
      this.pendingMaps = v.unitMaps ? { values: v.unitMaps, inputs: v.inputMaps ?? [], resolution: v.unitMapResolution } : null;
      if (training && now - (this.diagramAt ?? 0) < 1000) return;
      this.diagramAt = now;
      this.#drawDiagram();
    }
  }

  /**
   * The confusion matrices with the classes named as the page shows them (classLabel).
   * @param {NonNullable<Visuals['confusion']>} confusion
   */
  #namedClasses(confusion) {
    /** @param {{class_names: string[]} | null | undefined} m */
    const named = (m) => (m && m.class_names.length === this.classNames.length ? { ...m, class_names: this.classNames } : m);
    // Live names are drawn as text in the page's language, as strings are.
    return /** @type {typeof confusion} */ (/** @type {unknown} */ (
      { ...confusion, validation: named(confusion.validation), train: named(confusion.train) }));
  }

  /** A column's name as shown: a teaching table's in the page's language, any other as written. @param {string} name */
  #shown(name) {
    return this.imported ? name : columnLabel(this.session.state.dataset, name);
  }

  #drawDiagram() {
    if (!this.diagram) return;
    scheduleDraw(this.diagram, () => {
      const weights = this.pendingWeights;
      if (!weights) return;
      const units = weights.at(-1)?.units;
      // A class's name as a string in the page's language: a switch redraws the diagram.
      const outputs = units === 1 && this.classNames.length === 2 ? [`P(${this.classNames[1]})`]
        : this.names.outputs.map((n) => (typeof n === 'string' ? this.#shown(n) : String(n)));
      this.diagram.update(weights, { inputNames: this.names.inputs.map((n) => this.#shown(n)), outputNames: outputs }, this.pendingMaps);
    });
  }
}
