import { describe, expect, test } from 'vitest';
import { backoffDelayMs, JOB_POLICIES, policyOverrides } from './job-policies.ts';
import { JOB_KINDS } from './job-types.ts';

const policy = { backoffBaseMs: 1_000, backoffMaxMs: 10_000 };

describe('backoffDelayMs', () => {
  test.each([
    { attempt: 1, random: 0.5, expected: 1_000 },
    { attempt: 2, random: 0.5, expected: 2_000 },
    { attempt: 3, random: 0.5, expected: 4_000 },
    { attempt: 3, random: 0, expected: 2_000 },
    { attempt: 3, random: 0.999, expected: 5_996 },
    { attempt: 5, random: 0.5, expected: 10_000 },
    { attempt: 30, random: 0.5, expected: 10_000 },
    { attempt: 0, random: 0.5, expected: 1_000 },
  ])('try $attempt failed, random $random → wait $expected ms', ({ attempt, random, expected }) => {
    expect(backoffDelayMs(policy, attempt, random)).toBe(expected);
  });
});

describe('JOB_POLICIES', () => {
  test.each(JOB_KINDS.map((kind) => ({ kind })))('$kind has a sane policy', ({ kind }) => {
    const p = JOB_POLICIES[kind];
    expect(p.maxAttempts).toBeGreaterThanOrEqual(1);
    expect(p.timeoutMs).toBeGreaterThanOrEqual(10_000);
    expect(p.backoffBaseMs).toBeGreaterThan(0);
    expect(p.backoffMaxMs).toBeGreaterThanOrEqual(p.backoffBaseMs);
    expect(p.concurrency).toBeGreaterThanOrEqual(1);
  });
});

describe('policyOverrides (JOB_POLICY_OVERRIDES)', () => {
  test.each([
    { raw: undefined, expected: {} },
    { raw: ' ', expected: {} },
    { raw: '{"process-upload":{"timeoutMs":8000}}', expected: { 'process-upload': { timeoutMs: 8000 } } },
    { raw: '{"enrich-signals":{"backoffBaseMs":500,"maxAttempts":50,"colour":"red"}}', expected: { 'enrich-signals': { backoffBaseMs: 500, maxAttempts: 50 } } },
    { raw: '{"no-such-kind":{"timeoutMs":1}}', expected: {} },
    { raw: '{"noop":{"timeoutMs":-5,"maxAttempts":"3"}}', expected: { noop: {} } },
  ])('$raw', ({ raw, expected }) => {
    expect(policyOverrides(raw)).toEqual(expected);
  });

  test('broken JSON is an error, not silently the defaults', () => {
    expect(() => policyOverrides('{timeoutMs')).toThrow('JOB_POLICY_OVERRIDES');
  });
});
