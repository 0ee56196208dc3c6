// A project file's session opened in a Session: its data (a built-in, or the CSV text it
// holds), its settings, then its network, which training goes on from. The page (app.js)
// and the widget (widget/widget.js) share this; each shows the runs and curves its own way.
import { toDataOptions } from './state.js';

/**
 * @typedef {import('./project-file.js').Project} Project
 * @typedef {import('./session.js').Session} Session
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
 * Loads the project's data and settings, then imports its network. Resolves with the
 * import's reply ({fit, epoch, ...}, or null without a network), or with undefined when the
 * data did not load (the session's load-error said why; the session keeps what it had).
 * @param {Session} session @param {Project} project
 * @returns {Promise<{fit: import('./engine-types.js').ModelFit, epoch: number} | null | undefined>}
 */
export async function openProject(session, project) {
  const d = project.data;
  if (d.kind === 'builtin') {
    await session.apply(project.state);
    if (session.state.dataset !== d.name || !session.summary) return undefined;
  } else {
    const summary = await session.load({ kind: 'text', text: d.text, name: d.name }, projectCsvOptions(project), d.name);
    if (!summary) return undefined;
    await session.useCsv(project.state);
  }
  if (!project.model) return null;
  const imported = await session.importModel(JSON.stringify(project.model));
  // The settings changed since the network trained (more epochs, another rate) are the project's.
  await session.apply(project.state);
  return imported;
}
