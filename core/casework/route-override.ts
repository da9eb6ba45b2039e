/**
 * A person overrides the route of a case (issue 9, item 1: "a person can always override a
 * decision with a mandatory reason; the override is stored beside the rule's decision,
 * never instead of it"). The rule's own route stays in `rule_route`; this plans what the
 * change means, without touching the database:
 *
 * - a route change needs a non-empty `override_reason` in the same request;
 * - a closed case gets no other route (an administrator reopens it first);
 * - away from AMW: AMW's referral is withdrawn while AMW has not started (status new);
 *   once AMW works on it (in progress) the change is refused until AMW closes it or refers
 *   it back; closed, referred-back and withdrawn referrals stay as they are;
 * - to AMW: a new referral like routing makes, unless one is still open;
 * - to `none`: the case is closed, with the end result given or else
 *   "Niet opgepakt: andere reden".
 */
import type { PersonFields } from '../routing/routing-input.ts';
import type { EndResult } from '../ddas/vocabulary.ts';
import type { CaseStatus, Refusal } from './case-status.ts';

export const ROUTE_VALUES = ['municipality', 'amw', 'none'] as const;
export type Route = (typeof ROUTE_VALUES)[number];

export const NOT_ROUTED_RESULT: EndResult = 'Niet opgepakt: andere reden';

const ROUTE_LABELS: Record<Route, string> = { municipality: 'gemeente', amw: 'AMW', none: 'niet benaderen' };

export interface OverrideCase {
  route: Route | null;
  status: CaseStatus;
  result: string | null;
}

export interface CaseReferral {
  id: string;
  target: string;
  status: string;
}

export type OverridePlan =
  | { ok: true; overridden: false }
  | {
      ok: true;
      overridden: true;
      route: Route;
      /** Referral ids to set to 'withdrawn'. */
      withdraw: string[];
      createAmwReferral: boolean;
      /** Fields the case gets besides the route (closing for route none). */
      caseSet: Record<string, unknown>;
    }
  | Refusal;

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

export function planRouteOverride(current: OverrideCase, changes: Record<string, unknown>, referrals: CaseReferral[]): OverridePlan {
  if (!('route' in changes) || changes.route === current.route) return { ok: true, overridden: false };
  const route = changes.route;
  if (typeof route !== 'string' || !(ROUTE_VALUES as readonly string[]).includes(route)) {
    return { ok: false, message: 'Kies een route: gemeente, AMW of niet benaderen.', log: 'route override to an unknown or empty route refused' };
  }
  if (current.status === 'closed') {
    return { ok: false, message: 'Een afgesloten zaak krijgt geen andere route.', log: 'route override on a closed case refused' };
  }
  if (!text(changes.override_reason)) {
    return { ok: false, message: 'Geef een reden op als u de route wijzigt; de beslissing van de regel blijft ernaast bewaard.', log: 'route override without a reason refused' };
  }

  const amwReferrals = referrals.filter((referral) => referral.target === 'amw');
  const withdraw: string[] = [];
  if (route !== 'amw') {
    if (amwReferrals.some((referral) => referral.status === 'in_progress')) {
      return {
        ok: false,
        message: `AMW werkt al aan deze doorverwijzing. Overleg eerst met AMW; de route kan naar ${ROUTE_LABELS[route as Route]} zodra AMW de doorverwijzing afrondt of terugverwijst.`,
        log: 'route override away from AMW refused: AMW referral in progress',
      };
    }
    withdraw.push(...amwReferrals.filter((referral) => referral.status === 'new').map((referral) => referral.id));
  }
  const createAmwReferral = route === 'amw' && !amwReferrals.some((referral) => referral.status === 'new' || referral.status === 'in_progress');
  const caseSet: Record<string, unknown> = {};
  if (route === 'none') {
    caseSet.status = 'closed';
    const given = 'result' in changes ? changes.result : current.result;
    caseSet.result = text(given) ? given : NOT_ROUTED_RESULT;
  }
  return { ok: true, overridden: true, route: route as Route, withdraw, createAmwReferral, caseSet };
}

/** What routing puts on an AMW referral: exactly the art. 12.3 fields (covenant), plus the workflow fields. */
export interface ReferralSignal extends PersonFields {
  months_in_arrears: number | string | null;
  arrears_amount: number | string | null;
  debt_areas: string[] | null;
  signal_date?: string | null;
}

export interface ReferralCase {
  id: string;
  period: string | null;
  priority: number | null;
}

export type ReferralPayload = { ok: true; referral: Record<string, unknown> } | Refusal;

/**
 * The AMW referral for a case whose route a person set to AMW, built as routing builds it:
 * the person and address of the case's signal with the most months in arrears (the
 * latest signal on a tie), the household's living situation, and the debt areas of all
 * its signals. Amount and months go along for the municipality only (AMW cannot read them).
 */
export function buildAmwReferral(caseRow: ReferralCase, signals: ReferralSignal[], livingSituation: string | null, amwPartner: number | null): ReferralPayload {
  if (amwPartner === null) {
    return { ok: false, message: 'Er is geen AMW-organisatie ingesteld (signaalpartner met de rol maatschappelijk werk). Vraag de functioneel beheerder dit in te stellen.', log: 'no social_work partner for an AMW referral' };
  }
  if (signals.length === 0) {
    return { ok: false, message: 'Deze zaak heeft geen signaal met de gegevens die AMW nodig heeft.', log: 'AMW referral for a case without signals refused' };
  }
  const months = (signal: ReferralSignal) => Number(signal.months_in_arrears ?? 0);
  const [lead] = [...signals].sort((a, b) => months(b) - months(a) || String(b.signal_date ?? '').localeCompare(String(a.signal_date ?? '')));
  const debtAreas: string[] = [];
  for (const signal of signals) for (const area of signal.debt_areas ?? []) if (!debtAreas.includes(area)) debtAreas.push(area);
  const amount = signals.reduce((sum, signal) => sum + Number(signal.arrears_amount ?? 0), 0);
  return {
    ok: true,
    referral: {
      case: caseRow.id,
      target: 'amw',
      partner: amwPartner,
      status: 'new',
      period: caseRow.period,
      priority: caseRow.priority,
      date_sent: null,
      initials: lead!.initials,
      name_prefix: lead!.name_prefix,
      surname: lead!.surname,
      birth_date: lead!.birth_date,
      street: lead!.street,
      house_number: lead!.house_number,
      house_letter: lead!.house_letter,
      house_number_addition: lead!.house_number_addition,
      postcode: lead!.postcode,
      city: lead!.city,
      phone: lead!.phone,
      living_situation: livingSituation,
      debt_areas: debtAreas,
      months_in_arrears: lead!.months_in_arrears === null ? null : months(lead!),
      arrears_amount: signals.some((signal) => signal.arrears_amount !== null) ? Math.round(amount * 100) / 100 : null,
    },
  };
}
