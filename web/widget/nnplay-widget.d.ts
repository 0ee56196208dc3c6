// The types of <nn-playground> (web/widget/widget.js) for TypeScript and editors, as the
// package ships them (types/nnplay-widget.d.ts; 'nnplay' is the package itself). The
// lists of properties, events and parts are widget-api.js's; a test compares them.
import type { EpochMetrics } from 'nnplay';

/** A hidden layer as config gives it. */
export interface NnPlaygroundLayer {
  units: number;
  activation: 'relu' | 'tanh' | 'sigmoid' | 'leaky_relu' | 'linear';
  keep_prob: number;
}

/** The settings, by the names the page's state uses (the README's attribute table gives their link keys). */
export interface NnPlaygroundConfig {
  dataset: string; rows: number; noise: number; classes: number; subset: number; validation: number;
  scaling: string; missing: string; task: string; dataSeed: number; derived: string[]; points: number[][];
  layers: NnPlaygroundLayer[]; loss: string; init: string; init_scale: number; leaky_slope: number;
  batch: 'full' | 'sgd' | 'mini'; batch_size: number;
  optimizer: 'sgd' | 'momentum' | 'nesterov' | 'adagrad' | 'rmsprop' | 'adam'; learning_rate: number; momentum: number;
  rho: number; beta1: number; beta2: number; epsilon: number; schedule: string; decay: number;
  decay_epochs: number; epochs: number; l1: number; l2: number; patience: number; train_metrics: 'exact' | 'batches'; seed: number;
  generated: boolean;
}

/** Why a run ended. */
export type NnPlaygroundRunReason = 'finished' | 'paused' | 'stopped' | 'diverged' | 'error' | 'stepped' | 'stepped-stopped'
  | 'stepped-batch' | 'overtaken';

/** What train() and step() resolve with. */
export interface NnPlaygroundRunEnd {
  reason: NnPlaygroundRunReason;
  epoch?: number;
  /** The stop reason or error, in English. */
  message?: string;
  [key: string]: unknown;
}

/** `epoch`: one epoch's metrics, and how many epochs the run has. */
export interface NnPlaygroundEpochDetail extends EpochMetrics {
  epochs: number;
}

/** `trained`: a run ended. */
export interface NnPlaygroundTrainedDetail {
  reason: NnPlaygroundRunReason;
  /** The epochs trained (absent when the run failed: reason 'error'). */
  epoch?: number;
  message?: string;
  /** The last epoch's metrics shown, or null before any. */
  metrics: EpochMetrics | null;
}

/** `error`: what the widget shows, in its language; source is a code. */
export interface NnPlaygroundErrorDetail {
  message: string;
  source: 'widget' | 'engine' | 'data' | 'worker' | 'config';
}

// `error` is the widget's own event (a CustomEvent), not a script's ErrorEvent.
export interface NnPlaygroundEventMap extends Omit<HTMLElementEventMap, 'error'> {
  ready: CustomEvent<Record<string, never>>;
  epoch: CustomEvent<NnPlaygroundEpochDetail>;
  trained: CustomEvent<NnPlaygroundTrainedDetail>;
  error: CustomEvent<NnPlaygroundErrorDetail>;
}

/** <nn-playground>: a trainable network for course pages. */
export class NnPlayground extends HTMLElement {
  /** Trains until the epochs are done (or pause, early stopping, divergence); rejects with the reason when it cannot. */
  train(): Promise<NnPlaygroundRunEnd>;
  /** Trains one epoch. */
  step(): Promise<NnPlaygroundRunEnd>;
  pause(): Promise<void>;
  /** New weights from the seed, epoch 0. */
  reset(): Promise<void>;
  /** Resolves when the engine and the data are loaded; rejects when the widget cannot start. */
  readonly ready: Promise<void>;
  /** Read: every setting. Write: change some (applied in place; `generated` follows the data set); throws on a bad value. */
  get config(): NnPlaygroundConfig;
  set config(values: Partial<NnPlaygroundConfig>);

  /** The data set: a built-in's name (circles, moons, spirals, …, mnist, fashion-mnist). */
  preset: string | null;
  /** A CSV's URL and its target column; or a project file's URL (ending in .nnplay or .json), which the page saves. */
  src: string | null;
  target: string | null;
  /** Hidden layer sizes ("8,8") or the link form ("8tanh,8tanh0.8"). */
  layers: string | null;
  activation: string | null;
  keep: string | null;
  /** What the learner may use, what is shown locked, and the views (comma-separated). */
  controls: string | null;
  locked: string | null;
  charts: string | null;
  theme: 'auto' | 'light' | 'dark' | string | null;
  /** Trains as soon as it is loaded. */
  autoplay: boolean;

  addEventListener<K extends keyof NnPlaygroundEventMap>(type: K,
    listener: (this: NnPlayground, event: NnPlaygroundEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof NnPlaygroundEventMap>(type: K,
    listener: (this: NnPlayground, event: NnPlaygroundEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/**
 * Where the widget's files are (worker.js, the engine, data/, index.html): by default
 * beside its script. A page that bundles the widget into its own script copies the
 * package's site/ folder and calls this before the first widget starts.
 */
export function setBasePath(url: string | URL): void;

declare global {
  interface HTMLElementTagNameMap {
    'nn-playground': NnPlayground;
  }
}
