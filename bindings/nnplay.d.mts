// Types of nnplay.mjs, the JavaScript API of the WebAssembly engine (bindings/README.md).
// Every object that crosses the module boundary names its fields in snake_case; methods
// are camelCase. tsconfig.json checks nnplay.mjs against these declarations (its classes
// implement NnplayApi and PlaygroundApi), and tests/types/ uses them as a caller would.

export type Activation = 'relu' | 'tanh' | 'sigmoid' | 'leaky_relu' | 'linear' | 'softmax';
export type Loss = 'binary_cross_entropy' | 'categorical_cross_entropy' | 'mse';
export type Init = 'he' | 'xavier' | 'lecun' | 'normal' | 'uniform';
export type Optimizer = 'sgd' | 'momentum' | 'nesterov' | 'adagrad' | 'rmsprop' | 'adam';
export type Schedule = 'constant' | 'step' | 'inverse';
export type Task = 'classification' | 'regression';
export type Split = 'train' | 'validation' | 'test';
export type Variant = 'simd' | 'scalar';
/** Inputs derived from two numeric inputs x₁, x₂ (scaled): x₁², x₂², x₁·x₂, sin x₁, sin x₂. */
export type DerivedInput = 'x1sq' | 'x2sq' | 'x1x2' | 'sinx1' | 'sinx2';

/** Text input (a CSV, a model): a string, its UTF-8 bytes, or a stream's chunks in order. */
export type TextInput = string | Uint8Array | ArrayBuffer | Uint8Array[];

export interface LoadOptions {
  /** 'simd' (default), or 'scalar': the benchmark's comparison build, when built. */
  variant?: Variant;
  /** The Emscripten factory (createNnplayCore), to load the glue another way. */
  factory?: (moduleArgs: object) => Promise<unknown>;
  /** nnplay-core.wasm's bytes, or compiled once and shared (it can be posted to workers); the deferred part is still read. */
  wasmBinary?: ArrayBuffer | ArrayBufferView;
  wasmModule?: WebAssembly.Module | null;
  /** Where the files are: nnplay-core.wasm, and nnplay-core.deferred.wasm (CSV reading, model files, step details). */
  locateFile?: (file: string, prefix: string) => string;
  print?: (text: string) => void;
  printErr?: (text: string) => void;
}

/** A hidden layer of the configuration (engine/io/config_json.hpp). */
export interface HiddenLayer {
  units: number;
  activation: Activation;
  /** Dropout's keep probability, (0, 1]; 1: no dropout. */
  keep_prob: number;
}

/** The training configuration, normalized: every field present. */
export interface TrainingConfig {
  hidden_layers: HiddenLayer[];
  /** 'auto': chosen from the task (see Playground.output()). */
  loss: 'auto' | Loss;
  init: Init;
  /** The standard deviation of init 'normal'. */
  init_scale: number;
  leaky_slope: number;
  optimizer: Optimizer;
  learning_rate: number;
  momentum: number;
  rho: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  schedule: Schedule;
  decay: number;
  decay_epochs: number;
  /** 0: the full batch. */
  batch_size: number;
  epochs: number;
  /** The penalties' λ₁ and λ₂, [0, 100]: the cost adds (λ₁/N)·Σ|W| + (λ₂/2N)·ΣW² (N: training rows). */
  l1: number;
  l2: number;
  seed: number;
  /** Early stopping's patience in epochs; 0: off. */
  patience: number;
  /**
   * Where the training loss and accuracy come from: a pass over the training rows after each
   * epoch ("exact"), or the epoch's mini-batches as they trained ("batches": no extra pass;
   * the full batch and dropout are measured with the pass whatever this says).
   */
  train_metrics: 'exact' | 'batches';
}

/** What configure() takes: fields left out keep their defaults; a layer may be its unit count. */
export type TrainingConfigInput = Partial<Omit<TrainingConfig, 'hidden_layers'>> & {
  hidden_layers?: (number | (Pick<HiddenLayer, 'units'> & Partial<HiddenLayer>))[];
};

/** Options of loadCsv, inspectCsv and loadBuiltin (engine/io/data_options.cpp). */
export interface DataOptions {
  /** The target column's name, or its 1-based number. */
  target?: string | number;
  task?: 'auto' | Task;
  ignore_columns?: string[];
  categorical_columns?: string[];
  missing?: 'drop' | 'drop_rows' | 'impute';
  scaling?: 'standardize' | 'minmax' | 'none';
  validation_fraction?: number;
  test_fraction?: number;
  /** Seeds the split and the generated points. */
  seed?: number;
  max_categories?: number;
  max_classes?: number;
  drop_constant_columns?: boolean;
  drop_identifier_columns?: boolean;
  name?: string;
  delimiter?: 'auto' | ',' | ';' | '\t';
  header?: 'auto' | boolean;
  decimal_comma?: boolean;
  skip_ragged_rows?: boolean;
  /** Data with exactly two numeric inputs only; appended in the order x1sq, x2sq, x1x2, sinx1, sinx2. */
  derived?: DerivedInput[];
  /** Generated built-ins only. */
  rows?: number;
  noise?: number;
  classes?: number;
}

/**
 * A message as a code and parameters, beside its English text (engine/core/message_texts.cpp
 * has each code's English template; Nnplay.messageTemplates() gives them). A parameter is a
 * text (a user's value, a number as the English writes it) or a nested message.
 */
export interface EngineMessage {
  code: string;
  params: { [name: string]: string | EngineMessage };
}

/** The engine's Error: `message` in English; `code`, `params` when the message has a code. */
export interface EngineError extends Error {
  code?: string;
  params?: EngineMessage['params'];
}

/** A column of the data summary (engine/io/summary_json.cpp). */
export interface ColumnSummary {
  name: string;
  /** 1-based. */
  number: number;
  type: 'numeric' | 'categorical' | 'constant' | 'identifier' | 'empty';
  missing: number;
  distinct: number;
  role: 'target' | 'feature' | 'ignored' | 'dropped';
  /** Why the column was dropped, or the problem that stops a build; '' otherwise. */
  note: string;
  /** `note` coded, or null. */
  note_message: EngineMessage | null;
  /** Features it encodes to (one-hot: one per category). */
  features: number;
  integer_valued: boolean;
  /** Numeric and identifier columns only. */
  min?: number;
  max?: number;
  mean?: number;
}

/** What a data set is, as loadCsv, inspectCsv, loadBuiltin and summary() describe it. */
export interface DataSummary {
  name: string;
  /** Data rows read. */
  rows: number;
  column_count: number;
  delimiter: 'comma' | 'semicolon' | 'tab';
  header: boolean;
  decimal_comma: boolean;
  columns: ColumnSummary[];
  target: string;
  /** How the target was chosen when none was given ("the column named \"label\"", "the last column"); "" otherwise. */
  target_rule: string;
  /** `target_rule` coded, or null; likewise `dropped_messages`, `warnings_messages` (one per entry). */
  target_rule_message: EngineMessage | null;
  /** 1-based. */
  target_number: number;
  task: Task;
  task_inferred: boolean;
  /** Classification: each class and its rows. */
  classes: { name: string; count: number }[];
  rows_missing_target: number;
  rows_missing_features: number;
  missing_policy: 'drop_rows' | 'impute';
  rows_dropped: number;
  rows_used: number;
  rows_skipped_ragged: number;
  train_rows: number;
  validation_rows: number;
  test_rows: number;
  feature_count: number;
  /** The network's inputs (feature_count of them) in order: a numeric column's name, "column=category" per one-hot input, then the derived ones ("x²", "y²", "x·y", "sin x", "sin y" for columns x and y); [] from inspectCsv. */
  feature_names: string[];
  /** Whether the inputs are exactly two numeric features (derived inputs can be asked for). */
  two_numeric_inputs: boolean;
  /** The derived inputs, the last of feature_names; [] from inspectCsv. */
  derived: DerivedInput[];
  /** How the numeric inputs are scaled (fitted on the training rows). */
  scaling: 'standardize' | 'minmax' | 'none';
  /** One sentence per dropped column or group of rows. */
  dropped: string[];
  warnings: string[];
  dropped_messages: (EngineMessage | null)[];
  warnings_messages: (EngineMessage | null)[];
  preview_header: string[];
  preview: string[][];
}

/** An imported model against the loaded data. */
export interface ModelFit {
  /** Whether data is loaded. */
  data: boolean;
  /** One sentence per way the model does not fit the data (columns, classes, task); [] when it fits. */
  differences: string[];
  /** Its scores on the data's splits when it fits, else null. */
  metrics: EpochMetrics | null;
  weights_of_epoch: number;
  epochs_trained: number;
}

/** One epoch's numbers; a field that does not apply (no validation rows, the task) is null. */
export interface EpochMetrics {
  /** 1-based. */
  epoch: number;
  train_loss: number | null;
  train_accuracy: number | null;
  validation_loss: number | null;
  validation_accuracy: number | null;
  train_r2: number | null;
  /** Regression: the root mean squared error in the target's units (the losses are on the standardized target). */
  train_rmse: number | null;
  validation_rmse: number | null;
  validation_r2: number | null;
  learning_rate: number;
  /** Training time so far, pauses excluded. */
  seconds: number;
}

/** A matrix, column-major: values[i + j * rows] is row i, column j. */
export interface Matrix {
  rows: number;
  cols: number;
  values: Float32Array;
}

/**
 * One layer's numbers in a step, in the teaching notation. Per-example matrices
 * (A_prev, Z, A, D, dA, dZ) hold the batch's first examples, one a column.
 */
export interface StepLayer {
  inputs: number;
  units: number;
  activation: Activation;
  keep_prob: number;
  A_prev: Matrix;
  Z: Matrix;
  A: Matrix;
  /** The dropout mask; null without dropout. */
  D: Matrix | null;
  /** null for the output layer. */
  dA: Matrix | null;
  dZ: Matrix;
  /** The whole batch's gradient, L2 term included: (1/m)·dZ·A_prevᵀ + (λ/N)·W. */
  dW: Matrix;
  db: Matrix;
  W_before: Matrix;
  W_after: Matrix;
  b_before: Matrix;
  b_after: Matrix;
}

/** One mini-batch, trained by trainStep(). */
export interface StepDetail {
  /** 0-based: the epoch the step belongs to. */
  epoch: number;
  /** 0-based index of the batch in its epoch. */
  batch: number;
  batches_per_epoch: number;
  /** The optimizer's update count after this step (Adam's t). */
  update: number;
  /** m. */
  batch_rows: number;
  /** Training-row indices of the examples shown. */
  rows: Int32Array;
  cost: number;
  learning_rate: number;
  epoch_ended: boolean;
  /** The epoch's metrics when this step ended it. */
  metrics: EpochMetrics | null;
  /** The targets the network trains on, outputs x examples shown. */
  Y: Matrix;
  layers: StepLayer[];
}

/** One layer's parameters. */
export interface LayerWeights {
  inputs: number;
  units: number;
  activation: Activation;
  keep_prob: number;
  /** units x inputs, column-major: W[i + j * units] is input j -> unit i. */
  W: Float32Array;
  b: Float32Array;
}

/** counts[actual][predicted]. */
export interface ConfusionMatrix {
  class_names: string[];
  counts: number[][];
}

/** The model over a grid of the plane of the two numeric features (y outer, x inner). */
export interface DecisionGrid {
  resolution: number;
  /** P(class 1) for 2 classes, the predicted class's probability for more, the prediction for regression. */
  values: Float32Array;
  /** The predicted class of each cell; null for regression. */
  classes: Int32Array | null;
  /** units[l][u]: what unit u of layer l outputs on the grid, for the first maxUnits units. */
  units: Float32Array[][];
  /** inputs[i]: input i of the first layer (scaled, derived ones too) on the grid, for the first maxUnits. */
  inputs: Float32Array[];
}

/** A split's points of 2-D data, in the data's units. */
export interface DataPoints {
  x: Float32Array;  // rows x 2, row-major
  labels: Int32Array | null;  // classification only
  targets: Float32Array | null;  // regression only
}

/** Examples of a split as their raw input columns (Playground.examples). */
export interface Examples {
  /** Input columns per example (every column but the target). */
  inputs: number;
  /** Examples given. */
  count: number;
  /** Examples in the split. */
  total: number;
  /** count x inputs, in the data's units: example k at [k * inputs, (k + 1) * inputs); NaN for categorical and ignored columns. */
  values: Float32Array;
  /** Each example's class; null for regression. */
  labels: Int32Array | null;
}

/** The examples of one confusion-matrix cell, the surest first (Playground.cellExamples). */
export interface CellExamples extends Examples {
  /** Each example's index in the split. */
  indices: Int32Array;
  /** The probability the network gives the predicted class, for each. */
  confidences: Float32Array;
}

/** IDX files as bytes, uncompressed: the pictures and their labels, and maybe the data's own test set. */
export interface IdxFiles {
  images: Uint8Array | ArrayBuffer | Uint8Array[];
  labels: Uint8Array | ArrayBuffer | Uint8Array[];
  /** …t10k-images-idx3-ubyte: its pictures become the test rows (testScore); with testLabels. */
  testImages?: Uint8Array | ArrayBuffer | Uint8Array[];
  testLabels?: Uint8Array | ArrayBuffer | Uint8Array[];
}

/** The test rows scored by the network as it stands (Playground.testScore). */
export interface TestScore {
  rows: number;
  /** The training cost's terms, as EpochMetrics' losses. */
  loss: number | null;
  /** Classification; null for regression. */
  accuracy: number | null;
  /** Regression; null for classification. */
  r2: number | null;
  rmse: number | null;
}

export interface Limits {
  /** A CSV's or a model's text, in bytes. */
  max_text_bytes: number;
  /** Bytes training may use. */
  memory_budget: number;
  max_units: number;
  max_hidden_layers: number;
  max_epochs: number;
  max_predict_values: number;
}

/** The output layer and loss the engine chooses from the task. */
export interface OutputLayer {
  units: number;
  activation: Activation;
  loss: Loss;
}

export interface BuiltinDataset {
  name: string;
  description: string;
  /** Drawn from rows, noise, classes and seed; the others are fixed tables. */
  generated: boolean;
  /** A file-backed set's path ("data/iris.csv"), for the caller to fetch and pass to loadCsv; else null. */
  file: string | null;
}

export interface NnplayApi {
  readonly variant: Variant;
  /** A new playground; call dispose() on it when done. */
  createPlayground(): Playground;
  builtinDatasets(): BuiltinDataset[];
  /** Bytes of the wasm heap allocated and not freed; the most its allocator has held at once. */
  heapInUse(): number;
  heapPeak(): number;
  /** Size of the wasm memory in bytes (grows, never shrinks). */
  memoryBytes(): number;
  limits(): Limits;
  /** The English template of every message code. */
  messageTemplates(): Record<string, string>;
  /** Fetches and compiles nnplay-core.deferred.wasm without blocking (else read synchronously when first needed). */
  loadDeferred(): Promise<void>;
}

/**
 * One data set, one configuration, one trainer (or an imported model). Every method
 * throws an EngineError with the engine's message when it fails (a TypeError or RangeError
 * for a bad argument), and a failed call changes nothing.
 */
export interface PlaygroundApi {
  /** Parses a CSV and builds the data set; resets training. */
  loadCsv(textOrBytes: TextInput, options?: DataOptions | string): DataSummary;
  /** IDX files (MNIST's format): the pictures and their labels (and test set), uncompressed bytes; a "label" column then pixel0 … pixelN. */
  loadIdx(files: IdxFiles, options?: DataOptions | string): DataSummary;
  /** The summary loadCsv would give, loading nothing. */
  inspectCsv(textOrBytes: TextInput, options?: DataOptions | string): DataSummary;
  /** A built-in data set by name (Nnplay.builtinDatasets()). */
  loadBuiltin(name: string, options?: DataOptions | string): DataSummary;
  summary(): DataSummary | null;
  /** Sets the configuration (an object or its JSON text); resets training. */
  configure(config: TrainingConfigInput | string): TrainingConfig;
  config(): TrainingConfig;
  /** null before data is loaded. */
  output(): OutputLayer | null;
  /** Trains up to n more epochs (fewer if training stops). */
  trainEpochs(n?: number): EpochMetrics[];
  /** One mini-batch, for networks of at most 64 inputs and 64 units per layer. */
  trainStep(): StepDetail;
  history(): EpochMetrics[];
  reset(): void;
  readonly epoch: number;
  readonly stopped: boolean;
  /** The epoch whose weights the network holds: after early stopping, the best one (its weights are restored). */
  readonly modelEpoch: number;
  /** Why training stopped (early stopping, divergence), or "". */
  readonly stopReason: string;
  /** The same, coded; null while training may go on. */
  readonly stopMessage: EngineMessage | null;
  /** nRows x outputs, row-major, for nRows raw rows (nRows x input columns, NaN for missing). */
  predict(rows: Float32Array | Float64Array | number[], nRows: number): Float32Array;
  /** The outputs for one raw row, a value per input column (null or NaN for missing). */
  predictRow(values: (number | string | null)[]): Float32Array;
  /** What every unit outputs for one raw row: a Float32Array per layer, hidden layers first. */
  unitOutputs(values: (number | string | null)[]): Float32Array[];
  decisionGrid(xRange: readonly [number, number], yRange: readonly [number, number], resolution?: number,
    maxUnits?: number): DecisionGrid;
  dataPoints(split?: Split): DataPoints;
  /** Examples first .. first + count - 1 (count at most 1,000) of a split, as their raw input columns. */
  examples(split: Split, first: number, count: number): Examples;
  /** The examples of class `actual` predicted as `predicted`, the surest first (count at most 1,000). */
  cellExamples(split: Split, actual: number, predicted: number, count: number): CellExamples;
  weights(): LayerWeights[];
  /** Sets W[layer](unit, input), or the bias b[layer](unit) with input -1; training goes on from there. */
  setParameter(layer: number, unit: number, input: number, value: number): void;
  confusionMatrix(split?: Split): ConfusionMatrix;
  /** The test rows scored now (call it after training, not per epoch); null without test rows or while an imported model predicts. */
  testScore(): TestScore | null;
  /** The model as JSON text (the CLI's --save format). */
  exportModel(): string;
  /** Loads a saved model (JSON text or object) for prediction; returns its configuration. */
  importModel(json: string | object): TrainingConfig;
  /** The imported model against the loaded data: what differs, or its scores on the data. */
  modelFit(): ModelFit;
  /** Frees the engine's memory; required, and safe to call twice. */
  dispose(): void;
  readonly disposed: boolean;
}

export declare function loadNnplay(options?: LoadOptions): Promise<Nnplay>;

export interface Nnplay extends NnplayApi {}
/** The loaded module; loadNnplay() makes it. */
export declare class Nnplay {
  private constructor();
}

export interface Playground extends PlaygroundApi {}
/** Nnplay.createPlayground() makes one. */
export declare class Playground {
  private constructor();
}
