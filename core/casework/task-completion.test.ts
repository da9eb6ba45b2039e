import { describe, expect, test } from 'vitest';
import { planTaskUpdate } from './task-completion.ts';

const now = '2026-12-02T09:00:00.000Z';
const context = (caseConsent: boolean | null) => ({ caseConsent, userId: 'u1', now });

describe('planTaskUpdate', () => {
  test.each([
    ['rent withholding done with consent', { kind: 'rent_withholding', status: 'open' }, { status: 'done' }, context(true), { done_at: now, done_by: 'u1' }],
    ['another task done without a case', { kind: 'missing_upload', status: 'open' }, { status: 'done' }, context(null), { done_at: now, done_by: 'u1' }],
    ['referred back done', { kind: 'referred_back', status: 'open' }, { status: 'done' }, context(false), { done_at: now, done_by: 'u1' }],
    ['reopened: who and when cleared', { kind: 'overdue', status: 'done' }, { status: 'open' }, context(null), { done_at: null, done_by: null }],
    ['no status change', { kind: 'rent_withholding', status: 'open' }, { due_date: '2026-12-09' }, context(false), {}],
    ['same status', { kind: 'rent_withholding', status: 'done' }, { status: 'done' }, context(false), {}],
  ])('%s', (_name, task, changes, ctx, set) => {
    expect(planTaskUpdate(task, changes, ctx)).toEqual({ ok: true, set });
  });

  test.each([
    ['rent withholding without consent', { kind: 'rent_withholding', status: 'open' }, { status: 'done' }, context(false), 'Huur inhouden kan pas als de machtiging van de huurder op de zaak is vastgelegd (art. 10.5 convenant).'],
    ['rent withholding without a case', { kind: 'rent_withholding', status: 'open' }, { status: 'done' }, context(null), 'Huur inhouden kan pas als de machtiging van de huurder op de zaak is vastgelegd (art. 10.5 convenant).'],
    ['an unknown status', { kind: 'overdue', status: 'open' }, { status: 'later' }, context(null), 'Onbekende status voor een taak.'],
  ])('refuses %s', (_name, task, changes, ctx, message) => {
    expect(planTaskUpdate(task, changes, ctx)).toMatchObject({ ok: false, message });
  });
});
