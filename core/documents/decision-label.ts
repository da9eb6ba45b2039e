/**
 * What a corporation reads about each tenant it signalled (flow chart step 4: "before the
 * 10th the municipality sends the list back with one option per tenant"): exactly one of
 * three labels, taken from the routing model.
 *
 * - A signal without a case, or a case without a route, is not decided yet (it waits for
 *   the BRP review or a benefits list): no label. The feedback step settles every waiting
 *   signal first (routing with the deadline passed), so a file never needs one. Only what
 *   is already certain counts without a route: an objection to everything (routing's first
 *   rule) or a "not invited" status a person gave the signal.
 * - A household that objected to all processing (art. 10.4) is not invited, whatever the
 *   route says; an objection to AMW only stops the AMW route.
 * - The signal's own DDAS status says when this tenant was not invited although the
 *   household's case has a route (a second tenant who died or moved out joined the case).
 *   A repeat signal ("herhaalde melding") that joined an open case is labelled by that
 *   case: the tenant is already being helped along its route.
 * - Otherwise the case's route decides: municipality (benefit, or its own worklist) or AMW.
 *   A route a person overrode is the case's route, so the label follows the person.
 */
import type { SignalStatus } from '../ddas/vocabulary.ts';
import type { Route } from '../routing/routing-input.ts';

export const DECISION_LABELS = ['Uitgenodigd door gemeente', 'Uitgenodigd door AMW', 'Niet uitgenodigd'] as const;
export type DecisionLabel = (typeof DECISION_LABELS)[number];

/** What the household objected to: all processing, or only sharing with AMW (art. 10.4). */
export type ObjectionScope = 'all' | 'amw';

export interface SignalDecisionState {
  /** The signal's DDAS status; null is read as not yet set. */
  status: SignalStatus | string | null;
  /** The case the signal belongs to; null while it waits. */
  case: { route: Route | null } | null;
  /** The household's objection, null when there is none (the register comes with issue 12). */
  objection: ObjectionScope | null;
}

/** Statuses that say this tenant was not invited, whatever the case's route. */
const NOT_INVITED_STATUSES: readonly string[] = [
  'Inwoner is overleden',
  'Niet opgepakt: andere reden',
  'Niet opgepakt: onterecht signaal',
  'Persoon is geen inwoner (meer) in de gemeente',
];

export function decisionLabel(state: SignalDecisionState): DecisionLabel | null {
  const route = state.case?.route ?? null;
  const notInvited = state.objection === 'all' || (state.status !== null && NOT_INVITED_STATUSES.includes(state.status));
  // Settled without routing: an objection (routing's first rule) or a status a person set.
  if (route === null) return notInvited ? 'Niet uitgenodigd' : null;
  if (notInvited || route === 'none') return 'Niet uitgenodigd';
  if (route === 'municipality') return 'Uitgenodigd door gemeente';
  return state.objection === 'amw' ? 'Niet uitgenodigd' : 'Uitgenodigd door AMW';
}
