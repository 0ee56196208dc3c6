// The custom-elements manifest (schema 1.0.0) of <nn-playground>, for editors and
// documentation tools, made from the widget's own lists: its attributes
// (web/widget/widget-settings.js, with the settings' labels from web/core/state.js) and
// its properties, events, parts and custom properties (web/widget/widget-api.js).
import { ATTRIBUTES, THEMES, CHARTS, BUTTONS, DEFAULT_CONTROLS, DEFAULT_CHARTS } from '../web/widget/widget-settings.js';
import { REFLECTED, EVENTS, PARTS, CSS_PROPERTIES } from '../web/widget/widget-api.js';
import { PROPS } from '../web/core/state.js';
import { DATASETS } from '../web/core/presets.js';

const MODULE = 'site/nnplay-widget.js';

/** The widget's own attributes; the others are the page's settings, by link key or name. */
const OWN = {
  preset: `the data set and its preset settings: ${DATASETS.map((d) => d.name).join(', ')}`,
  dataset: 'the first name of preset (preset wins when both are given)',
  src: 'a CSV file\'s URL (same origin, or served with CORS), or a project file\'s (ending in .nnplay or .json)',
  target: 'the CSV\'s target column (default: the last)',
  layers: 'hidden layer sizes ("8,8"), or the link form with activations and keep probabilities ("8tanh,8tanh0.8"); "none" for none',
  activation: 'the activation of every hidden layer',
  keep: 'the keep probability (dropout) of every hidden layer, in (0, 1]',
  controls: `what the learner may use: buttons ${BUTTONS.join(', ')}; data; layers; any setting by key or name (default ${DEFAULT_CONTROLS})`,
  locked: 'controls shown but not editable',
  charts: `the views shown: ${CHARTS.join(', ')} (default ${DEFAULT_CHARTS})`,
  autoplay: 'trains as soon as it is loaded (Train and Pause are then shown; waits for Train under reduced motion)',
  lang: 'the widget\'s language: en or zh-CN (default: the nearest lang around it, else the browser\'s)',
  theme: `${THEMES.join(', ')}: light or dark colours, or (auto, the default) the course page's colour scheme`,
};

const labelOf = new Map(PROPS.flatMap((p) => [[p.url.toLowerCase(), p], [p.name.toLowerCase(), p]]));

/** @returns {object} the manifest */
export function customElementsManifest() {
  const attributes = ATTRIBUTES.map((name) => {
    const p = labelOf.get(name);
    const description = OWN[name] ?? (p ? `${p.label ?? p.name} (the page's setting ${p.name}, link key ${p.url})` : name);
    const field = REFLECTED.includes(name) || name === 'autoplay' ? name : undefined;
    return { name, description, type: { text: name === 'autoplay' ? 'boolean' : 'string' }, ...(field ? { fieldName: field } : {}) };
  });
  const members = [
    ...REFLECTED.map((name) => ({ kind: 'field', name, type: { text: 'string | null' }, attribute: name, reflects: true, description: OWN[name] })),
    { kind: 'field', name: 'autoplay', type: { text: 'boolean' }, attribute: 'autoplay', reflects: true, description: OWN.autoplay },
    { kind: 'field', name: 'config', type: { text: 'Partial<NnPlaygroundConfig>' },
      description: 'read: every setting by name; write: change some, applied in place (throws on a bad value)' },
    { kind: 'field', name: 'ready', type: { text: 'Promise<void>' }, readonly: true,
      description: 'resolves when the engine and the data are loaded; rejects when the widget cannot start' },
    ...[['train', 'trains until the epochs are done, or pause, early stopping, divergence'], ['step', 'trains one epoch']]
      .map(([name, description]) => ({ kind: 'method', name, description, return: { type: { text: 'Promise<NnPlaygroundRunEnd>' } } })),
    { kind: 'method', name: 'pause', description: 'pauses training', return: { type: { text: 'Promise<void>' } } },
    { kind: 'method', name: 'reset', description: 'new weights from the seed, epoch 0', return: { type: { text: 'Promise<void>' } } },
  ];
  const declaration = { name: 'NnPlayground', module: MODULE };
  return {
    schemaVersion: '1.0.0',
    readme: 'README.md',
    modules: [{
      kind: 'javascript-module',
      path: MODULE,
      declarations: [
        {
          kind: 'class', name: 'NnPlayground', tagName: 'nn-playground', customElement: true,
          description: 'A trainable neural network for course pages: data, settings, training and its views.',
          superclass: { name: 'HTMLElement' },
          attributes, members,
          events: EVENTS.map((e) => ({ name: e.name, type: { text: `CustomEvent<${e.detail}>` }, description: e.description })),
          cssParts: PARTS.map((p) => ({ name: p.name, description: p.description })),
          cssProperties: CSS_PROPERTIES.map((p) => ({ name: p.name, description: p.description })),
        },
        { kind: 'function', name: 'setBasePath', description: 'where the widget\'s files are, for a page that bundles its script',
          parameters: [{ name: 'url', type: { text: 'string | URL' } }] },
      ],
      exports: [
        { kind: 'js', name: 'NnPlayground', declaration },
        { kind: 'js', name: 'setBasePath', declaration: { name: 'setBasePath', module: MODULE } },
        { kind: 'custom-element-definition', name: 'nn-playground', declaration },
      ],
    }],
  };
}
