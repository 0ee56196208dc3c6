// Form fields built from the state schema (state.js PROPS): a labelled input or select,
// its error message next to it (aria-describedby), an info button with its help
// (help-texts.js), and show/hide by relevance.
import { h, isFocused } from '../ui/dom.js';
import { parseField, isShown, rangeText } from '../core/state.js';
import { helpButton } from '../teaching/help-button.js';
import { t, live, liveText, setText } from '../i18n/text.js';

/**
 * @typedef {import('../core/state.js').State} State
 * @typedef {import('../i18n/text.js').Live} Live
 * @typedef {{name: string, label?: string, show?: (state: State) => boolean}
 *   & (import('../core/state.js').NumberSpec | import('../core/state.js').EnumSpec)} FieldProp a setting with a field
 * @typedef {(name: string, value: unknown, invalid: boolean) => void} OnInput
 * @typedef {{el: HTMLDivElement, input: HTMLInputElement | HTMLSelectElement, setError: (message?: string | Live | null) => void,
 *   update: (state: State) => void}} Field
 */

// The schema's labels and option labels are English texts marked with msg() in state.js:
// shown with live(label). Its error messages come in the page's language (or live).
/** @param {{name: string, label?: string}} p */
const labelOf = (p) => p.label ?? p.name;

/**
 * "Learning rate α must be …": a setting's label and its error message, following the language.
 * @param {string} label an English text marked with msg() @param {string | Live} message @returns {Live}
 */
export const fieldError = (label, message) => liveText(() => t('{label} {message}', { label: t(label), message }));

let uid = 0;

/**
 * A field for prop p. onInput(name, value) gets parsed values; invalid text is kept in
 * the input and reported with setError. Returns {el, update(state), setError(msg)}.
 * @param {FieldProp} p
 * @param {OnInput} onInput value: the parsed value, or the text when invalid
 * scope 'bar': a second field of the same setting (the run bar's), named by data-bar-field
 * and without a form name, so the settings form's field stays the one of that name.
 * @param {{hint?: string | Live, scope?: 'form' | 'bar'}} [options]
 * @returns {Field}
 */
export function createField(p, onInput, { hint, scope = 'form' } = {}) {
  const id = `${scope === 'bar' ? 'bar' : 'f'}-${p.name}-${++uid}`;
  const bar = scope === 'bar';
  const errorId = `${id}-error`;
  /** @type {HTMLInputElement | HTMLSelectElement} */
  let input;
  if (p.type === 'enum') {
    input = h('select', { id, name: bar ? null : p.name, 'aria-describedby': errorId },
      Object.entries(p.options).map(([value, label]) => h('option', { value, text: live(label) })));
  } else {
    input = h('input', {
      id, name: bar ? null : p.name, type: 'text', inputmode: p.type === 'int' ? 'numeric' : 'decimal',
      autocomplete: 'off', spellcheck: 'false', 'aria-describedby': errorId,
      title: liveText(() => t('Allowed: {range}', { range: rangeText(p) })),
    });
  }
  const error = h('p', { class: 'field-error', id: errorId, 'aria-live': 'polite' });
  const help = helpButton(p.name);
  const el = h('div', { class: bar ? 'field bar-field' : 'field', [bar ? 'data-bar-field' : 'data-field']: p.name },
    h('span', { class: 'label-row' }, h('label', { for: id, text: live(labelOf(p)) }), help?.button), input,
    help?.panel, hint ? h('p', { class: 'hint', text: hint }) : null, error);

  /** @param {string | Live | null} [message] */
  const setError = (message) => {
    setText(error, message ? fieldError(labelOf(p), message) : '');
    input.setAttribute('aria-invalid', message ? 'true' : 'false');
    el.classList.toggle('invalid', Boolean(message));
  };

  input.addEventListener(p.type === 'enum' ? 'change' : 'input', () => {
    const r = parseField(p, input.value);
    setError(r.error);
    onInput(p.name, r.error ? input.value : r.value, Boolean(r.error));
  });

  return {
    el,
    input,
    setError,
    update(state) {
      el.hidden = !isShown(p, state);
      if (!isFocused(input)) {
        const text = String(state[p.name]);
        if (input.value !== text) input.value = text;
      }
    },
  };
}

/**
 * A row of checkboxes for a set of flags (p.options), one per option in its order, in a
 * fieldset labelled p.label. onInput gets the checked names in that order.
 * @param {{name: string, label?: string, options: Record<string, string>}} p
 * @param {OnInput} onInput
 * @returns {{el: HTMLFieldSetElement, update: (state: State) => void, setError: (message?: string | Live | null) => void}}
 */
export function createFlagsField(p, onInput) {
  const id = `f-${p.name}-${++uid}`;
  const boxes = Object.entries(p.options).map(([value, label]) => ({ value,
    input: h('input', { type: 'checkbox', id: `${id}-${value}`, value }), label }));
  const error = h('p', { class: 'field-error', id: `${id}-error`, 'aria-live': 'polite' });
  const help = helpButton(p.name);
  const el = h('fieldset', { class: 'field flags', 'data-field': p.name, 'aria-describedby': error.id },
    h('legend', { class: 'label-row' }, live(labelOf(p)), help?.button),
    boxes.map((b) => h('label', { class: 'flag', for: b.input.id }, b.input, ` ${b.label}`)), help?.panel, error);
  for (const b of boxes) {
    b.input.addEventListener('change', () => onInput(p.name, boxes.filter((x) => x.input.checked).map((x) => x.value), false));
  }
  return {
    el,
    update(state) {
      const on = new Set(state[p.name]);
      for (const b of boxes) b.input.checked = on.has(b.value);
    },
    setError(message) {
      setText(error, message ? liveText(() => t('{label}: {message}', { label: t(labelOf(p)), message })) : '');
    },
  };
}

/**
 * Creates fields for props and appends them to container; returns them by name.
 * @param {HTMLElement} container
 * @param {FieldProp[]} props
 * @param {OnInput} onInput
 * @param {Record<string, string | Live>} [hints] a hint under a field, by name
 * @returns {Record<string, Field>}
 */
export function createFields(container, props, onInput, hints = {}) {
  /** @type {Record<string, Field>} */
  const fields = {};
  for (const p of props) {
    fields[p.name] = createField(p, onInput, { hint: hints[p.name] });
    container.append(fields[p.name].el);
  }
  return fields;
}
