/**
 * How long each kind of job may run (its lease), how often it is tried and how long it waits
 * between tries. One table, so the trade-offs sit side by side.
 *
 * The timeout is the lease: a run still going after it is aborted (handlers get the abort
 * signal), and a run whose worker died is picked up again once it has passed. So it must be
 * longer than the slowest honest run, and short enough that a crash is repaired soon.
 */
import type { JobKind } from './job-types.ts';

export interface JobPolicy {
  /** Lease in milliseconds. */
  timeoutMs: number;
  /** Tries before the run is failed (1 = no retry). */
  maxAttempts: number;
  /** Wait before the second try; doubles per try (with ±50 % jitter so retries spread out). */
  backoffBaseMs: number;
  /** The longest wait between two tries. */
  backoffMaxMs: number;
  /** Jobs of this kind one worker runs at the same time. */
  concurrency: number;
}

const MINUTE = 60_000;

export const JOB_POLICIES: Record<JobKind, JobPolicy> = {
  // A 20,000-row upload takes well under a minute; ten leaves room for a slow disk or database.
  'process-upload': { timeoutMs: 10 * MINUTE, maxAttempts: 5, backoffBaseMs: 30_000, backoffMaxMs: 30 * MINUTE, concurrency: 2 },
  'process-source-list': { timeoutMs: 10 * MINUTE, maxAttempts: 5, backoffBaseMs: 30_000, backoffMaxMs: 30 * MINUTE, concurrency: 2 },
  // The BRP may be away for hours (maintenance): many tries, long waits, ending after about a day.
  'enrich-signals': { timeoutMs: 15 * MINUTE, maxAttempts: 12, backoffBaseMs: MINUTE, backoffMaxMs: 4 * 60 * MINUTE, concurrency: 1 },
  'cycle-step': { timeoutMs: 15 * MINUTE, maxAttempts: 6, backoffBaseMs: MINUTE, backoffMaxMs: 60 * MINUTE, concurrency: 1 },
  'sweep-orphan-files': { timeoutMs: 5 * MINUTE, maxAttempts: 3, backoffBaseMs: MINUTE, backoffMaxMs: 30 * MINUTE, concurrency: 1 },
  noop: { timeoutMs: MINUTE, maxAttempts: 3, backoffBaseMs: 1_000, backoffMaxMs: MINUTE, concurrency: 10 },
  probe: { timeoutMs: MINUTE, maxAttempts: 3, backoffBaseMs: 500, backoffMaxMs: 10_000, concurrency: 10 },
};

/**
 * `JOB_POLICY_OVERRIDES` (JSON, e.g. `{"enrich-signals":{"backoffBaseMs":500}}`) changes a
 * policy through configuration: the tests shorten leases and back-off this way, and an
 * operator can lengthen a lease without a release. Directus (which enqueues, and so sets the
 * lease) and the worker must get the same value. Unknown kinds or fields are ignored.
 */
export function policyOverrides(raw: string | undefined): Partial<Record<JobKind, Partial<JobPolicy>>> {
  if (!raw?.trim()) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new Error('JOB_POLICY_OVERRIDES is not valid JSON');
  }
  const out: Partial<Record<JobKind, Partial<JobPolicy>>> = {};
  for (const [kind, value] of Object.entries((parsed ?? {}) as Record<string, unknown>)) {
    if (!(kind in JOB_POLICIES) || typeof value !== 'object' || value === null) continue;
    const fields: Partial<JobPolicy> = {};
    for (const field of ['timeoutMs', 'maxAttempts', 'backoffBaseMs', 'backoffMaxMs', 'concurrency'] as const) {
      const number = (value as Record<string, unknown>)[field];
      if (typeof number === 'number' && Number.isFinite(number) && number > 0) fields[field] = number;
    }
    out[kind as JobKind] = fields;
  }
  return out;
}

let overrides: Partial<Record<JobKind, Partial<JobPolicy>>> | null = null;

export function policyFor(kind: JobKind): JobPolicy {
  overrides ??= policyOverrides(typeof process === 'undefined' ? undefined : process.env.JOB_POLICY_OVERRIDES);
  return { ...JOB_POLICIES[kind], ...overrides[kind] };
}

/**
 * The wait before the next try after try number `attempt` failed (1 = the first try).
 * `random` is a number in [0, 1): jitter keeps many failed jobs from retrying in lockstep.
 */
export function backoffDelayMs(policy: Pick<JobPolicy, 'backoffBaseMs' | 'backoffMaxMs'>, attempt: number, random: number): number {
  const exponential = policy.backoffBaseMs * 2 ** Math.max(0, attempt - 1);
  const jittered = exponential * (0.5 + random);
  return Math.round(Math.min(jittered, policy.backoffMaxMs));
}
