/** Signals per month, per signal partner and per DDAS partner type. */
import type { SignalPartnerType } from '../ddas/vocabulary.ts';
import type { IndicatorDefinition } from './indicator-definition.ts';
import type { ReportRecords, ReportWindow } from './records.ts';
import { monthOf, windowMonths, windowSignals } from './report-selection.ts';

export const SIGNALS_PER_MONTH: IndicatorDefinition = {
  key: 'signalsPerMonth',
  name: 'Signalen per maand',
  definition: 'Het aantal signalen dat de gemeente in de maand ontving (signaaldatum), per signaalpartner en per soort partner volgens DDAS. Een maand die maar deels in de periode valt, telt alleen de dagen in de periode.',
};

export interface SignalsPerMonth {
  total: number;
  months: Array<{
    month: string;
    total: number;
    perPartner: Array<{ partnerId: number; partnerName: string; count: number }>;
    perPartnerType: Array<{ type: SignalPartnerType; count: number }>;
  }>;
}

export function signalsPerMonth(records: ReportRecords, window: ReportWindow): SignalsPerMonth {
  const signals = windowSignals(records, window);
  const months = windowMonths(window).map((month) => {
    const ofMonth = signals.filter((signal) => monthOf(signal.signalDate) === month);
    const partners = new Map<number, { partnerId: number; partnerName: string; count: number }>();
    const types = new Map<SignalPartnerType, number>();
    for (const signal of ofMonth) {
      const entry = partners.get(signal.partner.id) ?? { partnerId: signal.partner.id, partnerName: signal.partner.name, count: 0 };
      entry.count += 1;
      partners.set(signal.partner.id, entry);
      types.set(signal.partner.type, (types.get(signal.partner.type) ?? 0) + 1);
    }
    return {
      month,
      total: ofMonth.length,
      perPartner: [...partners.values()].sort((a, b) => a.partnerName.localeCompare(b.partnerName, 'nl') || a.partnerId - b.partnerId),
      perPartnerType: [...types.entries()].map(([type, count]) => ({ type, count })).sort((a, b) => a.type.localeCompare(b.type, 'nl')),
    };
  });
  return { total: signals.length, months };
}
