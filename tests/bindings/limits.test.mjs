// Resource limits in the WebAssembly module: what would not fit in the 2 GB heap is
// refused up front with the numbers (instead of an allocation failure halfway, or a
// crashed tab), and the playground keeps working.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { nn, iris, twoFeatureCsv, errorWith } from './helpers.mjs';

test('limits: a network over the 1.5 GB budget is refused with its numbers; nothing changes', () => {
  const pg = nn.createPlayground();
  try {
    pg.loadCsv(iris, { seed: 1 });
    pg.configure({ hidden_layers: [8], batch_size: 16 });
    pg.trainEpochs(2);
    const memory = nn.memoryBytes();
    const heap = nn.heapInUse();
    // 8 layers of 4096 units: 470 MB of weights, as much of gradients, twice that of Adam state.
    const huge = { hidden_layers: new Array(8).fill({ units: 4096 }), batch_size: 16 };
    assert.throws(() => pg.configure(huge), errorWith('training this network needs about 2.1 GB',
      'weights 448.2 MB', 'adam state 896.5 MB', 'the limit is 1.5 GB: use fewer units or layers, or a smaller batch'));
    assert.equal(pg.config().hidden_layers.length, 1);
    assert.equal(pg.epoch, 2);
    assert.equal(nn.heapInUse(), heap, 'nothing was allocated for the refused network');
    assert.equal(nn.memoryBytes(), memory, 'the heap did not grow');
    assert.equal(pg.trainEpochs(1)[0].epoch, 3);
  } finally {
    pg.dispose();
  }
});

test('limits: a network configured before the data is refused when training would start', () => {
  const pg = nn.createPlayground();
  try {
    pg.configure({ hidden_layers: new Array(32).fill(4096), batch_size: 16 });
    pg.loadCsv(iris, { seed: 1 });
    assert.throws(() => pg.trainEpochs(1), errorWith('training this network needs about', 'the limit is 1.5 GB'));
    assert.throws(() => pg.reset(), errorWith('the limit is 1.5 GB'));
    assert.equal(pg.epoch, 0);
    pg.configure({ hidden_layers: [8], batch_size: 16 });
    assert.equal(pg.trainEpochs(1).length, 1);
  } finally {
    pg.dispose();
  }
});

test('limits: decisionGrid refuses unit maps over 256 MB', () => {
  const pg = nn.createPlayground();
  try {
    pg.loadCsv(twoFeatureCsv(80), { seed: 1 });
    pg.configure({ hidden_layers: [2048, 2048], batch_size: 16, optimizer: 'sgd' });
    assert.throws(() => pg.decisionGrid([-5, 5], [-5, 5], 256, 4096),
      errorWith('decisionGrid: 4099 unit maps of 65536 cells need about 2.0 GB; the limit is 256.0 MB',
        'ask for fewer maxUnits or a lower resolution'));
    const grid = pg.decisionGrid([-5, 5], [-5, 5], 32, 4);
    assert.deepEqual(grid.units.map((maps) => maps.length), [4, 4, 1]);
    assert.equal(grid.inputs.length, 2, 'the two inputs');
    assert.equal(grid.units[0][0].length, 32 * 32);
  } finally {
    pg.dispose();
  }
});

test('limits: the engine refuses generated data sets and CSV text over its limits', () => {
  const pg = nn.createPlayground();
  try {
    assert.throws(() => pg.loadBuiltin('circles', { rows: 1e9 }), errorWith('rows must be between 2 and 1000000'));
    assert.throws(() => pg.loadCsv('a,b\n1,2\n', { rows: 2 ** 40 }), errorWith('options.rows'));
    assert.equal(pg.summary(), null);
  } finally {
    pg.dispose();
  }
});

test('limits: a text the heap cannot hold is refused; the module is not overwritten and keeps working', () => {
  const pg = nn.createPlayground();
  const held = [];
  try {
    pg.loadCsv(iris, { seed: 1 });
    pg.configure({ hidden_layers: [8], batch_size: 16 });
    // Fill the 2 GB heap (the buffers are reserved, not written).
    for (let size = 256 * 2 ** 20; size >= 2 ** 20;) {
      const block = new nn.core.HeapText(size);
      if (block.address()) held.push(block);
      else { block.delete(); size /= 2; }
    }
    // Embind's own string conversion would write these 64 MB from address 0 on.
    const text = 'x,y\n'.repeat(16 * 2 ** 20);
    assert.throws(() => pg.loadCsv(text), (e) => e instanceof RangeError &&
      e.message.includes('loadCsv: out of memory: the WebAssembly heap cannot hold the 64.0 MB of this text'));
    assert.throws(() => pg.importModel(text), (e) => e instanceof RangeError &&
      e.message.includes('importModel: out of memory'));
  } finally {
    for (const block of held) block.delete();
  }
  try {
    assert.equal(pg.summary().rows, 150);
    assert.equal(pg.trainEpochs(1)[0].epoch, 1);
  } finally {
    pg.dispose();
  }
});
