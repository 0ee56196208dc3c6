// The page's folders import one way (web/README.md): entry points -> widget, panels ->
// views -> teaching -> ui, core, and every one of them -> i18n (the languages). core/ is the state and the session (no DOM), worker/ is
// the worker's own world (it imports only the engine's API, and i18n for its messages' ids), export/ turns a model into
// code and needs nothing of the page, offline/ (the service worker and its registration) too. Every relative import of
// every module is checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web');

// What a module in each folder may import (the folder of the imported file; '.' is web/'s
// top level, the page's entry points).
export const ALLOWED = {
  i18n: ['i18n'],
  core: ['core', 'i18n'],
  ui: ['ui', 'i18n'],
  export: ['export', 'i18n'],
  teaching: ['teaching', 'ui', 'core', 'i18n'],
  views: ['views', 'teaching', 'ui', 'core', 'i18n'],
  panels: ['panels', 'views', 'teaching', 'export', 'ui', 'core', 'i18n'],
  widget: ['widget', 'panels', 'views', 'teaching', 'ui', 'core', 'i18n', 'offline'],
  worker: ['worker', 'bindings', 'i18n'],
  offline: ['offline'],
  examples: [],
  '.': ['.', 'widget', 'panels', 'views', 'teaching', 'export', 'ui', 'core', 'i18n', 'offline'],
};

/** Problems of a set of modules: [{file (relative to web/), imports: [relative specifiers]}]. */
export function importProblems(modules) {
  const problems = [];
  for (const { file, imports } of modules) {
    const from = file.includes('/') ? file.split('/')[0] : '.';
    for (const spec of imports) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      const to = target.startsWith('../bindings/') ? 'bindings' : target.includes('/') ? target.split('/')[0] : '.';
      if (!(from in ALLOWED)) problems.push(`${file}: in a folder the rules do not know (${from}/)`);
      else if (!ALLOWED[from].includes(to)) problems.push(`${file} imports ${spec}: ${from}/ may import only ${ALLOWED[from].join(', ')}`);
    }
  }
  return problems;
}

function modulesOf(dir, prefix = '') {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const rel = prefix + name;
    if (statSync(full).isDirectory()) out.push(...modulesOf(full, `${rel}/`));
    else if (/\.m?js$/.test(name)) {
      const text = readFileSync(full, 'utf8');
      const imports = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"](\.[^'"]+)['"]/g)]
        .map((m) => m[1] ?? m[2] ?? m[3]);
      out.push({ file: rel, imports });
    }
  }
  return out;
}

test('web/: every import goes the way the folders allow', () => {
  const modules = modulesOf(WEB);
  assert.ok(modules.length > 40, `read ${modules.length} modules`);
  assert.ok(modules.some((m) => m.file === 'core/session.js' && m.imports.includes('./state.js')), 'imports are read');
  assert.deepEqual(importProblems(modules), []);
});

test('web/: the check names an import that goes the wrong way', () => {
  assert.deepEqual(importProblems([
    { file: 'core/session.js', imports: ['./state.js', '../ui/dom.js'] },
    { file: 'views/charts.js', imports: ['../panels/fields.js'] },
    { file: 'worker/worker.js', imports: ['../../bindings/nnplay.mjs', '../core/state.js'] },
    { file: 'i18n/translate.js', imports: ['./locale.js', '../core/state.js'] },
  ]), [
    'core/session.js imports ../ui/dom.js: core/ may import only core, i18n',
    'views/charts.js imports ../panels/fields.js: views/ may import only views, teaching, ui, core, i18n',
    'worker/worker.js imports ../core/state.js: worker/ may import only worker, bindings, i18n',
    'i18n/translate.js imports ../core/state.js: i18n/ may import only i18n',
  ]);
});

test('web/: at most a handful of entry files at the top level', () => {
  const top = readdirSync(WEB).filter((n) => /\.(m?js|css|html)$/.test(n));
  assert.ok(top.length <= 6, `web/ top level: ${top.join(', ')}`);
});
