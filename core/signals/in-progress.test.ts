import { describe, expect, test } from 'vitest';
import { isInProgress } from './in-progress.ts';

describe('isInProgress', () => {
  test.each([
    { signal: { case: null, status: 'Nog niet opgepakt' }, expected: false },
    { signal: { case: null, status: null }, expected: false },
    { signal: { case: 'c1', status: 'Nog niet opgepakt' }, expected: true },
    { signal: { case: null, status: 'Opgepakt' }, expected: true },
    { signal: { case: null, status: 'Niet opgepakt: onterecht signaal' }, expected: true },
    { signal: { case: 'c1', status: 'Opgepakt' }, expected: true },
  ])('$signal → $expected', ({ signal, expected }) => {
    expect(isInProgress(signal)).toBe(expected);
  });
});
