// The element's properties beside its attributes: `config` values checked as the page's
// fields check them, and the properties that reflect attributes (widget-api.js's list).
// No DOM of its own: checkConfig is tested in Node.
import { PROP, MAX_LAYERS, MAX_UNITS, parseField, layerErrors } from '../core/state.js';

/** @typedef {import('../core/state.js').State} State */

/**
 * Settings by name (el.config = {learning_rate: 0.1, l2: 0.001}) checked and completed
 * (a layer's activation and keep probability default to relu and 1); `generated` follows
 * the data set and is left out, so that el.config = {...el.config, l2: 0.01} works.
 * Throws a TypeError for an unknown name, a RangeError for a value out of range.
 * @param {Record<string, unknown>} values @returns {Partial<State>}
 */
export function checkConfig(values) {
  /** @type {Record<string, unknown>} */
  const checked = {};
  for (const [name, value] of Object.entries(values ?? {})) {
    if (name === 'generated') continue;
    const p = PROP[name];
    if (!p) throw new TypeError(`config: unknown setting "${name}" (settings: ${Object.keys(PROP).join(', ')})`);
    if (p.type === 'layers') {
      if (!Array.isArray(value) || value.length > MAX_LAYERS ||
          value.some((l) => layerErrors({ keep_prob: 1, activation: 'relu', ...l }))) {
        throw new RangeError(`config: layers must be a list of at most ${MAX_LAYERS} ` +
          `{units: 1–${MAX_UNITS}, activation, keep_prob: (0, 1]}`);
      }
      checked.layers = value.map((l) => ({ activation: 'relu', keep_prob: 1, ...l }));
    } else if (p.type === 'string') {
      checked[name] = String(value);
    } else {
      const r = parseField(p, value);
      if (r.error) throw new RangeError(`config: ${name} ${r.error}, got ${JSON.stringify(value)}`);
      checked[name] = r.value;
    }
  }
  return /** @type {Partial<State>} */ (checked);
}

/**
 * Gives a class properties that reflect its attributes of the same names: reading one is
 * getAttribute (null when absent), setting it setAttribute, and setting null removes it.
 * @param {{prototype: Element}} element @param {string[]} names
 */
export function reflectAttributes(element, names) {
  for (const name of names) {
    Object.defineProperty(element.prototype, name, {
      configurable: true, enumerable: true,
      /** @this {Element} */
      get() { return this.getAttribute(name); },
      /** @this {Element} @param {string | null} value */
      set(value) {
        if (value === null || value === undefined) this.removeAttribute(name);
        else this.setAttribute(name, String(value));
      },
    });
  }
}
