// ESLint's recommended rules over the project's JavaScript, with each folder's globals:
// the page (browser), its training worker (worker), the module's wrapper (every
// environment it loads in), and Node for the scripts, benchmarks and tests. Tests and
// benchmarks that drive Chromium pass functions to page.evaluate, which run in the page.
const js = require('@eslint/js');
const globals = require('globals');

module.exports = [
  { ignores: ['build/', 'dist/', 'node_modules/', 'test-output/'] },
  js.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    // `const { seconds, ...rest } = m` leaves a field out on purpose.
    rules: { 'no-unused-vars': ['error', { ignoreRestSiblings: true }] },
  },
  { files: ['eslint.config.js'], languageOptions: { sourceType: 'commonjs', globals: globals.node } },
  { files: ['scripts/**', 'bench/**', 'tests/**'], languageOptions: { globals: globals.node } },
  { files: ['web/**'], languageOptions: { globals: globals.browser } },
  { files: ['web/worker/**'], languageOptions: { globals: globals.worker } },
  { files: ['web/file-notice.js'], languageOptions: { sourceType: 'script' } },
  {
    files: ['bindings/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.worker, ...globals.node } },
  },
  {
    files: ['bench/**', 'tests/e2e/**', 'tests/bindings/browser.test.mjs', 'tests/bindings/csp.test.mjs',
      'tests/bindings/browser/**', 'tests/bindings/csp/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['tests/bindings/browser/worker-classic.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.worker, createNnplayCore: 'readonly' } },
  },
];
