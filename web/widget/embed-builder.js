// "Embed this": the page's current setup as a widget for a course page. The teacher
// chooses what the learner may use and what is shown locked, the views, autoplay, the
// language, the colours and the size; a preview (the iframe form, so that its language
// never becomes the page's) shows the widget the snippets make; Copy puts the element's
// or the iframe's snippet on the clipboard. The model: embed-snippet.js.
import { h, replace } from '../ui/dom.js';
import { copyText } from '../ui/clipboard.js';
import { live, liveText, t, setText, onLocaleChange, currentLocale } from '../i18n/text.js';
import { PROPS } from '../core/state.js';
import { DATASET } from '../core/presets.js';
import { BUTTONS, CHARTS, THEMES } from './widget-settings.js';
import { SETTING_CONTROLS, LOCKABLE, defaultChoices, defaultCharts, embedAttributes, choiceProblems, elementSnippet,
  iframeSnippet, embedUrl, pageLink } from './embed-snippet.js';
import { parseChallenge, verifyResult } from '../core/challenge.js';

/**
 * @typedef {import('../core/session.js').Session} Session
 * @typedef {import('./embed-snippet.js').EmbedChoices} EmbedChoices
 */

const BUTTON_LABELS = { train: live('Train'), pause: live('Pause'), step: live('Step 1 epoch'), reset: live('Reset') };
const CHART_LABELS = { accuracy: live('Accuracy'), loss: live('Loss (cost)'), boundary: live('Decision boundary'), network: live('Network'),
  confusion: live('Confusion matrix'), predict: live('Predict'), draw: live('Draw and predict') };
const THEME_LABELS = { auto: live('The system\'s'), light: live('Light'), dark: live('Dark') };
const PROBLEMS = {
  'csv-address': live('Give the full address (https://…) of the CSV file: a file loaded from this computer is not on the web.'),
  'no-view': live('Choose at least one view.'),
  width: live('The width is a length such as 100%, 720px or 40rem.'),
  height: live('The height is a whole number of pixels between 200 and 4000.'),
  settings: live('Some settings are not valid: correct them in the page first.'),
  challenge: null,  // its own problems are listed
};
const PROP_BY_URL = new Map(PROPS.map((p) => [p.url, p]));

let uid = 0;

export class EmbedBuilder {
  /** @param {HTMLElement} container @param {Session} session @param {{site?: URL}} [options] the site the snippets load from */
  constructor(container, session, { site = new URL('.', location.href) } = {}) {
    this.session = session;
    this.site = site;
    /** @type {string | null} the version the site serves pinned (v/<version>/), once read */
    this.version = null;
    /** @type {EmbedChoices} */
    this.choices = defaultChoices(session.state);
    this.dataset = session.state.dataset;
    const id = (name) => `embed-${name}-${++uid}`;
    /** @type {Map<string, {use: HTMLInputElement, lock: HTMLInputElement | null}>} */
    this.controlBoxes = new Map();
    const controlRows = [...BUTTONS, 'data', 'layers', ...SETTING_CONTROLS].map((name) => {
      const label = BUTTON_LABELS[name] ?? (name === 'data' ? live('Data set') : name === 'layers' ? live('Hidden layers')
        : live(PROP_BY_URL.get(name).label));
      const use = h('input', { type: 'checkbox', id: id(name), 'data-control': name });
      const lock = LOCKABLE.includes(name) ? h('input', { type: 'checkbox', id: id(`${name}-lock`), 'data-lock': name }) : null;
      this.controlBoxes.set(name, { use, lock });
      return h('li', { class: 'embed-control', 'data-name': name },
        h('label', { for: use.id }, use, ' ', label),
        lock ? h('label', { for: lock.id, class: 'embed-lock', 'aria-label': liveText(() => t('{control}: locked', { control: String(label) })) },
          lock, ' ', live('locked')) : null);
    });
    /** @type {Map<string, HTMLInputElement>} */
    this.chartBoxes = new Map(CHARTS.map((name) => [name, h('input', { type: 'checkbox', id: id(name), 'data-chart': name })]));
    this.autoplay = h('input', { type: 'checkbox', id: id('autoplay') });
    this.lang = h('select', { id: id('lang') },
      h('option', { value: '', text: live('The course page\'s') }), h('option', { value: 'en', text: 'English' }),
      h('option', { value: 'zh-CN', text: '简体中文', lang: 'zh-CN' }));
    this.theme = h('select', { id: id('theme') }, THEMES.map((name) => h('option', { value: name, text: THEME_LABELS[name] })));
    this.width = h('input', { type: 'text', id: id('width'), value: this.choices.width, autocomplete: 'off', spellcheck: 'false' });
    this.height = h('input', { type: 'text', id: id('height'), inputmode: 'numeric', value: String(this.choices.height), autocomplete: 'off' });
    this.pin = h('input', { type: 'checkbox', id: id('pin') });
    this.pinLabel = h('label', { for: this.pin.id, hidden: true }, this.pin, ' ', h('span'));
    this.src = h('input', { type: 'text', id: id('src'), autocomplete: 'off', spellcheck: 'false', inputmode: 'url' });
    this.target = h('input', { type: 'text', id: id('target'), autocomplete: 'off', spellcheck: 'false' });
    const field = (input, label) => h('div', { class: 'field' }, h('label', { for: input.id, text: label }), input);
    this.csvBox = h('fieldset', { class: 'group embed-csv' }, h('legend', { text: live('The data') }),
      h('p', { class: 'hint', text: live('A CSV file is embedded by its address: put it online where the course page can read it (the same site, or a server that allows it).') }),
      field(this.src, live('CSV address (URL)')), field(this.target, live('Target column')));
    this.challenge = h('input', { type: 'text', id: id('challenge'), autocomplete: 'off', spellcheck: 'false',
      'aria-describedby': `${id('challenge')}-hint` });
    const challengeHint = h('div', { class: 'hint', id: this.challenge.getAttribute('aria-describedby') },
      h('p', { text: live('A goal the widget checks after each run; conditions separated by ";". For example:') }),
      h('ul', {},
        h('li', {}, h('code', { text: 'val_acc>=0.95;units<=16;epochs<=200' }), ' ', live('a score within limits')),
        h('li', {}, h('code', { text: 'gap>=0.15' }), ' ', live('make it overfit (training − validation accuracy)')),
        h('li', {}, h('code', { text: 'only=lr;train_acc>=0.9' }), ' ', live('fix the learning rate: nothing else may change'))));
    this.problems = h('ul', { class: 'embed-problems field-error', 'aria-live': 'polite' });
    this.linkCode = h('textarea', { id: id('link'), readonly: true, rows: 3, spellcheck: 'false' });
    this.resultInput = h('textarea', { id: id('result'), rows: 5, spellcheck: 'false' });
    this.resultVerdict = h('div', { class: 'embed-verdict', role: 'status' });
    this.preview = h('iframe', { class: 'embed-preview', title: live('Preview of the embedded widget'), loading: 'lazy' });
    this.elementCode = h('textarea', { id: id('element'), readonly: true, rows: 5, spellcheck: 'false' });
    this.iframeCode = h('textarea', { id: id('iframe'), readonly: true, rows: 4, spellcheck: 'false' });
    const copyRow = (textarea, label, what) => {
      const status = h('span', { class: 'hint', role: 'status' });
      const copy = h('button', { type: 'button', 'data-copy': what, text: live('Copy'),
        'aria-label': liveText(() => t('Copy: {what}', { what: String(label) })), onclick: () => this.#copy(textarea, status) });
      return h('div', { class: 'embed-code' }, h('div', { class: 'chart-head' }, h('label', { for: textarea.id, text: label }),
        h('span', { class: 'buttons' }, status, copy)), textarea);
    };
    replace(container,
      h('p', { class: 'hint', text: live('Put this setup in a course page: choose what the learner may change and see, check the preview, copy a snippet.') }),
      h('div', { class: 'embed-grid' },
        h('div', { class: 'embed-choices' },
          this.csvBox,
          h('fieldset', { class: 'group' }, h('legend', { text: live('What the learner may use') }),
            h('ul', { class: 'embed-controls' }, controlRows)),
          h('fieldset', { class: 'group' }, h('legend', { text: live('Views') }),
            h('ul', { class: 'embed-views' }, CHARTS.map((name) => h('li', {},
              h('label', { for: this.chartBoxes.get(name).id }, this.chartBoxes.get(name), ' ', CHART_LABELS[name]))))),
          h('fieldset', { class: 'group embed-challenge' }, h('legend', { text: live('Challenge (optional)') }),
            field(this.challenge, live('Conditions')), challengeHint),
          h('fieldset', { class: 'group' }, h('legend', { text: live('Start, language, look') }),
            h('label', { for: this.autoplay.id, class: 'embed-check' }, this.autoplay, ' ', live('Train as soon as it is loaded')),
            field(this.lang, live('Language')), field(this.theme, live('Colours')),
            field(this.width, live('Width')), field(this.height, live('Height of the iframe (pixels)')), this.pinLabel),
          this.problems),
        h('div', { class: 'embed-output' },
          h('h3', { text: live('Preview') }), this.preview,
          copyRow(this.elementCode, live('The element (for pages that allow scripts)'), 'element'),
          copyRow(this.iframeCode, live('The iframe (for platforms that strip scripts)'), 'iframe'),
          this.linkRow = copyRow(this.linkCode, live('A link to the full page with this setup'), 'link'),
          h('div', { class: 'embed-code embed-check-result' },
            h('label', { for: this.resultInput.id, text: live('Check a student\'s result') }), this.resultInput, this.resultVerdict))));
    this.resultInput.addEventListener('input', (e) => { e.stopPropagation(); this.#verify(); });
    container.addEventListener('input', () => this.#read());
    container.addEventListener('change', () => this.#read());
    session.on('change', () => this.#fromSession());
    onLocaleChange(() => this.#render());
    this.#show();
    this.#render();
    this.#readVersion();
  }

  /** The page's setup changed: a new data set brings its views; the rest keeps the teacher's choices. */
  #fromSession() {
    if (this.session.state.dataset !== this.dataset) {
      this.dataset = this.session.state.dataset;
      this.choices = { ...this.choices, charts: defaultCharts(this.session.state) };
      this.#show();
    }
    this.#render();
  }

  /** The choices into the form. */
  #show() {
    const c = this.choices;
    for (const [name, { use, lock }] of this.controlBoxes) {
      use.checked = c.controls.includes(name);
      if (lock) { lock.checked = c.locked.includes(name); lock.disabled = !use.checked; }
    }
    for (const [name, box] of this.chartBoxes) box.checked = c.charts.includes(name);
    this.autoplay.checked = c.autoplay;
    this.lang.value = c.lang;
    this.theme.value = c.theme;
  }

  /** The form into the choices. */
  #read() {
    const checked = (map, key) => [...map].filter(([, v]) => (key ? v[key] : v)?.checked).map(([name]) => name);
    this.choices = {
      controls: checked(this.controlBoxes, 'use'),
      locked: checked(this.controlBoxes, 'lock'),
      charts: checked(this.chartBoxes),
      autoplay: this.autoplay.checked, lang: this.lang.value, theme: this.theme.value,
      width: this.width.value, height: Number(this.height.value.trim() || NaN), src: this.src.value, target: this.target.value,
      challenge: this.challenge.value,
    };
    for (const { use, lock } of this.controlBoxes.values()) if (lock) lock.disabled = !use.checked;
    this.#render();
  }

  /** The snippets and the preview for the setup and the choices; or what is wrong. */
  #render() {
    const { state } = this.session;
    const csv = state.dataset === 'csv' || !DATASET[state.dataset];
    this.csvBox.hidden = !csv;
    if (csv && !this.target.value && this.session.summary?.target) {
      this.target.value = this.session.summary.target;
      this.choices.target = this.target.value;
    }
    const problems = choiceProblems(state, this.choices);
    if (Object.keys(this.session.errors()).length) problems.push('settings');
    const challengeProblems = this.choices.challenge.trim() ? parseChallenge(this.choices.challenge).problems : [];
    replace(this.problems, problems.filter((p) => PROBLEMS[p]).map((p) => h('li', { text: PROBLEMS[p] })),
      challengeProblems.map((p) => h('li', { text: liveText(() => t('challenge: {problem}', { problem: p })) })));
    this.challenge.setAttribute('aria-invalid', String(challengeProblems.length > 0));
    this.width.setAttribute('aria-invalid', String(problems.includes('width')));
    this.height.setAttribute('aria-invalid', String(problems.includes('height')));
    this.src.setAttribute('aria-invalid', String(problems.includes('csv-address')));
    this.problems.hidden = problems.length === 0;
    if (problems.length) {
      this.elementCode.value = this.iframeCode.value = this.linkCode.value = '';
      return;
    }
    this.linkRow.hidden = csv;  // the page cannot open a CSV from a link
    this.linkCode.value = csv ? '' : pageLink(state, this.choices, this.site);
    const attrs = embedAttributes(state, this.choices);
    const base = this.pin.checked && this.version ? new URL(`v/${this.version}/`, this.site) : this.site;
    this.elementCode.value = elementSnippet(attrs, base, { width: this.choices.width });
    const title = t('A neural network learning {data}', { data: csv ? this.choices.src.split('/').pop() : t(DATASET[state.dataset].label) });
    this.iframeCode.value = iframeSnippet(attrs, base, { width: this.choices.width, height: this.choices.height, title });
    // The preview stands in a course page in the page's language when the widget takes the course page's.
    this.#preview(embedUrl(this.choices.lang ? attrs : [...attrs, ['lang', currentLocale()]], base));
  }

  /** The preview loads what the iframe snippet shows, once the changes pause. @param {string} url */
  #preview(url) {
    this.preview.style.cssText = `width: min(100%, ${this.choices.width}); height: ${this.choices.height}px`;
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => { if (this.preview.src !== url) this.preview.src = url; }, 300);
  }

  /** Says whether a pasted result is as the page wrote it, and opens its settings. */
  async #verify() {
    const text = this.resultInput.value.trim();
    if (!text) { replace(this.resultVerdict); return; }
    const { valid, fields } = await verifyResult(text);
    if (text !== this.resultInput.value.trim()) return;  // changed meanwhile
    if (!valid) {
      this.resultVerdict.className = 'embed-verdict field-error';
      replace(this.resultVerdict, h('p', { text: live('This is not a result as the page wrote it: a line was changed, or it is incomplete.') }));
      return;
    }
    const met = fields.met === 'yes';
    const settings = new URLSearchParams((fields.settings ?? '').replace(/^#/, ''));
    settings.set('challenge', fields.challenge ?? '');
    this.resultVerdict.className = `embed-verdict ${met ? 'success' : 'warning'}`;
    replace(this.resultVerdict,
      h('p', { text: met ? live('The checksum matches: the challenge "{challenge}" was met at epoch {epoch}.', { challenge: fields.challenge, epoch: fields.epoch })
        : live('The checksum matches: the challenge "{challenge}" was not met.', { challenge: fields.challenge }) }),
      h('a', { href: `${new URL('index.html', this.site).href}#${settings}`, target: '_blank', rel: 'noopener',
        text: live('Open its settings to train them again (the same seed gives the same figures)') }));
  }

  /** Reads which version the site serves pinned, to offer it. */
  async #readVersion() {
    try {
      const response = await fetch(new URL('v/versions.json', this.site));
      if (!response.ok) return;
      const { latest } = await response.json();
      if (typeof latest !== 'string' || !/^\d+\.\d+\.\d+/.test(latest)) return;
      this.version = latest;
      setText(/** @type {HTMLElement} */ (this.pinLabel.lastChild), live('Pin version {version} (the snippet keeps this widget when the site updates)', { version: latest }));
      this.pinLabel.hidden = false;
    } catch { /* no pinned versions here: the snippets load the latest */ }
  }

  /** @param {HTMLTextAreaElement} textarea @param {HTMLElement} status */
  async #copy(textarea, status) {
    setText(status, await copyText(textarea.value, textarea) ? live('Copied.') : live('Select the text and copy it.'));
  }
}
