/**
 * What the worker builds once and every job shares: the project database, Directus's API with
 * the worker token, the one BRP client of this process and the stop signal. Sidequest runs the
 * jobs inline in this process and creates the job class itself, so the class finds these here.
 */
import type { Knex } from 'knex';
import type { BrpClient } from '../adapters/brp/brp-client.ts';
import type { JobLog, WorkerDirectusApi } from './job-types.ts';

export interface JobRuntime {
  knex: Knex;
  directus: WorkerDirectusApi;
  brp: BrpClient | null;
  /** CHROMIUM_PATH, for the PDF letters. */
  chromiumPath?: string;
  now(): Date;
  /** Fires when the worker is stopping: long handlers should end their step and throw a TransientJobError. */
  stopSignal: AbortSignal;
  log(prefix: string): JobLog;
}

let current: JobRuntime | null = null;

export function setJobRuntime(runtime: JobRuntime | null): void {
  current = runtime;
}

export function jobRuntime(): JobRuntime {
  if (!current) throw new Error('The job runtime is not set: jobs run only inside the worker');
  return current;
}

export function consoleJobLog(prefix: string): JobLog {
  return {
    info: (line) => console.log(`${prefix} ${line}`),
    warn: (line) => console.warn(`${prefix} ${line}`),
    error: (line) => console.error(`${prefix} ${line}`),
  };
}
