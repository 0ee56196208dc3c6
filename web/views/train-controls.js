// Train / Pause / Step / Reset, the progress bar (epoch, samples/s, time left) and the
// status line that says why training stopped (finished, early stopping, divergence).
import { h, replace, fmt, cancelDraw } from '../ui/dom.js';
import { helpButton } from '../teaching/help-button.js';

/**
 * @typedef {{epoch: number, epochs: number, samplesPerSecond: number, secondsPerEpoch: number}} ProgressNumbers
 * @typedef {'info' | 'success' | 'warning' | 'error'} StatusKind
 */

/** @param {number} seconds */
function duration(seconds) {
  if (!Number.isFinite(seconds) || seconds < 0) return '–';
  if (seconds < 1) return '< 1 s';
  if (seconds < 90) return `${Math.round(seconds)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

export class TrainControls {
  /**
   * buttons: which of train, pause, step, reset to show (default all).
   * @param {HTMLElement} root
   * @param {{onTrain: () => unknown, onPause: () => unknown, onStep: () => unknown, onReset: () => unknown}} handlers
   * @param {{buttons?: string[]}} [options]
   */
  constructor(root, { onTrain, onPause, onStep, onReset }, { buttons = ['train', 'pause', 'step', 'reset'] } = {}) {
    /** @param {string} id @param {string} text @param {() => unknown} onclick @param {string} [cls] */
    const button = (id, text, onclick, cls = '') =>
      h('button', { type: 'button', id, class: cls, text, onclick });
    this.train = button('train', 'Train', onTrain, 'primary');
    this.pause = button('pause', 'Pause', onPause);
    this.step = button('step', 'Step 1 epoch', onStep);
    this.reset = button('reset', 'Reset', onReset);
    this.bar = h('progress', { id: 'train-progress', max: 1, value: 0, 'aria-label': 'Training progress' });
    this.text = h('p', { class: 'progress-text', id: 'progress-text', 'aria-live': 'off' });
    this.status = h('div', { class: 'status', id: 'train-status', role: 'status', 'aria-live': 'polite' });
    this.blocker = h('p', { class: 'blocker hint', id: 'train-blocker' });
    for (const name of ['train', 'pause', 'step', 'reset']) this[name].hidden = !buttons.includes(name);
    // One info button for the shown buttons: what each of them does.
    const [first, ...rest] = buttons;
    const help = first ? helpButton(first, { sections: rest }) : null;
    replace(root,
      h('div', { class: 'buttons' }, this.train, this.pause, this.step, this.reset, help?.button), help?.panel,
      this.blocker, this.bar, this.text, this.status);
    this.running = false;
    this.canTrain = false;
    this.#sync();
  }

  /**
   * enabled: whether the settings are valid and data is loaded; reason says what blocks it.
   * @param {boolean} enabled
   * @param {string} [reason]
   */
  setEnabled(enabled, reason = '') {
    this.canTrain = enabled;
    this.blocker.textContent = enabled ? '' : reason;
    this.#sync();
  }

  /** @param {boolean} running whether a Train run is going on */
  setRunning(running) {
    this.running = running;
    this.#sync();
    if (!running && this.last) this.showProgress(this.last);  // without the time left
  }

  #sync() {
    this.train.disabled = !this.canTrain || this.running;
    this.step.disabled = !this.canTrain || this.running;
    this.reset.disabled = !this.canTrain;
    this.pause.disabled = !this.running;
  }

  /** p: {epoch, epochs, samplesPerSecond, secondsPerEpoch} from the worker. @param {ProgressNumbers} p */
  showProgress(p) {
    this.last = p;
    this.bar.max = Math.max(1, p.epochs);
    this.bar.value = Math.min(p.epoch, p.epochs);
    const left = p.secondsPerEpoch * Math.max(0, p.epochs - p.epoch);
    const parts = [`Epoch ${p.epoch} of ${p.epochs}`];
    if (p.samplesPerSecond > 0) parts.push(`${fmt(p.samplesPerSecond, 3)} samples/s`);
    if (this.running && p.secondsPerEpoch > 0 && p.epoch < p.epochs) parts.push(`about ${duration(left)} left`);
    this.text.textContent = parts.join(' · ');
  }

  /** Epoch 0 of `epochs`. @param {number} epochs */
  clearProgress(epochs) {
    cancelDraw(this);  // a progress of the run before, still waiting for its frame
    this.last = null;
    this.bar.max = Math.max(1, epochs);
    this.bar.value = 0;
    this.text.textContent = `Epoch 0 of ${epochs}`;
  }

  /**
   * An error with a button that starts the engine again (after the worker crashed).
   * @param {string} message
   * @param {() => Promise<unknown>} onRestart
   */
  offerRestart(message, onRestart) {
    this.setStatus(message, 'error');
    const button = h('button', { type: 'button', class: 'secondary restart', text: 'Restart the engine', onclick: async () => {
      button.disabled = true;
      try { await onRestart(); } catch (e) { this.setStatus(`Could not restart the engine: ${e.message}`, 'error'); }
    } });
    this.status.append(button);
  }

  /** kind: 'info' | 'success' | 'warning' | 'error'. @param {string} message @param {StatusKind} [kind] */
  setStatus(message, kind = 'info') {
    this.status.className = `status ${kind}`;
    replace(this.status, message ? h('p', { text: message }) : null);
  }
}
