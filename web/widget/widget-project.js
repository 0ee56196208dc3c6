// A widget's `src` naming a project file (…/lesson.nnplay, or .json) rather than a CSV:
// fetched and checked here, then opened in the widget's session (core/open-project.js).
import { parseProject, checkProjectSize, PROJECT_EXTENSION } from '../core/project-file.js';
import { textError } from '../i18n/text-error.js';
import { msg } from '../i18n/text.js';

/** Whether `url` names a project file: by its ending, as a CSV never ends. @param {URL} url */
export const isProjectUrl = (url) => url.pathname.endsWith(PROJECT_EXTENSION) || url.pathname.endsWith('.json');

/**
 * Downloads and reads the project at `url`: a file over the size limit is refused before
 * it is read, a bad one named by its field. @param {URL} url @param {string} name
 * @returns {Promise<import('../core/project-file.js').Project & {problems: string[]}>}
 */
export async function fetchProject(url, name) {
  let response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw textError(msg('Could not download “{name}”: {reason}'), { name, reason: /** @type {Error} */ (e).message });
  }
  if (!response.ok) throw textError(msg('Could not download “{name}”: the server answered {status}.'), { name, status: response.status });
  const size = Number(response.headers.get('content-length'));
  if (size) checkProjectSize(name, size);
  return parseProject(await response.text(), name);
}
