// The <nn-playground> element's type, for document.createElement('nn-playground') and
// querySelector('nn-playground').
import type { NnPlayground } from './widget.js';

declare global {
  interface HTMLElementTagNameMap {
    'nn-playground': NnPlayground;
  }
}
