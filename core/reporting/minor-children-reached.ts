/** Households with minor children reached (art. 2.1 and 4.1: families with children first). */
import { householdAttempts } from './household-attempts.ts';
import type { IndicatorDefinition } from './indicator-definition.ts';
import type { ReportRecords, ReportWindow } from './records.ts';
import { share, windowHouseholds } from './report-selection.ts';

export const MINOR_CHILDREN_REACHED: IndicatorDefinition = {
  key: 'minorChildrenReached',
  name: 'Gezinnen met minderjarige kinderen bereikt',
  definition: 'Van de huishoudens met een signaal in de periode waarin volgens het BRP minderjarige kinderen wonen: hoeveel er bereikt zijn (minstens één contactpoging met "bereikt = ja"), en welk deel. Huishoudens waarvan dit niet bekend is, tellen niet mee.',
};

export interface MinorChildrenReached {
  households: number;
  reached: number;
  share: number | null;
}

export function minorChildrenReached(records: ReportRecords, window: ReportWindow): MinorChildrenReached {
  const attempts = householdAttempts(records, window);
  let households = 0;
  let reached = 0;
  for (const [key, signals] of windowHouseholds(records, window)) {
    if (!signals.some((signal) => signal.hasMinorChildren === true)) continue;
    households += 1;
    if ((attempts.get(key) ?? []).some((attempt) => attempt.reached)) reached += 1;
  }
  return { households, reached, share: share(reached, households) };
}
