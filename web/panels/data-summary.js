// What a loaded data set is: counts, task, classes, what was dropped and why, and a
// preview table with each column's type and missing count (and, for an uploaded CSV,
// the target and ignore choices). All values are the file's text, set as textContent.
import { h, replace } from '../ui/dom.js';
import { helpButton } from '../teaching/help-button.js';

/**
 * @typedef {import('../core/engine-types.js').DataSummary} DataSummary
 * @typedef {{onTarget: (name: string) => void, onIgnore: (name: string, ignored: boolean) => void, ignore: string[]}}
 *   PreviewControls the target and ignore choices of an uploaded CSV
 */

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
    classes,
    notesList(notes));
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
 * The preview table. controls (uploaded CSV only): {onTarget(name), onIgnore(name, on), ignore[]}.
 * @param {HTMLElement} root
 * @param {DataSummary} s
 * @param {PreviewControls | null} controls
 */
export function renderPreview(root, s, controls) {
  // The first columns, and always the target (the last column by default).
  const columns = s.columns.slice(0, MAX_PREVIEW_COLUMNS);
  const target = s.columns.find((c) => c.role === 'target');
  if (target && !columns.includes(target)) columns[columns.length - 1] = target;
  const more = s.columns.length - columns.length;
  const head = h('tr', {}, columns.map((c) => h('th', { scope: 'col', class: `role-${c.role}` },
    h('span', { class: 'col-name', text: c.name }),
    h('span', { class: 'col-meta', text: `${c.type}${c.missing ? ` · ${c.missing} missing` : ''}` }),
    c.role !== 'feature' ? h('span', { class: `col-role ${c.role}`, text: c.role }) : null,
    c.note ? h('span', { class: 'col-note', text: c.note }) : null)));
  const rows = [head];
  if (controls) {
    rows.push(h('tr', { class: 'controls' }, columns.map((c, i) => {
      const target = h('input', { type: 'radio', name: 'target-col', id: `target-${i}`, value: c.name,
        checked: c.role === 'target' });
      target.addEventListener('change', () => { if (target.checked) controls.onTarget(c.name); });
      const ignore = h('input', { type: 'checkbox', id: `ignore-${i}`, checked: controls.ignore.includes(c.name),
        disabled: c.role === 'target' });
      ignore.addEventListener('change', () => controls.onIgnore(c.name, ignore.checked));
      return h('td', {},
        h('label', { for: target.id, class: 'inline' }, target, ' target'),
        h('label', { for: ignore.id, class: 'inline' }, ignore, ' ignore'));
    })));
  }
  const body = s.preview.map((r) => h('tr', {}, columns.map((c) => r[c.number - 1] ?? '').map((v) =>
    h('td', { class: v === '' ? 'missing' : null, text: v === '' ? '∅' : v }))));
  const help = controls ? [helpButton('target'), helpButton('ignore_columns')] : [];
  replace(root,
    controls ? h('p', { class: 'hint' }, 'Choose the column to predict ', help[0].button, ' and columns to leave out ',
      help[1].button) : null, ...help.map((x) => x.panel),
    h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Data preview' },
      h('table', { class: 'preview-table', id: 'preview-table' },
        h('caption', { text: `First ${s.preview.length} rows${more > 0 ? ` (${columns.length} of ${s.columns.length} columns)` : ''}` }),
        h('thead', {}, rows), h('tbody', {}, body))),
    more > 0 && controls ? h('p', { class: 'hint', text: `${more} more columns are not shown here; they are all used as inputs ` +
      'unless dropped (see the notes above).' }) : null);
}
