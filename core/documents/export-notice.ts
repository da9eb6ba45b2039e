/**
 * The Dutch texts around the two monthly exports: the document's summary (counts only), the
 * file's name and title, and the notification a partner's users get when the file is ready.
 * None of them holds personal data: a notification is e-mailed (Directus's mail settings) and
 * a summary is shown to anyone who may read the document.
 */
import { dutchPeriod } from '../routing/dutch-date.ts';
import { DECISION_LABELS, type DecisionLabel } from './decision-label.ts';
import type { OverviewExclusionCode } from './amw-overview-rows.ts';

export type ExportKind = 'partner_feedback' | 'amw_overview';

const NAMES: Record<ExportKind, { title: string; file: string }> = {
  partner_feedback: { title: 'Terugkoppeling', file: 'terugkoppeling' },
  amw_overview: { title: 'Overzicht AMW', file: 'overzicht-amw' },
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Terugkoppeling november 2026" — also the sheet's name and the notification's subject. */
export function exportTitle(kind: ExportKind, period: string): string {
  return `${NAMES[kind].title} ${dutchPeriod(period)}`;
}

/** "terugkoppeling-2026-11-wonen-limburg.xlsx": the partner's organisation name, never a person's. */
export function exportFileName(kind: ExportKind, period: string, partnerName: string): string {
  const slug = partnerName.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${NAMES[kind].file}-${period}${slug ? `-${slug}` : ''}.xlsx`;
}

/** "12 signalen: 5 uitgenodigd door gemeente, 4 uitgenodigd door AMW, 3 niet uitgenodigd." */
export function feedbackSummary(decisions: readonly DecisionLabel[], undecided = 0): string {
  const parts = DECISION_LABELS.map((label) => `${decisions.filter((decision) => decision === label).length} ${label.charAt(0).toLowerCase()}${label.slice(1)}`);
  const open = undecided ? ` ${plural(undecided, 'signaal heeft', 'signalen hebben')} nog geen beslissing en ${undecided === 1 ? 'staat' : 'staan'} er niet in.` : '';
  return `${plural(decisions.length, 'signaal', 'signalen')}: ${parts.join(', ')}.${open}`;
}

const EXCLUSIONS: Record<OverviewExclusionCode, string> = {
  not_released: 'nog niet vrijgegeven',
  withdrawn: 'ingetrokken',
  no_advance_notice: 'zonder verstuurde vooraankondiging',
  objection: 'met bezwaar',
};

/** "7 huishoudens op prioriteit. Niet opgenomen: 1 zonder verstuurde vooraankondiging." */
export function overviewSummary(rows: number, excluded: ReadonlyArray<{ code: OverviewExclusionCode }>): string {
  const counts = (Object.keys(EXCLUSIONS) as OverviewExclusionCode[])
    .map((code) => [code, excluded.filter((item) => item.code === code).length] as const)
    .filter(([, count]) => count > 0)
    .map(([code, count]) => `${count} ${EXCLUSIONS[code]}`);
  return `${plural(rows, 'huishouden', 'huishoudens')} op prioriteit.${counts.length ? ` Niet opgenomen: ${counts.join(', ')}.` : ''}`;
}

/** The notification for a partner's users: the period and where to find the file, nothing about anyone. */
export function exportReadyNotice(kind: ExportKind, period: string, replaced: boolean): { subject: string; message: string } {
  const title = exportTitle(kind, period);
  const what = kind === 'partner_feedback'
    ? `De terugkoppeling over ${dutchPeriod(period)} (per signaal de beslissing van de gemeente)`
    : `Het overzicht over ${dutchPeriod(period)} van de huishoudens die naar uw organisatie zijn doorverwezen`;
  return {
    subject: `${title} staat klaar${replaced ? ' (bijgewerkt)' : ''}`,
    message: `${what} staat klaar${replaced ? ' in een bijgewerkte versie; de vorige versie vervalt' : ''}. U downloadt het bestand op uw startpagina in Vroegsignalering.`,
  };
}
