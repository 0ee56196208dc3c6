// The <nn-playground> element's type, for document.createElement('nn-playground') and
// querySelector('nn-playground').
//
// Its attributes are read by widget-settings.js (preset, layers, controls, charts, any
// setting of the page...). lang="en" or lang="zh-CN" sets its language; without it, the
// nearest ancestor's lang, else the browser's first language. A page has one language for
// all its widgets: the last one set wins, so for widgets in different languages on one
// page use the iframe form (embed.html?…&lang=zh-CN), one document each.
import type { NnPlayground } from './widget.js';

declare global {
  interface HTMLElementTagNameMap {
    'nn-playground': NnPlayground;
  }
}
