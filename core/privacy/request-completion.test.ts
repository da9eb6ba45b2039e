import { expect, test } from 'vitest';
import { planRequestCompletion, type RequestState } from './request-completion.ts';

const NOW = '2026-12-07T10:00:00.000Z';
const open = (kind: string, over: Partial<RequestState> = {}): RequestState => ({ kind, status: 'in_progress', reason: null, date_done: null, ...over });

test.each([
  ['inzage done without reason', open('inzage'), { status: 'done' }, { ok: true, set: { date_done: NOW } }],
  ['correction done without reason', open('correction'), { status: 'done' }, { ok: false }],
  ['deletion refused with a blank reason', open('deletion'), { status: 'refused', reason: '   ' }, { ok: false }],
  ['shielding done with a reason in the same request', open('shielding'), { status: 'done', reason: 'Afgeschermd voor iedereen behalve SDV' }, { ok: true, set: { date_done: NOW } }],
  ['correction done, reason stored earlier', open('correction', { reason: 'Telefoonnummer verbeterd' }), { status: 'done' }, { ok: true, set: { date_done: NOW } }],
  ['a done correction whose reason is emptied', open('correction', { status: 'done', reason: 'Telefoonnummer verbeterd', date_done: NOW }), { reason: '' }, { ok: false }],
  ['created as done without reason', null, { kind: 'deletion', status: 'done' }, { ok: false }],
  ['still open: anything goes', open('correction'), { description: 'x' }, { ok: true, set: {} }],
  ['date_done kept when set', open('correction', { reason: 'Adres verbeterd', date_done: '2026-12-01T00:00:00.000Z' }), { status: 'done' }, { ok: true, set: {} }],
] as const)('%s', (_name, current, changes, expected) => {
  expect(planRequestCompletion(current, changes, NOW)).toMatchObject(expected);
});

test('the refusal is Dutch and names the kind', () => {
  expect(planRequestCompletion(open('deletion'), { status: 'done' }, NOW)).toMatchObject({ message: expect.stringContaining('verwijdering kunt u alleen afhandelen met een reden') });
});
