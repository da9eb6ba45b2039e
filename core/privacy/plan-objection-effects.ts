/**
 * What an objection recorded (or edited) in the register does at once (issue 12, art. 10.3
 * and 10.4), as a plan the objections hook carries out in the same transaction:
 *
 * - AMW's open referrals (new, in progress) of the person's cases are withdrawn: AMW's
 *   permissions hide a withdrawn referral, so its data leave AMW's view immediately. A
 *   referral AMW closed or referred back is history and stays;
 * - one `inform_partners` task per affected case (still open, or with a referral withdrawn
 *   now), naming the partners that received the person's data: the corporation(s) that sent
 *   the signals, and the AMW organisation where a referral was sent to it;
 * - the objection is linked to the household when the person's signals name exactly one.
 *
 * Both scopes withdraw AMW's referral: `amw` objects to AMW itself, and `all` to any approach.
 * An objection not in force today (received later, or ended) does nothing now; routing
 * honours it from its date. Re-running the plan (another edit) makes no second task.
 */
import { addDays } from '../cycle/calendar-date.ts';
import { dutchDate } from '../routing/dutch-date.ts';
import { isActiveOn, isSamePerson, type ObjectionRecord, type PersonIdentity } from './match-objection.ts';

/** A signal that may be the person's, with where it came from. */
export interface CandidateSignal extends PersonIdentity {
  id: string;
  case: string | null;
  household: string | null;
  /** The corporation (signal partner) that sent it. */
  partner_name: string;
}

export interface CaseState {
  id: string;
  status: string;
  period: string | null;
}

export interface ReferralState {
  id: string;
  case: string | null;
  target: string;
  status: string;
  date_sent: string | null;
  /** The AMW organisation it went to. */
  partner_name: string | null;
}

export interface ObjectionEffectsInput {
  objection: ObjectionRecord;
  today: string;
  signals: readonly CandidateSignal[];
  cases: readonly CaseState[];
  referrals: readonly ReferralState[];
  /** task_key values that already exist (an earlier save of this objection). */
  existingTaskKeys: ReadonlySet<string>;
}

export interface InformPartnersTask {
  kind: 'inform_partners';
  status: 'open';
  task_key: string;
  case: string;
  period: string | null;
  due_date: string;
  description: string;
}

export interface ObjectionEffects {
  /** Referral ids to set to `withdrawn`. */
  withdraw: string[];
  tasks: InformPartnersTask[];
  /** The household to link, or null to leave the objection as it is. */
  household: string | null;
  /** The person's cases (for counts in logs; ids only). */
  cases: string[];
}

/** Staff have a week to tell the partners: the person objected, they should not wait a month. */
export const INFORM_PARTNERS_DAYS = 7;
const OPEN_REFERRAL = ['new', 'in_progress'];
const SCOPE_TEXT = { amw: 'tegen het inschakelen van AMW (art. 10.4)', all: 'tegen elke benadering (art. 10.3)' } as const;

export function planObjectionEffects(input: ObjectionEffectsInput): ObjectionEffects {
  const { objection, today } = input;
  const nothing: ObjectionEffects = { withdraw: [], tasks: [], household: null, cases: [] };
  if (!isActiveOn(objection, today)) return nothing;
  const mine = input.signals.filter((signal) => isSamePerson(objection, signal));
  const households = [...new Set(mine.map((signal) => signal.household).filter((id): id is string => id !== null))];
  const caseIds = [...new Set(mine.map((signal) => signal.case).filter((id): id is string => id !== null))].sort();
  const withdraw = input.referrals
    .filter((referral) => referral.case !== null && caseIds.includes(referral.case) && referral.target === 'amw' && OPEN_REFERRAL.includes(referral.status))
    .map((referral) => referral.id)
    .sort();

  const tasks: InformPartnersTask[] = [];
  for (const caseId of caseIds) {
    const state = input.cases.find((item) => item.id === caseId);
    const withdrawnHere = input.referrals.filter((referral) => referral.case === caseId && withdraw.includes(referral.id));
    if (state?.status === 'closed' && withdrawnHere.length === 0) continue;
    const taskKey = `inform_partners:objection:${objection.id}:case:${caseId}`;
    if (input.existingTaskKeys.has(taskKey)) continue;
    const corporations = [...new Set(input.signals.filter((signal) => signal.case === caseId).map((signal) => signal.partner_name).filter(Boolean))].sort();
    const amw = [...new Set(input.referrals.filter((referral) => referral.case === caseId && referral.target === 'amw' && referral.date_sent !== null && referral.partner_name).map((referral) => referral.partner_name!))].sort();
    const partners = [...corporations.map((name) => `${name} (stuurde het signaal)`), ...amw.map((name) => `${name} (kreeg de doorverwijzing${withdrawnHere.length ? ', nu ingetrokken' : ''})`)];
    tasks.push({
      kind: 'inform_partners',
      status: 'open',
      task_key: taskKey,
      case: caseId,
      period: state?.period ?? null,
      due_date: addDays(today, INFORM_PARTNERS_DAYS),
      description:
        `Partners informeren: bezwaar ontvangen op ${dutchDate(objection.date_received)}, ${SCOPE_TEXT[objection.scope]}. ` +
        (partners.length ? `Gegevens van deze huurder gingen naar: ${partners.join('; ')}.` : 'Geen partner kreeg gegevens van deze huurder.') +
        (withdrawnHere.length ? ' De doorverwijzing aan AMW is ingetrokken; AMW ziet haar niet meer.' : ''),
    });
  }
  return { withdraw, tasks, household: households.length === 1 ? households[0]! : null, cases: caseIds };
}
