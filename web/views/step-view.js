// "Inside one step": trains one mini-batch (the worker's stepDetail request) and shows
// its numbers in the teaching notation, layer by layer: forward A[l−1] (examples along
// columns), W[l], b[l], Z[l] = W[l]·A[l−1] + b[l], A[l] = f(Z[l]); back dZ[l],
// dW[l] = dZ[l]·A[l−1]ᵀ/m (+ L2), db[l] = Σ dZ[l]/m; and W[l] after the update.
// Small networks only: the engine refuses more than 64 inputs or units per layer, and
// that message is shown as it is.
import { h, replace, fmt } from '../ui/dom.js';
import { live, liveText, t, tp, setText } from '../i18n/text.js';
import { ACTIVATION_LABELS } from '../core/state.js';
import { engineErrorText } from '../core/engine-messages.js';

/**
 * @typedef {import('../core/engine-types.js').Matrix} Matrix
 * @typedef {import('../core/engine-types.js').StepDetail} StepDetail
 * @typedef {import('../i18n/text.js').Live} Live
 */

const MAX_COLUMNS = 8;  // examples shown of a batch (the engine sends at most 16)

/**
 * A matrix {rows, cols, values} (column-major) as a table; `of` is the full column count.
 * @param {string} name its data-name (for tests)
 * @param {Live | string} tex its caption, in the teaching notation
 * @param {Matrix} m
 * @param {{of?: number, columnLabel?: (j: number) => string, rowLabel?: (i: number) => string, note?: string}} [options]
 * @returns {HTMLElement}
 */
export function matrixTable(name, tex, m, { of = m.cols, columnLabel = (j) => String(j + 1), rowLabel = (i) => String(i + 1), note = '' } = {}) {
  const cols = Math.min(m.cols, MAX_COLUMNS);
  const shape = `${m.rows}×${of}`;
  const head = h('tr', {}, h('th', { class: 'corner', scope: 'col', text: '' }),
    Array.from({ length: cols }, (_, j) => h('th', { scope: 'col', text: columnLabel(j) })));
  const rows = Array.from({ length: m.rows }, (_, i) => h('tr', {}, h('th', { scope: 'row', text: rowLabel(i) }),
    Array.from({ length: cols }, (_, j) => {
      const v = m.values[i + j * m.rows];
      return h('td', { text: fmt(v, 4), 'data-value': String(v), class: v < 0 ? 'neg' : null });
    })));
  const shown = cols < of ? [' ', live('(first {shown} of {count} examples)', { shown: cols, count: of })] : null;
  return h('figure', { class: 'matrix', 'data-name': name, 'data-shape': shape },
    h('figcaption', {}, h('span', { class: 'matrix-name', text: tex }), ` ${shape}`, shown, note ? h('span', { class: 'hint', text: ` ${note}` }) : null),
    h('div', { class: 'table-scroll' }, h('table', { class: 'matrix-table' }, h('thead', {}, head), h('tbody', {}, rows))));
}

/** @param {string} a */
function activationText(a) {
  return ACTIVATION_LABELS[a] ?? a;
}

export class StepView {
  /**
   * onStep(): resolves with the worker's stepDetail reply (null: a newer run overtook it), or
   * rejects with the engine's message.
   * @param {HTMLElement} root
   * @param {{onStep: () => Promise<{detail: StepDetail, epoch: number} | null>}} handlers
   */
  constructor(root, { onStep }) {
    this.onStep = onStep;
    this.button = h('button', { type: 'button', id: 'step-detail', text: live('Step through one mini-batch'),
      onclick: () => this.step() });
    this.status = h('p', { class: 'step-status', id: 'step-detail-status', role: 'status', 'aria-live': 'polite' });
    this.tables = h('div', { class: 'step-tables', id: 'step-detail-tables' });
    replace(root,
      h('p', { class: 'hint', text: live('Trains one mini-batch and shows the numbers flowing forward (Z = W·A + b, A = f(Z)) and the gradients flowing back (dZ, dW, db), with examples along the columns. Each press trains the next batch; the charts gain a point when an epoch is complete. For small networks (up to 64 inputs and 64 units per layer), such as XOR, Perceptron or Three rows.') }),
      h('div', { class: 'buttons' }, this.button), this.status, this.tables);
  }

  /** @param {boolean} enabled whether a step may be trained now */
  setEnabled(enabled) {
    this.button.disabled = !enabled || this.busy;
    this.enabled = enabled;
  }

  /** Forgets the numbers shown (new settings or data: they no longer describe the network). */
  clear() {
    replace(this.tables);
    setText(this.status, '');
    this.status.className = 'step-status';
  }

  /** Trains one mini-batch and shows its numbers. @returns {Promise<void>} */
  async step() {
    this.busy = true;
    this.button.disabled = true;
    try {
      const reply = await this.onStep();
      if (reply) this.show(reply.detail, reply.epoch);
    } catch (e) {
      replace(this.tables);
      this.status.className = 'step-status error';
      setText(this.status, live('Cannot show one step: {message}', { message: engineErrorText(e) }));
    } finally {
      this.busy = false;
      this.button.disabled = !this.enabled;
    }
  }

  /** d: the step's numbers; epochs: the epochs completed after it. @param {StepDetail} d @param {number} epochs */
  show(d, epochs) {
    this.status.className = 'step-status';
    const epoch = d.epoch_ended ? epochs : epochs + 1;
    const numbers = { epoch: String(epoch), batch: String(d.batch + 1), batches: String(d.batches_per_epoch), update: String(d.update),
      count: d.batch_rows, cost: fmt(d.cost, 4), rate: fmt(d.learning_rate, 4) };
    setText(this.status, liveText(() => [
      tp('Epoch {epoch}, batch {batch} of {batches} (update {update}): m = {count} row, cost {cost}, learning rate {rate}.',
        'Epoch {epoch}, batch {batch} of {batches} (update {update}): m = {count} rows, cost {cost}, learning rate {rate}.', numbers),
      d.epoch_ended && t('This batch completed epoch {epoch}: the charts gained a point.', { epoch: String(epochs) }),
    ].filter(Boolean).join(' ')));
    const m = d.batch_rows;
    /** @param {number} j */
    const example = (j) => `#${(d.rows?.[j] ?? j) + 1}`;
    const L = d.layers.length;
    replace(this.tables, d.layers.map((layer, k) => {
      const l = k + 1;
      const inName = l === 1 ? 'A[0] = X' : `A[${l - 1}]`;
      const ex = { of: m, columnLabel: example };
      const forward = [
        matrixTable(`A${l - 1}`, inName, layer.A_prev, ex),
        matrixTable(`W${l}`, `W[${l}]`, layer.W_before),
        matrixTable(`b${l}`, `b[${l}]`, layer.b_before),
        matrixTable(`Z${l}`, `Z[${l}] = W[${l}]·${l === 1 ? 'A[0]' : inName} + b[${l}]`, layer.Z, ex),
        matrixTable(`A${l}`, `A[${l}] = ${activationText(layer.activation)}(Z[${l}])`, layer.A, ex),
      ];
      if (layer.D) forward.push(matrixTable(`D${l}`, live('D[{layer}] (dropout mask)', { layer: String(l) }), layer.D, ex));
      if (l === L && d.Y) forward.push(matrixTable('Y', live('Y (targets)'), d.Y, ex));
      const backward = [
        layer.dA ? matrixTable(`dA${l}`, `dA[${l}]`, layer.dA, ex) : null,
        matrixTable(`dZ${l}`, `dZ[${l}]`, layer.dZ, ex),
        matrixTable(`dW${l}`, `dW[${l}] = dZ[${l}]·A[${l - 1}]ᵀ/m`, layer.dW),
        matrixTable(`db${l}`, `db[${l}] = Σ dZ[${l}]/m`, layer.db),
        matrixTable(`W${l}after`, live('W[{layer}] after the update', { layer: String(l) }), layer.W_after),
      ];
      // Two counts, each with its plural: the heading is put together from its parts.
      const heading = liveText(() => {
        const parts = {
          layer: String(l),
          units: tp('{count} {activation} unit', '{count} {activation} units', { count: layer.units, activation: t(activationText(layer.activation)) }),
          inputs: tp('{count} input', '{count} inputs', { count: layer.inputs }),
        };
        return l === L ? t('Layer {layer} (output): {units}, {inputs}', parts) : t('Layer {layer}: {units}, {inputs}', parts);
      });
      return h('section', { class: 'step-layer', 'data-layer': String(l) },
        h('h3', { text: heading }),
        h('p', { class: 'step-dir', text: live('Forward') }), h('div', { class: 'matrices' }, forward),
        h('p', { class: 'step-dir', text: live('Backward') }), h('div', { class: 'matrices' }, backward));
    }));
  }
}
