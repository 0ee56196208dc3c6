// The main thread's side of the worker protocol: request(type, payload) returns a
// promise of the reply with the same id; events (progress, visuals, and errors or
// done messages not tied to a pending request) go to the listeners given to on().

import { Listeners } from './listeners.js';
import { t } from '../i18n/text.js';

export class WorkerClient {
  /** @type {Worker} */
  #worker;
  #nextId = 1;
  /** @type {Map<number, {resolve: (reply: any) => void, reject: (error: Error) => void, type: string}>} */
  #pending = new Map();
  #listeners = new Listeners();
  #terminated = false;

  /** target: the worker script's URL (a module worker is started) or a Worker. @param {string | URL | Worker} target */
  constructor(target) {
    this.#worker = target instanceof Worker ? target : new Worker(target, { type: 'module' });
    this.#worker.onmessage = (event) => this.#receive(event.data);
    this.#worker.onerror = (event) => this.#fail(event.message || t('the training worker failed to start'));
    this.#watch();
  }

  // The worker holds a lock while it lives (worker/worker.js); once this side gets it, the
  // worker has ended. An ending without an error event (the browser stopped it, it closed)
  // is a crash like any other.
  #watch() {
    const locks = globalThis.navigator?.locks;
    if (!locks) return;
    const lock = `nnplay-worker-${globalThis.crypto.randomUUID()}`;
    this.on('watching', () => {
      locks.request(lock, () => {
        if (!this.#terminated) this.#fail(t('the engine’s worker ended without an error (the browser may have stopped it)'));
      });
    });
    this.#worker.postMessage({ type: 'watch', lock });
  }

  /** The worker is gone: every pending request fails, and listeners hear `fatal`. @param {string} message */
  #fail(message) {
    for (const { reject } of this.#pending.values()) reject(Object.assign(new Error(message), { where: 'worker' }));
    this.#pending.clear();
    this.#emit('fatal', { message });
  }

  /** The Worker itself (read-only use: tests simulate its crash with an 'error' event). @returns {Worker} */
  get worker() {
    return this.#worker;
  }

  /**
   * Sends a request; resolves with the reply, rejects with an Error carrying where/preview.
   * @param {string} type
   * @param {object} [payload]
   * @param {Transferable[]} [transfer]
   * @returns {Promise<any>} the reply message (worker/worker-core.js)
   */
  request(type, payload = {}, transfer = []) {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, type });
      this.#worker.postMessage({ ...payload, type, id }, transfer);
    });
  }

  /**
   * Listens to the messages of a type that answer no request (events); returns a function
   * that stops listening.
   * @param {string} type
   * @param {(message: any) => void} listener
   * @returns {() => boolean}
   */
  on(type, listener) {
    return this.#listeners.on(type, listener);
  }

  /** Stops the worker. */
  terminate() {
    this.#terminated = true;
    this.#worker.terminate();
  }

  /** @param {string} type @param {unknown} message */
  #emit(type, message) {
    this.#listeners.emit(type, message);
  }

  /** @param {any} message */
  #receive(message) {
    const waiting = message.id !== undefined ? this.#pending.get(message.id) : undefined;
    if (!waiting) {
      this.#emit(message.type, message);
      return;
    }
    this.#pending.delete(message.id);
    if (message.type === 'error') {
      // code and params: the engine's coded message, which the page shows in its language.
      const coded = typeof message.code === 'string' ? { code: message.code, params: message.params } : {};
      waiting.reject(Object.assign(new Error(message.message), coded, {
        where: message.where, preview: message.preview, fileName: message.fileName, stopped: message.stopped,
      }));
    } else {
      waiting.resolve(message);
    }
  }
}
