/**
 * The counts a DDAS delivery for the window holds. The delivery builder selects its records
 * with the same functions (report-selection.ts), and a test asserts both agree.
 */
import type { IndicatorDefinition } from './indicator-definition.ts';
import type { ReportRecords, ReportWindow } from './records.ts';
import { windowCases, windowContactAttempts, windowHouseholds, windowSignals } from './report-selection.ts';

export const COUNTS: IndicatorDefinition = {
  key: 'counts',
  name: 'Aantallen in de periode',
  definition: 'Het aantal signalen dat de gemeente in de periode ontving, het aantal huishoudens dat ze betreffen, de vroegsignaalzaken waartoe ze horen en de contactpogingen in die zaken. Dezelfde aantallen staan in de DDAS-levering voor deze periode.',
};

export interface Counts {
  signals: number;
  households: number;
  cases: number;
  contactAttempts: number;
}

export function counts(records: ReportRecords, window: ReportWindow): Counts {
  return {
    signals: windowSignals(records, window).length,
    households: windowHouseholds(records, window).size,
    cases: windowCases(records, window).length,
    contactAttempts: windowContactAttempts(records, window).length,
  };
}
