/**
 * A contact attempt always belongs to a case; AMW records it against the referral it
 * received, and the case follows from that referral. A referral the recorder cannot see
 * is not theirs to record against (covenant art. 7.1).
 */
export interface ReferralLink {
  id: string;
  case: string | null;
}

export type ContactAttemptLinks = { ok: true; case: string | null; referral: string | null } | { ok: false; message: string; log: string };

export function resolveContactAttemptLinks(payload: { case?: unknown; referral?: unknown }, visibleReferral: ReferralLink | null): ContactAttemptLinks {
  const referralId = typeof payload.referral === 'string' && payload.referral ? payload.referral : null;
  const caseId = typeof payload.case === 'string' && payload.case ? payload.case : null;
  if (!referralId && !caseId) {
    return { ok: false, message: 'Een contactpoging hoort bij een zaak of een doorverwijzing; kies er een.', log: 'contact attempt without case or referral' };
  }
  if (referralId) {
    if (!visibleReferral || visibleReferral.id !== referralId) {
      return { ok: false, message: 'Deze doorverwijzing bestaat niet of is niet aan uw organisatie gericht.', log: 'contact attempt for a referral the user cannot read' };
    }
    if (caseId && visibleReferral.case && caseId !== visibleReferral.case) {
      return { ok: false, message: 'De gekozen zaak hoort niet bij deze doorverwijzing.', log: 'contact attempt case does not match the referral case' };
    }
    return { ok: true, case: visibleReferral.case ?? caseId, referral: referralId };
  }
  return { ok: true, case: caseId, referral: null };
}
