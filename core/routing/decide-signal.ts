/**
 * The covenant's decision for one signal (flow chart steps 4-5; art. 4.1, 6.1, 12.2, 12.3),
 * in the precedence of issue 9. Pure: every fact it uses arrives as input, and every
 * outcome says in plain Dutch which fact decided it and where that fact came from.
 *
 * Precedence:
 *  1. an objection against any approach (art. 10.3) → not invited;
 *  2. the BRP (or a staff member) says the tenant is deceased, emigrated, moved out or not a
 *     resident, or the rented address lies outside the municipality → not invited;
 *  3. fewer months of arrears than a minimum the municipality set → not invited;
 *  4. BRP match not settled → wait for the review; at the feedback deadline → the
 *     municipality's own worklist (never AMW: the benefit check could not be done);
 *  5. a benefit the municipality pays → invited by the municipality, rent withheld; without
 *     a benefits list that saw the signal (none loaded, or loaded before the signal came in)
 *     → wait for one; at the feedback deadline → the municipality (never AMW unchecked);
 *  6. known at debt services → AMW plus a task for the case manager (art. 6.1.4), or the
 *     municipality where a local agreement says so;
 *  7. otherwise → AMW;
 *  8. an objection against involving AMW (art. 10.4) turns an AMW outcome into "not invited":
 *     no referral, no advance notice. The municipality still invites through its own route
 *     (a benefit it pays, a local agreement, an unchecked match at the deadline); AMW never.
 * Joining an open case of the household is decided per household (plan-routing.ts).
 */
import type { EndResult, SignalStatus } from '../ddas/vocabulary.ts';
import { SOURCE_LABELS, type SourceKind } from '../sources/source-kinds.ts';
import { dutchDate, months } from './dutch-date.ts';
import type { CurrentLists, RoutingFact, RoutingObjection, RoutingSignal } from './routing-input.ts';
import { minimumFor, sameKind, type RoutingSettings } from './routing-settings.ts';

export type CaseTaskKind = 'rent_withholding' | 'inform_case_manager';

export type SignalDecision =
  | { kind: 'none'; status: SignalStatus; result: EndResult; why: string }
  | { kind: 'wait'; why: string }
  | { kind: 'route'; route: 'municipality' | 'amw'; status: SignalStatus; why: string; tasks: CaseTaskKind[] };

export interface DecisionContext {
  settings: RoutingSettings;
  lists: CurrentLists;
  /** The period's feedback deadline has come: nothing waits any longer. */
  deadlinePassed: boolean;
}

const NOT_RESIDENT: SignalStatus = 'Persoon is geen inwoner (meer) in de gemeente';
const OTHER_REASON: SignalStatus = 'Niet opgepakt: andere reden';

const none = (status: SignalStatus, why: string, result: EndResult = status as EndResult): SignalDecision => ({ kind: 'none', status, result, why });

/** Match statuses that settle who the tenant is (by the BRP, by staff, or by the area check). */
export const SETTLED_MATCHES = ['matched', 'confirmed', 'not_resident', 'out_of_area'];

const MATCH_WAITING_WHY: Record<string, string> = {
  pending: 'nog niet verrijkt',
  waiting: 'de BRP was niet bereikbaar',
  failed: 'de verrijking is mislukt',
  ambiguous: 'meerdere kandidaten in de BRP',
  not_found: 'niet gevonden in de BRP',
};

export function decideSignal(signal: RoutingSignal, context: DecisionContext): SignalDecision {
  const decision = decideWithoutAmwObjection(signal, context);
  // 8. An objection against AMW only stops the AMW route; the covenant's other routes stand.
  if (signal.objection?.scope === 'amw' && decision.kind === 'route' && decision.route === 'amw') {
    return none(OTHER_REASON, `${decision.why}; maar ${objectionWhy(signal.objection)}: AMW wordt niet ingeschakeld en zonder uitkering van de gemeente wordt het huishouden niet benaderd`);
  }
  if (signal.objection?.scope === 'amw' && decision.kind === 'route') return { ...decision, why: `${decision.why}; ${objectionWhy(signal.objection)}: niet naar AMW` };
  return decision;
}

/** "bezwaar tegen inschakelen AMW ontvangen op 5 november 2026 (art. 10.4)": no more than the register's scope and date. */
export function objectionWhy(objection: RoutingObjection): string {
  return objection.scope === 'all'
    ? `bezwaar tegen elke benadering ontvangen op ${dutchDate(objection.date_received)} (art. 10.3)`
    : `bezwaar tegen inschakelen AMW ontvangen op ${dutchDate(objection.date_received)} (art. 10.4)`;
}

function decideWithoutAmwObjection(signal: RoutingSignal, context: DecisionContext): SignalDecision {
  const { settings, lists } = context;

  // 1. An objection against any approach (art. 10.3).
  if (signal.objection?.scope === 'all') {
    const why = objectionWhy(signal.objection);
    return none(OTHER_REASON, `${why.charAt(0).toUpperCase()}${why.slice(1)}: het huishouden wordt niet benaderd`);
  }

  // 2. Not (or no longer) living at the rented address in the municipality.
  if (signal.match_status === 'out_of_area') return none(NOT_RESIDENT, 'Het gehuurde adres ligt buiten de gemeente (instelling gebied van de gemeente); niet bij de BRP nagevraagd');
  if (signal.match_status === 'not_resident') return none(NOT_RESIDENT, 'Door een medewerker vastgesteld: geen inwoner van de gemeente');
  const settled = SETTLED_MATCHES.includes(signal.match_status);
  if (settled) {
    switch (signal.brp_situation) {
      case 'deceased':
        return none('Inwoner is overleden', 'Overleden volgens de BRP');
      case 'emigrated':
        return none(NOT_RESIDENT, 'Geëmigreerd volgens de BRP');
      case 'moved_out_of_area':
        return none(NOT_RESIDENT, 'Volgens de BRP verhuisd naar een adres buiten de gemeente');
      case 'moved':
        return none(OTHER_REASON, 'Woont volgens de BRP niet (meer) op het gehuurde adres');
      case 'address_unknown':
        return none(OTHER_REASON, 'Verblijfplaats volgens de BRP onbekend');
      default:
        break;
    }
  }

  // 3. A minimum the municipality set (the covenant sets none).
  const minimum = minimumFor(settings, signal.partner);
  if (minimum && signal.months_in_arrears < minimum.months) {
    const setting = minimum.source === 'partner' ? `minimum voor ${signal.partner_name}` : 'algemeen minimum';
    return none(OTHER_REASON, `${months(signal.months_in_arrears)} achterstand, onder het ${setting} van ${months(minimum.months)} (instelling)`);
  }

  // 4. Who the tenant is must be settled before anything is checked against the lists.
  if (!settled) {
    const why = MATCH_WAITING_WHY[signal.match_status] ?? `BRP-koppeling ${signal.match_status}`;
    if (!context.deadlinePassed) return { kind: 'wait', why: `Wacht op de BRP-koppeling (${why}); wordt niet op een gok gerouteerd` };
    return {
      kind: 'route',
      route: 'municipality',
      status: 'Opgepakt',
      why: `BRP-koppeling niet vastgesteld vóór de terugkoppeling (${why}); zonder uitkeringscontrole niet naar AMW`,
      tasks: [],
    };
  }

  // 5. A benefit the municipality pays. "No benefit" needs a benefits list that saw this signal.
  const benefits = signal.facts.filter((fact) => fact.fact === 'benefit');
  const municipal = benefits.find((fact) => settings.municipalBenefitKinds.some((kind) => sameKind(kind, fact.value)));
  if (municipal) {
    return { kind: 'route', route: 'municipality', status: 'Opgepakt', why: `Uitkering ${municipal.value} volgens ${listName(municipal)}`, tasks: ['rent_withholding'] };
  }
  const covers = (loadedAt: string | null | undefined) => !loadedAt || !signal.created_at || loadedAt >= signal.created_at;
  if (lists.benefits === null || !covers(lists.benefits_loaded_at)) {
    const missing = lists.benefits === null
      ? 'geen uitkeringslijst geladen'
      : `de uitkeringslijst van ${dutchDate(lists.benefits)} kwam binnen vóór dit signaal en zegt er niets over`;
    if (!context.deadlinePassed) return { kind: 'wait', why: `Wacht op de uitkeringslijst (${missing}); zonder uitkeringscontrole niet naar AMW` };
    return { kind: 'route', route: 'municipality', status: 'Opgepakt', why: `Uitkering niet te controleren vóór de terugkoppeling (${missing}); daarom niet naar AMW`, tasks: [] };
  }
  const otherBenefits = benefits.map((fact) => fact.value);
  const noBenefit = otherBenefits.length > 0
    ? `Uitkering ${otherBenefits.join(', ')} telt niet als uitkering van de gemeente (instelling); geen gemeentelijke uitkering volgens de uitkeringslijst van ${dutchDate(lists.benefits)}`
    : `Geen uitkering volgens de uitkeringslijst van ${dutchDate(lists.benefits)}`;

  // 6. Already a client of debt services.
  const known = signal.facts.find((fact) => fact.fact === 'debt_services');
  if (known) {
    const knownWhy = `bekend bij schulddienstverlening volgens ${listName(known)}`;
    if (settings.knownClientRoute === 'municipality') {
      return { kind: 'route', route: 'municipality', status: 'Inwoner al bekend bij schuldhulpverlening', why: `${noBenefit}; ${knownWhy}; lokale afspraak: naar de eigen klantmanager`, tasks: [] };
    }
    return { kind: 'route', route: 'amw', status: 'Opgepakt', why: `${noBenefit}; ${knownWhy} (art. 6.1.4: ook via AMW, de klantmanager wordt geïnformeerd)`, tasks: ['inform_case_manager'] };
  }

  // 7. No benefit, not known.
  const notKnown = !lists.debt_services
    ? 'geen lijst van schulddienstverlening geladen'
    : covers(lists.debt_services_loaded_at)
      ? `niet bekend bij schulddienstverlening volgens de lijst van ${dutchDate(lists.debt_services)}`
      : `de lijst van schulddienstverlening van ${dutchDate(lists.debt_services)} kwam binnen vóór dit signaal`;
  return { kind: 'route', route: 'amw', status: 'Opgepakt', why: `${noBenefit}; ${notKnown}`, tasks: [] };
}

const LIST_NAMES: Partial<Record<SourceKind, string>> = { benefits: 'de uitkeringslijst', debt_services: 'de klantenlijst schulddienstverlening' };

function listName(fact: RoutingFact): string {
  const kind = fact.source_kind as SourceKind;
  const label = LIST_NAMES[kind] ?? `de lijst ${SOURCE_LABELS[kind] ?? fact.source_kind}`;
  return `${label} van ${dutchDate(fact.source_date)}`;
}
