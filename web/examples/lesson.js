// The lesson page reacting to its widgets through their events: a question appears once
// the overfitting run has trained 100 epochs, and the learning-rate run's end is said, in
// the lesson's language (lesson.html, lesson.zh-CN.html).
/** @typedef {HTMLElementTagNameMap['nn-playground']} NnPlayground */

const overfit = document.getElementById('lesson-overfit');
const question = document.getElementById('overfit-question');
overfit.addEventListener('epoch', (e) => { if (/** @type {CustomEvent} */ (e).detail.epoch >= 100) question.hidden = false; });

/** @type {(lr: number, loss: string, epochs: number) => string} */
const rateNote = document.documentElement.lang === 'zh-CN'
  ? (lr, loss, epochs) => `α = ${lr} 时，训练 ${epochs} 轮后训练损失为 ${loss}（起点约为 0.69）。`
  : (lr, loss, epochs) => `With α = ${lr}, the training loss ended at ${loss} after ${epochs} ${epochs === 1 ? 'epoch' : 'epochs'}` +
    ' (it starts near 0.69).';

const rate = /** @type {NnPlayground} */ (document.getElementById('lesson-rate'));
const note = document.getElementById('rate-note');
rate.addEventListener('trained', (e) => {
  const m = /** @type {CustomEvent} */ (e).detail.metrics;
  if (!m) return;
  const { learning_rate: lr } = rate.config;
  note.textContent = rateNote(lr, m.train_loss.toFixed(3), m.epoch);
});
