/** Vroegsignaalzaken still open at the window's end. */
import type { IndicatorDefinition } from './indicator-definition.ts';
import type { ReportCase, ReportRecords, ReportWindow } from './records.ts';

export const OPEN_CASES: IndicatorDefinition = {
  key: 'openCases',
  name: 'Zaken open aan het einde van de periode',
  definition: 'Het aantal vroegsignaalzaken dat op of vóór de laatste dag van de periode begon en op die dag nog niet was afgesloten (een zaak die later afgesloten werd, telt mee), per route.',
};

export interface OpenCases {
  total: number;
  perRoute: Array<{ route: string; count: number }>;
}

/** Open on `date`: begun by then and not closed by then. A closed case without a date is closed from its start. */
export function isOpenOn(item: ReportCase, date: string): boolean {
  if (item.opened > date) return false;
  const closed = item.closed ?? (item.status === 'closed' ? item.opened : null);
  return closed === null || closed > date;
}

export function openCases(records: ReportRecords, window: ReportWindow): OpenCases {
  const open = records.cases.filter((item) => isOpenOn(item, window.to));
  const perRoute = new Map<string, number>();
  for (const item of open) perRoute.set(item.route ?? 'undecided', (perRoute.get(item.route ?? 'undecided') ?? 0) + 1);
  return { total: open.length, perRoute: [...perRoute.entries()].map(([route, count]) => ({ route, count })).sort((a, b) => a.route.localeCompare(b.route)) };
}
