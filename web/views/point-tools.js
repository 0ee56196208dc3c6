// Adding points by hand to a generated 2-D data set: what a click on the plane does
// (predict there, or add a point of a chosen class, or of a value for a regression set),
// shift-click for the other class, Undo and Clear. The points live in the state (its
// `points` setting), so the link keeps them; the app owns the state.
import { h, replace } from '../ui/dom.js';
import { live, setText } from '../i18n/text.js';
import { helpButton } from '../teaching/help-button.js';

/**
 * @typedef {{onPoints: (points: number[][]) => void}} PointHandlers
 * @typedef {import('../i18n/text.js').Live} Live
 */

export class PointTools {
  /** @param {HTMLElement} root @param {PointHandlers} handlers */
  constructor(root, { onPoints }) {
    this.onPoints = onPoints;
    /** @type {number[][]} */
    this.points = [];
    /** @type {(string | Live)[]} */
    this.classNames = [];
    this.mode = h('select', { id: 'click-mode', 'aria-describedby': 'point-count' });
    this.value = h('input', { id: 'point-value', type: 'text', inputmode: 'decimal', value: '1', 'aria-label': live('Value of the points added'),
      hidden: true, autocomplete: 'off' });
    this.count = h('span', { class: 'hint', id: 'point-count', 'aria-live': 'polite' });
    this.undo = h('button', { type: 'button', class: 'secondary small', id: 'undo-point', text: live('Undo'),
      title: live('Remove the last point added (Backspace on the plane)'), onclick: () => this.removeLast() });
    this.clear = h('button', { type: 'button', class: 'secondary small', id: 'clear-points', text: live('Clear'),
      title: live('Remove every point added by hand'), onclick: () => this.onPoints([]) });
    this.mode.addEventListener('change', () => {
      this.value.hidden = this.mode.value !== 'value';
      this.setPoints(this.points);
    });
    this.root = root;
    const help = helpButton('points');
    replace(root, h('label', { for: 'click-mode', text: live('Click:') }), this.mode, this.value, this.undo, this.clear, help.button,
      this.count, help.panel);
    root.hidden = true;
  }

  /**
   * The data the points go to: its class names ([] for regression), and whether points
   * can be added (a generated set).
   * @param {(string | Live)[]} classNames @param {boolean} editable
   */
  setData(classNames, editable) {
    const same = this.editable === editable && JSON.stringify(classNames) === JSON.stringify(this.classNames);
    this.classNames = classNames;
    this.editable = editable;
    this.root.hidden = !editable;
    if (same) return;
    const keep = this.mode.value;
    replace(this.mode, h('option', { value: 'predict', text: live('predict there') }),
      classNames.length ? classNames.map((c, k) => h('option', { value: `class:${k}`, text: live('add a point of class {name}', { name: c }) }))
        : h('option', { value: 'value', text: live('add a point of value') }));
    if ([...this.mode.options].some((o) => o.value === keep)) this.mode.value = keep;
    this.value.hidden = this.mode.value !== 'value';
  }

  /** @param {number[][]} points the state's */
  setPoints(points) {
    this.points = points;
    this.undo.disabled = this.clear.disabled = points.length === 0;
    setText(this.count, points.length ? live('{count} added', { count: points.length })
      : this.mode.value.startsWith('class:') ? live('shift-click: the other class') : '');
  }

  /** Whether a click adds a point (rather than predicting). */
  get adding() { return this.editable && this.mode.value !== 'predict'; }

  /**
   * Adds a point at (x, y) of the chosen class, or the other one with shift (the next
   * one with more classes); for regression, of the typed value.
   * @param {number} x @param {number} y @param {boolean} shift
   * @returns {Live | null} a problem, or null
   */
  add(x, y, shift) {
    let target;
    if (this.mode.value === 'value') {
      target = Number(this.value.value);
      if (this.value.value.trim() === '' || !Number.isFinite(target)) return live('“{value}” is not a number: type the value to add.', { value: this.value.value });
    } else {
      const k = Number(this.mode.value.split(':')[1]);
      target = shift ? (k + 1) % Math.max(2, this.classNames.length) : k;
    }
    /** @param {number} v */
    const round = (v) => Number(v.toPrecision(4));
    this.onPoints([...this.points, [round(x), round(y), target]]);
    return null;
  }

  removeLast() {
    if (this.points.length) this.onPoints(this.points.slice(0, -1));
  }
}
