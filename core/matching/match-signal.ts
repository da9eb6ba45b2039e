import type { BrpPerson } from '../brp/brp-person.ts';
import { scoreCandidate, type MatchableSignal } from './score-candidate.ts';

export interface MatchOptions {
  /** The best candidate needs at least this score to be matched automatically. */
  matchThreshold?: number;
  /** ...and must beat the runner-up by at least this much. */
  minMargin?: number;
  /** Candidates below this score are not considered plausible at all. */
  candidateThreshold?: number;
}

export const DEFAULT_MATCH_OPTIONS: Required<MatchOptions> = { matchThreshold: 0.8, minMargin: 0.15, candidateThreshold: 0.45 };

export type MatchStatus = 'matched' | 'ambiguous' | 'not_found';

export interface MatchResult {
  status: MatchStatus;
  /** Score of the best plausible candidate (0 when none): how well it fits, not how sure the status is. */
  confidence: number;
  /** Only when matched. */
  bsn: string | null;
  /** Dutch: why this status, then the best candidate's reasons. */
  reasons: string[];
  /** Every candidate, best first (ties by BSN, so the order is stable). */
  candidates: Array<{ bsn: string; score: number; reasons: string[] }>;
}

/**
 * Decides which BRP candidate is the tenant of a signal. Matched only when one plausible
 * candidate clearly wins without contradicting the signal; a deceased person is never
 * matched automatically. Everything else goes to a case worker as ambiguous, with the
 * candidates and reasons to decide on.
 */
export function matchSignal(signal: MatchableSignal, candidates: BrpPerson[], options: MatchOptions = {}): MatchResult {
  const { matchThreshold, minMargin, candidateThreshold } = { ...DEFAULT_MATCH_OPTIONS, ...options };
  const scored = uniqueByBsn(candidates)
    .map((person) => scoreCandidate(signal, person))
    .sort((a, b) => b.score - a.score || a.bsn.localeCompare(b.bsn));
  const listed = scored.map(({ bsn, score, reasons }) => ({ bsn, score, reasons }));
  const plausible = scored.filter((candidate) => candidate.score >= candidateThreshold);
  const [best, runnerUp] = plausible;

  if (!best) {
    const reason = candidates.length === 0 ? 'Geen personen gevonden in het BRP' : 'Geen van de gevonden personen lijkt voldoende op de huurder';
    return { status: 'not_found', confidence: 0, bsn: null, reasons: [reason], candidates: listed };
  }

  const why: string[] = [];
  if (best.score < matchThreshold) why.push(`Beste kandidaat scoort te laag voor automatische koppeling (${percent(best.score)})`);
  // Rounded to avoid 0.15 failing as 0.1499999 after subtraction.
  if (runnerUp && Math.round((best.score - runnerUp.score) * 1000) < Math.round(minMargin * 1000)) {
    why.push(`Meerdere kandidaten liggen dicht bij elkaar (${percent(best.score)} en ${percent(runnerUp.score)})`);
  }
  if (best.conflict) why.push('Beste kandidaat wijkt op een wezenlijk punt af');
  if (best.deceased) why.push('Beste kandidaat is overleden; handmatig controleren');

  if (why.length === 0) {
    return { status: 'matched', confidence: best.score, bsn: best.bsn, reasons: ['Eén kandidaat komt duidelijk overeen', ...best.reasons], candidates: listed };
  }
  return { status: 'ambiguous', confidence: best.score, bsn: null, reasons: [...why, ...best.reasons], candidates: listed };
}

function uniqueByBsn(persons: BrpPerson[]): BrpPerson[] {
  const seen = new Map<string, BrpPerson>();
  for (const person of persons) if (!seen.has(person.bsn)) seen.set(person.bsn, person);
  return [...seen.values()];
}

function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}
