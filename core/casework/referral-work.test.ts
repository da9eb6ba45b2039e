import { describe, expect, test } from 'vitest';
import { addAttentionReason, attentionFromReferral, planReferralUpdate, referredBackTask, type ReferralState } from './referral-work.ts';

const today = '2026-12-02';
const at = (status: string, extra: Partial<ReferralState> = {}): ReferralState => ({ status, outcome: null, date_outcome: null, date_referred_back: null, ...extra });
const amw = { actor: 'amw' as const, today };
const staff = { actor: 'staff' as const, today };
const admin = { actor: 'admin' as const, today };
const outcome = 'Vervolghulp en/of verwijzing financieel';

describe('planReferralUpdate', () => {
  test.each([
    ['new → in progress', at('new'), { status: 'in_progress' }, amw, {}, null],
    ['in progress → closed with an outcome: date_outcome today', at('in_progress'), { status: 'closed', outcome }, amw, { date_outcome: today }, { kind: 'closed', outcome }],
    ['closed with a stored outcome and date', at('in_progress', { outcome, date_outcome: '2026-11-30' }), { status: 'closed' }, amw, {}, { kind: 'closed', outcome }],
    ['new → closed directly', at('new'), { status: 'closed', outcome, date_outcome: '2026-12-01' }, amw, {}, { kind: 'closed', outcome }],
    ['referred back: its date', at('in_progress'), { status: 'referred_back' }, amw, { date_referred_back: today }, { kind: 'referred_back' }],
    ['an outcome note only', at('in_progress'), { outcome_note: 'eigen dossier' }, amw, {}, null],
    ['an outcome before closing', at('in_progress'), { outcome }, amw, {}, null],
    ['an administrator corrects a closed referral', at('closed', { outcome }), { outcome: 'Inwoner is overleden' }, admin, {}, null],
    ['an administrator withdraws', at('new'), { status: 'withdrawn' }, admin, {}, null],
    ['staff withdraw a referral AMW did not start', at('new'), { status: 'withdrawn' }, staff, {}, null],
    ['staff correct a field without a status change', at('in_progress'), { phone: '0687654321' }, staff, {}, null],
  ])('%s', (_name, current, changes, options, set, effect) => {
    expect(planReferralUpdate(current, changes, options)).toEqual({ ok: true, set, effect });
  });

  test.each([
    ['closing without an outcome', at('in_progress'), { status: 'closed' }, 'Kies een uitkomst (DDAS) voordat u de doorverwijzing afrondt.'],
    ['an outcome outside DDAS', at('in_progress'), { status: 'closed', outcome: 'Goed gegaan' }, 'Kies een uitkomst uit de DDAS-lijst.'],
    ['AMW withdraws', at('new'), { status: 'withdrawn' }, 'De status "Ingetrokken" zet de gemeente, niet AMW.'],
    ['AMW sets new again', at('in_progress'), { status: 'new' }, 'De status "Nieuw" zet de gemeente, niet AMW.'],
    ['a change after withdrawal', at('withdrawn'), { status: 'in_progress' }, 'Deze doorverwijzing is door de gemeente ingetrokken en kan niet meer worden gewijzigd.'],
    ['a change after closing', at('closed', { outcome }), { outcome_note: 'x' }, 'Deze doorverwijzing is al afgerond en kan niet meer worden gewijzigd.'],
    ['a change after referring back', at('referred_back'), { status: 'in_progress' }, 'Deze doorverwijzing is al terugverwezen en kan niet meer worden gewijzigd.'],
    ['an unknown status', at('new'), { status: 'elders' }, 'Onbekende status voor een doorverwijzing.'],
  ])('refuses %s', (_name, current, changes, message) => {
    expect(planReferralUpdate(current, changes, amw)).toMatchObject({ ok: false, message });
  });

  const staffMessage = 'De voortgang van een doorverwijzing legt AMW vast. De gemeente kan een doorverwijzing alleen intrekken zolang AMW nog niet begon (of de route van de zaak wijzigen).';
  test.each([
    ['closing for AMW', at('in_progress'), { status: 'closed', outcome }],
    ['referring back for AMW', at('new'), { status: 'referred_back' }],
    ['withdrawing once AMW started', at('in_progress'), { status: 'withdrawn' }],
  ])('refuses staff %s', (_name, current, changes) => {
    expect(planReferralUpdate(current, changes, staff)).toMatchObject({ ok: false, message: staffMessage });
  });
});

describe('what staff get from AMW work', () => {
  test('a referred-back task: key, case, period, a week to act, no AMW note', () => {
    expect(referredBackTask({ id: 'r1', case: 'c1', period: '2026-11' }, today)).toEqual({
      kind: 'referred_back', status: 'open', task_key: 'referred_back:referral:r1', case: 'c1', period: '2026-11', due_date: '2026-12-09',
      description: 'AMW heeft dit huishouden op 2 december 2026 terugverwezen naar schulddienstverlening (ernstige schulden). Neem de zaak over en plan contact.',
    });
  });

  test.each([
    ['referred back', { kind: 'referred_back' } as const, 'AMW heeft het huishouden op 2 december 2026 terugverwezen naar schulddienstverlening (ernstige schulden).'],
    ['closed', { kind: 'closed', outcome } as const, `AMW heeft de doorverwijzing afgerond: ${outcome}`],
  ])('attention when %s', (_name, effect, text) => {
    expect(attentionFromReferral(effect, today)).toBe(text);
  });

  test.each([
    ['no reason yet', null, 'B', 'B'],
    ['a reason is added', 'A', 'B', 'A\nB'],
    ['the same reason once', 'A\nB', 'B', 'A\nB'],
  ])('addAttentionReason: %s', (_name, existing, reason, expected) => {
    expect(addAttentionReason(existing, reason)).toBe(expected);
  });
});
