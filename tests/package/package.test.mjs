// The npm package as a user gets it: `npm pack`'s tarball (build/nnplay-<version>.tgz,
// made by scripts/build-package.mjs) installed into an empty project, then used from
// Node, type-checked from TypeScript, and bundled into a page that runs in Chromium.
// Run: bash scripts/build.sh && node --test tests/package/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync, cpSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT, startHarness } from '../e2e/harness.mjs';
import { REFLECTED, EVENTS, PARTS, CSS_PROPERTIES } from '../../web/widget/widget-api.js';

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const TARBALL = join(ROOT, 'build', `nnplay-${version}.tgz`);
let project;

before(() => {
  if (!existsSync(TARBALL)) throw new Error(`${TARBALL} is missing: run node scripts/build-package.mjs`);
  project = mkdtempSync(join(tmpdir(), 'nnplay-package-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'course-site', private: true, type: 'module' }));
  // A local tarball without dependencies: no registry needed.
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', TARBALL], { cwd: project, stdio: 'pipe' });
});
after(() => { if (project) rmSync(project, { recursive: true, force: true }); });

const installed = (...path) => join(project, 'node_modules', 'nnplay', ...path);

test('package: what it holds: the exports map, the engine with its .wasm, the site, types, a custom-elements manifest', () => {
  const pkg = JSON.parse(readFileSync(installed('package.json'), 'utf8'));
  assert.equal(pkg.version, version);
  assert.ok(pkg.engines.node, 'engines');
  assert.deepEqual(Object.keys(pkg.exports['.']), ['types', 'node', 'browser', 'default']);
  assert.equal(pkg.exports['./widget'].browser, './site/nnplay-widget.js');
  assert.equal(pkg.exports['./widget'].node, './widget-node.js', 'a server rendering a page can import it');
  for (const f of ['engine/nnplay.mjs', 'engine/nnplay.d.mts', 'engine/nnplay-core.wasm', 'engine/nnplay-core.deferred.wasm',
    'site/nnplay-widget.js', 'site/worker.js', 'site/nnplay-core.wasm', 'site/index.html', 'site/embed.html', 'site/data/iris.csv',
    'types/nnplay-widget.d.ts', 'custom-elements.json', 'README.md', 'CHANGELOG.md', 'LICENSE']) {
    assert.ok(existsSync(installed(f)), f);
  }
  assert.ok(!existsSync(installed('site', 'data', 'mnist.csv')), 'the large data files stay out');
  assert.deepEqual(readdirSync(installed('site')).filter((f) => f.endsWith('.map')), [], 'no source maps');

  // The manifest and the types name every property, event, part and custom property of widget-api.js.
  const manifest = JSON.parse(readFileSync(installed('custom-elements.json'), 'utf8'));
  const element = manifest.modules[0].declarations.find((d) => d.tagName === 'nn-playground');
  const types = readFileSync(installed('types', 'nnplay-widget.d.ts'), 'utf8');
  const elementClass = types.slice(types.indexOf('export class NnPlayground'), types.indexOf('export function setBasePath'));
  for (const name of [...REFLECTED, 'autoplay', 'config', 'ready']) {
    assert.ok(element.members.some((m) => m.name === name), `manifest member ${name}`);
    assert.match(elementClass, new RegExp(`\\n  (get |readonly )?${name}[(:]`), `d.ts member ${name}`);
  }
  for (const e of EVENTS) {
    assert.ok(element.events.some((x) => x.name === e.name), `manifest event ${e.name}`);
    assert.match(types, new RegExp(`\\n  ${e.name}: CustomEvent<${e.detail.replace(/[<>]/g, '.')}>`), `d.ts event ${e.name}`);
  }
  assert.deepEqual(element.cssParts.map((p) => p.name), PARTS.map((p) => p.name));
  assert.deepEqual(element.cssProperties.map((p) => p.name), CSS_PROPERTIES.map((p) => p.name));
  assert.ok(element.attributes.some((a) => a.name === 'lr' && /Learning rate/.test(a.description)));
  // The README documents the same parts and custom properties.
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  for (const { name } of [...PARTS, ...CSS_PROPERTIES]) assert.ok(readme.includes(`\`${name}\``), `README names ${name}`);
});

test('package: the engine from Node: import "nnplay", load, train', () => {
  writeFileSync(join(project, 'train.mjs'), `
    import { loadNnplay } from 'nnplay';
    const nn = await loadNnplay();
    const pg = nn.createPlayground();
    try {
      pg.loadBuiltin('circles', { rows: 200, noise: 0.05, seed: 1 });
      pg.configure({ hidden_layers: [{ units: 8, activation: 'tanh' }], optimizer: 'adam', learning_rate: 0.03, seed: 1 });
      const history = pg.trainEpochs(40);
      console.log(JSON.stringify(history.at(-1)));
    } finally {
      pg.dispose();
    }`);
  const last = JSON.parse(execFileSync(process.execPath, ['train.mjs'], { cwd: project, encoding: 'utf8' }));
  assert.equal(last.epoch, 40);
  assert.ok(last.validation_accuracy > 0.8, `validation accuracy ${last.validation_accuracy}`);
  // The element's module, imported on a server: defines nothing, throws nothing.
  const widget = execFileSync(process.execPath, ['--input-type=module', '-e',
    'const w = await import("nnplay/widget"); console.log(typeof w.NnPlayground, typeof w.setBasePath);'], { cwd: project, encoding: 'utf8' });
  assert.equal(widget.trim(), 'function function');
});

test('package: the types: the engine\'s and the element\'s, from TypeScript', () => {
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      strict: true, noEmit: true, types: [] },
    files: ['course.ts'],
  }));
  writeFileSync(join(project, 'course.ts'), `
    import { loadNnplay, type EpochMetrics } from 'nnplay';
    import { setBasePath, type NnPlaygroundTrainedDetail, type NnPlayground } from 'nnplay/widget';

    setBasePath('/assets/nnplay/');
    const el = document.querySelector('nn-playground');
    if (el) {
      const same: NnPlayground = el;
      el.addEventListener('epoch', (e) => { const loss: number | null = e.detail.train_loss; const of: number = e.detail.epochs; });
      el.addEventListener('trained', (e) => { const d: NnPlaygroundTrainedDetail = e.detail; });
      el.addEventListener('error', (e) => { const source: string = e.detail.source; });
      el.preset = 'moons';
      el.autoplay = true;
      el.theme = 'dark';
      el.config = { learning_rate: 0.1, layers: [{ units: 4, activation: 'tanh', keep_prob: 1 }] };
      const rate: number = el.config.learning_rate;
      el.train().then((end) => end.reason === 'finished');
      // @ts-expect-error autoplay is a boolean
      el.autoplay = 'yes';
      // @ts-expect-error config's settings are typed
      el.config = { learning_rate: 'fast' };
    }
    const created = document.createElement('nn-playground');
    created.step();
    const nn = await loadNnplay();
    const pg = nn.createPlayground();
    const history: EpochMetrics[] = pg.trainEpochs(1);
    export {};`);
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    assert.fail(`tsc: ${e.stdout}${e.stderr}`);
  }
});

test('package: the element bundled into a page (setBasePath to a copy of site/) trains in Chromium', async () => {
  const out = join(project, 'public');
  writeFileSync(join(project, 'app.js'), `
    import { setBasePath } from 'nnplay/widget';
    setBasePath('./nnplay/');`);
  execFileSync(join(ROOT, 'node_modules', '.bin', 'esbuild'), ['app.js', '--bundle', '--format=esm', '--platform=browser',
    '--loader:.css=text', `--outfile=${join(out, 'app.js')}`, '--log-level=warning'], { cwd: project, stdio: 'pipe' });
  cpSync(installed('site'), join(out, 'nnplay'), { recursive: true });
  writeFileSync(join(out, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A course page</title><link rel="icon" href="data:,">
    <script type="module" src="app.js"></script></head>
    <body><main><nn-playground id="net" preset="moons" epochs="5" charts="loss,boundary"></nn-playground></main></body></html>`);
  const h = await startHarness({ root: out });
  try {
    const page = await h.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${new URL(r.url()).pathname}`); });
    await page.goto(h.url);
    const done = await page.$eval('#net', async (el) => { await el.ready; return el.train(); });
    assert.equal(done.reason, 'finished');
    assert.equal(await page.$eval('#net', (el) => el.shadowRoot.querySelector('#chart-loss').dataset.points), '5');
    assert.ok(requested.includes('/nnplay/worker.js') && requested.includes('/nnplay/nnplay-core.wasm'), requested.join(' '));
    assert.match(await page.$eval('#net', (el) => el.shadowRoot.querySelector('a.open').href), /\/nnplay\/index\.html#/);
    assert.deepEqual(errors, []);
  } finally {
    await h.close();
  }
});
