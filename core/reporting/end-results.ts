/** The window's vroegsignaalzaken per DDAS end result. */
import type { EndResult } from '../ddas/vocabulary.ts';
import type { IndicatorDefinition } from './indicator-definition.ts';
import type { ReportRecords, ReportWindow } from './records.ts';
import { windowCases } from './report-selection.ts';

export const END_RESULTS_INDICATOR: IndicatorDefinition = {
  key: 'endResults',
  name: 'Eindresultaten',
  definition: 'De vroegsignaalzaken met een signaal in de periode, naar eindresultaat volgens DDAS. Zaken die (nog) geen eindresultaat hebben, staan apart als "nog geen eindresultaat".',
};

export interface EndResults {
  cases: number;
  withoutResult: number;
  results: Array<{ result: EndResult; count: number }>;
}

export function endResults(records: ReportRecords, window: ReportWindow): EndResults {
  const cases = windowCases(records, window);
  const counts = new Map<EndResult, number>();
  for (const item of cases) if (item.result !== null) counts.set(item.result, (counts.get(item.result) ?? 0) + 1);
  return {
    cases: cases.length,
    withoutResult: cases.filter((item) => item.result === null).length,
    results: [...counts.entries()].map(([result, count]) => ({ result, count })).sort((a, b) => b.count - a.count || a.result.localeCompare(b.result, 'nl')),
  };
}
