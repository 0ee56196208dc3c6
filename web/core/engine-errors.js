// The engine's objections to the settings (configure's errors), kept by the field they
// name: one that names no field (the data and the settings do not fit together) is
// 'general' and blocks Train with the message itself. Shown in the page's language when
// the engine coded them.
import { fieldOfEngineMessage } from './state.js';
import { codedError, engineMessageText } from './engine-messages.js';

/** @typedef {import('./engine-messages.js').EngineMessage} EngineMessage */

export class EngineErrors {
  /** @type {Record<string, {text: string, coded: EngineMessage | null}>} field -> the engine's message */
  #byField = {};

  /**
   * The engine's latest objection, at the field it names; it replaces the ones before.
   * @param {{message: string, code?: string, params?: Record<string, unknown>}} error the engine's, as the worker sent it
   */
  set(error) {
    const { message } = error;
    const field = fieldOfEngineMessage(message);
    const coded = codedError(error);
    this.#byField = field ? { [field]: { text: message.replace(/^[a-z_0-9.[\]]+ /, ''), coded } } : { general: { text: message, coded } };
  }

  clear() {
    this.#byField = {};
  }

  /** A field edited: its objection goes, and so does a general one (layers: every layer's). @param {string} name */
  forget(name) {
    delete this.#byField[name];
    delete this.#byField.general;
    if (name === 'layers') for (const k of Object.keys(this.#byField)) if (k.startsWith('layers')) delete this.#byField[k];
  }

  /** The objections by field, in the page's language when coded. @returns {Record<string, string>} */
  texts() {
    return Object.fromEntries(Object.entries(this.#byField).map(([field, { text, coded }]) => [field, engineMessageText(coded) ?? text]));
  }
}
