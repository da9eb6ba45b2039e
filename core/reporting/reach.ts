/** Share of households reached, overall and per kind of contact. */
import type { ContactKind } from '../ddas/vocabulary.ts';
import { householdAttempts } from './household-attempts.ts';
import type { IndicatorDefinition } from './indicator-definition.ts';
import type { ReportRecords, ReportWindow } from './records.ts';
import { share } from './report-selection.ts';

export const REACH: IndicatorDefinition = {
  key: 'reach',
  name: 'Bereik van huishoudens',
  definition: 'Het deel van de huishoudens met een signaal in de periode dat bereikt is: minstens één contactpoging met "bereikt = ja" in hun vroegsignaalzaak, ook als die poging na de periode viel. Daarnaast het deel van de huishoudens bij wie een poging is gedaan.',
};

export const REACH_PER_KIND: IndicatorDefinition = {
  key: 'reachPerKind',
  name: 'Bereik per soort contact',
  definition: 'Per soort contact (brief, telefoon, huisbezoek enzovoort): bij hoeveel huishoudens met een signaal in de periode deze soort is geprobeerd, bij hoeveel die soort contact bereikt opleverde, en het deel daarvan.',
};

export interface Reach {
  households: number;
  attempted: number;
  reached: number;
  /** reached / households */
  share: number | null;
  /** reached / attempted */
  shareOfAttempted: number | null;
}

export interface ReachPerKind {
  kinds: Array<{ kind: ContactKind; attempted: number; reached: number; share: number | null }>;
}

export function reach(records: ReportRecords, window: ReportWindow): Reach {
  const households = [...householdAttempts(records, window).values()];
  const attempted = households.filter((attempts) => attempts.length > 0).length;
  const reached = households.filter((attempts) => attempts.some((attempt) => attempt.reached)).length;
  return { households: households.length, attempted, reached, share: share(reached, households.length), shareOfAttempted: share(reached, attempted) };
}

export function reachPerKind(records: ReportRecords, window: ReportWindow): ReachPerKind {
  const perKind = new Map<ContactKind, { attempted: number; reached: number }>();
  for (const attempts of householdAttempts(records, window).values()) {
    for (const kind of new Set(attempts.map((attempt) => attempt.kind))) {
      const entry = perKind.get(kind) ?? { attempted: 0, reached: 0 };
      entry.attempted += 1;
      if (attempts.some((attempt) => attempt.kind === kind && attempt.reached)) entry.reached += 1;
      perKind.set(kind, entry);
    }
  }
  return {
    kinds: [...perKind.entries()].map(([kind, entry]) => ({ kind, ...entry, share: share(entry.reached, entry.attempted) })).sort((a, b) => a.kind.localeCompare(b.kind, 'nl')),
  };
}
