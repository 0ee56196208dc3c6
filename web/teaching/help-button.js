// Help next to a control or a view: a small info button (a real <button>, with
// aria-expanded and aria-controls) that shows a short disclosure with the help's
// paragraphs. Hovering or focusing the button shows it while there; a click (Enter,
// Space, a tap) keeps it open until the next click or Escape. Text only, no innerHTML.
// The controls' paragraphs (help-texts.js) load when a help is first opened, with their
// translation in the page's language. Every text is live: a switch of language redraws
// the help where it is, open or not.
import { h } from '../ui/dom.js';
import { addCatalogs, live, liveText, t } from '../i18n/text.js';
import { HELP_TITLES } from './help-titles.js';
import { VIEW_HELP, helpLine, helpParagraphs } from './help-views.js';

/**
 * @typedef {import('./help-views.js').HelpEntry} HelpEntry
 * @typedef {string | HelpEntry} HelpRef a control's name (help-titles.js) or a view's entry
 * @typedef {{button: HTMLButtonElement, panel: HTMLDivElement}} HelpUi
 */

let uid = 0;
/** @type {Promise<typeof import('./help-texts.js')> | null} */
let controlTexts = null;
// The controls' help, its translations joining the catalog (the current language's now,
// another's when switched to). A failed download is forgotten, so that the next help
// opened tries again.
const loadControlTexts = () => (controlTexts ??= import('./help-texts.js')
  .then(async (texts) => { await addCatalogs(texts.TRANSLATIONS); return texts; })
  .catch((e) => { controlTexts = null; throw e; }));

/** @param {HelpRef | null | undefined} ref */
const titleOf = (ref) => (typeof ref === 'string' ? HELP_TITLES[ref] : ref?.title);

/** @param {HelpEntry} e @returns {HTMLParagraphElement[]} */
function paragraphs(e) {
  // After what it does, each paragraph's lead-in in bold: "Try: …", "Too small: …", "过小：…".
  /** @param {number} i @param {boolean} lead */
  const part = (i, lead) => liveText(() => {
    const text = helpParagraphs(e)[i];
    const at = text.search(/: |：/) + 1;
    return lead ? text.slice(0, at) : text.slice(at);
  });
  return helpParagraphs(e).map((_, i) => (i === 0 ? h('p', { text: liveText(() => helpParagraphs(e)[0]) })
    : h('p', {}, h('strong', { text: part(i, true) }), part(i, false))));
}

/**
 * The help for `ref` (a control's name or a view's entry): {button, panel}, or null when
 * there is none. Put the button beside the control's label and the panel where it may
 * take a full line. sections: more helps shown after the first, each under its title.
 * @overload
 * @param {HelpEntry} ref
 * @param {{sections?: HelpRef[]}} [options]
 * @returns {HelpUi}
 */
/**
 * @overload
 * @param {HelpRef} ref
 * @param {{sections?: HelpRef[]}} [options]
 * @returns {HelpUi | null}
 */
/**
 * @param {HelpRef} ref
 * @param {{sections?: HelpRef[]}} [options]
 * @returns {HelpUi | null}
 */
export function helpButton(ref, { sections = [] } = {}) {
  const title = titleOf(ref);
  if (!title) return null;
  const id = `help-${++uid}`;
  const button = h('button', { type: 'button', class: 'info', 'aria-expanded': 'false', 'aria-controls': id,
    'aria-label': liveText(() => t('Help: {title}', { title: t(title) })), 'data-help-for': typeof ref === 'string' ? ref : title,
    text: 'i' });
  const heading = h('p', { class: 'help-title', text: live(title) });
  const panel = h('div', { class: 'help-pop', id, role: 'note', hidden: true }, heading);
  /** @type {Promise<void> | null} */
  let filled = null;
  const fill = () => (filled ??= (async () => {
    const refs = [ref, ...sections];
    const texts = refs.some((r) => typeof r === 'string') ? await loadControlTexts() : null;
    /** @param {HelpRef} r @returns {HelpEntry} */
    const entry = (r) => (typeof r === 'string' ? /** @type {HelpEntry} */ (texts?.helpFor(r)) : r);
    panel.replaceChildren(heading, ...paragraphs(entry(ref)),
      ...sections.flatMap((r) => [h('p', { class: 'help-title', text: live(titleOf(r) ?? '') }), ...paragraphs(entry(r))]));
  })().catch((e) => {
    filled = null;  // the next opening tries again
    panel.replaceChildren(heading, h('p', { class: 'field-error', text: live('Could not load this help: {reason}', { reason: e.message }) }));
  }));
  let pinned = false;
  let peek = false;
  let timer = 0;
  const sync = () => {
    const open = pinned || peek;
    if (open) fill();
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    button.classList.toggle('pinned', pinned);
  };
  // A click on help that is only peeking keeps it open; a click on kept help closes it.
  button.addEventListener('click', () => {
    clearTimeout(timer);
    if (pinned) { pinned = false; peek = false; } else pinned = true;
    sync();
  });
  button.addEventListener('focus', () => { peek = true; sync(); });
  button.addEventListener('blur', () => { peek = false; sync(); });
  button.addEventListener('mouseenter', () => {
    if (typeof ref === 'string') loadControlTexts().catch(() => {});  // fetched during the hover delay; opening reports a failure
    clearTimeout(timer); timer = setTimeout(() => { peek = true; sync(); }, 250);
  });
  button.addEventListener('mouseleave', () => {
    clearTimeout(timer);
    if (!button.matches(':focus')) { peek = false; sync(); }
  });
  button.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !panel.hidden) { pinned = false; peek = false; sync(); e.stopPropagation(); }
  });
  return { button, panel };
}

/**
 * For each element of `root` with data-help="<VIEW_HELP keys>": one line on what the
 * colours and axes mean, under its heading (or inside it, when it has none), with an
 * info button for the whole help (the first key's, then the others').
 * @param {ParentNode} root
 */
export function addViewHelp(root) {
  for (const holder of /** @type {NodeListOf<HTMLElement>} */ (root.querySelectorAll('[data-help]'))) {
    const entries = /** @type {string} */ (holder.dataset.help).split(' ').map((k) => VIEW_HELP[k]).filter(Boolean);
    if (!entries.length || holder.querySelector(':scope > .view-help')) continue;
    const help = helpButton(entries[0], { sections: entries.slice(1) });
    const parts = [h('div', { class: 'view-help' }, h('p', { class: 'hint', text: liveText(() => helpLine(entries)) }), help.button),
      help.panel];
    const heading = holder.querySelector(':scope > h2, :scope > h3');
    if (heading) heading.after(...parts);
    else holder.append(...parts);
  }
}
