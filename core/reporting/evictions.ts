/** Evictions per month beside the signals (art. 2.1: fewer evictions, no families with children evicted). */
import type { IndicatorDefinition } from './indicator-definition.ts';
import type { ReportRecords, ReportWindow } from './records.ts';
import { monthOf, windowMonths, windowSignals } from './report-selection.ts';

export const EVICTIONS: IndicatorDefinition = {
  key: 'evictions',
  name: 'Huisuitzettingen naast de signalen',
  definition: 'Per maand het aantal huisuitzettingen dat de corporaties opgaven (totaal en van huishoudens met minderjarige kinderen, als aantallen zonder namen), naast het aantal signalen van die maand. Een maand telt mee als ze in de periode valt, ook als de periode halverwege de maand begint of eindigt.',
};

export interface Evictions {
  total: number;
  withMinorChildren: number;
  months: Array<{ month: string; signals: number; evictions: number; withMinorChildren: number; reported: boolean }>;
}

export function evictions(records: ReportRecords, window: ReportWindow): Evictions {
  const signals = windowSignals(records, window);
  const months = windowMonths(window).map((month) => {
    const rows = records.evictions.filter((row) => row.period === month);
    return {
      month,
      signals: signals.filter((signal) => monthOf(signal.signalDate) === month).length,
      evictions: rows.reduce((sum, row) => sum + row.total, 0),
      withMinorChildren: rows.reduce((sum, row) => sum + row.withMinorChildren, 0),
      // No row is not zero: the dashboard says "niet opgegeven".
      reported: rows.length > 0,
    };
  });
  return { total: months.reduce((sum, month) => sum + month.evictions, 0), withMinorChildren: months.reduce((sum, month) => sum + month.withMinorChildren, 0), months };
}
