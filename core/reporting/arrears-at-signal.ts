/** Months of arrears at the signal, per month: the covenant aims to signal earlier. */
import type { IndicatorDefinition } from './indicator-definition.ts';
import { median } from './percentiles.ts';
import type { ReportRecords, ReportWindow } from './records.ts';
import { monthOf, windowMonths, windowSignals } from './report-selection.ts';

export const ARREARS_AT_SIGNAL: IndicatorDefinition = {
  key: 'arrearsAtSignal',
  name: 'Maanden achterstand bij het signaal',
  definition: 'Per maand de mediaan van het aantal maanden huurachterstand dat de signaalpartner bij het signaal opgaf. Een dalende lijn betekent dat eerder gesignaleerd wordt. Signalen zonder opgegeven maanden tellen niet mee.',
};

export interface ArrearsAtSignal {
  months: Array<{ month: string; signals: number; median: number | null }>;
}

export function arrearsAtSignal(records: ReportRecords, window: ReportWindow): ArrearsAtSignal {
  const signals = windowSignals(records, window);
  return {
    months: windowMonths(window).map((month) => {
      const values = signals.filter((signal) => monthOf(signal.signalDate) === month && signal.monthsInArrears !== null).map((signal) => signal.monthsInArrears as number);
      return { month, signals: values.length, median: median(values) };
    }),
  };
}
