import { describe, expect, test } from 'vitest';
import { planContactAttemptEffects, type AttemptCase } from './contact-attempt-effects.ts';

const caseIn = (status: AttemptCase['status'], extra: Partial<AttemptCase> = {}): AttemptCase => ({ status, date_first_contact: null, date_picked_up: null, ...extra });
const reached = { reached: true, date: '2026-12-01' };
const missed = { reached: false, date: '2026-12-01' };

describe('planContactAttemptEffects', () => {
  test.each([
    ['reached on a new case: in contact, first contact and picked up', reached, caseIn('new'), null, { ok: true, caseSet: { status: 'in_contact', date_first_contact: '2026-12-01', date_picked_up: '2026-12-01' }, referralSet: {} }],
    ['reached on a picked-up case', reached, caseIn('picked_up', { date_picked_up: '2026-11-20' }), null, { ok: true, caseSet: { status: 'in_contact', date_first_contact: '2026-12-01' }, referralSet: {} }],
    ['reached again: first contact stays', reached, caseIn('in_contact', { date_first_contact: '2026-11-25', date_picked_up: '2026-11-20' }), null, { ok: true, caseSet: {}, referralSet: {} }],
    ['not reached on a new case: picked up', missed, caseIn('new'), null, { ok: true, caseSet: { status: 'picked_up', date_picked_up: '2026-12-01' }, referralSet: {} }],
    ['not reached on a case in contact: nothing', missed, caseIn('in_contact'), null, { ok: true, caseSet: {}, referralSet: {} }],
    ['a closed case is not changed', reached, caseIn('closed'), null, { ok: true, caseSet: {}, referralSet: {} }],
    ['AMW attempt: referral new → in progress', missed, caseIn('new'), { status: 'new' }, { ok: true, caseSet: { status: 'picked_up', date_picked_up: '2026-12-01' }, referralSet: { status: 'in_progress' } }],
    ['AMW attempt on a referral in progress', reached, caseIn('in_contact', { date_first_contact: '2026-11-25', date_picked_up: '2026-11-20' }), { status: 'in_progress' }, { ok: true, caseSet: {}, referralSet: {} }],
    ['AMW attempt without a case', reached, null, { status: 'new' }, { ok: true, caseSet: {}, referralSet: { status: 'in_progress' } }],
  ])('%s', (_name, attempt, caseRow, referral, expected) => {
    expect(planContactAttemptEffects(attempt, caseRow, referral)).toEqual(expected);
  });

  test('refuses an attempt on a withdrawn referral', () => {
    expect(planContactAttemptEffects(reached, caseIn('new'), { status: 'withdrawn' })).toMatchObject({
      ok: false, message: 'Deze doorverwijzing is door de gemeente ingetrokken; er kunnen geen contactpogingen meer bij.',
    });
  });
});
