// The Web Worker entry: a thin shim over worker-core.js, which holds the logic.
import { loadNnplay } from '../../bindings/nnplay.mjs';
import { createWorkerCore } from './worker-core.js';

const core = createWorkerCore({
  post: (message, transfer = []) => self.postMessage(message, transfer),
  loadEngine: ({ wasmModule }) => loadNnplay({ wasmModule }),
});

self.onmessage = (event) => { core.handle(event.data); };
