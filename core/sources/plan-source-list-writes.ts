/**
 * Decides what one source list changes, like planSignalWrites does for an upload: the
 * facts it establishes (one or more per matching signal, with source and date), the facts of an
 * older list of the same kind it replaces, and the routing summary on every signal it
 * touches. A complete list (benefits, debt services) answers "no" for every signal it does
 * not mention. Pure: the caller gathers the state and writes the plan in one transaction.
 */
import type { SourceEntry, SourceRows } from './read-source-rows.ts';
import { factsFor, SOURCE_LABELS, summariseFacts, type FactKind, type SourceKind, type StoredFact } from './source-kinds.ts';
import { dutchDate } from '../routing/dutch-date.ts';

export interface SourceListState {
  list: { id: string; kind: SourceKind; reference_date: string };
  /** A processed list of the same kind with a later reference date. */
  newerListExists: boolean;
  /** Stored signals per BSN and per tenant key, for the entries of the list. */
  signalsByBsn: ReadonlyMap<string, string[]>;
  signalsByTenantKey: ReadonlyMap<string, string[]>;
  /** Signals that carry a fact of this kind from an older list (it is replaced). */
  previousSignals: string[];
  /** Facts of other kinds on the signals this plan touches. */
  otherFacts: ReadonlyMap<string, StoredFact[]>;
  /** Kinds of which a processed list exists (besides this one). */
  listsPresent: ReadonlySet<SourceKind>;
}

export interface SignalSummary {
  has_benefit: boolean | null;
  benefit_kind: string | null;
  known_at_debt_services: boolean | null;
  debt_areas: string[];
}

/** The answer of a complete list for every signal it does not mention. */
export type CompleteListReset = Partial<Pick<SignalSummary, 'has_benefit' | 'benefit_kind' | 'known_at_debt_services'>>;

export type SourceListPlan =
  | { status: 'refused'; message: string; log: string }
  | {
      status: 'processed';
      /** Facts of this kind to delete before inserting the new ones (the older list). */
      replaceKind: SourceKind;
      facts: Array<{ signal: string; fact: FactKind; value: string }>;
      /** Applied to every signal before the summaries (null: the list is not complete). */
      resetAll: CompleteListReset | null;
      summaries: Array<{ signal: string; fields: SignalSummary }>;
      counts: { rows_read: number; matched: number; unmatched: number; rejected: number };
      summary: string;
    };

export const COMPLETE_LIST_RESET: Partial<Record<SourceKind, CompleteListReset>> = {
  benefits: { has_benefit: false, benefit_kind: null },
  debt_services: { known_at_debt_services: false },
};

export function planSourceListWrites(read: SourceRows, state: SourceListState): SourceListPlan {
  const { list } = state;
  if (state.newerListExists) return { status: 'refused', message: `er is al een nieuwere lijst ${SOURCE_LABELS[list.kind]} verwerkt.`, log: 'a newer list exists' };
  if (read.status === 'refused') return { status: 'refused', message: read.refusal ?? 'de lijst is niet te lezen.', log: 'no header' };

  // One row may give several facts (a debt-services row: known there, plus its debt areas),
  // and several rows may name the same signal: every fact once per signal.
  const matched = new Map<string, Map<string, { fact: FactKind; value: string }>>();
  let matchedRows = 0;
  for (const entry of read.entries) {
    const hits = signalsOf(entry, state);
    if (hits.length) matchedRows++;
    for (const signal of hits) {
      const own = matched.get(signal) ?? new Map<string, { fact: FactKind; value: string }>();
      for (const fact of factsFor(list.kind, entry.detail)) own.set(`${fact.fact}|${fact.value}`, fact);
      matched.set(signal, own);
    }
  }
  const facts = [...matched].flatMap(([signal, own]) => [...own.values()].map((fact) => ({ signal, ...fact })));
  const present = new Set(state.listsPresent).add(list.kind);
  const affected = [...new Set([...state.previousSignals, ...matched.keys()])].sort();
  const summaries = affected.map((signal) => {
    const own = facts.filter((f) => f.signal === signal).map(({ fact, value }) => ({ fact, value }));
    return { signal, fields: summariseFacts([...(state.otherFacts.get(signal) ?? []), ...own], present) };
  });
  const unmatched = read.entries.length - matchedRows;
  const summary = [
    `Verwerkt: ${read.rows_read} rijen gelezen uit de lijst ${SOURCE_LABELS[list.kind]} (peildatum ${dutchDate(list.reference_date)}).`,
    `${matchedRows} rijen horen bij een signaal en zijn vastgelegd als feit met bron en datum; ${unmatched} rijen horen bij geen signaal en zijn niet bewaard.`,
    read.rejected.length ? `${read.rejected.length} rijen zijn afgewezen (zie Fouten per rij).` : null,
    'Deze lijst vervangt eerdere lijsten van dezelfde soort.',
  ].filter(Boolean).join('\n');
  return {
    status: 'processed',
    replaceKind: list.kind,
    facts,
    resetAll: COMPLETE_LIST_RESET[list.kind] ?? null,
    summaries,
    counts: { rows_read: read.rows_read, matched: matchedRows, unmatched, rejected: read.rejected.length },
    summary,
  };
}

function signalsOf(entry: SourceEntry, state: SourceListState): string[] {
  if (entry.bsn) return state.signalsByBsn.get(entry.bsn) ?? [];
  if (entry.tenant_key) return state.signalsByTenantKey.get(entry.tenant_key) ?? [];
  return [];
}
