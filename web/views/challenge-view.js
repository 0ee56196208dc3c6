// A challenge (core/challenge.js) over a session, in the page and in the widget: the goal
// in words with each condition's state, checked live for the settings and after every run
// for the scores; when a run ends, whether it met the goal and, to paste into the
// course's form, the result with its checksum.
import { h, replace, fmt } from '../ui/dom.js';
import { copyText } from '../ui/clipboard.js';
import { live, liveText, t, setText } from '../i18n/text.js';
import { PROPS } from '../core/state.js';
import { toHash } from '../core/state-link.js';
import { checkChallenge, resultText } from '../core/challenge.js';

/**
 * @typedef {import('../core/session.js').Session} Session
 * @typedef {import('../core/challenge.js').Challenge} Challenge
 * @typedef {import('../core/challenge.js').Condition} Condition
 * @typedef {import('../core/challenge.js').ConditionCheck} ConditionCheck
 * @typedef {import('../core/state.js').State} State
 * @typedef {import('../core/engine-types.js').EpochMetrics} EpochMetrics
 */

const METRIC_NAMES = {
  val_acc: live('validation accuracy'), train_acc: live('training accuracy'), val_loss: live('validation loss'),
  train_loss: live('training loss'), val_r2: live('validation R²'), train_r2: live('training R²'),
  gap: live('training accuracy − validation accuracy'), units: live('hidden units in all'), layers: live('hidden layers'),
};
const SIGNS = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' };
const PROP_BY_URL = new Map(PROPS.map((p) => [p.url, p]));

/** A condition in words, in the current language. @param {Condition} c @returns {string} */
export function conditionWords(c) {
  if (c.kind === 'only') {
    const names = c.keys.map((k) => t(PROP_BY_URL.get(k).label ?? k)).join(t(', '));
    return t('change only: {settings}', { settings: names });
  }
  const name = METRIC_NAMES[c.key] ?? t(PROP_BY_URL.get(c.key)?.label ?? c.key);
  return `${name} ${SIGNS[c.op]} ${c.value}`;
}

/** A check's actual value, as shown beside its condition. @param {ConditionCheck} check */
function actualWords(check) {
  if (check.actual === null || check.actual === undefined) return '';
  if (check.condition.kind === 'only') return check.actual ? t('changed: {settings}', { settings: String(check.actual) }) : '';
  return typeof check.actual === 'number' ? fmt(check.actual, 4) : String(check.actual);
}

export class ChallengeView {
  /** @param {HTMLElement} container shown while there is a challenge @param {Session} session */
  constructor(container, session) {
    this.container = container;
    this.session = session;
    /** @type {{challenge: Challenge, given: State} | null} */
    this.current = null;
    /** @type {EpochMetrics | null} the current network's last trained epoch */
    this.metrics = null;
    /** @type {EpochMetrics | null} the metrics the last finished run was checked with */
    this.checked = null;
    this.list = h('ul', { class: 'challenge-conditions' });
    this.status = h('p', { class: 'challenge-status', role: 'status' });
    this.result = h('textarea', { class: 'challenge-result', readonly: true, rows: 6, spellcheck: 'false',
      'aria-label': live('Your result, to paste into the course\'s form') });
    this.copyStatus = h('span', { class: 'hint', role: 'status' });
    this.resultBox = h('div', { class: 'challenge-result-box', hidden: true },
      h('div', { class: 'buttons' }, h('button', { type: 'button', class: 'challenge-copy', text: live('Copy the result'),
        onclick: () => this.#copy() }), this.copyStatus), this.result);
    container.hidden = true;
    session.on('progress', (p) => { if (p.phase === 'train' && p.metrics.length) this.metrics = p.metrics.at(-1); });
    session.on('reset', () => this.#forget());
    session.on('configured', ({ reply }) => { if (reply.restarted) this.#forget(); });
    session.on('change', () => this.#render());
    session.on('train-end', () => { this.checked = this.metrics; this.#render(); this.#writeResult(); });
  }

  /**
   * Sets the challenge (null: none) and the setup it came with.
   * @param {Challenge | null} challenge @param {State} [given]
   */
  set(challenge, given) {
    this.current = challenge ? { challenge, given: structuredClone(given ?? this.session.state) } : null;
    this.container.hidden = !challenge;
    this.checked = null;
    this.resultBox.hidden = true;
    if (challenge) {
      replace(this.container, h('h2', { class: 'challenge-title', text: live('Challenge') }), this.list, this.status, this.resultBox);
    }
    this.#render();
  }

  /** The challenge's text as written, or ''. */
  get text() { return this.current?.challenge.text ?? ''; }

  #forget() {
    this.metrics = this.checked = null;
    this.resultBox.hidden = true;
    this.#render();
  }

  #render() {
    if (!this.current) return;
    const { challenge, given } = this.current;
    const { checks, met } = checkChallenge(challenge, this.session.state, given, this.checked);
    replace(this.list, checks.map((check) => {
      const mark = check.ok === null ? '•' : check.ok ? '✓' : '✗';
      const state = check.ok === null ? live('not checked yet') : check.ok ? live('met') : live('not met');
      return h('li', { class: check.ok === null ? 'pending' : check.ok ? 'met' : 'missed' },
        h('span', { class: 'challenge-mark', 'aria-hidden': 'true', text: mark }), ' ',
        liveText(() => conditionWords(check.condition)),
        h('span', { class: 'visually-hidden', text: liveText(() => `: ${state}`) }),
        check.actual !== null && check.actual !== '' ? h('span', { class: 'challenge-actual', text: liveText(() => ` (${actualWords(check)})`) }) : null);
    }));
    const ran = Boolean(this.checked);
    this.status.className = `challenge-status ${ran ? (met ? 'success' : 'warning') : ''}`;
    setText(this.status, !ran ? live('Train to check the goal; the limits are checked as you change the settings.')
      : met ? live('Challenge met. Copy the result and paste it into the course\'s form.')
        : live('Not met yet: change the settings and train again.'));
    this.container.dataset.met = String(ran && met);
  }

  async #writeResult() {
    if (!this.current || !this.checked) return;
    const { challenge, given } = this.current;
    const { met } = checkChallenge(challenge, this.session.state, given, this.checked);
    this.result.value = await resultText(challenge, met, toHash(this.session.state), this.checked);
    this.resultBox.hidden = false;
    setText(this.copyStatus, '');
  }

  async #copy() {
    setText(this.copyStatus, await copyText(this.result.value, this.result) ? live('Copied.') : live('Select the text and copy it.'));
  }
}
