// The zh-CN catalog of everything the page and the widget show when they load. Code
// loaded later adds its own part (math.js, experiments.js: i18n/text.js addCatalogs).
import page from './page.js';
import core from './core.js';
import views from './views.js';
import panels from './panels.js';
import teaching from './teaching.js';
import widget from './widget.js';
import engine from './engine.js';
import worker from './worker.js';

export default { ...page, ...core, ...views, ...panels, ...teaching, ...widget, ...engine, ...worker };
