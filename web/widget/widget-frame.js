// The widget's frame in its shadow root: the notice, the challenge, the controls, the
// settings, the views its charts attribute asks for, and the link to the full page. Each
// area carries its ::part name (widget-api.js); session-views.js fills them by id.
import { h } from '../ui/dom.js';
import { live, liveText, currentLocale } from '../i18n/text.js';
import { addViewHelp } from '../teaching/help-button.js';

/**
 * @typedef {import('./widget-settings.js').WidgetSettings} WidgetSettings
 * @typedef {import('../i18n/text.js').Live} Live
 */

/**
 * Draws the frame for these settings into root; returns the parts the element keeps.
 * @param {ShadowRoot} root @param {WidgetSettings} settings
 * @returns {{notice: HTMLParagraphElement, settingsBox: HTMLDivElement, openLink: HTMLAnchorElement}}
 */
export function buildFrame(root, settings) {
  /** @param {string} name */
  const chart = (name) => settings.charts.includes(name);
  // Groups, not landmarks: a lesson with several widgets would list each one's views.
  /** @param {string} id @param {Live} title @param {string} panelId @param {boolean} shown @param {string} help */
  const section = (id, title, panelId, shown, help) => (shown
    ? h('section', { id, class: 'view', part: `view ${id.replace(/-section$/, '')}`, role: 'group', 'aria-label': title, 'data-help': help },
      h('h3', { text: title }), h('div', { id: panelId })) : null);
  const notice = h('p', { class: 'notice', part: 'notice', role: 'alert', hidden: true });
  const settingsBox = h('div', { class: 'settings', part: 'settings', hidden: !settings.dataControl && settings.fields.length === 0 });
  const openLink = h('a', { class: 'open', target: '_blank', rel: 'noopener', text: live('Open in the full playground ↗') });
  // lang: the widget's language, which may not be the page's.
  root.replaceChildren(h('div', { class: 'widget', part: 'widget', lang: liveText(currentLocale) },
    notice,
    h('section', { id: 'challenge-section', class: 'challenge', part: 'challenge', role: 'group', 'aria-label': live('Challenge'), hidden: true }),
    h('div', { id: 'controls', class: 'controls', part: 'controls' }),
    settingsBox,
    h('div', { class: 'views', part: 'views' },
      chart('accuracy') || chart('loss') ? h('div', { id: 'charts', class: 'view wide', part: 'view charts' }) : null,
      section('boundary-section', live('Decision boundary'), 'boundary-panel', chart('boundary'), 'decisionBoundary'),
      section('network-section', live('Network'), 'network-panel', chart('network'), 'networkDiagram'),
      section('confusion-section', live('Confusion matrix'), 'confusion-panel', chart('confusion'), 'confusionMatrix'),
      section('predict-section', live('Predict'), 'predict-panel', chart('predict'), 'predictPanel'),
      section('draw-section', live('Draw and predict'), 'draw-panel', chart('draw'), 'drawPad')),
    h('p', { class: 'foot', part: 'foot' }, openLink)));
  addViewHelp(root);
  return { notice, settingsBox, openLink };
}
