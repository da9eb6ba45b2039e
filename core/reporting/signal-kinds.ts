/**
 * Single, multiple and repeat signals, counted in households. The covenant and the DDAS
 * model do not define them; these are the definitions the product uses (the filters of the
 * products municipalities know: enkelvoudig / meervoudig / herhaald):
 *
 * - enkelvoudig: the household has exactly one signal in the window (so from one partner);
 * - meervoudig: the household has signals from two or more partners in the same month;
 * - herhaald: the household has a signal in the window and an earlier signal in one of the
 *   12 months before that signal's month (from any partner, inside or before the window).
 *
 * They are not exclusive: a household with one signal this month and one last year is both
 * enkelvoudig and herhaald. Months are months of the signal date.
 */
import type { IndicatorDefinition } from './indicator-definition.ts';
import type { ReportRecords, ReportSignal, ReportWindow } from './records.ts';
import { monthOf, windowHouseholds } from './report-selection.ts';

export const SIGNAL_KINDS: IndicatorDefinition = {
  key: 'signalKinds',
  name: 'Enkelvoudige, meervoudige en herhaalde signalen',
  definition: 'Geteld in huishoudens met een signaal in de periode. Enkelvoudig: precies één signaal in de periode (dus van één partner). Meervoudig: signalen van twee of meer partners in dezelfde maand. Herhaald: ook een signaal in een van de 12 maanden vóór de maand van een signaal in de periode. Een huishouden kan zowel enkelvoudig als herhaald zijn.',
};

export interface SignalKinds {
  households: number;
  single: number;
  multiple: number;
  repeat: number;
}

/** Months between two periods ("2026-01", "2026-03" → 2). */
function monthsBetween(earlier: string, later: string): number {
  const [y1, m1] = earlier.split('-').map(Number) as [number, number];
  const [y2, m2] = later.split('-').map(Number) as [number, number];
  return (y2 - y1) * 12 + (m2 - m1);
}

export function isMultiple(signals: readonly ReportSignal[]): boolean {
  const partnersPerMonth = new Map<string, Set<number>>();
  for (const signal of signals) {
    const month = monthOf(signal.signalDate);
    partnersPerMonth.set(month, (partnersPerMonth.get(month) ?? new Set()).add(signal.partner.id));
  }
  return [...partnersPerMonth.values()].some((partners) => partners.size >= 2);
}

export function isRepeat(inWindow: readonly ReportSignal[], allOfHousehold: readonly ReportSignal[]): boolean {
  return inWindow.some((signal) => allOfHousehold.some((earlier) => {
    const gap = monthsBetween(monthOf(earlier.signalDate), monthOf(signal.signalDate));
    return gap >= 1 && gap <= 12;
  }));
}

export function signalKinds(records: ReportRecords, window: ReportWindow): SignalKinds {
  const households = windowHouseholds(records, window);
  const everything = new Map<string, ReportSignal[]>();
  for (const signal of records.signals) everything.set(signal.householdKey, [...(everything.get(signal.householdKey) ?? []), signal]);
  let single = 0;
  let multiple = 0;
  let repeat = 0;
  for (const [key, signals] of households) {
    if (signals.length === 1) single += 1;
    if (isMultiple(signals)) multiple += 1;
    if (isRepeat(signals, everything.get(key) ?? [])) repeat += 1;
  }
  return { households: households.size, single, multiple, repeat };
}
