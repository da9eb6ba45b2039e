/**
 * The window's figures as Dutch lines (label, value), per dashboard indicator: what the
 * evaluation report prints beside each chart, for any window (a month, a year). Read from
 * the same `Figures` as the dashboard and the DDAS delivery.
 */
import type { Figures } from './compute-figures.ts';
import { formatFigure } from './figure-chart.ts';
import { ROUTE_LABELS, type RouteKey } from './routes.ts';

export type SummaryLine = [label: string, value: string];

const percent = (share: number | null) => (share === null ? 'geen gegevens' : formatFigure(Math.round(share * 1000) / 10, 'percent'));
const count = (value: number) => formatFigure(value, 'count');
const days = (value: number | null) => formatFigure(value, 'days');

/** Lines per dashboard indicator key; an indicator without lines shows only its chart. */
export function windowSummary(figures: Figures): Record<string, SummaryLine[]> {
  const partners = new Map<string, number>();
  const types = new Map<string, number>();
  for (const month of figures.signalsPerMonth.months) {
    for (const partner of month.perPartner) partners.set(partner.partnerName, (partners.get(partner.partnerName) ?? 0) + partner.count);
    for (const type of month.perPartnerType) types.set(type.type, (types.get(type.type) ?? 0) + type.count);
  }
  const { reach, daysToContact, evictions, minorChildrenReached, signalKinds } = figures;
  const arrears = figures.arrearsAtSignal.months.filter((month) => month.median !== null);
  return {
    signals_by_partner: [['Signalen in de periode', count(figures.counts.signals)], ['Huishoudens', count(figures.counts.households)], ...[...partners.entries()].sort(([a], [b]) => a.localeCompare(b, 'nl')).map(([name, n]): SummaryLine => [name, count(n)])],
    signals_by_partner_type: [...types.entries()].sort(([a], [b]) => a.localeCompare(b, 'nl')).map(([type, n]): SummaryLine => [type, count(n)]),
    signals_per_1000: [['Per 1.000 inwoners', figures.signalsPer1000Inhabitants.total === null ? 'aantal inwoners niet ingesteld' : formatFigure(figures.signalsPer1000Inhabitants.total, 'per_1000')]],
    signal_kinds: [['Huishoudens', count(signalKinds.households)], ['Enkelvoudig', count(signalKinds.single)], ['Meervoudig', count(signalKinds.multiple)], ['Herhaald', count(signalKinds.repeat)]],
    households_reached_share: [['Huishoudens met een signaal', count(reach.households)], ['Poging gedaan', count(reach.attempted)], ['Bereikt', `${count(reach.reached)} (${percent(reach.share)})`]],
    reached_share_by_contact_kind: figures.reachPerKind.kinds.filter((kind) => kind.attempted > 0).map((kind): SummaryLine => [kind.kind, `${count(kind.reached)} van ${count(kind.attempted)} bereikt (${percent(kind.share)})`]),
    days_to_first_attempt: [['Mediaan', days(daysToContact.firstAttempt.median)], ['80e percentiel', days(daysToContact.firstAttempt.p80)], [`Binnen ${daysToContact.firstAttempt.targetDays} dagen`, `${count(daysToContact.firstAttempt.withinTarget)} van ${count(daysToContact.firstAttempt.count)} zaken`], ['Nog geen poging', count(daysToContact.firstAttempt.notYet)]],
    days_to_first_talk: [['Mediaan', days(daysToContact.firstTalk.median)], ['80e percentiel', days(daysToContact.firstTalk.p80)], [`Binnen ${daysToContact.firstTalk.targetDays} dagen`, `${count(daysToContact.firstTalk.withinTarget)} van ${count(daysToContact.firstTalk.count)} zaken`], ['Nog geen gesprek', count(daysToContact.firstTalk.notYet)]],
    cases_by_route: figures.routes.routes.map((route): SummaryLine => [route.label, count(route.count)]),
    cases_by_end_result: [...figures.endResults.results.filter((result) => result.count > 0).map((result): SummaryLine => [result.result, count(result.count)]), ['Nog geen eindresultaat', count(figures.endResults.withoutResult)]],
    minor_children_reached: [['Gezinnen met minderjarige kinderen', count(minorChildrenReached.households)], ['Waarvan bereikt', `${count(minorChildrenReached.reached)} (${percent(minorChildrenReached.share)})`]],
    months_in_arrears_at_signal: arrears.length ? [['Mediaan eerste maand', formatFigure(arrears[0]!.median, 'months')], ['Mediaan laatste maand', formatFigure(arrears[arrears.length - 1]!.median, 'months')]] : [['Mediaan', 'geen gegevens']],
    evictions: [['Ontruimingen', count(evictions.total)], ['Waarvan met minderjarige kinderen', count(evictions.withMinorChildren)], ['Maanden zonder opgave', count(evictions.months.filter((month) => !month.reported).length)]],
    cases_open_at_month_end: [['Open op de laatste dag', count(figures.openCases.total)], ...figures.openCases.perRoute.map((route): SummaryLine => [ROUTE_LABELS[route.route as RouteKey] ?? route.route, count(route.count)])],
  };
}
