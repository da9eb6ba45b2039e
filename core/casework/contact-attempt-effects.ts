/**
 * What a new contact attempt means for its case and referral (issue 9, item 4):
 * - reached: the case's first contact date (when still empty) is the attempt's date, and a
 *   new or picked-up case is in contact;
 * - not reached: a new case has at least been picked up;
 * - an attempt by AMW on its referral: the referral goes from new to in progress.
 * A closed case is not changed; a case further along never goes back. A withdrawn referral
 * takes no attempts.
 */
import type { CaseStatus, Refusal } from './case-status.ts';

export interface AttemptFacts {
  reached: boolean;
  date: string;
}

export interface AttemptCase {
  status: CaseStatus;
  date_first_contact: string | null;
  date_picked_up: string | null;
}

export type AttemptEffects = { ok: true; caseSet: Record<string, unknown>; referralSet: Record<string, unknown> } | Refusal;

/** A withdrawn referral is no longer AMW's to work: no attempts on it. */
export function planContactAttemptEffects(attempt: AttemptFacts, caseRow: AttemptCase | null, referral: { status: string } | null): AttemptEffects {
  if (referral?.status === 'withdrawn') {
    return { ok: false, message: 'Deze doorverwijzing is door de gemeente ingetrokken; er kunnen geen contactpogingen meer bij.', log: 'contact attempt on a withdrawn referral refused' };
  }
  const caseSet: Record<string, unknown> = {};
  if (caseRow && caseRow.status !== 'closed') {
    if (attempt.reached) {
      if (!caseRow.date_first_contact) caseSet.date_first_contact = attempt.date;
      if (caseRow.status === 'new' || caseRow.status === 'picked_up') caseSet.status = 'in_contact';
    } else if (caseRow.status === 'new') {
      caseSet.status = 'picked_up';
    }
    if (caseSet.status && !caseRow.date_picked_up) caseSet.date_picked_up = attempt.date;
  }
  const referralSet: Record<string, unknown> = {};
  if (referral && referral.status === 'new') referralSet.status = 'in_progress';
  return { ok: true, caseSet, referralSet };
}
