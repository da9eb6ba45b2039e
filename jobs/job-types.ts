/**
 * The contract between the job engine (the worker), the job handlers and the places that
 * enqueue work (Directus hooks, endpoints, the calendar, command-line scripts).
 *
 * Every piece of background work is a job stored in the project's database: hooks only
 * enqueue, the worker runs. A handler must be idempotent: running it twice, or resuming it
 * after a crash halfway, ends in the same state as one clean run.
 */
import type { Knex } from 'knex';
import type { BrpClient } from '../adapters/brp/brp-client.ts';
import type { DocumentFile, DocumentFileOptions } from './lib/upload-document-file.ts';

/** Every kind of background work. A new kind is added here and registered with a handler. */
export const JOB_KINDS = [
  'process-upload',
  'process-source-list',
  'enrich-signals',
  'cycle-step',
  'sweep-orphan-files',
  /** Does nothing but succeed: for tests and the queue benchmark. */
  'noop',
  /**
   * Engine tests only: registered by the test worker (test/support/probe-worker.ts), never by
   * the production worker, so enqueueing it in production ends in a failed run.
   */
  'probe',
] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export interface EnqueueOptions {
  /**
   * While a job with the same key is queued or running, enqueueing it again is a no-op
   * (returns the existing run). Use it wherever a repeat would be wasted work, e.g.
   * `process-upload:<upload id>` or `cycle-step:<step>:<period>`.
   */
  uniqueKey?: string;
  /** Earliest moment the job may start. */
  runAt?: Date;
  /** Tries before the run lands in the failed state (default set by the engine per kind). */
  maxAttempts?: number;
  /**
   * The lease in milliseconds (default per kind, jobs/job-policies.ts): a run still going after
   * this is aborted, and a run whose worker died is picked up again once it has passed.
   */
  timeoutMs?: number;
  /** Shown on the run in the app, so staff can find the run of an upload or a period. */
  upload?: string | null;
  period?: string | null;
}

/** What enqueueing gives back: the visible run (collection `job_runs`). */
export interface EnqueuedJob {
  jobRunId: string;
  /** True when an equal job (same unique key) was already queued or running. */
  existing: boolean;
}

/** The small part of Directus's REST API that jobs need, with the worker's service token. */
export interface WorkerDirectusApi {
  /** The bytes of a stored file, in memory (never on disk). */
  downloadFile(fileId: string): Promise<{ bytes: Uint8Array; fileName: string | null }>;
  /** Deletes a stored file and its row; deleting a file that is already gone is not an error. */
  deleteFile(fileId: string): Promise<void>;
  /** Stores bytes from memory as a Directus file (jobs/lib/upload-document-file.ts); returns its id. */
  uploadFile(bytes: Uint8Array, options: DocumentFileOptions): Promise<string>;
  /** Stores several files in one request; ids in the order given (file names distinct). */
  uploadFiles(files: readonly DocumentFile[]): Promise<string[]>;
  /** Deletes several stored files; ids already gone are not an error. */
  deleteFiles(fileIds: readonly string[]): Promise<void>;
  /** Directus notifications (the app's bell; e-mailed when mail is configured). No personal data. */
  notify(notifications: readonly WorkerNotification[]): Promise<void>;
}

export interface WorkerNotification {
  recipient: string;
  subject: string;
  message: string;
  collection?: string;
  item?: string;
}

export interface JobLog {
  info(line: string): void;
  warn(line: string): void;
  error(line: string): void;
}

export interface JobContext {
  /** The project's database (the same one Directus uses). */
  knex: Knex;
  directus: WorkerDirectusApi;
  /** One client per process, so its rate limit is process-wide; null when no BRP is configured. */
  brp: BrpClient | null;
  /** Chromium for the PDF letters (CHROMIUM_PATH); the Debian path when not set. */
  chromiumPath?: string;
  now(): Date;
  /** English, no personal data: ids and counts only. */
  log: JobLog;
  jobRunId: string;
  /** 1 for the first try. */
  attempt: number;
  maxAttempts: number;
  /** Fires when the job's lease (timeout) ends or the worker stops. */
  abortSignal: AbortSignal;
  enqueue(kind: JobKind, args: Record<string, unknown>, options?: EnqueueOptions): Promise<EnqueuedJob>;
}

/** What a finished job reports; `message` is Dutch and shown to staff on the run. */
export interface JobOutcome {
  message: string;
  counts?: Record<string, number>;
}

export type JobHandler<Args = Record<string, unknown>> = (args: Args, context: JobContext) => Promise<JobOutcome>;

/**
 * Worth trying again later (BRP unavailable, database busy). Retried with back-off; after the
 * last try the run is failed with `userMessage`.
 */
export class TransientJobError extends Error {
  constructor(readonly userMessage: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TransientJobError';
  }
}

/** Trying again will not help (the input is wrong): the run fails at once with `userMessage`. */
export class PermanentJobError extends Error {
  constructor(readonly userMessage: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentJobError';
  }
}

/**
 * Not now, and not the job's fault (e.g. another upload for the same partner and period is
 * being processed): run again after `delayMs` without using up a try.
 */
export class SnoozeJob extends Error {
  constructor(readonly delayMs: number, readonly reason: string) {
    super(reason);
    this.name = 'SnoozeJob';
  }
}
