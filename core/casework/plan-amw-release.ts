/**
 * The `amw-overview` step (covenant flow chart, step 4; on the 11th, after the advance-notice
 * letters): the period's referrals to AMW are released — from the day they are sent AMW works
 * them. Only a referral that is still new and not sent yet: one that was withdrawn (the route
 * changed) or that AMW already received stays as it is, so a repeat run releases nothing.
 * The overview document for AMW is made from the referrals released here (issue 11).
 */
export interface ReferralReleaseFacts {
  id: string;
  target: string | null;
  period: string | null;
  status: string | null;
  date_sent: string | null;
}

export interface AmwReleasePlan {
  /** Referrals to send today, in the order given. */
  release: string[];
  /** The period's AMW referrals that AMW already has. */
  alreadySent: number;
  /** The period's AMW referrals not sent and not new (withdrawn, or already worked): not released. */
  notReleasable: number;
}

export function planAmwRelease(input: { period: string; referrals: ReferralReleaseFacts[] }): AmwReleasePlan {
  const plan: AmwReleasePlan = { release: [], alreadySent: 0, notReleasable: 0 };
  for (const referral of input.referrals) {
    if (referral.target !== 'amw' || referral.period !== input.period) continue;
    if (referral.date_sent) plan.alreadySent++;
    else if (referral.status !== 'new') plan.notReleasable++;
    else plan.release.push(referral.id);
  }
  return plan;
}
