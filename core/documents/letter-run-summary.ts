/**
 * The letters step's report in one Dutch sentence per part, from a plan's counts: what is
 * made, and what was not and why (counted, never named: the report goes to the job's
 * message, which holds no personal data). The step adds its own words around it
 * ("Proefrun", the period's print batch).
 */
import { dutchPeriod } from '../routing/dutch-date.ts';
import type { LetterRunPlan, SkipCode } from './plan-letter-run.ts';

const SKIP_LABELS: Record<SkipCode, string> = {
  undecided: 'nog niet beslist',
  case_missing: 'zaak niet gevonden',
  repeat_signal: 'herhaald signaal bij een lopende zaak',
  objection: 'bezwaar tegen de verwerking',
  objection_amw: 'bezwaar tegen AMW',
  no_referral: 'route AMW zonder lopende doorverwijzing',
  appointment_missing: 'afspraak nog niet ingepland',
  appointment_past: 'afspraak niet na vandaag',
  deceased: 'huurder overleden',
  already_produced: 'al gemaakt',
  other_letter_this_period: 'deze maand al een andere brief',
  reissue_without_reason: 'heruitgave zonder reden',
  reissue_unknown_household: 'heruitgave voor een onbekend huishouden',
  reissue_done: 'heruitgave al gemaakt',
  reissue_duplicate: 'dubbele heruitgave',
};

const count = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

export function letterRunSummary(plan: LetterRunPlan, period: string): string {
  const { counts } = plan;
  const kinds = [
    counts.invitation_municipality ? count(counts.invitation_municipality, 'uitnodiging gemeente', 'uitnodigingen gemeente') : '',
    counts.advance_notice_amw ? count(counts.advance_notice_amw, 'vooraankondiging AMW', 'vooraankondigingen AMW') : '',
    counts.privacy_information ? count(counts.privacy_information, 'informatiebrief', 'informatiebrieven') : '',
  ].filter(Boolean);
  const made = counts.letters
    ? `${count(counts.letters, 'brief', 'brieven')} voor ${dutchPeriod(period)}: ${kinds.join(', ')}${counts.reissued ? ` (waarvan ${count(counts.reissued, 'heruitgave', 'heruitgaven')})` : ''}.`
    : `Geen nieuwe brieven voor ${dutchPeriod(period)}.`;
  const skipped = Object.entries(counts.skipped)
    .filter(([, n]) => n > 0)
    .map(([code, n]) => `${n} ${SKIP_LABELS[code as SkipCode]}`);
  return skipped.length ? `${made} Niet gemaakt: ${skipped.join(', ')}.` : made;
}
