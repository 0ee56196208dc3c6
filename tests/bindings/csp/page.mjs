// Trains in a module worker and in the page itself, under the server's CSP, and reports
// both results and every CSP violation the page saw to /result.
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
});
const results = { violations };
results.moduleWorker = await new Promise((resolve) => {
  const worker = new Worker('/worker-module.mjs', { type: 'module' });
  worker.onmessage = (e) => resolve(e.data);
  worker.onerror = (e) => resolve({ error: e.message || 'worker error' });
  setTimeout(() => resolve({ error: 'timeout' }), 20000);
});
try {
  const { loadNnplay } = await import('/nnplay.mjs');
  const { train } = await import('/train.mjs');
  results.page = train(await loadNnplay());
} catch (e) {
  results.page = { error: String(e) };
}
await fetch('/result', { method: 'POST', body: JSON.stringify(results) });
