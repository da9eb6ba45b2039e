/**
 * The life of a case (issue 9, item 4): new → picked_up → in_contact → closed.
 *
 * - Forward steps may be skipped (new → in_contact: a tenant who calls in before anybody
 *   picked the case up is in contact at once; the case has then also been picked up, so
 *   date_picked_up is filled as well).
 * - Closing is allowed from every open status, but only with a DDAS end result (`result`,
 *   in the same request or already on the case).
 * - No step back (in_contact → picked_up, or reopening a closed case), and a closed case
 *   is not edited at all, except by an administrator. An administrator who reopens a case
 *   clears date_closed; the end result stays until they change it.
 * - Dates follow the status: date_picked_up when the case reaches picked_up or later,
 *   date_closed when it is closed; both only when still empty.
 */
export const CASE_STATUS_ORDER = ['new', 'picked_up', 'in_contact', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUS_ORDER)[number];

const LABELS: Record<CaseStatus, string> = { new: 'Nieuw', picked_up: 'Opgepakt', in_contact: 'In contact', closed: 'Afgesloten' };

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === 'string' && (CASE_STATUS_ORDER as readonly string[]).includes(value);
}

const rank = (status: CaseStatus) => CASE_STATUS_ORDER.indexOf(status);
const filled = (value: unknown) => value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '');

export interface CaseStatusState {
  status: CaseStatus;
  result: string | null;
  date_picked_up: string | null;
  date_closed: string | null;
  rent_withholding_consent?: boolean | null;
  consent_date?: string | null;
  attention?: boolean | null;
}

export type Refusal = { ok: false; message: string; log: string };
/** `set`: fields the rule adds to the change (derived dates); the caller writes them. */
export type CaseUpdatePlan = { ok: true; set: Record<string, unknown> } | Refusal;

/**
 * Checks a change of a case made by a person and says which dates follow from it.
 * `changes` holds only the fields that really change (values equal to the stored ones left out).
 */
export function planCaseUpdate(current: CaseStatusState, changes: Record<string, unknown>, options: { isAdmin: boolean; today: string }): CaseUpdatePlan {
  const set: Record<string, unknown> = {};
  if (Object.keys(changes).length === 0) return { ok: true, set };
  const { isAdmin, today } = options;

  if (current.status === 'closed' && !isAdmin) {
    return { ok: false, message: 'Deze zaak is afgesloten en kan niet meer worden gewijzigd. Vraag een beheerder als dat toch nodig is.', log: 'change of a closed case refused' };
  }

  const next = 'status' in changes ? changes.status : current.status;
  if (!isCaseStatus(next)) {
    return { ok: false, message: 'Onbekende status voor een zaak.', log: 'unknown case status' };
  }
  const result = 'result' in changes ? changes.result : current.result;

  if (next !== current.status) {
    if (rank(next) < rank(current.status) && !isAdmin) {
      return {
        ok: false,
        message: `Een zaak gaat niet terug van "${LABELS[current.status]}" naar "${LABELS[next]}".`,
        log: `backward case transition ${current.status} -> ${next} refused`,
      };
    }
    if (current.status === 'closed') set.date_closed = null; // an administrator reopens it
  }
  if (next === 'closed' && !filled(result)) {
    return { ok: false, message: 'Kies een eindresultaat (DDAS) voordat u de zaak afsluit.', log: 'closing a case without an end result refused' };
  }

  if (next !== current.status) {
    const datePickedUp = 'date_picked_up' in changes ? changes.date_picked_up : current.date_picked_up;
    if (rank(next) >= rank('picked_up') && !filled(datePickedUp)) set.date_picked_up = today;
    const dateClosed = 'date_closed' in changes ? changes.date_closed : current.date_closed;
    if (next === 'closed' && !filled(dateClosed)) set.date_closed = today;
  }

  // Consent for rent withholding (art. 10.5): its date when it is first recorded.
  const consentDate = 'consent_date' in changes ? changes.consent_date : current.consent_date;
  if (changes.rent_withholding_consent === true && !filled(consentDate)) set.consent_date = today;

  // Attention taken away: its reason goes with it.
  if (changes.attention === false) set.attention_reason = null;

  return { ok: true, set };
}

/** The fields of `payload` whose value differs from the stored row (a form sends unchanged values too). */
export function changedFields(stored: Record<string, unknown>, payload: Record<string, unknown>): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(payload)) {
    if (!(key in stored)) {
      changes[key] = value;
      continue;
    }
    if (!sameValue(stored[key], value)) changes[key] = value;
  }
  return changes;
}

function sameValue(a: unknown, b: unknown): boolean {
  if ((a === null || a === undefined || a === '') && (b === null || b === undefined || b === '')) return true;
  if (typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b);
  if (typeof a === 'boolean' || typeof b === 'boolean') return toBool(a) === toBool(b);
  if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return String(a) === String(b);
}

/** SQLite returns booleans as 0/1. */
function toBool(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 'true';
}
