/** What the API, the upload page and the CLI show of an import batch. Dates are ISO strings. */
export type ImportBatchState = "adding" | "queued" | "running" | "finished";

export interface ImportBatchView {
  id: number;
  createdBy: string;
  createdAt: string;
  source: string;
  sourceNames: string[];
  publish: boolean;
  /** Items so far (final once the batch is sealed, that is once its state is no longer "adding"). */
  total: number;
  /** Stored: added, a new version, or a duplicate of an article we had. */
  done: number;
  failed: number;
  state: ImportBatchState;
  /** When a worker finished the batch's first item, and its last. */
  startedAt: string | null;
  finishedAt: string | null;
}

export interface ImportFailure {
  label: string;
  reason: string;
}

export interface ImportBatchDetail extends ImportBatchView {
  outcomes: { added: number; newVersion: number; duplicate: number };
  /** The first failures (up to 200), in item order. */
  failures: ImportFailure[];
}
