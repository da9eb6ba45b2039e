/**
 * What enrichment stores about one signal, from what the BRP answered. Only the tenant's
 * own BSN, where the register has them (brp_situation) and derived household facts are
 * kept: never another resident's data, and the candidate list keeps scores and reasons
 * without names or BSNs (the review page asks the BRP again, live).
 */
import type { BrpPerson } from '../brp/brp-person.ts';
import { householdFacts, type HouseholdFacts } from '../household/household-facts.ts';
import type { MatchResult } from '../matching/match-signal.ts';
import type { MunicipalityArea } from '../routing/municipality-area.ts';
import { BRP_SITUATION_LABELS, brpSituation, type BrpSituation, type RentedAddress } from './brp-situation.ts';

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
    /** Null unless matched: where the register has the tenant, seen from the rented address. */
    brp_situation: BrpSituation | null;
  };
  /** Null unless the tenant was matched: facts of an unknown household would be guesses. */
  household: (Omit<HouseholdFacts, 'adults' | 'minors'> & { facts_source: string; facts_date: string }) | null;
}

/** The matched tenant as the register has them, and everyone registered at their address (null: none known). */
export interface MatchedTenant {
  person: BrpPerson;
  residents: BrpPerson[] | null;
}

export interface OutcomeContext {
  today: string;
  rented: RentedAddress;
  area: MunicipalityArea;
}

export function enrichmentOutcome(match: MatchResult, tenant: MatchedTenant | null, context: OutcomeContext): EnrichmentOutcome {
  const matched = match.status === 'matched' && tenant !== null && tenant.person.bsn === match.bsn;
  const situation = matched ? brpSituation(tenant.person, context.rented, context.area) : null;
  const signal = {
    match_status: match.status,
    bsn: match.status === 'matched' ? match.bsn : null,
    match_confidence: Math.round(match.confidence * 1000) / 1000,
    // The tenant registered elsewhere (or nowhere) than the corporation thinks: say so first.
    match_reasons: situation && situation !== 'at_address' ? [`Volgens het BRP: ${BRP_SITUATION_LABELS[situation].toLowerCase()}`, ...match.reasons] : match.reasons,
    match_candidates: match.candidates.slice(0, 5).map((candidate, index) => ({ rank: index + 1, score: Math.round(candidate.score * 1000) / 1000, reasons: candidate.reasons })),
    brp_situation: situation,
  };
  if (!matched || !tenant.residents) return { signal, household: null };
  const facts = householdFacts(tenant.residents, context.today);
  return {
    signal,
    household: { has_minor_children: facts.has_minor_children, household_size: facts.household_size, living_situation: facts.living_situation, facts_source: 'BRP', facts_date: context.today },
  };
}
