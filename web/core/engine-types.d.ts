// Types only, for the page's JSDoc: the engine's data as the page receives it from the
// training worker (structured clones of the module's objects, bindings/nnplay.d.mts), and
// the worker's events as worker/ makes them. The page's modules import neither the engine
// nor the worker; these declarations name their types.
export type {
  Activation, BuiltinDataset, CellExamples, ColumnSummary, ConfusionMatrix, DataOptions, DataPoints, DataSummary, DecisionGrid, Examples,
  EpochMetrics, LayerWeights, Loss, Matrix, ModelFit, OutputLayer, StepDetail, StepLayer, TestScore, TrainingConfig,
} from '../../bindings/nnplay.mjs';
export type { Visuals, PlaneGrid, PointSet, Confusion } from '../worker/visuals.js';
export type { Progress, TrainProgress } from '../worker/worker-core.js';
