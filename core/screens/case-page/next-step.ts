/**
 * The one next step a staff member reads at the top of a case page, derived from the case's
 * status, route, dates, referrals and open tasks. The terms follow the daily overdue step
 * (core/casework/plan-overdue-tasks.ts): a first contact attempt within `contactDays` of the
 * decision, a first talk within `firstTalkDays` for a municipality case.
 *
 * Order: a closed case has none; a case not to approach only needs closing; a municipality
 * case first needs its invitation; then open tasks (earliest due date first, rent
 * withholding only once the consent is there); an active AMW referral means waiting for AMW;
 * then the first contact, the first talk (municipality) and finally closing with an end result.
 */
import { addDays } from '../../cycle/calendar-date.ts';
import { dateLabel, dateTimeLabel } from './dutch-format.ts';

export interface NextStepFacts {
  status: string | null;
  route: string | null;
  date_matched: string | null;
  date_first_contact: string | null;
  date_first_talk: string | null;
  talk_at: string | null;
  rent_withholding_consent: boolean | null;
  /** Contact attempts on the case or its referrals, by anyone. */
  attempts: number;
  openTasks: ReadonlyArray<{ kind: string; due_date: string | null }>;
  referrals: ReadonlyArray<{ target: string | null; status: string | null; date_sent: string | null }>;
}

export interface CaseTerms {
  contactDays: number;
  firstTalkDays: number;
}

export interface NextStep {
  /** What to do, in plain Dutch, with its deadline when it has one. */
  label: string;
  /** The calendar date by which it should be done (for sorting and the "late" mark). */
  due: string | null;
  /** True when the due date lies before today. */
  late: boolean;
  /** Nothing to do by staff now (closed, or waiting for AMW). */
  waiting: boolean;
}

const TASK_STEP: Record<string, string> = {
  inform_case_manager: 'Klantmanager schulddienstverlening informeren',
  referred_back: 'Zaak terugnemen van AMW en contact opnemen',
  overdue: 'Verlopen termijn oppakken',
  missing_upload: 'Ontbrekende upload navragen',
  small_upload: 'Volledigheid van de upload navragen',
  rent_withholding: 'Huur inhouden op de uitkering',
};

const ACTIVE_REFERRAL = ['new', 'in_progress'];

export function nextStep(facts: NextStepFacts, terms: CaseTerms, today: string): NextStep {
  const step = (label: string, due: string | null = null, waiting = false): NextStep => {
    const late = due !== null && due < today;
    const when = due ? ` vóór ${dateLabel(due)}${late ? ' (termijn verlopen)' : ''}` : '';
    return { label: `${label}${when}`, due, late, waiting };
  };
  if (facts.status === 'closed') return { label: 'Geen: de zaak is afgesloten', due: null, late: false, waiting: true };
  if (facts.route === 'none') return step('Zaak afsluiten met eindresultaat');

  const matched = facts.date_matched && /^\d{4}-\d{2}-\d{2}$/.test(facts.date_matched.slice(0, 10)) ? facts.date_matched.slice(0, 10) : null;
  const contactDue = matched ? addDays(matched, terms.contactDays) : null;
  const talkDue = matched ? addDays(matched, terms.firstTalkDays) : null;
  const contacted = Boolean(facts.date_first_contact) || facts.status === 'in_contact';
  const municipality = facts.route === 'municipality';

  if (municipality && facts.status === 'new' && !facts.talk_at && facts.attempts === 0) return step('Uitnodiging versturen', contactDue);

  const tasks = [...facts.openTasks].sort((a, b) => (a.due_date ?? '9999').localeCompare(b.due_date ?? '9999'));
  const withholding = tasks.find((task) => task.kind === 'rent_withholding');
  const firstTask = tasks.find((task) => task.kind !== 'rent_withholding' || facts.rent_withholding_consent === true);
  if (firstTask) return step(TASK_STEP[firstTask.kind] ?? 'Open taak afronden', firstTask.due_date);

  const activeAmw = facts.route === 'amw' && facts.referrals.find((referral) => referral.target === 'amw' && ACTIVE_REFERRAL.includes(referral.status ?? ''));
  if (activeAmw) return activeAmw.date_sent ? step('Wacht op AMW', null, true) : step('Wacht op vrijgave van de doorverwijzing aan AMW', null, true);

  if (!contacted) return step(facts.attempts > 0 ? 'Opnieuw contact proberen' : 'Contact opnemen', contactDue);
  if (municipality && !facts.date_first_talk) {
    if (facts.talk_at) return step(`Gesprek voeren op ${dateTimeLabel(facts.talk_at)}`);
    return step('Eerste gesprek plannen', talkDue);
  }
  if (withholding) return step('Machtiging huur inhouden vastleggen en huur inhouden', withholding.due_date);
  return step('Zaak afsluiten met eindresultaat');
}
