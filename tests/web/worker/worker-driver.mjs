// Drives web/worker/worker-core.js in Node, as the page's worker would run it, with the engine
// copy scripts/build-web.sh puts beside dist/ (build/web-engine).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createWorkerCore } from '../../../web/worker/worker-core.js';
import { toDataOptions, toEngineConfig } from '../../../web/core/state.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const { loadNnplay } = await import(pathToFileURL(path.join(root, 'build/web-engine/nnplay.mjs')).href);

/**
 * A worker core before init: request(type, payload) resolves with the reply (same id, not
 * a progress event); messages holds everything posted. fetchImpl: downloads (default fetch).
 * @param {{fetchImpl?: typeof fetch}} [io]
 */
export function createCore({ fetchImpl } = {}) {
  const messages = [];
  let waiters = [];
  const post = (m) => {
    messages.push(m);
    waiters = waiters.filter((w) => !(w.match(m) && (w.resolve(m), true)));
  };
  const core = createWorkerCore({ post, loadEngine: () => loadNnplay(), ...fetchImpl && { fetchImpl } });
  let id = 0;
  const request = (type, payload = {}) => {
    const msg = { ...payload, type, id: ++id };
    const reply = new Promise((resolve) => waiters.push({ match: (m) => m.id === msg.id, resolve }));
    core.handle(msg);
    return reply;
  };
  return { request, messages };
}

/** A worker core with the engine loaded. @param {{fetchImpl?: typeof fetch}} [io] */
export async function makeCore(io) {
  const { request, messages } = createCore(io);
  const ready = await request('init');
  if (ready.type !== 'ready') throw new Error(`init: ${ready.message}`);
  return { request, messages };
}

async function expectDone(promise, what) {
  const reply = await promise;
  if (reply.type === 'error') throw new Error(`${what}: ${reply.message}`);
  return reply;
}

/**
 * Runs a page state (a built-in data set) to its end through the worker, as the page's
 * Train button does: {history, reason, weights} with the weights of the last visuals.
 */
export async function runState(core, state) {
  await expectDone(core.request('load', { source: { kind: 'builtin', name: state.dataset }, options: toDataOptions(state) }), 'load');
  await expectDone(core.request('configure', { config: toEngineConfig(state) }), 'configure');
  const from = core.messages.length;
  const done = await expectDone(core.request('train'), 'train');
  const { history } = await expectDone(core.request('export', { what: 'history' }), 'export');
  const weights = core.messages.slice(from).filter((m) => m.type === 'visuals' && m.weights).at(-1)?.weights;
  return { history, reason: done.reason, weights };
}
