// The lesson page reacting to its widgets through their events: a question appears once
// the overfitting run has trained 100 epochs, and the learning-rate run's end is said.
/** @typedef {HTMLElementTagNameMap['nn-playground']} NnPlayground */

const overfit = document.getElementById('lesson-overfit');
const question = document.getElementById('overfit-question');
overfit.addEventListener('epoch', (e) => { if (/** @type {CustomEvent} */ (e).detail.epoch >= 100) question.hidden = false; });

const rate = /** @type {NnPlayground} */ (document.getElementById('lesson-rate'));
const note = document.getElementById('rate-note');
rate.addEventListener('trained', (e) => {
  const m = /** @type {CustomEvent} */ (e).detail.metrics;
  if (!m) return;
  const { learning_rate: lr } = rate.config;
  note.textContent = `With α = ${lr}, the training loss ended at ${m.train_loss.toFixed(3)} after ${m.epoch} epochs` +
    ` (it starts near 0.69).`;
});
