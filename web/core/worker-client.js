// The main thread's side of the worker protocol: request(type, payload) returns a
// promise of the reply with the same id; events (progress, visuals, and errors or
// done messages not tied to a pending request) go to the listeners given to on().

export class WorkerClient {
  #worker;
  #nextId = 1;
  #pending = new Map();
  #listeners = new Map();

  /** target: the worker script's URL (a module worker is started) or a Worker. */
  constructor(target) {
    this.#worker = target instanceof Worker ? target : new Worker(target, { type: 'module' });
    this.#worker.onmessage = (event) => this.#receive(event.data);
    this.#worker.onerror = (event) => {
      const message = event.message || 'the training worker failed to start';
      for (const { reject } of this.#pending.values()) reject(Object.assign(new Error(message), { where: 'worker' }));
      this.#pending.clear();
      this.#emit('fatal', { message });
    };
  }

  /** The Worker itself (read-only use: tests simulate its crash with an 'error' event). */
  get worker() {
    return this.#worker;
  }

  /** Sends a request; resolves with the reply, rejects with an Error carrying where/preview. */
  request(type, payload = {}, transfer = []) {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, type });
      this.#worker.postMessage({ ...payload, type, id }, transfer);
    });
  }

  on(type, listener) {
    if (!this.#listeners.has(type)) this.#listeners.set(type, new Set());
    this.#listeners.get(type).add(listener);
    return () => this.#listeners.get(type).delete(listener);
  }

  terminate() {
    this.#worker.terminate();
  }

  #emit(type, message) {
    for (const listener of this.#listeners.get(type) ?? []) listener(message);
  }

  #receive(message) {
    const waiting = message.id !== undefined ? this.#pending.get(message.id) : undefined;
    if (!waiting) {
      this.#emit(message.type, message);
      return;
    }
    this.#pending.delete(message.id);
    if (message.type === 'error') {
      waiting.reject(Object.assign(new Error(message.message), {
        where: message.where, preview: message.preview, fileName: message.fileName,
      }));
    } else {
      waiting.resolve(message);
    }
  }
}
