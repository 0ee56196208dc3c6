// Large texts and files reach the engine's heap in one copy (TypedArray.set,
// TextEncoder.encodeInto) into a HeapText whose allocation is checked, never through
// Embind's std::string conversion: it copies byte by byte in JS, and writes from address 0
// over the module when its malloc fails.

/** @typedef {import('./nnplay.mjs').TextInput} TextInput */

/**
 * A text or bytes copied into a new HeapText, which the caller deletes. `size` is the
 * text's size in UTF-8 bytes (arguments.mjs, check.textInput).
 * @param {any} core the Emscripten module @param {string} name the API call, for its error
 * @param {TextInput} text @param {number} size @returns {any}
 */
function heapText(core, name, text, size) {
  const buffer = new core.HeapText(size);
  const address = buffer.address();
  if (!address) {
    buffer.delete();
    throw new RangeError(`${name}: out of memory: the WebAssembly heap cannot hold the ` +
      `${(size / 2 ** 20).toFixed(1)} MB of this text`);
  }
  const heap = core.HEAPU8.subarray(address, address + size);  // read after the allocation grew the heap
  if (typeof text === 'string') {
    new TextEncoder().encodeInto(text, heap);
  } else if (Array.isArray(text)) {
    let at = 0;
    for (const chunk of text) { heap.set(chunk, at); at += chunk.byteLength; }
  } else {
    heap.set(text instanceof ArrayBuffer ? new Uint8Array(text) : text);
  }
  return buffer;
}

/**
 * Calls `use` with the texts copied into HeapTexts, and deletes them after, whatever happens.
 * @template T
 * @param {any} core @param {string} name
 * @param {{text: TextInput, size: number}[]} texts
 * @param {(...buffers: any[]) => T} use
 * @returns {T}
 */
export function withHeapTexts(core, name, texts, use) {
  const buffers = [];
  try {
    for (const { text, size } of texts) buffers.push(heapText(core, name, text, size));
    return use(...buffers);
  } finally {
    for (const buffer of buffers) buffer.delete();
  }
}
