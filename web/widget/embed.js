// The iframe form of the widget (embed.html), for sites that strip scripts: the
// settings come from the URL's query or hash, with the same names as the element's
// attributes: embed.html?preset=spirals&layers=8,8&controls=train,reset,lr&lang=zh-CN
import './widget.js';
import { ATTRIBUTES } from './widget-settings.js';
import { chooseLocale } from '../i18n/locale.js';
import { translateStatic } from '../i18n/text.js';

const params = new URLSearchParams(location.search);
for (const [k, v] of new URLSearchParams(location.hash.replace(/^#/, ''))) params.set(k, v);
const widget = document.createElement('nn-playground');
const unknown = [];
for (const [k, v] of params) {
  if (ATTRIBUTES.includes(k.toLowerCase())) widget.setAttribute(k.toLowerCase(), v);
  else unknown.push(k);
}
// A misspelt setting is said in the widget's notice, like a bad value.
if (unknown.length) widget.setAttribute('data-unknown', unknown.join(','));
// The frame's language: the link's lang, else the browser's (not embed.html's own "en");
// the widget, without a lang of its own, takes the page's.
// The frame's colours as the widget's theme fixes them (else the system's: embed.html's
// color-scheme), so that the frame around it matches.
const theme = widget.getAttribute('theme')?.toLowerCase();
if (theme === 'light' || theme === 'dark') document.documentElement.style.colorScheme = theme;
const requested = widget.getAttribute('lang');
document.documentElement.lang = chooseLocale({ requested, preferred: navigator.languages }).locale;
translateStatic(document);
document.body.append(widget);
