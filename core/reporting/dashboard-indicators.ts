/**
 * The figures of the Vroegsignalering dashboard, one panel each, in the order staff read
 * them: what comes in, whom we reach and how fast, what it leads to, and the covenant's
 * goal (fewer evictions). Each panel takes its values from `computeFigures` for one month
 * (the same functions as the DDAS delivery) and its Dutch definition from
 * INDICATOR_DEFINITIONS, so the dashboard, the report and the delivery cannot drift apart.
 * The reporting step stores the rows per month in `report_figures`; the panel draws them.
 */
import type { Figures } from './compute-figures.ts';
import { TARGET_DAYS_FIRST_ATTEMPT, TARGET_DAYS_FIRST_TALK } from './days-to-contact.ts';
import type { FigureTarget, FigureUnit } from './figure-chart.ts';
import { INDICATOR_DEFINITIONS, type IndicatorKey } from './indicator-definitions.ts';
import { ROUTE_LABELS, type RouteKey } from './routes.ts';

/** One value of a panel for one month; an empty dimension is the total. */
export interface DashboardValue {
  dimension: string;
  value: number | null;
}

export interface DashboardIndicator {
  key: string;
  title: string;
  unit: FigureUnit;
  chart: 'bar' | 'line';
  targets?: FigureTarget[];
  /** Which figure of computeFigures it shows; its definition is that figure's. */
  source: IndicatorKey;
  /** The values of one month, from the figures of that month's window. */
  values: (figures: Figures) => DashboardValue[];
}

const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
const only = <T>(months: T[]): T | undefined => months[0];

export const DASHBOARD_INDICATORS: readonly DashboardIndicator[] = [
  {
    key: 'signals_by_partner',
    title: 'Signalen per maand per partner',
    unit: 'count',
    chart: 'bar',
    source: 'signalsPerMonth',
    values: (figures) => {
      const month = only(figures.signalsPerMonth.months);
      return [{ dimension: '', value: month?.total ?? 0 }, ...(month?.perPartner ?? []).map((partner) => ({ dimension: partner.partnerName, value: partner.count }))];
    },
  },
  {
    key: 'signals_by_partner_type',
    title: 'Signalen per soort partner (DDAS)',
    unit: 'count',
    chart: 'bar',
    source: 'signalsPerMonth',
    values: (figures) => (only(figures.signalsPerMonth.months)?.perPartnerType ?? []).map((type) => ({ dimension: type.type, value: type.count })),
  },
  {
    key: 'signals_per_1000',
    title: 'Signalen per 1.000 inwoners',
    unit: 'per_1000',
    chart: 'line',
    source: 'signalsPer1000Inhabitants',
    values: (figures) => [{ dimension: '', value: only(figures.signalsPer1000Inhabitants.months)?.per1000 ?? null }],
  },
  {
    key: 'signal_kinds',
    title: 'Enkelvoudige, meervoudige en herhaalde signalen',
    unit: 'count',
    chart: 'bar',
    source: 'signalKinds',
    values: ({ signalKinds }) => [
      { dimension: 'Enkelvoudig', value: signalKinds.single },
      { dimension: 'Meervoudig', value: signalKinds.multiple },
      { dimension: 'Herhaald', value: signalKinds.repeat },
    ],
  },
  {
    key: 'households_reached_share',
    title: 'Bereikte huishoudens (%)',
    unit: 'percent',
    chart: 'line',
    source: 'reach',
    values: ({ reach }) => [
      { dimension: 'Bereikt', value: percent(reach.share) },
      { dimension: 'Poging gedaan', value: percent(reach.households ? reach.attempted / reach.households : null) },
    ],
  },
  {
    key: 'reached_share_by_contact_kind',
    title: 'Bereikt per soort contact (%)',
    unit: 'percent',
    chart: 'bar',
    source: 'reachPerKind',
    values: ({ reachPerKind }) => reachPerKind.kinds.filter((kind) => kind.attempted > 0).map((kind) => ({ dimension: kind.kind, value: percent(kind.share) })),
  },
  {
    key: 'days_to_first_attempt',
    title: 'Dagen tot de eerste contactpoging',
    unit: 'days',
    chart: 'line',
    targets: [{ value: TARGET_DAYS_FIRST_ATTEMPT, label: `Streefwaarde: ${TARGET_DAYS_FIRST_ATTEMPT} dagen` }],
    source: 'daysToContact',
    values: ({ daysToContact }) => [
      { dimension: 'Mediaan', value: daysToContact.firstAttempt.median },
      { dimension: '80e percentiel', value: daysToContact.firstAttempt.p80 },
    ],
  },
  {
    key: 'days_to_first_talk',
    title: 'Dagen tot het eerste gesprek',
    unit: 'days',
    chart: 'line',
    targets: [{ value: TARGET_DAYS_FIRST_TALK, label: `Streefwaarde: ${TARGET_DAYS_FIRST_TALK} dagen` }],
    source: 'daysToContact',
    values: ({ daysToContact }) => [
      { dimension: 'Mediaan', value: daysToContact.firstTalk.median },
      { dimension: '80e percentiel', value: daysToContact.firstTalk.p80 },
    ],
  },
  {
    key: 'cases_by_route',
    title: 'Routes',
    unit: 'count',
    chart: 'bar',
    source: 'routes',
    values: ({ routes }) => routes.routes.filter((route) => route.count > 0).map((route) => ({ dimension: route.label, value: route.count })),
  },
  {
    key: 'cases_by_end_result',
    title: 'Eindresultaten',
    unit: 'count',
    chart: 'bar',
    source: 'endResults',
    values: ({ endResults }) => [
      ...endResults.results.filter((result) => result.count > 0).map((result) => ({ dimension: result.result, value: result.count })),
      ...(endResults.withoutResult ? [{ dimension: 'Nog geen eindresultaat', value: endResults.withoutResult }] : []),
    ],
  },
  {
    key: 'minor_children_reached',
    title: 'Gezinnen met minderjarige kinderen bereikt',
    unit: 'count',
    chart: 'bar',
    source: 'minorChildrenReached',
    values: ({ minorChildrenReached }) => [
      { dimension: 'Gezinnen met een signaal', value: minorChildrenReached.households },
      { dimension: 'Waarvan bereikt', value: minorChildrenReached.reached },
    ],
  },
  {
    key: 'months_in_arrears_at_signal',
    title: 'Maanden achterstand bij het signaal (mediaan)',
    unit: 'months',
    chart: 'line',
    source: 'arrearsAtSignal',
    values: ({ arrearsAtSignal }) => [{ dimension: '', value: only(arrearsAtSignal.months)?.median ?? null }],
  },
  {
    key: 'evictions',
    title: 'Ontruimingen naast signalen',
    unit: 'count',
    chart: 'bar',
    source: 'evictions',
    values: ({ evictions }) => {
      const month = only(evictions.months);
      // A month without an entry is "not reported", not zero: no bar rather than a false 0.
      const reported = month?.reported ?? false;
      return [
        { dimension: 'Signalen', value: month?.signals ?? 0 },
        { dimension: 'Ontruimingen', value: reported ? (month?.evictions ?? 0) : null },
        { dimension: 'Waarvan met minderjarige kinderen', value: reported ? (month?.withMinorChildren ?? 0) : null },
      ];
    },
  },
  {
    key: 'cases_open_at_month_end',
    title: 'Open zaken aan het eind van de maand',
    unit: 'count',
    chart: 'line',
    source: 'openCases',
    values: ({ openCases }) => [{ dimension: '', value: openCases.total }, ...openCases.perRoute.map((route) => ({ dimension: ROUTE_LABELS[route.route as RouteKey] ?? route.route, value: route.count }))],
  },
];

export const definitionOf = (indicator: DashboardIndicator) => INDICATOR_DEFINITIONS[indicator.source].definition;

/** The rows of `report_figures` for one month, from the figures of that month's window. */
export function dashboardRows(figures: Figures, month: string): Array<{ month: string; indicator: string; dimension: string; value: number | null; definition: string }> {
  return DASHBOARD_INDICATORS.flatMap((indicator) => indicator.values(figures).map((value) => ({ month, indicator: indicator.key, dimension: value.dimension, value: value.value, definition: definitionOf(indicator) })));
}
