// What a loaded data set is: counts, task, classes, what was dropped and why, and a
// preview table with each column's type and missing count. All values are the file's
// text, set as textContent.
import { h, replace } from '../ui/dom.js';
import { t, tp, live, livePlural, liveText, msg } from '../i18n/text.js';
import { engineMessageText, engineText } from '../core/engine-messages.js';
import { columnLabel } from '../core/presets.js';
import { imageShape } from '../core/image-data.js';
import { paintPicture } from '../ui/picture.js';

/**
 * @typedef {import('../core/engine-types.js').DataSummary} DataSummary
 * @typedef {import('../i18n/text.js').Live} Live
 */

const MAX_PREVIEW_COLUMNS = 14;

/** @type {Record<string, string>} */
const TASKS = { classification: msg('classification'), regression: msg('regression') };
/** @type {Record<string, string>} */
const COLUMN_TYPES = { numeric: msg('numeric'), categorical: msg('categorical'), constant: msg('constant'),
  identifier: msg('identifier'), empty: msg('empty') };
/** @type {Record<string, string>} */
const ROLES = { target: msg('target'), feature: msg('feature'), ignored: msg('ignored'), dropped: msg('dropped') };

/** @param {Record<string, string>} table @param {string} key @returns {string} */
const named = (table, key) => (Object.hasOwn(table, key) ? t(table[key]) : key);
/** A column's type (numeric, categorical...) in the page's language. @param {string} type @returns {string} */
export const columnTypeText = (type) => named(COLUMN_TYPES, type);
/** A column's role (target, ignored...) in the page's language. @param {string} role @returns {string} */
export const columnRoleText = (role) => named(ROLES, role);

// The split's counts as numbers: written with the locale's grouping, as every count is.
/** @param {DataSummary} s */
const split = (s) => (s.test_rows > 0
  ? t('train {train} / validation {validation} / test {test}', { train: s.train_rows, validation: s.validation_rows, test: s.test_rows })
  : t('train {train} / validation {validation}', { train: s.train_rows, validation: s.validation_rows }));

/**
 * The counts, task, classes and notes of a loaded data set; className names a class as the
 * page shows it (presets.js, classLabel).
 * @param {HTMLElement} root @param {DataSummary} s
 * @param {(name: string) => string | import('../i18n/text.js').Live} [className]
 */
export function renderSummary(root, s, className = (name) => name) {
  const counts = liveText(() => {
    const task = named(TASKS, s.task);
    return [
      tp('{count} row', '{count} rows', { count: s.rows }),
      tp('{count} input feature', '{count} input features', { count: s.feature_count }),
      s.target_rule ? t('target “{target}” ({rule})', { target: columnLabel(s.name, s.target), rule: engineMessageText(s.target_rule_message) ?? s.target_rule })
        : t('target “{target}”', { target: columnLabel(s.name, s.target) }),
      s.task_inferred ? t('{task} (inferred)', { task }) : task,
      split(s),
    ].join(' · ');
  });
  const classes = s.task === 'classification' && s.classes.length
    ? h('p', { class: 'classes' }, h('span', { class: 'hint', text: livePlural('{count} class: ', '{count} classes: ', { count: s.classes.length }) }),
      s.classes.slice(0, 20).map((c) => h('span', { class: 'chip' }, className(c.name), live(' ({count})', { count: c.count }))),
      s.classes.length > 20 ? h('span', { class: 'hint', text: live(' … {count} more', { count: s.classes.length - 20 }) }) : null)
    : null;
  const notes = [...s.dropped.map((d, i) => engineText(s.dropped_messages?.[i], d)),
    ...s.warnings.map((w, i) => engineText(s.warnings_messages?.[i], w))];
  replace(root,
    h('p', { class: 'counts', text: counts }),
    inputsLine(s),
    classes,
    notesList(notes));
}

/**
 * The stage's short line: rows, inputs, task and classes, the split, and how many notes
 * the details card holds. @param {HTMLElement} root @param {DataSummary} s
 */
export function renderCounts(root, s) {
  const notes = s.dropped.length + s.warnings.length;
  const line = liveText(() => [
    tp('{count} row', '{count} rows', { count: s.rows }),
    tp('{count} input', '{count} inputs', { count: s.feature_count }),
    s.task === 'classification' ? tp('{count} class', '{count} classes', { count: s.classes.length }) : t('regression'),
  ].join(' · '));
  replace(root,
    h('p', { text: line }),
    h('p', { class: 'hint', text: liveText(() => split(s)) }),
    notes ? h('p', { class: 'hint' }, h('a', { href: '#data-card',
      text: livePlural('{count} note on the data', '{count} notes on the data', { count: notes }) })) : null);
}

/** @type {Record<string, string>} */
const SCALED = {
  standardize: msg('standardized to mean 0 and standard deviation 1 on the training rows'),
  minmax: msg('scaled to [0, 1] (min-max) on the training rows'),
  none: msg('used as they are (no scaling)'),
};

/**
 * How the feature columns became the network's inputs: the numeric ones and their scaling,
 * each categorical one and its one-hot inputs. @param {DataSummary} s
 */
export function inputsLine(s) {
  const features = s.columns.filter((c) => c.role === 'feature');
  const oneHot = features.filter((c) => c.type === 'categorical' || c.features > 1);
  const numeric = features.length - oneHot.length;
  const names = s.feature_names ?? [];
  const encoded = oneHot.slice(0, 6).map((c) => {
    const inputs = names.filter((n) => n.startsWith(`${c.name}=`));
    return { column: c.name, count: c.features, names: inputs.length > 4 ? `${inputs.slice(0, 3).join(', ')}, …` : inputs.join(', ') };
  });
  const rest = oneHot.slice(6);
  if (!numeric && !oneHot.length) return null;
  const text = liveText(() => {
    const parts = [];
    if (numeric) {
      parts.push(tp('{count} numeric column → {count} input, {scaling}', '{count} numeric columns → {count} inputs, {scaling}',
        { count: numeric, scaling: named(SCALED, s.scaling) }));
    }
    for (const e of encoded) {
      parts.push(e.names ? tp('“{column}” → {count} one-hot input ({names})', '“{column}” → {count} one-hot inputs ({names})', e)
        : tp('“{column}” → {count} one-hot input', '“{column}” → {count} one-hot inputs', { column: e.column, count: e.count }));
    }
    if (rest.length) {
      parts.push(tp('{count} more categorical column → {inputs} one-hot inputs', '{count} more categorical columns → {inputs} one-hot inputs',
        { count: rest.length, inputs: String(rest.reduce((n, c) => n + c.features, 0)) }));
    }
    return t('Inputs: {parts}.', { parts: parts.join(t('; ')) });
  });
  return h('p', { class: 'inputs hint', id: 'data-inputs', text });
}

// The first few notes, the rest folded (MNIST drops a hundred constant pixel columns).
/** @param {Live[]} notes */
function notesList(notes) {
  if (!notes.length) return null;
  /** @param {Live | string} n */
  const item = (n) => h('li', { text: n });
  const list = h('ul', { class: 'notes' }, notes.slice(0, 4).map(item));
  if (notes.length <= 5) { list.append(item(notes[4] ?? '')); if (!notes[4]) list.lastChild.remove(); return list; }
  return h('div', {}, list, h('details', { class: 'notes-more' },
    h('summary', { text: livePlural('{count} more note', '{count} more notes', { count: notes.length - 4 }) }),
    h('ul', { class: 'notes' }, notes.slice(4).map(item))));
}

/**
 * Image data's first rows as pictures, each with its class; null for other data.
 * @param {DataSummary} s @returns {HTMLElement | null}
 */
function pictures(s) {
  const shape = imageShape(s);
  if (!shape) return null;
  const pixels = s.columns.filter((c) => c.role !== 'target');
  const target = s.columns.find((c) => c.role === 'target');
  return h('ul', { class: 'pictures', id: 'preview-pictures', 'aria-label': live('The first rows as pictures') },
    s.preview.map((r, i) => {
      const label = target ? r[target.number - 1] ?? '' : '';
      const canvas = h('canvas', { class: 'picture', role: 'img', 'aria-label': live('Row {row}: {label}', { row: i + 1, label }) });
      paintPicture(canvas, pixels.map((c) => (Number(r[c.number - 1]) - shape.low) / (shape.high - shape.low)), shape.side);
      return h('li', {}, canvas, h('span', { text: label }));
    }));
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
    h('span', { class: 'col-meta', text: liveText(() => (c.missing
      ? t('{type} · {missing} missing', { type: columnTypeText(c.type), missing: String(c.missing) }) : columnTypeText(c.type))) }),
    c.role !== 'feature' ? h('span', { class: `col-role ${c.role}`, text: liveText(() => columnRoleText(c.role)) }) : null,
    c.note ? h('span', { class: 'col-note', text: engineText(c.note_message, c.note) }) : null)));
  const body = s.preview.map((r) => h('tr', {}, columns.map((c) => r[c.number - 1] ?? '').map((v) =>
    h('td', { class: v === '' ? 'missing' : null, text: v === '' ? '∅' : v }))));
  const caption = more > 0
    ? livePlural('First {count} row ({shown} of {columns} columns)', 'First {count} rows ({shown} of {columns} columns)',
      { count: s.preview.length, shown: String(columns.length), columns: String(s.columns.length) })
    : livePlural('First {count} row', 'First {count} rows', { count: s.preview.length });
  replace(root, pictures(s),
    h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': live('Data preview') },
      h('table', { class: 'preview-table', id: 'preview-table' },
        h('caption', { text: caption }),
        h('thead', {}, head), h('tbody', {}, body))));
}
