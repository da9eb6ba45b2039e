import { describe, expect, it } from 'vitest';
import { isoTimestamp } from './deletion-log.ts';

describe('isoTimestamp', () => {
  it.each([
    { value: new Date('2026-03-01T10:00:00Z'), iso: '2026-03-01T10:00:00.000Z' },
    { value: Date.parse('2026-03-01T10:00:00Z'), iso: '2026-03-01T10:00:00.000Z' },
    { value: String(Date.parse('2026-03-01T10:00:00Z')), iso: '2026-03-01T10:00:00.000Z' },
    { value: '2026-03-01 10:00:00', iso: '2026-03-01T10:00:00.000Z' },
    { value: '2026-03-01T10:00:00.000Z', iso: '2026-03-01T10:00:00.000Z' },
    { value: '2026-03-01T11:00:00+01:00', iso: '2026-03-01T10:00:00.000Z' },
  ])('$value → $iso', ({ value, iso }) => {
    expect(isoTimestamp(value)).toBe(iso);
  });
});
