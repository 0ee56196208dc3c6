// The run bar's settings, as TensorFlow Playground puts them above its stage: learning
// rate, the hidden layers' activation, regularization and its rate, batch, problem type.
// Each edits the same state as the full settings form (config-form.js); the app owns the
// state and calls update(state, errors, task) to reflect it.
import { h, isFocused } from '../ui/dom.js';
import { createField, fieldError } from './fields.js';
import { helpButton } from '../teaching/help-button.js';
import { PROP, ACTIVATIONS, ACTIVATION_LABELS } from '../core/state.js';
import { DATASETS } from '../core/presets.js';
import { t, live, setText, setAttr, onLocaleChange } from '../i18n/text.js';

/**
 * @typedef {import('../core/state.js').State} State
 * @typedef {import('../i18n/text.js').Live} Live
 * @typedef {import('./fields.js').FieldProp} FieldProp
 * @typedef {(name: string, value: unknown, invalid?: boolean) => void} OnChange
 */

const DEFAULT_RATE = 0.001;

/**
 * Which penalty a state has: none, l1, l2, or both (set in the full form). A rate with an
 * error (text being typed, a negative number) counts as on: its field stays to mend it.
 * @param {State} s @param {Record<string, string>} [errors]
 */
export function penaltyOf(s, errors = {}) {
  /** @param {'l1' | 'l2'} name */
  const on = (name) => Number(s[name]) > 0 || Boolean(errors[name]);
  const l1 = on('l1'); const l2 = on('l2');
  return l1 && l2 ? 'both' : l1 ? 'l1' : l2 ? 'l2' : 'none';
}

/** The built-in data sets of a task: the first one is where switching the problem type goes. @param {string} task */
export const datasetsOfTask = (task) => DATASETS.filter((d) => (d.task ?? 'classification') === task && d.generated);

/** @param {string} id @param {Live} text @param {HTMLElement} control @param {string} [help] */
function barField(id, text, control, help) {
  const info = help ? helpButton(help) : null;
  return h('div', { class: 'field bar-field', 'data-bar-field': id },
    h('span', { class: 'label-row' }, h('label', { for: control.id, text }), info?.button), control, info?.panel);
}

export class StageBar {
  /**
   * onChange(name, value, invalid): a setting was edited; onProblem(task): the problem type
   * was switched (the app picks data of that type).
   * @param {HTMLElement} root
   * @param {{onChange: OnChange, onProblem: (task: string) => void}} handlers
   */
  constructor(root, { onChange, onProblem }) {
    this.onChange = onChange;
    this.rate = DEFAULT_RATE;
    /** @type {State | null} */
    this.state = null;
    /** @type {[State, Record<string, string>, string | undefined] | null} what update() last showed */
    this.shown = null;
    this.learningRate = createField(/** @type {FieldProp} */ (PROP.learning_rate), onChange, { scope: 'bar' });
    this.batch = createField(/** @type {FieldProp} */ (PROP.batch), onChange, { scope: 'bar' });

    this.activation = h('select', { id: 'bar-activation' },
      ACTIVATIONS.map((a) => h('option', { value: a, text: live(ACTIVATION_LABELS[a]) })),
      h('option', { value: 'mixed', text: live('per layer'), disabled: true }));
    this.activation.addEventListener('change', () => {
      const layers = this.state.layers.map((l) => ({ ...l, activation: this.activation.value }));
      onChange('layers', layers);
    });

    this.penalty = h('select', { id: 'bar-penalty' },
      h('option', { value: 'none', text: live('None') }),
      h('option', { value: 'l1', text: 'L1' }),
      h('option', { value: 'l2', text: 'L2' }),
      h('option', { value: 'both', text: live('L1 and L2'), disabled: true }));
    this.penalty.addEventListener('change', () => this.#setPenalty(this.penalty.value));
    this.penaltyRate = h('input', { id: 'bar-penalty-rate', type: 'text', inputmode: 'decimal', autocomplete: 'off',
      spellcheck: 'false', 'aria-describedby': 'bar-penalty-error' });
    this.penaltyError = h('p', { class: 'field-error', id: 'bar-penalty-error', 'aria-live': 'polite' });
    // While the rate is typed, the select names the penalty: "0.05" passes through "0",
    // which alone would read as no penalty and disable the field mid-word.
    this.penaltyRate.addEventListener('input', () => {
      const name = this.penalty.value === 'l1' ? 'l1' : 'l2';
      const text = this.penaltyRate.value;
      const value = Number(text);
      const invalid = text.trim() === '' || !Number.isFinite(value);
      if (!invalid && value > 0) this.rate = value;
      onChange(name, invalid ? text : value, invalid);
    });
    this.penaltyRate.addEventListener('blur', () => { if (this.shown) this.update(...this.shown); });

    this.problem = h('select', { id: 'bar-problem' },
      h('option', { value: 'classification', text: live('Classification') }),
      h('option', { value: 'regression', text: live('Regression') }));
    this.problem.addEventListener('change', () => onProblem(this.problem.value));

    const rate = h('div', { class: 'field bar-field', 'data-bar-field': 'penalty-rate' },
      h('label', { for: this.penaltyRate.id, text: live('Rate λ') }), this.penaltyRate);
    root.replaceChildren(h('div', { class: 'bar-settings' },
      this.learningRate.el, barField('activation', live('Activation'), this.activation, 'layer.activation'),
      barField('penalty', live('Regularization'), this.penalty, 'l2'), rate,
      this.batch.el, barField('problem', live('Problem type'), this.problem, 'task')), this.penaltyError);
    // The rate field's "see settings" is its value, not a live text: written again in the new language.
    onLocaleChange(() => { if (this.shown) this.update(...this.shown); });
  }

  /** @param {string} kind none, l1 or l2 */
  #setPenalty(kind) {
    // The rate carries over from the penalty that was on (L1 ↔ L2), else the last one typed.
    const s = this.state;
    const current = Math.max(Number(s.l1) || 0, Number(s.l2) || 0);
    if (current > 0) this.rate = current;
    this.onChange('l1', kind === 'l1' ? this.rate : 0);
    this.onChange('l2', kind === 'l2' ? this.rate : 0);
  }

  /**
   * Reflects the state, its errors ({field: message}) and the loaded data's task.
   * @param {State} state @param {Record<string, string>} errors @param {string | undefined} task
   */
  update(state, errors, task) {
    this.state = state;
    this.shown = [state, errors, task];
    /** @type {[string, import('./fields.js').Field][]} */
    const fields = [['learning_rate', this.learningRate], ['batch', this.batch]];
    for (const [name, field] of fields) {
      field.update(state);
      field.setError(errors[name]);
    }
    const activations = new Set(state.layers.map((l) => l.activation));
    this.activation.disabled = state.layers.length === 0;
    setAttr(this.activation, 'title', state.layers.length === 0 ? live('No hidden layer: add one in the network') : '');
    this.activation.value = activations.size === 1 ? [...activations][0] : activations.size ? 'mixed' : ACTIVATIONS[0];

    const typing = isFocused(this.penaltyRate);
    const penalty = typing ? this.penalty.value : penaltyOf(state, errors);
    const rateName = penalty === 'l1' ? 'l1' : 'l2';
    if (!typing) {
      this.penalty.value = penalty;
      this.penaltyRate.disabled = penalty === 'none' || penalty === 'both';
      this.penaltyRate.value = penalty === 'none' ? '0' : penalty === 'both' ? t('see settings') : String(state[rateName]);
    }
    const error = errors[rateName];
    setText(this.penaltyError, error ? fieldError(PROP[rateName].label ?? rateName, error) : '');
    this.penaltyRate.setAttribute('aria-invalid', String(Boolean(error)));

    const kind = task ?? 'classification';
    this.problem.value = kind;
    const other = /** @type {HTMLOptionElement} */ (this.problem.querySelector(`option[value=${kind === 'regression' ? 'classification' : 'regression'}]`));
    // A CSV's problem type is its target's; a built-in switches to a data set of the other type.
    other.disabled = state.dataset === 'csv' ? false : datasetsOfTask(other.value).length === 0;
  }
}
