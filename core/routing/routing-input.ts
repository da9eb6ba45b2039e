/**
 * What routing sees of a signal and of the cases it may join: plain values the route step
 * reads from the database. Nothing here is written back; the plan says what to write.
 */
import type { LivingSituation } from '../household/household-facts.ts';
import type { SignalRecord } from '../intake/signal-record.ts';

export type BrpSituation = 'at_address' | 'moved' | 'moved_out_of_area' | 'emigrated' | 'deceased' | 'address_unknown';
export type Route = 'municipality' | 'amw' | 'none';
export type FactKind = 'benefit' | 'debt_services' | 'debt_area';

/** An objection as routing sees it: what it is against and since when. */
export interface RoutingObjection {
  scope: 'amw' | 'all';
  /** ISO date (YYYY-MM-DD). */
  date_received: string;
}

export interface RoutingFact {
  fact: FactKind;
  value: string;
  source_kind: string;
  /** The reference date of the list the fact came from. */
  source_date: string;
}

/** The art. 12.3 personal fields a referral copies from the signal (the art. 12.2 set without the arrears). */
export type PersonFields = Omit<SignalRecord, 'months_in_arrears' | 'arrears_amount' | 'signal_date'>;

export interface RoutingSignal {
  id: string;
  period: string;
  partner: number;
  partner_name: string;
  months_in_arrears: number;
  arrears_amount: number | null;
  match_status: string;
  brp_situation: BrpSituation | null;
  /**
   * The tenant's objection in force on the routing day (the `objections` register, issue 12;
   * core/privacy/match-objection.ts), or null. Only scope and date: a trace names no more.
   */
  objection: RoutingObjection | null;
  household: string | null;
  /** The household's address key; a signal without a household uses its own id. */
  household_key: string;
  has_minor_children: boolean | null;
  living_situation: LivingSituation | null;
  facts: RoutingFact[];
  person: PersonFields;
  /** The route trace stored now (rewritten only when it changes). */
  route_trace: string | null;
  /** When the signal was stored (ISO): a list loaded before it did not see it. */
  created_at?: string | null;
}

/**
 * The current list of a kind: its reference date, or null when none is loaded, and when it was
 * loaded. A list is read against the signals that exist when it comes in (rows without a signal
 * are not kept), so it says nothing about a signal that arrived after it.
 */
export interface CurrentLists {
  benefits: string | null;
  debt_services: string | null;
  /** ISO timestamps; absent: taken to cover every signal. */
  benefits_loaded_at?: string | null;
  debt_services_loaded_at?: string | null;
}

/** A case a new signal of the same household may join. */
export interface ExistingCase {
  id: string;
  household: string;
  household_key: string;
  period: string;
  route: Route | null;
  status: string;
  months_in_arrears: number | null;
  arrears_amount: number | null;
  has_minor_children: boolean | null;
  attention_reason: string | null;
  /** For the deterministic tie-break of the priority. */
  first_signal: string | null;
}
