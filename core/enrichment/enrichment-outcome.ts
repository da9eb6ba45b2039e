/**
 * What enrichment stores about one signal, from what the BRP answered. Only the tenant's
 * own BSN and derived household facts are kept: never another resident's data, and the
 * candidate list keeps scores and reasons without names or BSNs (the review page asks
 * the BRP again, live).
 */
import type { BrpPerson } from '../brp/brp-person.ts';
import { householdFacts, type HouseholdFacts } from '../household/household-facts.ts';
import type { MatchResult } from '../matching/match-signal.ts';

export interface StoredCandidate {
  rank: number;
  score: number;
  reasons: string[];
}

export interface EnrichmentOutcome {
  signal: {
    match_status: 'matched' | 'ambiguous' | 'not_found';
    bsn: string | null;
    match_confidence: number;
    match_reasons: string[];
    match_candidates: StoredCandidate[];
  };
  /** Null unless the tenant was matched: facts of an unknown household would be guesses. */
  household: (Omit<HouseholdFacts, 'adults' | 'minors'> & { facts_source: string; facts_date: string }) | null;
}

export function enrichmentOutcome(match: MatchResult, tenantResidents: BrpPerson[] | null, today: string): EnrichmentOutcome {
  const signal = {
    match_status: match.status,
    bsn: match.status === 'matched' ? match.bsn : null,
    match_confidence: Math.round(match.confidence * 1000) / 1000,
    match_reasons: match.reasons,
    match_candidates: match.candidates.slice(0, 5).map((candidate, index) => ({ rank: index + 1, score: Math.round(candidate.score * 1000) / 1000, reasons: candidate.reasons })),
  };
  if (match.status !== 'matched' || !tenantResidents) return { signal, household: null };
  const facts = householdFacts(tenantResidents, today);
  return {
    signal,
    household: { has_minor_children: facts.has_minor_children, household_size: facts.household_size, living_situation: facts.living_situation, facts_source: 'BRP', facts_date: today },
  };
}
