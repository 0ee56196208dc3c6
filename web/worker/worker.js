// The Web Worker entry: a thin shim over worker-core.js, which holds the logic.
import { loadNnplay } from '../../bindings/nnplay.mjs';
import { createWorkerCore } from './worker-core.js';

// `self` is the worker's global scope (the type check's DOM library knows only a window's).
/** @typedef {{postMessage(message: unknown, transfer: Transferable[]): void}} WorkerScope */

const core = createWorkerCore({
  post: (message, transfer = []) => /** @type {WorkerScope} */ (/** @type {unknown} */ (self)).postMessage(message, transfer),
  loadEngine: ({ wasmModule }) => loadNnplay({ wasmModule }),
});

self.onmessage = (event) => { core.handle(event.data); };
