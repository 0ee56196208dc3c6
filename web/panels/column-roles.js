// The role of every column of an uploaded CSV: which one is the target, which are left
// out. A list with a search box, so a file of 2,000 columns is as easy as one of 5: the
// list draws the columns that match (at most MAX_SHOWN), by name or by number.
import { h, replace } from '../ui/dom.js';
import { helpButton } from '../teaching/help-button.js';
import { live, livePlural, liveText, setText } from '../i18n/text.js';
import { columnTypeText, columnRoleText } from './data-summary.js';
import { engineText } from '../core/engine-messages.js';

/**
 * @typedef {import('../core/engine-types.js').DataSummary} DataSummary
 * @typedef {import('../core/engine-types.js').ColumnSummary} ColumnSummary
 * @typedef {{onTarget: (name: string) => void, onIgnore: (name: string, ignored: boolean) => void, ignore: string[]}}
 *   RoleControls
 */

const MAX_SHOWN = 40;
// Without a search, a wide file's list starts with the target and the columns with a role
// or a note; the rest follow in order.
const SEARCH_FROM = 15;

/**
 * The columns matching `query` ("" for all): by name, case-insensitively, or by 1-based
 * number ("12", "#12"). The target and columns with a role other than feature come first
 * when there is no query.
 * @param {ColumnSummary[]} columns
 * @param {string} query
 * @returns {ColumnSummary[]}
 */
export function matchingColumns(columns, query) {
  const q = query.trim().toLowerCase();
  if (!q) {
    const marked = columns.filter((c) => c.role !== 'feature' || c.note);
    return [...marked, ...columns.filter((c) => !marked.includes(c))];
  }
  const number = /^#?(\d+)$/.exec(q);
  return columns.filter((c) => (number && c.number === Number(number[1])) || c.name.toLowerCase().includes(q));
}

export class ColumnRoles {
  /** @param {HTMLElement} root */
  constructor(root) {
    this.root = root;
    /** @type {DataSummary | null} */
    this.summary = null;
    /** @type {RoleControls | null} */
    this.controls = null;
    this.search = h('input', { type: 'search', id: 'column-search', placeholder: live('name or number'),
      autocomplete: 'off', 'aria-controls': 'column-roles' });
    this.search.addEventListener('input', () => this.#render());
    this.searchField = h('div', { class: 'field inline-field' }, h('label', { for: 'column-search', text: live('Find a column ') }), this.search);
    this.count = h('span');
    this.list = h('tbody');
    this.more = h('p', { class: 'hint', id: 'column-roles-more', 'aria-live': 'polite' });
    const help = [helpButton('target'), helpButton('ignore_columns')];
    replace(root,
      h('p', { class: 'hint' }, live('Choose the column to predict '), help[0].button, live(' and columns to leave out '), help[1].button,
        this.count), ...help.map((x) => x.panel),
      this.searchField,
      h('div', { class: 'table-scroll column-roles-scroll', tabindex: '-1' },
        h('table', { class: 'column-roles', id: 'column-roles' },
          h('caption', { class: 'visually-hidden', text: live('Column roles') }),
          h('thead', {}, h('tr', {}, ['#', live('column'), live('type'), live('target'), live('ignore')].map((text) => h('th', { scope: 'col', text })))),
          this.list)),
      this.more);
  }

  /**
   * Shows a CSV's columns. The search stays while the same file is reloaded with other
   * roles; another file starts without one.
   * @param {DataSummary} summary the loaded CSV's
   * @param {RoleControls} controls
   * @param {{sameFile: boolean}} file
   */
  show(summary, controls, { sameFile }) {
    this.summary = summary;
    this.controls = controls;
    if (!sameFile) this.search.value = '';
    this.searchField.hidden = summary.columns.length < SEARCH_FROM;
    setText(this.count, livePlural(' ({count} column).', ' ({count} columns).', { count: summary.columns.length }));
    this.#render();
  }

  #render() {
    if (!this.summary) return;
    const all = matchingColumns(this.summary.columns, this.search.value);
    const shown = all.slice(0, MAX_SHOWN);
    replace(this.list, shown.map((c) => this.#row(c)));
    const hidden = all.length - shown.length;
    const query = this.search.value.trim();
    const find = query ? livePlural('{count} more column matches: type a name or a number to find one.',
      '{count} more columns match: type a name or a number to find one.', { count: hidden })
      : livePlural('{count} more column: type a name or a number to find one.',
        '{count} more columns: type a name or a number to find one.', { count: hidden });
    setText(this.more, !all.length ? live('No column matches “{query}”.', { query }) : hidden > 0 ? find : '');
  }

  /** @param {ColumnSummary} c */
  #row(c) {
    const controls = /** @type {RoleControls} */ (this.controls);
    const target = h('input', { type: 'radio', name: 'target-col', value: c.name, checked: c.role === 'target',
      'aria-label': live('Target: {name}', { name: c.name }) });
    target.addEventListener('change', () => { if (target.checked) controls.onTarget(c.name); });
    const ignore = h('input', { type: 'checkbox', value: c.name, checked: controls.ignore.includes(c.name),
      disabled: c.role === 'target', 'aria-label': live('Ignore {name}', { name: c.name }) });
    ignore.addEventListener('change', () => controls.onIgnore(c.name, ignore.checked));
    const meta = liveText(() => (c.role === 'feature' ? columnTypeText(c.type) : `${columnTypeText(c.type)} · ${columnRoleText(c.role)}`));
    return h('tr', { class: `role-${c.role}`, 'data-column': String(c.number) },
      h('td', { class: 'num', text: String(c.number) }),
      h('th', { scope: 'row', class: 'col-name', text: c.name, title: c.note ? engineText(c.note_message, c.note) : null }),
      h('td', { class: 'col-meta', text: meta }),
      h('td', {}, target), h('td', {}, ignore));
  }
}
