/**
 * A staff member asks for a letter again by creating a `letter` document in status
 * `requested` with a reason (issue 11: "a letter can be re-issued on purpose with a
 * reason"); the letters step makes it. The reason is kept with the document, so it must
 * say something: at least five characters. The letter needs its case, or the letter it
 * replaces (whose case it takes).
 */
export const MIN_REISSUE_REASON_LENGTH = 5;

/**
 * Whether a new document is such a request. A staff member's payload may name no status
 * at all (the permission's presets fill in `letter` and `requested` afterwards), so a
 * letter from a person without a status counts too; the letters step's own letters carry
 * their `letter_key`, exports their `file`, and an administrator's records a status.
 */
export function isReissueRequest(payload: Record<string, unknown>, caller: { admin: boolean }): boolean {
  if (payload.kind !== undefined && payload.kind !== 'letter') return 'reissue_reason' in payload || 'reissue_of' in payload || payload.status === 'requested';
  if (payload.status === 'requested' || 'reissue_reason' in payload || 'reissue_of' in payload) return true;
  return !caller.admin && payload.status === undefined && !payload.letter_key && !payload.file;
}

export type ReissueCheck = { ok: true } | { ok: false; message: string };

export function checkReissueRequest(payload: Record<string, unknown>): ReissueCheck {
  const reason = typeof payload.reissue_reason === 'string' ? payload.reissue_reason.trim() : '';
  if (reason.length < MIN_REISSUE_REASON_LENGTH) return { ok: false, message: `Geef een reden op waarom de brief opnieuw moet worden gemaakt (minstens ${MIN_REISSUE_REASON_LENGTH} tekens).` };
  if (!payload.case && !payload.reissue_of) return { ok: false, message: 'Kies de zaak of de eerdere brief waarvoor de brief opnieuw moet worden gemaakt.' };
  if (payload.kind !== undefined && payload.kind !== 'letter') return { ok: false, message: 'Alleen een brief kan opnieuw worden gemaakt.' };
  return { ok: true };
}
