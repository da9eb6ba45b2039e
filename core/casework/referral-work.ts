/**
 * AMW's own work on a referral (issue 9, item 4; covenant art. 11.1 and 12.3).
 *
 * Status: new → in_progress → closed | referred_back (new → closed or referred_back
 * directly is allowed too: AMW may settle a household in its first call). Closed,
 * referred-back and withdrawn referrals are final; an administrator may still correct
 * them. `new` and `withdrawn` are set by the municipality, never by AMW; staff only
 * withdraw a referral AMW has not started (as a route override does), the rest is AMW's.
 *
 * - Closing needs a DDAS outcome; date_outcome follows (today) when empty.
 * - Referring back ("ernstige schulden") sets date_referred_back and gives staff a task
 *   and the case attention. What staff read of it is the fact and the DDAS codes, never
 *   AMW's own note (each partner keeps its own file, art. 11.1).
 * - Closing with an outcome shows that outcome on the case as attention: the municipality
 *   closes the case itself.
 */
import { dutchDate } from '../routing/dutch-date.ts';
import { addDays } from '../cycle/calendar-date.ts';
import { END_RESULTS } from '../ddas/vocabulary.ts';
import type { Refusal } from './case-status.ts';

export const AMW_SETTABLE_REFERRAL_STATUSES = ['in_progress', 'closed', 'referred_back'] as const;
const FINAL = ['closed', 'referred_back', 'withdrawn'];
const STATUS_LABELS: Record<string, string> = { new: 'Nieuw', in_progress: 'In behandeling', closed: 'Afgerond', referred_back: 'Terugverwezen', withdrawn: 'Ingetrokken' };

/** Days staff have for a household AMW referred back. */
export const REFERRED_BACK_TASK_DAYS = 7;

export interface ReferralState {
  status: string;
  outcome: string | null;
  date_outcome: string | null;
  date_referred_back: string | null;
}

export type ReferralEffect = { kind: 'referred_back' } | { kind: 'closed'; outcome: string };

export type ReferralUpdatePlan = { ok: true; set: Record<string, unknown>; effect: ReferralEffect | null } | Refusal;

const filled = (value: unknown) => typeof value === 'string' && value.trim() !== '';

/** Who changes the referral: AMW, municipality staff, or an administrator (may correct anything). */
export type ReferralActor = 'amw' | 'staff' | 'admin';
const SETTABLE: Record<Exclude<ReferralActor, 'admin'>, readonly string[]> = { amw: AMW_SETTABLE_REFERRAL_STATUSES, staff: ['withdrawn'] };

export function planReferralUpdate(current: ReferralState, changes: Record<string, unknown>, options: { actor: ReferralActor; today: string }): ReferralUpdatePlan {
  const set: Record<string, unknown> = {};
  if (Object.keys(changes).length === 0) return { ok: true, set, effect: null };
  const isAdmin = options.actor === 'admin';
  if (FINAL.includes(current.status) && !isAdmin) {
    const message =
      current.status === 'withdrawn'
        ? 'Deze doorverwijzing is door de gemeente ingetrokken en kan niet meer worden gewijzigd.'
        : `Deze doorverwijzing is al ${STATUS_LABELS[current.status]!.toLowerCase()} en kan niet meer worden gewijzigd.`;
    return { ok: false, message, log: `change of a ${current.status} referral refused` };
  }
  const next = 'status' in changes ? changes.status : current.status;
  if (typeof next !== 'string' || !(next in STATUS_LABELS)) {
    return { ok: false, message: 'Onbekende status voor een doorverwijzing.', log: 'unknown referral status' };
  }
  const outcome = 'outcome' in changes ? changes.outcome : current.outcome;
  if (filled(outcome) && !(END_RESULTS as readonly string[]).includes(outcome as string)) {
    return { ok: false, message: 'Kies een uitkomst uit de DDAS-lijst.', log: 'referral outcome outside the DDAS end results' };
  }
  let effect: ReferralEffect | null = null;
  if (next !== current.status) {
    if (options.actor === 'amw' && !SETTABLE.amw.includes(next)) {
      return { ok: false, message: `De status "${STATUS_LABELS[next]}" zet de gemeente, niet AMW.`, log: `referral status ${next} set by AMW refused` };
    }
    if (options.actor === 'staff' && !(SETTABLE.staff.includes(next) && current.status === 'new')) {
      return {
        ok: false,
        message: 'De voortgang van een doorverwijzing legt AMW vast. De gemeente kan een doorverwijzing alleen intrekken zolang AMW nog niet begon (of de route van de zaak wijzigen).',
        log: `referral status ${current.status} -> ${next} set by staff refused`,
      };
    }
    if (next === 'closed') {
      if (!filled(outcome)) return { ok: false, message: 'Kies een uitkomst (DDAS) voordat u de doorverwijzing afrondt.', log: 'closing a referral without an outcome refused' };
      const dateOutcome = 'date_outcome' in changes ? changes.date_outcome : current.date_outcome;
      if (!filled(dateOutcome)) set.date_outcome = options.today;
      effect = { kind: 'closed', outcome: outcome as string };
    }
    if (next === 'referred_back') {
      if (!current.date_referred_back) set.date_referred_back = options.today;
      effect = { kind: 'referred_back' };
    }
  }
  return { ok: true, set, effect };
}

/** The staff task for a household AMW referred back; no word of AMW's own notes in it. */
export function referredBackTask(referral: { id: string; case: string | null; period: string | null }, today: string): Record<string, unknown> {
  return {
    kind: 'referred_back',
    status: 'open',
    task_key: `referred_back:referral:${referral.id}`,
    case: referral.case,
    period: referral.period,
    due_date: addDays(today, REFERRED_BACK_TASK_DAYS),
    description: `AMW heeft dit huishouden op ${dutchDate(today)} terugverwezen naar schulddienstverlening (ernstige schulden). Neem de zaak over en plan contact.`,
  };
}

/** The attention a case gets from AMW's work on its referral. */
export function attentionFromReferral(effect: ReferralEffect, today: string): string {
  if (effect.kind === 'referred_back') return `AMW heeft het huishouden op ${dutchDate(today)} terugverwezen naar schulddienstverlening (ernstige schulden).`;
  return `AMW heeft de doorverwijzing afgerond: ${effect.outcome}`;
}

/**
 * A case may already need attention for another reason (a repeat signal with more arrears);
 * the new reason is added, not put in its place.
 */
export function addAttentionReason(existing: string | null, reason: string): string {
  if (!existing || !existing.trim()) return reason;
  if (existing.includes(reason)) return existing;
  return `${existing}\n${reason}`;
}
