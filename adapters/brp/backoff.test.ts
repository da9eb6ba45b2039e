import { describe, expect, test } from 'vitest';
import { backoffDelayMs, retryAfterMs } from './backoff.ts';
import { createTokenBucket } from './token-bucket.ts';

describe('backoffDelayMs', () => {
  test.each([
    [1, 1, 250],
    [2, 1, 500],
    [3, 1, 1000],
    [3, 0.5, 500],
    [10, 1, 10_000],
    [1, 0, 0],
  ])('attempt %i with random %d → %i ms', (attempt, random, expected) => {
    expect(backoffDelayMs(attempt, { random: () => random })).toBe(expected);
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2025-06-15T10:00:00Z');
  test.each([
    [null, null],
    ['2', 2000],
    ['0.5', 500],
    ['3600', 60_000],
    ['Sun, 15 Jun 2025 10:00:05 GMT', 5000],
    ['Sun, 15 Jun 2025 09:00:00 GMT', 0],
    ['soon', null],
  ])('%j → %j', (header, expected) => {
    expect(retryAfterMs(header, now)).toBe(expected);
  });
});

describe('createTokenBucket', () => {
  test('allows a burst, then spaces requests at the rate', async () => {
    let clock = 0;
    const sleeps: number[] = [];
    const bucket = createTokenBucket({
      ratePerSecond: 2,
      burst: 2,
      now: () => clock,
      sleep: async (ms) => {
        sleeps.push(ms);
        clock += ms;
      },
    });
    const times: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      await bucket.take();
      times.push(clock);
    }
    expect(times).toEqual([0, 0, 500, 1000, 1500]);
    expect(sleeps).toEqual([500, 500, 500]);
  });

  test('serves concurrent callers one by one', async () => {
    let clock = 0;
    const bucket = createTokenBucket({ ratePerSecond: 10, burst: 1, now: () => clock, sleep: async (ms) => void (clock += ms) });
    await Promise.all([bucket.take(), bucket.take(), bucket.take()]);
    expect(clock).toBe(200);
  });
});
