// What a loaded data set is: counts, task, classes, what was dropped and why, and a
// preview table with each column's type and missing count. All values are the file's
// text, set as textContent.
import { h, replace } from '../ui/dom.js';

/** @typedef {import('../core/engine-types.js').DataSummary} DataSummary */

const MAX_PREVIEW_COLUMNS = 14;

/** The counts, task, classes and notes of a loaded data set. @param {HTMLElement} root @param {DataSummary} s */
export function renderSummary(root, s) {
  const task = `${s.task}${s.task_inferred ? ' (inferred)' : ''}`;
  const parts = [
    `${s.rows.toLocaleString()} rows`,
    `${s.feature_count} input feature${s.feature_count === 1 ? '' : 's'}`,
    `target “${s.target}”${s.target_rule ? ` (${s.target_rule})` : ''}`,
    task,
    `train ${s.train_rows} / validation ${s.validation_rows}`,
  ];
  const classes = s.task === 'classification' && s.classes.length
    ? h('p', { class: 'classes' }, h('span', { class: 'hint', text: `${s.classes.length} classes: ` }),
      s.classes.slice(0, 20).map((c) => h('span', { class: 'chip', text: `${c.name} (${c.count})` })),
      s.classes.length > 20 ? h('span', { class: 'hint', text: ` … ${s.classes.length - 20} more` }) : null)
    : null;
  const notes = [...s.dropped, ...s.warnings];
  replace(root,
    h('p', { class: 'counts', text: parts.join(' · ') }),
    inputsLine(s),
    classes,
    notesList(notes));
}

/**
 * The stage's short line: rows, inputs, task and classes, the split, and how many notes
 * the details card holds. @param {HTMLElement} root @param {DataSummary} s
 */
export function renderCounts(root, s) {
  const kind = s.task === 'classification' ? `${s.classes.length} classes` : 'regression';
  const notes = s.dropped.length + s.warnings.length;
  replace(root,
    h('p', { text: `${s.rows.toLocaleString()} rows · ${s.feature_count} input${s.feature_count === 1 ? '' : 's'} · ${kind}` }),
    h('p', { class: 'hint', text: `train ${s.train_rows} / validation ${s.validation_rows}` }),
    notes ? h('p', { class: 'hint' }, h('a', { href: '#data-card', text: `${notes} note${notes === 1 ? '' : 's'} on the data` })) : null);
}

const SCALED = {
  standardize: 'standardized to mean 0 and standard deviation 1 on the training rows',
  minmax: 'scaled to [0, 1] (min-max) on the training rows',
  none: 'used as they are (no scaling)',
};

/**
 * How the feature columns became the network's inputs: the numeric ones and their scaling,
 * each categorical one and its one-hot inputs. @param {DataSummary} s
 */
export function inputsLine(s) {
  const features = s.columns.filter((c) => c.role === 'feature');
  const oneHot = features.filter((c) => c.type === 'categorical' || c.features > 1);
  const numeric = features.length - oneHot.length;
  const parts = [];
  if (numeric) parts.push(`${numeric} numeric column${numeric === 1 ? '' : 's'} → ${numeric} input${numeric === 1 ? '' : 's'}, ${SCALED[s.scaling] ?? s.scaling}`);
  const names = s.feature_names ?? [];
  for (const c of oneHot.slice(0, 6)) {
    const inputs = names.filter((n) => n.startsWith(`${c.name}=`));
    const shown = inputs.length > 4 ? `${inputs.slice(0, 3).join(', ')}, …` : inputs.join(', ');
    parts.push(`“${c.name}” → ${c.features} one-hot input${c.features === 1 ? '' : 's'}${shown ? ` (${shown})` : ''}`);
  }
  if (oneHot.length > 6) parts.push(`${oneHot.length - 6} more categorical columns → ${oneHot.slice(6).reduce((n, c) => n + c.features, 0)} one-hot inputs`);
  if (!parts.length) return null;
  return h('p', { class: 'inputs hint', id: 'data-inputs', text: `Inputs: ${parts.join('; ')}.` });
}

// The first few notes, the rest folded (MNIST drops a hundred constant pixel columns).
/** @param {string[]} notes */
function notesList(notes) {
  if (!notes.length) return null;
  /** @param {string} n */
  const item = (n) => h('li', { text: n });
  const list = h('ul', { class: 'notes' }, notes.slice(0, 4).map(item));
  if (notes.length <= 5) { list.append(item(notes[4] ?? '')); if (!notes[4]) list.lastChild.remove(); return list; }
  return h('div', {}, list, h('details', { class: 'notes-more' },
    h('summary', { text: `${notes.length - 4} more notes` }), h('ul', { class: 'notes' }, notes.slice(4).map(item))));
}

/**
 * The preview table: the first rows of the first columns, and always the target, each
 * column with its type, missing count and role. (An uploaded CSV's roles are chosen in
 * column-roles.js.)
 * @param {HTMLElement} root
 * @param {DataSummary} s
 */
export function renderPreview(root, s) {
  const columns = s.columns.slice(0, MAX_PREVIEW_COLUMNS);
  const target = s.columns.find((c) => c.role === 'target');
  if (target && !columns.includes(target)) columns[columns.length - 1] = target;
  const more = s.columns.length - columns.length;
  const head = h('tr', {}, columns.map((c) => h('th', { scope: 'col', class: `role-${c.role}` },
    h('span', { class: 'col-name', text: c.name }),
    h('span', { class: 'col-meta', text: `${c.type}${c.missing ? ` · ${c.missing} missing` : ''}` }),
    c.role !== 'feature' ? h('span', { class: `col-role ${c.role}`, text: c.role }) : null,
    c.note ? h('span', { class: 'col-note', text: c.note }) : null)));
  const body = s.preview.map((r) => h('tr', {}, columns.map((c) => r[c.number - 1] ?? '').map((v) =>
    h('td', { class: v === '' ? 'missing' : null, text: v === '' ? '∅' : v }))));
  replace(root,
    h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Data preview' },
      h('table', { class: 'preview-table', id: 'preview-table' },
        h('caption', { text: `First ${s.preview.length} rows${more > 0 ? ` (${columns.length} of ${s.columns.length} columns)` : ''}` }),
        h('thead', {}, head), h('tbody', {}, body))));
}
