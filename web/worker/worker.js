// The Web Worker entry: a thin shim over worker-core.js, which holds the logic.
import { loadNnplay } from '../../bindings/nnplay.mjs';
import { createWorkerCore } from './worker-core.js';

// `self` is the worker's global scope (the type check's DOM library knows only a window's).
/** @typedef {{postMessage(message: unknown, transfer: Transferable[]): void}} WorkerScope */

const core = createWorkerCore({
  post: (message, transfer = []) => /** @type {WorkerScope} */ (/** @type {unknown} */ (self)).postMessage(message, transfer),
  loadEngine: ({ wasmModule }) => loadNnplay({ wasmModule }),
});

self.onmessage = (event) => {
  if (event.data?.type === 'watch') holdLock(event.data.lock);
  else core.handle(event.data);
};

// A lock held for as long as this worker lives: the page waits for the same lock, so it
// learns when the worker ends without an error event (its own close(), the browser
// stopping it) and offers a restart (core/worker-client.js).
/** @param {string} name */
function holdLock(name) {
  navigator.locks?.request(name, () => {
    /** @type {WorkerScope} */ (/** @type {unknown} */ (self)).postMessage({ type: 'watching', lock: name }, []);
    return new Promise(() => {});
  });
}
