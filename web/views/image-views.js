// The views of image data (MNIST, or a CSV of square pictures), page and widget alike: the
// drawing pad, the first layer's units as pictures, and the pictures behind a confusion
// cell. Each is made when its container is in the page or the widget; they show only
// while the data are pictures and the network is the data's.
import { h, scheduleDraw } from '../ui/dom.js';
import { setText } from '../i18n/text.js';
import { engineErrorText } from '../core/engine-messages.js';
import { imageShape } from '../core/image-data.js';
import { DrawView } from './draw-view.js';
import { UnitPictures } from './unit-pictures.js';
import { CellPictures } from './cell-pictures.js';

/**
 * @typedef {import('../core/session.js').Session} Session
 * @typedef {import('../core/engine-types.js').Visuals} Visuals
 * @typedef {import('../core/engine-types.js').DataSummary} DataSummary
 * @typedef {import('../core/image-data.js').ImageShape} ImageShape
 * @typedef {import('./confusion-view.js').ConfusionView} ConfusionView
 * @typedef {'train' | 'validation'} Split
 */

export class ImageViews {
  /**
   * @param {Session} session
   * @param {(id: string) => HTMLElement | null} at an element of the page or widget by id
   * @param {ConfusionView | null} confusion the matrix whose cells show their pictures
   */
  constructor(session, at, confusion) {
    this.session = session;
    this.units = at('unit-pictures-panel') ? new UnitPictures(/** @type {HTMLElement} */ (at('unit-pictures-panel'))) : null;
    this.unitsSection = at('unit-pictures-section');
    const units = this.units;
    this.draw = at('draw-panel') ? new DrawView(/** @type {HTMLElement} */ (at('draw-panel')), {
      onPredict: (values) => session.request('predict', { values, units: Boolean(units) }),
      onExample: async (split, first) => (await session.request('examples', { split, first, count: 1 })).examples,
      onUnits: (outputs) => units?.setOutputs(outputs),
    }) : null;
    this.drawSection = at('draw-section');
    this.confusion = confusion;
    // A confusion cell's pictures, under the matrix, when there is a pad to put them on.
    this.cellBox = confusion && this.draw ? h('div', { class: 'cell-pictures-box', hidden: true }) : null;
    if (this.cellBox) at('confusion-panel')?.append(this.cellBox);
    this.cells = this.cellBox ? new CellPictures(this.cellBox, {
      onPick: (values, label, index, split) => {
        this.draw?.showExample(values, label, index, split);
        this.draw?.pad.scrollIntoView({ block: 'nearest' });
      },
    }) : null;
    /** @type {ImageShape | null} */
    this.shape = null;
    /** @type {(string | import('../i18n/text.js').Live)[]} */
    this.classNames = [];
  }

  /**
   * Data loaded: shown when they are pictures.
   * @param {DataSummary} summary @param {(string | import('../i18n/text.js').Live)[]} classNames
   */
  dataLoaded(summary, classNames) {
    const shape = imageShape(summary);
    this.shape = shape;
    this.classNames = classNames;
    this.#show(Boolean(shape));
    this.cells?.clear();
    this.confusion?.setChoosable(Boolean(shape && this.cells));
    // Each pixel's input of the network: a constant pixel is dropped, so it has none.
    const features = summary.columns.filter((c) => c.role === 'feature');
    this.units?.setData(shape, summary.columns.filter((c) => c.role !== 'target').map((c) => features.indexOf(c)));
    this.draw?.setData(shape, classNames, { train: summary.train_rows, validation: summary.validation_rows });
  }

  /** A model imported that does not take the data's pictures: hidden until data or training again. */
  hide() {
    this.#show(false);
    this.confusion?.setChoosable(false);
  }

  /** The network's new weights: the units redrawn, the drawing predicted again. @param {Visuals} v */
  visuals(v) {
    if (!v.weights || !this.shape) return;
    const weights = v.weights;
    if (this.draw && !this.drawSection?.hidden) this.draw.refresh();
    const units = this.units;
    if (units && !this.unitsSection?.hidden) scheduleDraw(units.grid, () => units.update(weights));
  }

  /** @param {boolean} shown */
  #show(shown) {
    for (const section of [this.drawSection, this.unitsSection, this.cellBox]) if (section) section.hidden = !shown;
  }

  /**
   * The pictures of a confusion cell, the network's surest first.
   * @param {Split} split @param {number} actual @param {number} predicted
   */
  async showCell(split, actual, predicted) {
    const shape = this.shape;
    const cells = this.cells;
    if (!shape || !cells) return;
    try {
      const { examples } = await this.session.request('cellExamples', { split, actual, predicted, count: 30 });
      cells.show(examples, { split, actual, predicted, classNames: this.classNames, shape });
    } catch (e) {
      setText(cells.about, engineErrorText(/** @type {Error} */ (e)));
    }
  }
}
