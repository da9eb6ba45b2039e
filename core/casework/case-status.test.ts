import { describe, expect, test } from 'vitest';
import { changedFields, planCaseUpdate, type CaseStatusState } from './case-status.ts';

const today = '2026-12-02';
const base = (status: CaseStatusState['status'], extra: Partial<CaseStatusState> = {}): CaseStatusState => ({ status, result: null, date_picked_up: null, date_closed: null, ...extra });
const staff = { isAdmin: false, today };
const admin = { isAdmin: true, today };

describe('planCaseUpdate: allowed transitions and the dates that follow', () => {
  test.each([
    ['new → picked_up sets date_picked_up', base('new'), { status: 'picked_up' }, staff, { date_picked_up: today }],
    ['picked_up → in_contact keeps an existing date_picked_up', base('picked_up', { date_picked_up: '2026-11-20' }), { status: 'in_contact' }, staff, {}],
    ['new → in_contact (skipping forward) fills date_picked_up', base('new'), { status: 'in_contact' }, staff, { date_picked_up: today }],
    ['closing with a result sets date_closed', base('in_contact', { date_picked_up: '2026-11-20' }), { status: 'closed', result: 'Vervolghulp en/of verwijzing financieel' }, staff, { date_closed: today }],
    ['closing a new case with a stored result', base('new', { result: 'Inwoner is overleden' }), { status: 'closed' }, staff, { date_picked_up: today, date_closed: today }],
    ['closing keeps a given date_closed', base('picked_up', { date_picked_up: '2026-11-20' }), { status: 'closed', result: 'Inwoner is overleden', date_closed: '2026-11-30' }, staff, {}],
    ['a work field without status change', base('new'), { talk_place: 'Stadhuis' }, staff, {}],
    ['a result on an open case, without closing', base('in_contact', { date_picked_up: '2026-11-20' }), { result: 'Inwoner is overleden' }, staff, {}],
    ['consent sets its date', base('in_contact', { date_picked_up: '2026-11-20' }), { rent_withholding_consent: true }, staff, { consent_date: today }],
    ['consent keeps a given date', base('in_contact', { date_picked_up: '2026-11-20' }), { rent_withholding_consent: true, consent_date: '2026-11-28' }, staff, {}],
    ['consent keeps a stored date', base('in_contact', { date_picked_up: '2026-11-20', consent_date: '2026-11-01' }), { rent_withholding_consent: true }, staff, {}],
    ['attention off clears its reason', base('new'), { attention: false }, staff, { attention_reason: null }],
    ['nothing changes', base('closed', { result: 'Inwoner is overleden' }), {}, staff, {}],
    ['an administrator edits a closed case', base('closed', { result: 'Inwoner is overleden', date_closed: '2026-11-30' }), { talk_place: 'Stadhuis' }, admin, {}],
    ['an administrator reopens a closed case: date_closed cleared', base('closed', { result: 'Inwoner is overleden', date_picked_up: '2026-11-01', date_closed: '2026-11-30' }), { status: 'in_contact' }, admin, { date_closed: null }],
    ['an administrator steps back', base('in_contact', { date_picked_up: '2026-11-01' }), { status: 'new' }, admin, {}],
  ])('%s', (_name, current, changes, options, set) => {
    expect(planCaseUpdate(current, changes, options)).toEqual({ ok: true, set });
  });
});

describe('planCaseUpdate: refusals with a Dutch message', () => {
  test.each([
    ['closing without a result', base('in_contact'), { status: 'closed' }, 'Kies een eindresultaat (DDAS) voordat u de zaak afsluit.'],
    ['closing with an empty result', base('new'), { status: 'closed', result: ' ' }, 'Kies een eindresultaat (DDAS) voordat u de zaak afsluit.'],
    ['closing and clearing the stored result', base('new', { result: 'Inwoner is overleden' }), { status: 'closed', result: null }, 'Kies een eindresultaat (DDAS) voordat u de zaak afsluit.'],
    ['reopening a closed case', base('closed', { result: 'Inwoner is overleden' }), { status: 'in_contact' }, 'Deze zaak is afgesloten en kan niet meer worden gewijzigd. Vraag een beheerder als dat toch nodig is.'],
    ['editing a closed case', base('closed', { result: 'Inwoner is overleden' }), { talk_place: 'Stadhuis' }, 'Deze zaak is afgesloten en kan niet meer worden gewijzigd. Vraag een beheerder als dat toch nodig is.'],
    ['a step back', base('in_contact'), { status: 'picked_up' }, 'Een zaak gaat niet terug van "In contact" naar "Opgepakt".'],
    ['back to new', base('picked_up'), { status: 'new' }, 'Een zaak gaat niet terug van "Opgepakt" naar "Nieuw".'],
    ['an unknown status', base('new'), { status: 'gone' }, 'Onbekende status voor een zaak.'],
  ])('%s', (_name, current, changes, message) => {
    const plan = planCaseUpdate(current, changes, staff);
    expect(plan).toMatchObject({ ok: false, message });
    if (!plan.ok) expect(plan.log).toMatch(/^[\x20-\x7e]+$/); // English log, no personal data
  });
});

describe('changedFields', () => {
  test.each([
    ['equal values are left out', { status: 'new', attention: false }, { status: 'new', attention: false }, {}],
    ['sqlite booleans', { attention: 0 }, { attention: false }, {}],
    ['null and empty are the same', { result: null }, { result: '' }, {}],
    ['numbers as strings', { priority: '3' }, { priority: 3 }, {}],
    ['a changed value', { status: 'new' }, { status: 'picked_up' }, { status: 'picked_up' }],
    ['an unknown field counts as changed', {}, { override_reason: 'x' }, { override_reason: 'x' }],
  ])('%s', (_name, stored, payload, expected) => {
    expect(changedFields(stored, payload)).toEqual(expected);
  });
});
