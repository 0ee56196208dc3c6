// Shared by the bindings tests: the built module, the repository's paths, small data.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const moduleDir = path.join(root, 'build/wasm/nnplay');
export const nativeCli = path.join(root, 'build/native/nnplay-train');

const { loadNnplay } = await import(path.join(moduleDir, 'nnplay.mjs'));
export { loadNnplay };
export const nn = await loadNnplay();

export const irisPath = path.join(root, 'data/iris.csv');
export const iris = readFileSync(irisPath, 'utf8');

// Two numeric inputs and a binary label: the shape of the decision-boundary heatmap.
export function twoFeatureCsv(rows = 60) {
  const lines = ['x,y,label'];
  for (let i = 0; i < rows; ++i) {
    const x = ((i * 37) % 100) / 10 - 5;
    const y = ((i * 61) % 100) / 10 - 5;
    lines.push(`${x},${y},${x * x + y * y < 9 ? 'inside' : 'outside'}`);
  }
  return lines.join('\n') + '\n';
}

// A regression table: y = 2 a - b + noise-free.
export function regressionCsv(rows = 50) {
  const lines = ['a,b,y'];
  for (let i = 0; i < rows; ++i) {
    const a = (i % 10) / 3;
    const b = ((i * 7) % 13) / 4;
    lines.push(`${a},${b},${2 * a - b}`);
  }
  return lines.join('\n') + '\n';
}

// A playground with iris loaded and a small configuration, disposed by the caller.
export function irisPlayground(config = {}, options = {}) {
  const pg = nn.createPlayground();
  pg.loadCsv(iris, { seed: 1, ...options });
  pg.configure({ hidden_layers: [{ units: 8, activation: 'relu' }], batch_size: 16, seed: 1, ...config });
  return pg;
}

// assert.throws matcher: an Error (not a number or a string) whose message includes all parts.
export function errorWith(...parts) {
  return (e) => e instanceof Error && parts.every((p) => e.message.includes(p)) ||
    (() => { throw new Error(`unexpected error: ${e instanceof Error ? e.message : String(e)}`); })();
}
