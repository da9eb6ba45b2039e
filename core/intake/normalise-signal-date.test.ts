import { describe, expect, test } from 'vitest';
import type { CellValue } from './cell-value.ts';
import { normaliseSignalDate } from './normalise-signal-date.ts';

describe('normaliseSignalDate', () => {
  test.each<[CellValue, ReturnType<typeof normaliseSignalDate>]>([
    [null, { ok: true, value: null }],
    ['  ', { ok: true, value: null }],
    ['31-01-2026', { ok: true, value: '2026-01-31' }],
    [46053, { ok: true, value: '2026-01-31' }],
    ['02-02-2026', { ok: false, message: 'Signaaldatum ligt in de toekomst.' }],
    ['31-04-2025', { ok: false, message: 'De datum „31-04-2025” bestaat niet.' }],
  ])('%j', (cell, expected) => {
    expect(normaliseSignalDate(cell, '2026-02-01')).toEqual(expected);
  });
});
