/**
 * Correcting personal data needs a reason on record (art. 16 AVG, covenant art. 9). A staff
 * member who changes a tenant's personal fields on a signal or a household does so for an
 * open correction request (`privacy_requests`, kind `correction`, status received or in
 * progress) recorded for that person: the request says what was asked, and it cannot be
 * closed without the reason (request-completion.ts). Directus's revisions keep the values
 * before and after; the request's `result` gets a line naming the item and the fields.
 *
 * Two changes carry their reason or source already and pass without a request:
 * - the BRP review's "corrigeren en opnieuw zoeken" (before a case exists): the reason is in
 *   `match_reasons` of the same revision and the match starts over (`match_status` pending);
 * - household facts written together with their source (`facts_source`, e.g. the BRP).
 *
 * Administrators (technical management) and the worker are not held to this rule: their
 * changes are the system's own, not a correction of what a tenant asked about.
 */
export const CORRECTABLE_PERSONAL_FIELDS: Record<'signals' | 'households', readonly string[]> = {
  signals: ['initials', 'name_prefix', 'surname', 'birth_date', 'street', 'house_number', 'house_letter', 'house_number_addition', 'postcode', 'city', 'phone', 'months_in_arrears', 'arrears_amount', 'signal_date'],
  households: ['has_minor_children', 'household_size', 'living_situation'],
};

export type CorrectionCollection = keyof typeof CORRECTABLE_PERSONAL_FIELDS;

export const isCorrectionCollection = (collection: string): collection is CorrectionCollection => collection in CORRECTABLE_PERSONAL_FIELDS;

/** Stored and sent values compared as values: 1 and true, "900.00" and 900, null and "" are the same. */
const plain = (value: unknown): string => (value === true ? '1' : value === false ? '0' : String(value ?? '').trim());
function same(a: unknown, b: unknown): boolean {
  const [x, y] = [plain(a), plain(b)];
  if (x === y) return true;
  return x !== '' && y !== '' && Number.isFinite(Number(x)) && Number(x) === Number(y);
}

/** The personal fields this update really changes (a field sent with its stored value is no change). */
export function changedPersonalFields(collection: CorrectionCollection, current: Record<string, unknown>, payload: Record<string, unknown>): string[] {
  return CORRECTABLE_PERSONAL_FIELDS[collection].filter((field) => field in payload && !same(payload[field], current[field]));
}

/** The update carries its own reason or source (see above). */
export function carriesOwnReason(collection: CorrectionCollection, payload: Record<string, unknown>): boolean {
  if (collection === 'signals') {
    const reasons = Array.isArray(payload.match_reasons) ? payload.match_reasons : [];
    return payload.match_status === 'pending' && reasons.some((reason) => typeof reason === 'string' && reason.trim().length >= 5);
  }
  return typeof payload.facts_source === 'string' && payload.facts_source.trim() !== '';
}

export type CorrectionVerdict = { ok: true; request: string | null } | { ok: false; message: string; log: string };

/**
 * `openRequests`: ids of open correction requests for the person (or persons) the item is
 * about, oldest first; the change is recorded on the first.
 */
export function correctionVerdict(collection: CorrectionCollection, changed: readonly string[], payload: Record<string, unknown>, openRequests: readonly string[]): CorrectionVerdict {
  if (changed.length === 0 || carriesOwnReason(collection, payload)) return { ok: true, request: null };
  const request = openRequests[0];
  if (request) return { ok: true, request };
  return {
    ok: false,
    message: 'Persoonsgegevens wijzigen kan alleen met een reden. Leg eerst een verzoek vast onder Verzoeken van betrokkenen (soort „Correctie of aanvulling”, met wat er gevraagd is) en wijzig de gegevens daarna; bij het afhandelen van het verzoek vult u de reden in.',
    log: `personal fields of ${collection} changed without an open correction request`,
  };
}

/** The line the request's `result` gets: item and field names, no values. */
export function correctionResultLine(collection: CorrectionCollection, id: string, changed: readonly string[], date: string): string {
  return `${date}: ${collection === 'signals' ? 'signaal' : 'huishouden'} ${id} gewijzigd (${changed.join(', ')})`;
}
