/**
 * Kind → handler. A handler is registered here (its module imported and added to
 * `JOB_HANDLERS`); the worker runs whatever is registered. Tests may add handlers at runtime
 * with `registerJobHandler` (the test worker registers `probe`).
 */
import { cycleStepHandler } from './cycle/cycle-step-handler.ts';
import type { JobHandler, JobKind } from './job-types.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyHandler = JobHandler<any>;

const noop: JobHandler = async () => ({ message: 'Niets te doen.', counts: {} });

export const JOB_HANDLERS: Partial<Record<JobKind, AnyHandler>> = {
  noop,
  // 'process-upload', 'process-source-list', 'enrich-signals', 'sweep-orphan-files': registered
  // by the worker at start (jobs/project-handlers.ts), after it validated their settings.
  'cycle-step': cycleStepHandler,
};

const registered = new Map<JobKind, AnyHandler>(Object.entries(JOB_HANDLERS) as Array<[JobKind, AnyHandler]>);

export function registerJobHandler<Args>(kind: JobKind, handler: JobHandler<Args>): void {
  registered.set(kind, handler as AnyHandler);
}

export function handlerFor(kind: JobKind): AnyHandler | undefined {
  return registered.get(kind);
}
