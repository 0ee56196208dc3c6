// Class colours shared by the decision boundary, the predict panel and the diagram;
// chosen to stay distinguishable for common colour-vision deficiencies (Tableau 10 order).
export const CLASS_COLORS = ['#e8710a', '#1a73e8', '#2e9e44', '#d93025', '#8e44ad', '#0097a7', '#b08900', '#d81b60',
  '#5f6368', '#6b8e23'];
export const POSITIVE = '#1a73e8';
export const NEGATIVE = '#e8710a';

/** Class k's colour. @param {number} k @returns {string} */
export const classColor = (k) => CLASS_COLORS[k % CLASS_COLORS.length];

/** "#rrggbb" as [r, g, b]. @param {string} hex @returns {[number, number, number]} */
export function rgb(hex) {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
