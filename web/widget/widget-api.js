// What <nn-playground> offers a page besides its attributes (widget-settings.js): the
// properties that reflect attributes, its events, its ::part names and the custom
// properties that theme it. The element (widget.js), the package's custom-elements
// manifest (scripts/build-package.mjs) and the README's tables (a test compares them)
// follow these lists. Pure data, read in Node too.

/** Properties that reflect the attribute of the same name (strings; null when absent). autoplay and lang are the others. */
export const REFLECTED = ['preset', 'src', 'target', 'layers', 'activation', 'keep', 'controls', 'locked', 'charts', 'theme'];

/** The events, with their detail's type in nnplay-widget.d.ts. */
export const EVENTS = [
  { name: 'ready', detail: 'Record<string, never>', bubbles: true, description: 'The engine and the data are loaded: train() starts at once.' },
  { name: 'epoch', detail: 'NnPlaygroundEpochDetail', bubbles: true, description: 'An epoch was trained: its metrics, and the run\'s epochs.' },
  { name: 'trained', detail: 'NnPlaygroundTrainedDetail', bubbles: true, description: 'A run ended: why, at which epoch, and the last metrics.' },
  { name: 'error', detail: 'NnPlaygroundErrorDetail', bubbles: false,
    description: 'The widget could not start, load its data or keep training; the message is the one it shows. Does not bubble: listen on the element.' },
];

/** The ::part() names: the main areas, and each view by `view` and its own name. */
export const PARTS = [
  { name: 'widget', description: 'the card holding everything' },
  { name: 'notice', description: 'messages about its attributes and failures' },
  { name: 'challenge', description: 'a challenge\'s goal, its checks and the result to copy' },
  { name: 'controls', description: 'the training buttons, progress and status' },
  { name: 'settings', description: 'the settings the learner may change' },
  { name: 'views', description: 'the grid of views' },
  { name: 'view', description: 'each view; also by its name: charts, boundary, network, confusion, predict, draw' },
  { name: 'charts', description: 'the latest figures and the accuracy and loss charts' },
  { name: 'boundary', description: 'the decision boundary' },
  { name: 'network', description: 'the network diagram' },
  { name: 'confusion', description: 'the confusion matrix' },
  { name: 'predict', description: 'predictions for typed values' },
  { name: 'draw', description: 'the drawing pad (image data)' },
  { name: 'foot', description: 'the link to the full playground' },
];

/** Custom properties a page sets on the element (or above it) to theme it. */
export const CSS_PROPERTIES = [
  { name: '--nnp-accent', description: 'buttons, links and chosen things' },
  { name: '--nnp-accent-ink', description: 'text on a filled button' },
  { name: '--nnp-card', description: 'the background' },
  { name: '--nnp-ink', description: 'the text' },
  { name: '--nnp-muted', description: 'quieter text' },
  { name: '--nnp-line', description: 'borders' },
  { name: '--nnp-font', description: 'the font family' },
  { name: '--nnp-radius', description: 'the corners\' radius' },
];
