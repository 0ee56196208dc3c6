// The iframe form of the widget (embed.html), for sites that strip scripts: the
// settings come from the URL's query or hash, with the same names as the element's
// attributes: embed.html?dataset=spirals&layers=8,8&controls=train,reset,lr
import './widget.js';
import { ATTRIBUTES } from './widget-settings.js';

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
document.body.append(widget);
