// A slider for a numeric setting of the state schema, with its value beside the label:
// the stage's quick way to the settings a learner drags (noise, validation share, points,
// batch size). It covers the usual range; the settings form's text field takes any
// allowed value, and a value outside the slider's range is shown as it is.
import { h } from '../ui/dom.js';
import { isShown } from '../core/state.js';
import { live } from '../i18n/text.js';

/**
 * @typedef {import('../core/state.js').State} State
 * @typedef {{name: string, label?: string, type: string, show?: (state: State) => boolean}} SliderProp
 * @typedef {{min: number, max: number, step: number, label?: string, format?: (value: number) => string,
 *   show?: (state: State) => boolean}} SliderRange
 * @typedef {{el: HTMLDivElement, input: HTMLInputElement, update: (state: State) => void}} Slider
 */

let uid = 0;

/**
 * @param {SliderProp} p the setting
 * @param {(name: string, value: unknown, invalid: boolean) => void} onInput
 * @param {SliderRange} range the slider's range, label (an English text marked with msg()) and how its value is written
 * @returns {Slider}
 */
export function createSlider(p, onInput, { min, max, step, label, format = String, show }) {
  const id = `slider-${p.name}-${++uid}`;
  const input = h('input', { id, type: 'range', min, max, step });
  const value = h('output', { for: id, class: 'slider-value' });
  const el = h('div', { class: 'slider', 'data-slider': p.name },
    h('span', { class: 'slider-head' }, h('label', { for: id, text: live(label ?? p.label ?? p.name) }), value), input);
  input.addEventListener('input', () => {
    const v = Number(input.value);
    value.textContent = format(v);
    input.setAttribute('aria-valuetext', format(v));
    onInput(p.name, p.type === 'int' ? Math.round(v) : v, false);
  });
  return {
    el,
    input,
    update(state) {
      el.hidden = !isShown(p, state) || (show ? !show(state) : false);
      const v = state[p.name];
      if (typeof v !== 'number') { value.textContent = String(v); return; }  // text being typed in the form
      if (document.activeElement !== input) input.value = String(v);
      value.textContent = format(v);
      input.setAttribute('aria-valuetext', format(v));
    },
  };
}
