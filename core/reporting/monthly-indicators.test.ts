import { describe, expect, test } from 'vitest';
import { arrearsAtSignal } from './arrears-at-signal.ts';
import { endResults } from './end-results.ts';
import { evictions } from './evictions.ts';
import { routes } from './routes.ts';
import { signalsPer1000Inhabitants } from './signals-per-inhabitants.ts';
import { signalsPerMonth } from './signals-per-month.ts';
import { JOSEPH, kase, records, signal, WATER, WONEN } from './test-support/report-fixtures.ts';
import { windowMonths } from './report-selection.ts';

const AUTUMN = { from: '2026-10-01', to: '2026-11-30' };

describe('monthly indicators', () => {
  const data = records({
    inhabitants: 50_000,
    signals: [
      signal({ signalDate: '2026-09-30', partner: WONEN, monthsInArrears: 5 }),
      signal({ signalDate: '2026-10-01', partner: WONEN, monthsInArrears: 2 }),
      signal({ signalDate: '2026-10-31', partner: JOSEPH, monthsInArrears: 1 }),
      signal({ signalDate: '2026-11-30', partner: WONEN, monthsInArrears: 1.5 }),
      signal({ signalDate: '2026-11-30', partner: WATER, monthsInArrears: null }),
      signal({ signalDate: '2026-12-01', partner: WONEN, monthsInArrears: 4 }),
    ],
  });

  test('signals per month, per partner and per partner type; the window\'s first and last day count', () => {
    expect(signalsPerMonth(data, AUTUMN)).toEqual({
      total: 4,
      months: [
        { month: '2026-10', total: 2, perPartner: [{ partnerId: 1, partnerName: 'Wonen Limburg', count: 1 }, { partnerId: 2, partnerName: 'Woningstichting St. Joseph', count: 1 }], perPartnerType: [{ type: 'Huur', count: 2 }] },
        { month: '2026-11', total: 2, perPartner: [{ partnerId: 3, partnerName: 'WML', count: 1 }, { partnerId: 1, partnerName: 'Wonen Limburg', count: 1 }], perPartnerType: [{ type: 'Huur', count: 1 }, { type: 'Water', count: 1 }] },
      ],
    });
  });

  test('per 1,000 inhabitants; no inhabitants set: empty, not zero', () => {
    expect(signalsPer1000Inhabitants(data, AUTUMN)).toEqual({ inhabitants: 50_000, total: 0.08, months: [{ month: '2026-10', signals: 2, per1000: 0.04 }, { month: '2026-11', signals: 2, per1000: 0.04 }] });
    expect(signalsPer1000Inhabitants({ ...data, inhabitants: null }, AUTUMN).total).toBeNull();
  });

  test('months of arrears at the signal: the median per month, signals without months left out', () => {
    expect(arrearsAtSignal(data, AUTUMN)).toEqual({ months: [{ month: '2026-10', signals: 2, median: 1.5 }, { month: '2026-11', signals: 1, median: 1.5 }] });
  });

  test('a window over a year end lists every month', () => {
    expect(windowMonths({ from: '2026-11-15', to: '2027-02-01' })).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });

  test('evictions beside the signals; a month without a report is marked, not zero', () => {
    const withEvictions = { ...data, evictions: [
      { partner: { id: 1, name: 'Wonen Limburg' }, period: '2026-10', total: 3, withMinorChildren: 1 },
      { partner: { id: 2, name: 'Woningstichting St. Joseph' }, period: '2026-10', total: 1, withMinorChildren: 0 },
      { partner: { id: 1, name: 'Wonen Limburg' }, period: '2026-12', total: 9, withMinorChildren: 9 },
    ] };
    expect(evictions(withEvictions, AUTUMN)).toEqual({
      total: 4,
      withMinorChildren: 1,
      months: [{ month: '2026-10', signals: 2, evictions: 4, withMinorChildren: 1, reported: true }, { month: '2026-11', signals: 2, evictions: 0, withMinorChildren: 0, reported: false }],
    });
  });
});

describe('routes and end results of the window\'s cases', () => {
  const data = records({
    signals: [
      signal({ signalDate: '2026-11-02', caseId: 'a' }),
      signal({ signalDate: '2026-11-03', caseId: 'b' }),
      signal({ signalDate: '2026-11-04', caseId: 'c' }),
      signal({ signalDate: '2026-11-05', caseId: 'c' }),
      signal({ signalDate: '2026-11-06', caseId: 'd' }),
      signal({ signalDate: '2026-10-06', caseId: 'outside' }),
    ],
    cases: [
      kase('a', { route: 'municipality', status: 'closed', closed: '2026-11-20', result: 'Vervolghulp en/of verwijzing financieel' }),
      kase('b', { route: 'amw', status: 'closed', closed: '2026-11-21', result: 'Definitief geen contact kunnen krijgen' }),
      kase('c', { route: 'amw' }),
      kase('d', { route: null }),
      kase('outside', { route: 'none', result: 'Niet opgepakt: onterecht signaal' }),
    ],
  });
  const november = { from: '2026-11-01', to: '2026-11-30' };

  test('routes: a case with two window signals counts once', () => {
    expect(routes(data, november)).toEqual({ cases: 4, routes: [
      { route: 'municipality', label: 'Gemeente', count: 1 },
      { route: 'amw', label: 'AMW', count: 2 },
      { route: 'none', label: 'Niet benaderen', count: 0 },
      { route: 'undecided', label: 'Nog niet beslist', count: 1 },
    ] });
  });

  test('end results, and cases without one apart', () => {
    expect(endResults(data, november)).toEqual({ cases: 4, withoutResult: 2, results: [
      { result: 'Definitief geen contact kunnen krijgen', count: 1 },
      { result: 'Vervolghulp en/of verwijzing financieel', count: 1 },
    ] });
  });
});
