/**
 * Login throttling instead of account lockout. Directus suspends an account after N bad
 * logins, which lets anyone who knows an e-mail address lock its owner out. Here failures
 * are counted per (account, address), per account and per address, and each counter
 * refuses further attempts for a while once it passes its threshold, the wait doubling
 * with every further failure up to a cap:
 *
 * - pair (account, address): the guesser at one address; starts early, grows to 15 min;
 * - account, across addresses: a distributed guesser; starts later and never refuses
 *   for more than 30 s, so the real user, at another address, is never locked out;
 * - address, across accounts: password spraying; starts late, grows to 15 min.
 *
 * A counter forgets failures older than its window. A successful login clears its pair.
 * Attempts refused while blocked are not failures (they never reach the password check),
 * so waiting out the block is always enough.
 */
export type ThrottleScope = 'pair' | 'account' | 'address';

export interface ThrottleRule {
  /** Failures before the first refusal. */
  freeFailures: number;
  /** Forget failures after this long without a new one. */
  windowMs: number;
  /** First refusal; doubles with each further failure. */
  baseBlockMs: number;
  maxBlockMs: number;
}

export const THROTTLE_RULES: Record<ThrottleScope, ThrottleRule> = {
  pair: { freeFailures: 3, windowMs: 15 * 60_000, baseBlockMs: 2_000, maxBlockMs: 15 * 60_000 },
  account: { freeFailures: 10, windowMs: 15 * 60_000, baseBlockMs: 2_000, maxBlockMs: 30_000 },
  address: { freeFailures: 20, windowMs: 15 * 60_000, baseBlockMs: 1_000, maxBlockMs: 15 * 60_000 },
};

export interface ThrottleState {
  failures: number;
  /** Time of the last failure, ms since epoch. */
  lastFailureAt: number;
  /** Refuse attempts until this time, ms since epoch (0: not blocked). */
  blockedUntil: number;
}

export const NO_FAILURES: ThrottleState = { failures: 0, lastFailureAt: 0, blockedUntil: 0 };

export function afterFailure(state: ThrottleState | null, rule: ThrottleRule, now: number): ThrottleState {
  const current = state && now - state.lastFailureAt <= rule.windowMs ? state : NO_FAILURES;
  const failures = current.failures + 1;
  const over = failures - rule.freeFailures;
  const blockMs = over > 0 ? Math.min(rule.baseBlockMs * 2 ** Math.min(over - 1, 30), rule.maxBlockMs) : 0;
  return { failures, lastFailureAt: now, blockedUntil: blockMs ? now + blockMs : current.blockedUntil };
}

/** Whole seconds to wait, or 0 when an attempt may go ahead. */
export function secondsToWait(states: Array<ThrottleState | null>, now: number): number {
  const until = Math.max(0, ...states.map((state) => state?.blockedUntil ?? 0));
  return until > now ? Math.ceil((until - now) / 1000) : 0;
}

export function refusalMessage(seconds: number): string {
  return `Te veel mislukte pogingen; probeer het over ${seconds} ${seconds === 1 ? 'seconde' : 'seconden'} opnieuw.`;
}
