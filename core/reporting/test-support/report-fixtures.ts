/** Small builders for report records in tests: each test states only what it is about. */
import type { ReportCase, ReportContactAttempt, ReportEvictions, ReportRecords, ReportSignal } from '../records.ts';

export const WONEN = { id: 1, name: 'Wonen Limburg', type: 'Huur' as const };
export const JOSEPH = { id: 2, name: 'Woningstichting St. Joseph', type: 'Huur' as const };
export const WATER = { id: 3, name: 'WML', type: 'Water' as const };

let counter = 0;
const next = (prefix: string) => `${prefix}-${String(++counter).padStart(4, '0')}`;

export function signal(over: Partial<ReportSignal> & { signalDate: string }): ReportSignal {
  return {
    id: next('s'),
    partner: WONEN,
    period: over.signalDate.slice(0, 7),
    amountEuros: 850.5,
    monthsInArrears: 2,
    arrearsStartDate: null,
    status: 'Opgepakt',
    householdKey: next('h'),
    hasMinorChildren: false,
    caseId: null,
    client: { bsn: null, postcode: '6001AB', houseNumber: '12', houseNumberAddition: null },
    ...over,
  };
}

export function kase(id: string, over: Partial<ReportCase> = {}): ReportCase {
  return { id, householdKey: null, route: 'amw', status: 'new', opened: '2026-11-05', closed: null, result: null, dateMatched: '2026-11-05', datePickedUp: null, ...over };
}

export function attempt(caseId: string, date: string, over: Partial<ReportContactAttempt> = {}): ReportContactAttempt {
  return { id: next('a'), caseId, date, kind: 'Telefoon', partOfDay: 'Ochtend', reached: false, ...over };
}

export function records(over: Partial<ReportRecords> = {}): ReportRecords {
  return { signals: [], cases: [], contactAttempts: [], evictions: [] as ReportEvictions[], inhabitants: null, ...over };
}

export const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
