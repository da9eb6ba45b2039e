/** Signals per 1,000 inhabitants per month (Divosa's national indicator). */
import type { IndicatorDefinition } from './indicator-definition.ts';
import type { ReportRecords, ReportWindow } from './records.ts';
import { signalsPerMonth } from './signals-per-month.ts';

export const SIGNALS_PER_1000_INHABITANTS: IndicatorDefinition = {
  key: 'signalsPer1000Inhabitants',
  name: 'Signalen per 1.000 inwoners',
  definition: 'Het aantal signalen in de maand gedeeld door het aantal inwoners van de gemeente (instelling), maal 1.000. Zonder ingesteld aantal inwoners blijft dit cijfer leeg.',
};

export interface SignalsPer1000Inhabitants {
  inhabitants: number | null;
  /** Over the whole window. */
  total: number | null;
  months: Array<{ month: string; signals: number; per1000: number | null }>;
}

const per1000 = (count: number, inhabitants: number | null): number | null => (inhabitants === null || inhabitants <= 0 ? null : Math.round((count / inhabitants) * 1000 * 100) / 100);

export function signalsPer1000Inhabitants(records: ReportRecords, window: ReportWindow): SignalsPer1000Inhabitants {
  const perMonth = signalsPerMonth(records, window);
  return {
    inhabitants: records.inhabitants,
    total: per1000(perMonth.total, records.inhabitants),
    months: perMonth.months.map((month) => ({ month: month.month, signals: month.total, per1000: per1000(month.total, records.inhabitants) })),
  };
}
