/**
 * Completing a task (issue 9). A rent-withholding task (huur inhouden) may be done only
 * once the tenant's consent (machtiging, covenant art. 10.5) is recorded on its case.
 * Done records who and when; reopening a task clears both.
 */
import type { Refusal } from './case-status.ts';

export interface TaskState {
  kind: string;
  status: string;
}

export type TaskUpdatePlan = { ok: true; set: Record<string, unknown> } | Refusal;

export function planTaskUpdate(task: TaskState, changes: Record<string, unknown>, context: { caseConsent: boolean | null; userId: string | null; now: string }): TaskUpdatePlan {
  if (!('status' in changes) || changes.status === task.status) return { ok: true, set: {} };
  if (changes.status === 'done') {
    if (task.kind === 'rent_withholding' && context.caseConsent !== true) {
      return {
        ok: false,
        message: 'Huur inhouden kan pas als de machtiging van de huurder op de zaak is vastgelegd (art. 10.5 convenant).',
        log: 'rent_withholding task done without consent refused',
      };
    }
    return { ok: true, set: { done_at: context.now, done_by: context.userId } };
  }
  if (changes.status === 'open') return { ok: true, set: { done_at: null, done_by: null } };
  return { ok: false, message: 'Onbekende status voor een taak.', log: 'unknown task status' };
}
