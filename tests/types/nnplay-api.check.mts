// Type-checked (tsconfig.json), never run: the module's API used as a TypeScript caller
// uses it, so a declaration in bindings/nnplay.d.mts that changes an argument or a result
// fails `tsc`. The object literals list every field that bindings/README.md documents.
import {
  loadNnplay, Nnplay, Playground,
  type BuiltinDataset, type ConfusionMatrix, type DataPoints, type DataSummary, type DecisionGrid,
  type EpochMetrics, type LayerWeights, type Limits, type Matrix, type OutputLayer, type StepDetail,
  type StepLayer, type TrainingConfig,
} from '../../bindings/nnplay.mjs';

export async function useTheApi(csv: string, bytes: Uint8Array, chunks: Uint8Array[], model: string): Promise<void> {
  const nn: Nnplay = await loadNnplay();
  await loadNnplay({ variant: 'scalar', wasmBinary: bytes, locateFile: (file) => file, print: () => {} });
  const variant: 'simd' | 'scalar' = nn.variant;
  const builtins: BuiltinDataset[] = nn.builtinDatasets();
  const heap: number = nn.heapInUse() + nn.heapPeak() + nn.memoryBytes();
  const limits: Limits = nn.limits();

  const pg: Playground = nn.createPlayground();
  const loaded: DataSummary = pg.loadCsv(csv, { target: 'species', validation_fraction: 0.2, seed: 1 });
  pg.loadCsv(bytes, '{"target": 1}');
  pg.loadCsv(chunks);
  pg.loadCsv(bytes.buffer as ArrayBuffer, { header: 'auto', delimiter: '\t', missing: 'impute' });
  const inspected: DataSummary = pg.inspectCsv(csv, { target: 'label' });
  const builtin: DataSummary = pg.loadBuiltin('circles', { rows: 400, noise: 0.1, seed: 1 });
  const summary: DataSummary | null = pg.summary();
  const config: TrainingConfig = pg.configure({
    hidden_layers: [8, { units: 4, activation: 'tanh', keep_prob: 0.8 }], optimizer: 'adam', loss: 'auto', seed: 1,
  });
  pg.configure('{"epochs": 5}');
  const current: TrainingConfig = pg.config();
  const output: OutputLayer | null = pg.output();
  const history: EpochMetrics[] = pg.trainEpochs(10);
  pg.trainEpochs();
  const step: StepDetail = pg.trainStep();
  const all: EpochMetrics[] = pg.history();
  const nothing: void = pg.reset();
  const epoch: number = pg.epoch;
  const stopped: boolean = pg.stopped;
  const why: string = pg.stopReason;
  const predictions: Float32Array = pg.predict(new Float32Array(8), 2);
  pg.predict([5.1, 3.5, 1.4, 0.2], 1);
  const row: Float32Array = pg.predictRow([5.1, 'setosa', null]);
  const grid: DecisionGrid = pg.decisionGrid([-1, 1], [-1, 1], 64, 10);
  pg.decisionGrid([0, 1], [0, 1]);
  const points: DataPoints = pg.dataPoints('validation');
  const weights: LayerWeights[] = pg.weights();
  const confusion: ConfusionMatrix = pg.confusionMatrix('train');
  const saved: string = pg.exportModel();
  const imported: TrainingConfig = pg.importModel(model);
  pg.importModel(JSON.parse(model) as object);
  pg.dispose();
  const disposed: boolean = pg.disposed;
  void [variant, builtins, heap, limits, loaded, inspected, builtin, summary, config, current, output, history, step, all,
    nothing, epoch, stopped, why, predictions, row, grid, points, weights, confusion, saved, imported, disposed];
}

const matrix: Matrix = { rows: 2, cols: 1, values: new Float32Array(2) };
const metrics: EpochMetrics = {
  epoch: 1, train_loss: 0.5, train_accuracy: 0.8, validation_loss: null, validation_accuracy: null,
  train_r2: null, validation_r2: null, train_rmse: null, validation_rmse: null, learning_rate: 0.01, seconds: 0.002,
};
const layer: StepLayer = {
  inputs: 2, units: 1, activation: 'sigmoid', keep_prob: 1, A_prev: matrix, Z: matrix, A: matrix, D: null, dA: null,
  dZ: matrix, dW: matrix, db: matrix, W_before: matrix, W_after: matrix, b_before: matrix, b_after: matrix,
};
export const examples: [Limits, OutputLayer, BuiltinDataset, ConfusionMatrix, LayerWeights, DataPoints, DecisionGrid,
  StepDetail] = [
  { max_text_bytes: 1, memory_budget: 1, max_units: 1, max_hidden_layers: 1, max_epochs: 1, max_predict_values: 1 },
  { units: 1, activation: 'sigmoid', loss: 'binary_cross_entropy' },
  { name: 'iris', description: 'Fisher’s Iris', generated: false, file: 'data/iris.csv' },
  { class_names: ['a', 'b'], counts: [[1, 0], [0, 1]] },
  { inputs: 2, units: 1, activation: 'sigmoid', keep_prob: 1, W: new Float32Array(2), b: new Float32Array(1) },
  { x: new Float32Array(4), labels: new Int32Array(2), targets: null },
  { resolution: 2, values: new Float32Array(4), classes: null, units: [[new Float32Array(4)]], inputs: [new Float32Array(4)] },
  {
    epoch: 0, batch: 0, batches_per_epoch: 1, update: 1, batch_rows: 2, rows: new Int32Array(2), cost: 0.7,
    learning_rate: 0.01, epoch_ended: true, metrics, Y: matrix, layers: [layer],
  },
];
