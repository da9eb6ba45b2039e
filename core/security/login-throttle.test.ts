import { describe, expect, test } from 'vitest';
import { afterFailure, refusalMessage, secondsToWait, THROTTLE_RULES, type ThrottleScope, type ThrottleState } from './login-throttle.ts';

const failN = (scope: ThrottleScope, n: number, spacingMs = 100, start = 1_000_000) => {
  let state: ThrottleState | null = null;
  for (let i = 0; i < n; i += 1) state = afterFailure(state, THROTTLE_RULES[scope], start + i * spacingMs);
  return { state: state!, lastAt: start + (n - 1) * spacingMs };
};

describe('afterFailure: the wait after the n-th failure', () => {
  test.each<[ThrottleScope, number, number]>([
    ['pair', 1, 0], ['pair', 3, 0], ['pair', 4, 2], ['pair', 5, 4], ['pair', 8, 32], ['pair', 12, 512], ['pair', 13, 900], ['pair', 40, 900],
    ['account', 10, 0], ['account', 11, 2], ['account', 13, 8], ['account', 14, 16], ['account', 15, 30], ['account', 100, 30],
    ['address', 20, 0], ['address', 21, 1], ['address', 30, 512], ['address', 40, 900],
  ])('%s after %i failures: %i s', (scope, n, seconds) => {
    const { state, lastAt } = failN(scope, n);
    expect(secondsToWait([state], lastAt)).toBe(seconds);
  });
});

describe('the block ends by itself', () => {
  test('after the wait, an attempt may go ahead', () => {
    const { state, lastAt } = failN('pair', 6);
    expect(secondsToWait([state], lastAt + 7_999)).toBe(1);
    expect(secondsToWait([state], lastAt + 8_000)).toBe(0);
  });

  test('failures older than the window are forgotten', () => {
    const { state, lastAt } = failN('pair', 10);
    const next = afterFailure(state, THROTTLE_RULES.pair, lastAt + 15 * 60_000 + 1);
    expect(next.failures).toBe(1);
    expect(secondsToWait([next], lastAt + 15 * 60_000 + 1)).toBe(0);
  });

  test('the account-wide block never exceeds 30 s, however many failures', () => {
    const { state, lastAt } = failN('account', 1_000, 10);
    expect(secondsToWait([state], lastAt)).toBe(30);
  });

  test('the longest of several blocks counts', () => {
    const account = failN('account', 12);
    expect(secondsToWait([null, failN('pair', 8).state, account.state], account.lastAt)).toBe(32);
  });
});

test.each([[1, 'Te veel mislukte pogingen; probeer het over 1 seconde opnieuw.'], [30, 'Te veel mislukte pogingen; probeer het over 30 seconden opnieuw.']])('message for %i s', (seconds, message) => {
  expect(refusalMessage(seconds)).toBe(message);
});
