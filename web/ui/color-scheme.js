// The colour scheme, light or dark, follows the system's (prefers-color-scheme) unless a
// widget's theme attribute fixes it. The CSS follows by itself (light-dark() in
// components.css); what canvases draw with its colours is drawn again on a change.

/** @type {Set<() => void>} */
const listeners = new Set();

globalThis.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', () => colorSchemeChanged());

/**
 * Calls listener after each change of colour scheme. @param {() => void} listener
 * @returns {() => void} stops it
 */
export function onColorSchemeChange(listener) {
  listeners.add(listener);
  return () => { listeners.delete(listener); };
}

/** Tells the listeners that the colours may have changed (the system's, or a widget's theme). */
export function colorSchemeChanged() {
  for (const listener of [...listeners]) listener();
}
