/**
 * When a request of the tenant may be closed. A correction, deletion or shielding changes or
 * removes personal data, so closing it as done (or refusing it) needs the reason on record:
 * what was changed and why, or why not. An inzage is done when its report is made; its reason
 * is optional. Closing also records the moment (`date_done`).
 */
export const REQUEST_KINDS = ['inzage', 'correction', 'deletion', 'shielding'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
const CLOSED = ['done', 'refused'];
const NEEDS_REASON: readonly string[] = ['correction', 'deletion', 'shielding'];
export const MIN_REASON_LENGTH = 5;

export interface RequestState {
  kind: string | null;
  status: string | null;
  reason: string | null;
  date_done: string | null;
}

export type CompletionPlan = { ok: true; set: Record<string, unknown> } | { ok: false; message: string; log: string };

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * `current` is the stored request (null on create); `changes` what the person sends.
 * `now` is the instant to record as date_done.
 */
export function planRequestCompletion(current: RequestState | null, changes: Record<string, unknown>, now: string): CompletionPlan {
  const next = { ...(current ?? { kind: null, status: 'received', reason: null, date_done: null }), ...changes } as RequestState;
  const closing = CLOSED.includes(String(next.status)) && (current === null || !CLOSED.includes(String(current.status)) || 'reason' in changes);
  if (!closing) return { ok: true, set: {} };
  if (next.kind && NEEDS_REASON.includes(next.kind) && text(next.reason).length < MIN_REASON_LENGTH) {
    const what = next.status === 'refused' ? 'afwijzen' : 'afhandelen';
    return { ok: false, message: `Een verzoek om ${kindWord(next.kind)} kunt u alleen ${what} met een reden: vul in wat er is gedaan en waarom (minstens ${MIN_REASON_LENGTH} tekens).`, log: `closing a ${next.kind} request without a reason` };
  }
  return { ok: true, set: next.date_done ? {} : { date_done: now } };
}

function kindWord(kind: string): string {
  return kind === 'correction' ? 'correctie of aanvulling' : kind === 'deletion' ? 'verwijdering' : 'afscherming';
}
