/** The window's vroegsignaalzaken per route. */
import type { IndicatorDefinition } from './indicator-definition.ts';
import type { ReportRecords, ReportRoute, ReportWindow } from './records.ts';
import { windowCases } from './report-selection.ts';

export const ROUTES: IndicatorDefinition = {
  key: 'routes',
  name: 'Routes',
  definition: 'De vroegsignaalzaken met een signaal in de periode, naar route: gemeente (uitkering: uitnodiging regisseur), AMW, niet benaderen, of nog niet beslist.',
};

export type RouteKey = ReportRoute | 'undecided';
export const ROUTE_KEYS: readonly RouteKey[] = ['municipality', 'amw', 'none', 'undecided'];
export const ROUTE_LABELS: Record<RouteKey, string> = { municipality: 'Gemeente', amw: 'AMW', none: 'Niet benaderen', undecided: 'Nog niet beslist' };

export interface Routes {
  cases: number;
  routes: Array<{ route: RouteKey; label: string; count: number }>;
}

export function routes(records: ReportRecords, window: ReportWindow): Routes {
  const cases = windowCases(records, window);
  return {
    cases: cases.length,
    routes: ROUTE_KEYS.map((route) => ({ route, label: ROUTE_LABELS[route], count: cases.filter((item) => (item.route ?? 'undecided') === route).length })),
  };
}
