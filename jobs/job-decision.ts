/**
 * What happens to a run after its handler returned or threw: the one place that maps an
 * outcome to the next state, so the engine wiring only writes what is decided here.
 */
import { describeJobError } from './describe-job-error.ts';
import { backoffDelayMs, type JobPolicy } from './job-policies.ts';
import { PermanentJobError, SnoozeJob, TransientJobError, type JobOutcome } from './job-types.ts';

export type RunResult = { ok: true; outcome: JobOutcome } | { ok: false; error: unknown };

export type RunDecision =
  | { next: 'done'; message: string; counts: Record<string, number> }
  /** Try again after `delayMs`; the run shows `queued` with the last reason. */
  | { next: 'retry'; delayMs: number; message: string; error: string }
  | { next: 'failed'; message: string; error: string }
  /** Run again after `delayMs` without using up a try. */
  | { next: 'snooze'; delayMs: number; message: string };

export const GENERIC_FAILURE_MESSAGE = 'De taak is mislukt door een technische fout. Probeer het later opnieuw of neem contact op met de beheerder.';
export const GENERIC_RETRY_REASON = 'Tijdelijk technisch probleem.';
export const SNOOZE_MESSAGE = 'Wacht op een andere taak; wordt straks automatisch gestart.';
export const WORKER_STOPPED_MESSAGE = 'De worker werd gestopt; de taak wordt automatisch opnieuw gestart.';

/** `workerStopping`: the worker is shutting down, so a failure is the stop's doing, not the job's. */
export function decideAfterRun(result: RunResult, attempt: number, maxAttempts: number, policy: Pick<JobPolicy, 'backoffBaseMs' | 'backoffMaxMs'>, random: number, workerStopping = false): RunDecision {
  if (result.ok) return { next: 'done', message: result.outcome.message, counts: result.outcome.counts ?? {} };
  const { error } = result;
  // A handler that stopped because the worker is stopping has not used up a try.
  if (workerStopping && !(error instanceof PermanentJobError)) return { next: 'snooze', delayMs: 0, message: WORKER_STOPPED_MESSAGE };
  if (error instanceof SnoozeJob) return { next: 'snooze', delayMs: Math.max(0, error.delayMs), message: SNOOZE_MESSAGE };
  const technical = describeJobError(error);
  if (error instanceof PermanentJobError) return { next: 'failed', message: error.userMessage, error: technical };
  const userMessage = error instanceof TransientJobError ? error.userMessage : null;
  if (attempt >= maxAttempts) {
    const tries = maxAttempts === 1 ? '1 poging' : `${maxAttempts} pogingen`;
    return { next: 'failed', message: `${userMessage ?? GENERIC_FAILURE_MESSAGE} (opgegeven na ${tries})`, error: technical };
  }
  const message = `${userMessage ?? GENERIC_RETRY_REASON} Poging ${attempt} van ${maxAttempts} is mislukt; de taak wordt automatisch opnieuw geprobeerd.`;
  return { next: 'retry', delayMs: backoffDelayMs(policy, attempt, random), message, error: technical };
}
