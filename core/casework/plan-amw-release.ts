/**
 * The `amw-overview` step (covenant flow chart, step 4; on the 11th, after the advance-notice
 * letters): the period's referrals to AMW are released — from the day they are sent AMW works
 * them. Only a referral that is still new and not sent yet: one that was withdrawn (the route
 * changed) or that AMW already received stays as it is, so a repeat run releases nothing.
 * The overview document for AMW is made from the referrals released here (issue 11).
 *
 * The last gate before AMW sees anyone: a referral whose case now shows a benefit the
 * municipality pays (a benefits list that came in after the routing) is held back, never sent
 * — the covenant sends benefit recipients to the municipality — and its case gets attention.
 * A route a person set to AMW on purpose (an override) is released as they decided.
 *
 * And AMW gets no one who has not been told (art. 10.4; issue 11): only a referral whose case
 * received the advance notice (a stored `advance_notice_amw` letter) is released. One
 * without it waits: its letter was not made (data missing, an objection) or not yet.
 */
import { dutchDate } from '../routing/dutch-date.ts';
import { sameKind } from '../routing/routing-settings.ts';
export interface ReferralReleaseFacts {
  id: string;
  target: string | null;
  period: string | null;
  status: string | null;
  date_sent: string | null;
  case?: string | null;
  /** Benefits on the signals of the referral's case, from the current lists. */
  benefits?: Array<{ value: string; source_date: string }>;
  /** A person set the case's route (override): their decision stands. */
  overridden?: boolean;
  /** The case's household received the advance notice of AMW (a stored `advance_notice_amw` letter). */
  advance_notice_sent: boolean;
}

export interface AmwReleasePlan {
  /** Referrals to send today, in the order given. */
  release: string[];
  /** The period's AMW referrals that AMW already has. */
  alreadySent: number;
  /** The period's AMW referrals not sent and not new (withdrawn, or already worked): not released. */
  notReleasable: number;
  /** Held back: the case shows a benefit the municipality pays; the case gets this attention. */
  held: Array<{ id: string; case: string | null; attention: string }>;
  /** Not released yet: the household has not received the advance notice. */
  awaitingNotice: string[];
}

export function planAmwRelease(input: { period: string; referrals: ReferralReleaseFacts[]; municipalBenefitKinds?: readonly string[] }): AmwReleasePlan {
  const plan: AmwReleasePlan = { release: [], alreadySent: 0, notReleasable: 0, held: [], awaitingNotice: [] };
  const kinds = input.municipalBenefitKinds ?? [];
  for (const referral of input.referrals) {
    if (referral.target !== 'amw' || referral.period !== input.period) continue;
    if (referral.date_sent) plan.alreadySent++;
    else if (referral.status !== 'new') plan.notReleasable++;
    else {
      const benefit = referral.overridden ? undefined : referral.benefits?.find((fact) => kinds.some((kind) => sameKind(kind, fact.value)));
      if (benefit) {
        plan.held.push({ id: referral.id, case: referral.case ?? null, attention: `Uitkering ${benefit.value} volgens de uitkeringslijst van ${dutchDate(benefit.source_date)}: doorverwijzing naar AMW aangehouden (uitkering van de gemeente: uitnodiging gemeente) — route controleren` });
      } else if (!referral.advance_notice_sent) plan.awaitingNotice.push(referral.id);
      else plan.release.push(referral.id);
    }
  }
  return plan;
}
