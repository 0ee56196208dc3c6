// A project file's session opened in a Session: its network first (the engine checks it
// before anything changes), then its data (a built-in, or the CSV text it holds) and
// settings; training then goes on from the network. The page (app.js) and the widget
// (widget/widget.js) share this; each shows the runs and curves its own way.
import { toDataOptions } from './state.js';

/**
 * @typedef {import('./project-file.js').Project} Project
 * @typedef {import('./session.js').Session} Session
 * @typedef {{fit: import('./engine-types.js').ModelFit, epoch: number}} Opened the network against the
 *   project's data, and the epoch training goes on from
 */

/**
 * The engine's data options for a project's CSV: its settings, target and ignored columns.
 * @param {Project} project @returns {Record<string, unknown>}
 */
export function projectCsvOptions(project) {
  const options = toDataOptions({ ...project.state, generated: false });
  const d = project.data;
  if (d.kind !== 'csv') return options;
  if (d.target) options.target = d.target;
  if (d.ignore.length) options.ignore_columns = d.ignore;
  if (d.skipRagged) options.skip_ragged_rows = true;
  return options;
}

/**
 * Opens the project in the session. Rejects with the engine's message for a network it
 * cannot read, before anything changes. Resolves with the network against the project's
 * data (null without a network), or undefined when the data did not load (the session's
 * load-error said why; its data, settings and network are put back).
 * @param {Session} session @param {Project} project
 * @param {{beforeCsv?: () => void}} [hooks] beforeCsv: called before the project's CSV loads
 * @returns {Promise<Opened | null | undefined>}
 */
export async function openProject(session, project, { beforeCsv } = {}) {
  // What the session had, put back if the project's data does not load.
  const before = { state: session.state, network: session.summary
    ? await session.request('export', { what: 'model' }).then((r) => r.json, () => null) : null };
  if (project.model) await session.importModel(JSON.stringify(project.model), { resume: true });
  let failed = false;
  const stop = session.on('load-error', () => { failed = true; });
  try {
    const d = project.data;
    if (d.kind === 'builtin') {
      await session.apply(project.state);
    } else {
      beforeCsv?.();
      const summary = await session.load({ kind: 'text', text: d.text, name: d.name }, projectCsvOptions(project), d.name);
      if (summary) await session.useCsv(project.state);
    }
  } finally {
    stop();
  }
  if (failed) {
    if (before.network) await session.importModel(before.network, { resume: true });
    await session.apply(before.state);
    return undefined;
  }
  return project.model ? session.request('fit') : null;
}
