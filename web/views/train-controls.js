// Train / Pause / Step / Reset, the progress bar (epoch, samples/s, time left) and the
// status line that says why training stopped (finished, early stopping, divergence).
import { h, replace, cancelDraw } from '../ui/dom.js';
import { live, liveText, t, setText } from '../i18n/text.js';
import { helpButton } from '../teaching/help-button.js';

/**
 * @typedef {{epoch: number, epochs: number, samplesPerSecond: number, secondsPerEpoch: number}} ProgressNumbers
 * @typedef {'info' | 'success' | 'warning' | 'error'} StatusKind
 * @typedef {import('../i18n/text.js').Live} Live
 */

/** In the current language. @param {number} seconds */
function duration(seconds) {
  if (!Number.isFinite(seconds) || seconds < 0) return '–';
  if (seconds < 1) return t('< 1 s');
  if (seconds < 90) return t('{seconds} s', { seconds: Math.round(seconds) });
  return t('{minutes} min {seconds} s', { minutes: Math.floor(seconds / 60), seconds: Math.round(seconds % 60) });
}

/**
 * "Epoch 3 of 100" in the current language. Epoch numbers go in as strings, written
 * without grouping ("of 100000") like every epoch number the views show.
 * @param {number} epoch @param {number} epochs
 */
const epochOf = (epoch, epochs) => t('Epoch {epoch} of {epochs}', { epoch: String(epoch), epochs: String(epochs) });

/**
 * The buttons' keyboard shortcuts: Alt+Shift (Option+Shift on a Mac) and a letter, read by
 * the key's place (KeyT), so that they work whatever the keyboard's language.
 */
export const SHORTCUTS = { train: 'T', pause: 'P', step: 'S', reset: 'R' };

/**
 * Whether keys pressed in `el` type text: there Option+Shift+T is a character on a Mac
 * (ˇ), never a shortcut.
 * @param {EventTarget | undefined} el
 */
function typesText(el) {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable || el instanceof HTMLTextAreaElement) return true;
  return el instanceof HTMLInputElement &&
    !['button', 'checkbox', 'radio', 'range', 'file', 'submit', 'reset', 'color', 'image'].includes(el.type);
}

export class TrainControls {
  /**
   * buttons: which of train, pause, step, reset to show (default all).
   * @param {HTMLElement} root
   * @param {{onTrain: () => unknown, onPause: () => unknown, onStep: () => unknown, onReset: () => unknown}} handlers
   * @param {{buttons?: string[]}} [options]
   */
  constructor(root, { onTrain, onPause, onStep, onReset }, { buttons = ['train', 'pause', 'step', 'reset'] } = {}) {
    /** @param {string} id @param {Live} text @param {() => unknown} onclick @param {string} [cls] */
    const button = (id, text, onclick, cls = '') => {
      const keys = `Alt+Shift+${SHORTCUTS[id]}`;
      return h('button', { type: 'button', id, class: cls, text, onclick, 'aria-keyshortcuts': keys,
        title: live('Keyboard: {keys}', { keys }) });
    };
    this.train = button('train', live('Train'), onTrain, 'primary');
    this.pause = button('pause', live('Pause'), onPause);
    this.step = button('step', live('Step 1 epoch'), onStep);
    this.reset = button('reset', live('Reset'), onReset);
    this.bar = h('progress', { id: 'train-progress', max: 1, value: 0, 'aria-label': live('Training progress') });
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
   * Presses the shown, enabled button whose shortcut (SHORTCUTS) is typed in `target`: the
   * document for the page, the element for a widget (so that each widget on a lesson page
   * answers only while the focus is inside it).
   * @param {EventTarget} target
   */
  listenForShortcuts(target) {
    target.addEventListener('keydown', (event) => {
      const e = /** @type {KeyboardEvent} */ (event);
      if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || e.repeat || typesText(e.composedPath()[0])) return;
      const name = Object.keys(SHORTCUTS).find((n) => e.code === `Key${SHORTCUTS[n]}`);
      const button = name && /** @type {HTMLButtonElement} */ (this[name]);
      if (!button || button.hidden) return;
      e.preventDefault();
      if (!button.disabled) button.click();
    });
  }

  /**
   * enabled: whether the settings are valid and data is loaded; reason says what blocks it.
   * @param {boolean} enabled
   * @param {Live | string} [reason]
   */
  setEnabled(enabled, reason = '') {
    this.canTrain = enabled;
    setText(this.blocker, enabled ? '' : reason);
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
    // Three significant digits, grouped for the language (522,000).
    const rate = p.samplesPerSecond > 0 ? Number(p.samplesPerSecond.toPrecision(3)) : null;
    const timeLeft = this.running && p.secondsPerEpoch > 0 && p.epoch < p.epochs;
    setText(this.text, liveText(() => [epochOf(p.epoch, p.epochs), rate && t('{rate} samples/s', { rate }),
      timeLeft && t('about {time} left', { time: duration(left) })].filter(Boolean).join(' · ')));
  }

  /** Epoch 0 of `epochs`. @param {number} epochs */
  clearProgress(epochs) {
    cancelDraw(this);  // a progress of the run before, still waiting for its frame
    this.last = null;
    this.bar.max = Math.max(1, epochs);
    this.bar.value = 0;
    setText(this.text, liveText(() => epochOf(0, epochs)));
  }

  /**
   * An error with a button that starts the engine again (after the worker crashed).
   * @param {Live | string} message
   * @param {() => Promise<unknown>} onRestart
   */
  offerRestart(message, onRestart) {
    this.setStatus(message, 'error');
    const button = h('button', { type: 'button', class: 'secondary restart', text: live('Restart the engine'), onclick: async () => {
      button.disabled = true;
      try { await onRestart(); } catch (e) { this.setStatus(live('Could not restart the engine: {message}', { message: e.message }), 'error'); }
    } });
    this.status.append(button);
  }

  /**
   * kind: 'info' | 'success' | 'warning' | 'error'; a live text follows the language.
   * @param {Live | string} message @param {StatusKind} [kind]
   */
  setStatus(message, kind = 'info') {
    this.status.className = `status ${kind}`;
    replace(this.status, message ? h('p', { text: message }) : null);
  }
}
