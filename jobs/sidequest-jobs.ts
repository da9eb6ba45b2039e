/**
 * The jobs file Sidequest loads (manual job resolution): one class runs every kind, by
 * handing the run id to jobs/run-job.ts with the worker's shared runtime.
 */
import { Job } from 'sidequest';
import { jobRuntime } from './job-runtime.ts';
import { runJobTry } from './run-job.ts';

export class DurableJob extends Job {
  async run(jobRunId: string) {
    const verdict = await runJobTry(jobRuntime(), jobRunId, { attempt: this.attempt, maxAttempts: this.max_attempts, abortSignal: this.abortSignal });
    switch (verdict.next) {
      case 'done':
      case 'skip':
        return this.complete(null);
      case 'retry':
        return this.retry(verdict.error, verdict.delayMs);
      case 'failed':
        return this.fail(verdict.error);
      case 'snooze':
        return this.snooze(verdict.delayMs);
    }
  }
}
