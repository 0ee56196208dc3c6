// A widget's `src` naming a project file (…/lesson.nnplay, or .json) rather than a CSV:
// fetched and checked here, then opened in the widget's session (core/open-project.js).
import { parseProject, checkProjectSize, PROJECT_EXTENSION, MAX_PROJECT_BYTES } from '../core/project-file.js';
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
  return parseProject(await readAtMost(response, name), name);
}

// The body's text, read no further than the limit (a compressed response's length header
// is not the body's size; a server may send none).
/** @param {Response} response @param {string} name @returns {Promise<string>} */
async function readAtMost(response, name) {
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const decoder = new TextDecoder();
  let text = '';
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.length;
    if (read > MAX_PROJECT_BYTES) {
      reader.cancel().catch(() => {});
      throw textError(msg('“{name}” is over {max} MB, the most a project file may hold.'), { name, max: MAX_PROJECT_BYTES / 1e6 });
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
