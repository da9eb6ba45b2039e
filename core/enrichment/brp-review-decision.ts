/**
 * The decision a staff member records on a doubtful BRP match: "not a resident", or one of
 * the live candidates as the tenant. Anything else (no choice, a BSN that is not among the
 * candidates) is refused with a Dutch message. Pure: the endpoint gathers the candidates and
 * writes the outcome.
 */
export interface ReviewInput {
  decision: string | undefined;
  bsn: string | undefined;
  /** BSNs of the candidates the BRP gives now (asked only for "confirm"). */
  candidateBsns: readonly string[];
  decidedBy: string;
  decidedAt: string;
}

export interface ReviewFields {
  match_status: 'confirmed' | 'not_resident';
  bsn: string | null;
  match_reasons: string[];
  match_decided_by: string;
  match_decided_at: string;
}

export type ReviewDecision =
  | { ok: true; fields: ReviewFields; /** The chosen person, whose household facts are refreshed. */ chosenBsn: string | null }
  | { ok: false; message: string };

/** Whether the decision needs the live candidates (only a confirmation does). */
export const needsCandidates = (decision: string | undefined, bsn: string | undefined) => decision === 'confirm' && /^\d{9}$/.test(bsn ?? '');

export function decideBrpReview(input: ReviewInput): ReviewDecision {
  const decided = { match_decided_by: input.decidedBy, match_decided_at: input.decidedAt };
  if (input.decision === 'not_resident') {
    return { ok: true, chosenBsn: null, fields: { match_status: 'not_resident', bsn: null, match_reasons: ['Door medewerker vastgesteld: geen inwoner van de gemeente'], ...decided } };
  }
  if (needsCandidates(input.decision, input.bsn)) {
    const bsn = input.bsn!;
    if (!input.candidateBsns.includes(bsn)) return { ok: false, message: 'Deze persoon hoort niet bij de kandidaten van dit signaal.' };
    return { ok: true, chosenBsn: bsn, fields: { match_status: 'confirmed', bsn, match_reasons: ['Door medewerker bevestigd'], ...decided } };
  }
  return { ok: false, message: 'Kies een kandidaat of "geen inwoner".' };
}
