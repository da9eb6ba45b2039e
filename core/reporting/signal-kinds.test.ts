import { describe, expect, test } from 'vitest';
import type { ReportSignal } from './records.ts';
import { signalKinds } from './signal-kinds.ts';
import { JOSEPH, NOVEMBER, records, signal, WATER, WONEN } from './test-support/report-fixtures.ts';

const H = 'household-1';

describe('single, multiple and repeat signals (households)', () => {
  test.each<[string, ReportSignal[], { single: number; multiple: number; repeat: number; households: number }]>([
    ['one signal in the window: single', [signal({ householdKey: H, signalDate: '2026-11-30' })], { households: 1, single: 1, multiple: 0, repeat: 0 }],
    ['two partners in the same month: multiple, not repeat', [signal({ householdKey: H, signalDate: '2026-11-02', partner: WONEN }), signal({ householdKey: H, signalDate: '2026-11-28', partner: WATER })], { households: 1, single: 0, multiple: 1, repeat: 0 }],
    ['the same partner twice in one month (a correction): neither multiple nor repeat', [signal({ householdKey: H, signalDate: '2026-11-02' }), signal({ householdKey: H, signalDate: '2026-11-20' })], { households: 1, single: 0, multiple: 0, repeat: 0 }],
    ['an earlier signal last month: repeat (and single in the window)', [signal({ householdKey: H, signalDate: '2026-10-30' }), signal({ householdKey: H, signalDate: '2026-11-30' })], { households: 1, single: 1, multiple: 0, repeat: 1 }],
    ['an earlier signal exactly 12 months before: repeat', [signal({ householdKey: H, signalDate: '2025-11-30' }), signal({ householdKey: H, signalDate: '2026-11-30' })], { households: 1, single: 1, multiple: 0, repeat: 1 }],
    ['an earlier signal 13 months before: not repeat', [signal({ householdKey: H, signalDate: '2025-10-30' }), signal({ householdKey: H, signalDate: '2026-11-30' })], { households: 1, single: 1, multiple: 0, repeat: 0 }],
    ['a later signal after the window does not make a window signal repeat', [signal({ householdKey: H, signalDate: '2026-11-30' }), signal({ householdKey: H, signalDate: '2026-12-30' })], { households: 1, single: 1, multiple: 0, repeat: 0 }],
    ['an earlier signal only outside the window: the household is not counted', [signal({ householdKey: H, signalDate: '2026-10-30' })], { households: 0, single: 0, multiple: 0, repeat: 0 }],
    ['multiple from other partners and repeat at once', [signal({ householdKey: H, signalDate: '2026-10-30', partner: JOSEPH }), signal({ householdKey: H, signalDate: '2026-11-30', partner: WONEN }), signal({ householdKey: H, signalDate: '2026-11-30', partner: WATER })], { households: 1, single: 0, multiple: 1, repeat: 1 }],
    ['two households are counted apart', [signal({ householdKey: 'a', signalDate: '2026-11-01' }), signal({ householdKey: 'b', signalDate: '2026-11-01' })], { households: 2, single: 2, multiple: 0, repeat: 0 }],
  ])('%s', (_name, signals, expected) => {
    expect(signalKinds(records({ signals }), NOVEMBER)).toEqual(expected);
  });

  test('over a longer window, two months from two partners in different months are repeat, not multiple', () => {
    const signals = [signal({ householdKey: H, signalDate: '2026-10-30', partner: WONEN }), signal({ householdKey: H, signalDate: '2026-11-30', partner: WATER })];
    expect(signalKinds(records({ signals }), { from: '2026-10-01', to: '2026-11-30' })).toEqual({ households: 1, single: 0, multiple: 0, repeat: 1 });
  });
});
