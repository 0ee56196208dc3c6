// Argument checks of the JavaScript API (nnplay.mjs). Each runs before the engine is
// called, so a bad argument changes nothing. A value of the wrong type throws a
// TypeError, a value of the right type out of its range a RangeError; the message names
// the method, the argument and what was expected, e.g.
//   "trainEpochs: epochs must be a whole number between 0 and 1000000, got -1".
// Embind's own conversions would not: they turn undefined into 0, 2.5 into 2 and a
// string into NaN without a word.

/** A value as a message shows it: short, whatever it is. @param {unknown} value @returns {string} */
export function describe(value) {
  if (value === null) return 'null';
  if (typeof value === 'string') return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value === 'undefined' || typeof value === 'symbol' || typeof value === 'function') return typeof value;
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name} of ${/** @type {{length?: number}} */ (value).length ?? value.byteLength}`;
  if (value instanceof ArrayBuffer) return `an ArrayBuffer of ${value.byteLength} bytes`;
  return `an object (${Object.prototype.toString.call(value).slice(8, -1)})`;
}

/**
 * @param {typeof TypeError | typeof RangeError} Type
 * @param {string} method @param {string} name @param {string} expected @param {unknown} value
 * @returns {never}
 */
function fail(Type, method, name, expected, value) {
  throw new Type(`${method}: ${name} must be ${expected}, got ${describe(value)}`);
}

/**
 * A whole number in [min, max].
 * @param {unknown} value @param {string} method @param {string} name @param {number} min @param {number} max
 * @returns {number}
 */
export function integer(value, method, name, min, max) {
  const expected = `a whole number between ${min} and ${max}`;
  if (typeof value !== 'number') fail(TypeError, method, name, expected, value);
  if (!Number.isInteger(value) || value < min || value > max) fail(RangeError, method, name, expected, value);
  return value;
}

/** A finite number. @param {unknown} value @param {string} method @param {string} name @returns {number} */
export function finite(value, method, name) {
  if (typeof value !== 'number') fail(TypeError, method, name, 'a finite number', value);
  if (!Number.isFinite(value)) fail(RangeError, method, name, 'a finite number', value);
  return value;
}

/**
 * A string among `choices`.
 * @template {string} T
 * @param {unknown} value @param {string} method @param {string} name @param {readonly T[]} choices
 * @returns {T}
 */
export function oneOf(value, method, name, choices) {
  const expected = `one of ${choices.map((c) => `"${c}"`).join(', ')}`;
  if (typeof value !== 'string') fail(TypeError, method, name, expected, value);
  if (!choices.includes(/** @type {T} */ (value))) fail(RangeError, method, name, expected, value);
  return /** @type {T} */ (value);
}

/**
 * A non-empty string of at most maxLength characters.
 * @param {unknown} value @param {string} method @param {string} name @param {number} [maxLength]
 * @returns {string}
 */
export function text(value, method, name, maxLength = 1000) {
  const expected = `a non-empty string of at most ${maxLength} characters`;
  if (typeof value !== 'string') fail(TypeError, method, name, expected, value);
  if (value.length === 0 || value.length > maxLength) fail(RangeError, method, name, expected, value);
  return value;
}

/** @param {unknown} v @returns {v is Record<string, unknown>} */
const isPlainObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v) &&
  !(v instanceof ArrayBuffer);

/** @param {number} bytes */
const MB = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/**
 * The UTF-8 size of a string, lone surrogates counted as the 3 bytes of U+FFFD.
 * @param {string} string
 * @returns {number}
 */
export function utf8Length(string) {
  let bytes = 0;
  for (let i = 0; i < string.length; ++i) {
    const c = string.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < string.length &&
      (string.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { bytes += 4; ++i; }
    else bytes += 3;
  }
  return bytes;
}

/**
 * Settings as the engine's JSON text: a plain object or a JSON string of at most maxBytes
 * characters; undefined gives `fallback` (null: the argument is required).
 * @param {unknown} value @param {string} method @param {string} name
 * @param {string | null} [fallback] @param {number} [maxBytes]
 * @returns {string}
 */
export function json(value, method, name, fallback = null, maxBytes = 16 * 2 ** 20) {
  const expected = 'an object or a JSON string';
  if (value === undefined && fallback !== null) return fallback;
  let text = /** @type {string} */ (value);
  if (typeof value !== 'string') {
    if (!isPlainObject(value)) fail(TypeError, method, name, expected, value);
    try {
      text = JSON.stringify(value);
    } catch (e) {  // a cycle, a BigInt
      throw new TypeError(`${method}: ${name} must be ${expected} that JSON.stringify accepts: ${e.message}`);
    }
  }
  if (text.length > maxBytes) {
    throw new RangeError(`${method}: ${name} is ${MB(text.length)} of JSON, over the limit of ${MB(maxBytes)}`);
  }
  return text;
}

/**
 * Text input (a CSV, a model): a string, Uint8Array or ArrayBuffer of at most maxBytes
 * bytes (UTF-8 for a string). Returns its size in bytes.
 * @param {unknown} value @param {string} method @param {string} name @param {number} maxBytes
 * @returns {number}
 */
export function textInput(value, method, name, maxBytes) {
  /** @type {number} */
  let size;
  if (typeof value === 'string') {
    if (value.length > maxBytes) size = value.length;  // at least one byte a character: too large already
    else size = utf8Length(value);
  } else if (value instanceof Uint8Array || value instanceof ArrayBuffer) {
    size = value.byteLength;
  } else if (Array.isArray(value) && value.every((chunk) => chunk instanceof Uint8Array)) {
    size = value.reduce((total, chunk) => total + chunk.byteLength, 0);  // a file's pieces, in order
  } else {
    fail(TypeError, method, name, 'a string, Uint8Array, ArrayBuffer or array of Uint8Array', value);
  }
  if (size > maxBytes) throw new RangeError(`${method}: ${name} is ${MB(size)}, over the limit of ${MB(maxBytes)}`);
  return size;
}

/**
 * [min, max]: two finite numbers, min < max.
 * @param {ArrayLike<number>} value @param {string} method @param {string} name
 * @returns {ArrayLike<number>}
 */
export function range(value, method, name) {
  const expected = 'an array of two finite numbers [min, max] with min < max';
  if (!Array.isArray(value) && !ArrayBuffer.isView(value)) fail(TypeError, method, name, expected, value);
  if (value.length !== 2 || typeof value[0] !== 'number' || typeof value[1] !== 'number') {
    fail(TypeError, method, name, expected, value);
  }
  if (!Number.isFinite(value[0]) || !Number.isFinite(value[1]) || !(value[0] < value[1])) {
    throw new RangeError(`${method}: ${name} must be ${expected}, got [${value[0]}, ${value[1]}]`);
  }
  return value;
}

/**
 * Prediction rows: a Float32Array, a Float64Array or an array of numbers (NaN for a
 * missing value), of at most maxValues values. Returned as a Float32Array.
 * @param {Float32Array | Float64Array | number[]} value @param {string} method @param {string} name
 * @param {number} maxValues
 * @returns {Float32Array}
 */
export function numbers(value, method, name, maxValues) {
  const expected = 'a Float32Array, a Float64Array or an array of numbers';
  if (!(value instanceof Float32Array || value instanceof Float64Array || Array.isArray(value))) {
    fail(TypeError, method, name, expected, value);
  }
  if (value.length > maxValues) {
    throw new RangeError(`${method}: ${name} holds ${value.length} values, more than the ${maxValues} allowed`);
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; ++i) {
      if (typeof value[i] !== 'number') fail(TypeError, method, `${name}[${i}]`, 'a number (NaN for missing)', value[i]);
    }
  }
  for (let i = 0; i < value.length; ++i) {
    if (value[i] === Infinity || value[i] === -Infinity) {
      fail(RangeError, method, `${name}[${i}]`, 'finite (NaN for missing)', value[i]);
    }
  }
  return value instanceof Float32Array ? value : Float32Array.from(value);
}

/**
 * One raw row: an array of numbers, strings, or null (missing). Returned as JSON text.
 * @param {unknown} value @param {string} method @param {string} name
 * @returns {string}
 */
export function rowValues(value, method, name) {
  if (!Array.isArray(value)) fail(TypeError, method, name, 'an array of numbers, strings or null', value);
  if (value.length > 100000) throw new RangeError(`${method}: ${name} holds ${value.length} values, more than 100000`);
  value.forEach((v, i) => {
    if (v === null || typeof v === 'string') return;
    if (typeof v !== 'number') fail(TypeError, method, `${name}[${i}]`, 'a number, a string or null', v);
    if (v === Infinity || v === -Infinity) fail(RangeError, method, `${name}[${i}]`, 'finite (null or NaN for missing)', v);
  });
  return JSON.stringify(value);  // NaN becomes null: missing
}

/**
 * An optional function.
 * @param {unknown} value @param {string} method @param {string} name
 * @returns {Function | undefined}
 */
export function optionalFunction(value, method, name) {
  if (value !== undefined && typeof value !== 'function') fail(TypeError, method, name, 'a function', value);
  return /** @type {Function | undefined} */ (value);
}

/**
 * An options object, or undefined for none.
 * @param {unknown} value @param {string} method @param {string} [name]
 * @returns {Record<string, unknown>}
 */
export function options(value, method, name = 'options') {
  if (value === undefined) return {};
  if (!isPlainObject(value)) fail(TypeError, method, name, 'an object', value);
  return value;
}
