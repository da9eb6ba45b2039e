import { describe, expect, test } from 'vitest';
import { CONTACT_ATTEMPT_FIELDS_FOR_STAFF, REFERRAL_FIELDS_FOR_SOCIAL_WORK, REFERRAL_FIELDS_FOR_STAFF } from '../../directus/access/access-model.ts';
import { LIVING_SITUATIONS, ORGANISATIONS, REFERRAL_STATUSES } from '../../directus/schema/model.ts';
import { attemptFieldsFor, attemptLine, canRecordAttempt, canReferBack, partOfDayAt, personAddress, planAttempt, referralFieldsFor, referralSummary } from './referral-screen.ts';

const labels = { status: Object.fromEntries(REFERRAL_STATUSES), livingSituation: Object.fromEntries(LIVING_SITUATIONS) };

describe('the fields the page reads', () => {
  test('AMW reads only art. 12.3 fields it may read', () => {
    for (const field of referralFieldsFor('social_work')) expect(REFERRAL_FIELDS_FOR_SOCIAL_WORK).toContain(field);
    expect(referralFieldsFor('social_work')).toContain('outcome_note');
  });

  test('staff never ask for AMW’s own notes', () => {
    for (const field of referralFieldsFor('debt_services')) expect(REFERRAL_FIELDS_FOR_STAFF).toContain(field);
    for (const field of attemptFieldsFor('debt_services')) expect(CONTACT_ATTEMPT_FIELDS_FOR_STAFF).toContain(field);
    expect(attemptFieldsFor('social_work')).toContain('amw_note');
    expect(attemptFieldsFor('debt_services')).not.toContain('amw_note');
  });
});

describe('who may do what', () => {
  test.each([
    ['social_work', 'new', true, true],
    ['social_work', 'in_progress', true, true],
    ['social_work', 'closed', true, false],
    ['social_work', 'referred_back', false, false],
    ['social_work', 'withdrawn', false, false],
    ['debt_services', 'new', true, false],
    ['admin', 'in_progress', true, false],
    ['corporation', 'new', false, false],
    ['functional_admin', 'new', false, false],
  ])('%s on a %s referral: attempt %s, refer back %s', (role, status, attempt, back) => {
    expect(canRecordAttempt(role, status)).toBe(attempt);
    expect(canReferBack(role, status)).toBe(back);
  });
});

describe('planAttempt', () => {
  const form = { date: '2026-12-02', partOfDay: 'Ochtend', kind: 'Telefoon', reached: false, note: '  Voicemail ingesproken ' };

  test.each([
    ['AMW writes its own note', 'social_work', form, { ok: true, payload: { referral: 'r1', date: '2026-12-02', part_of_day: 'Ochtend', kind: 'Telefoon', reached: false, amw_note: 'Voicemail ingesproken' } }],
    ['staff write the municipality’s note', 'debt_services', { ...form, reached: true }, { ok: true, payload: { referral: 'r1', date: '2026-12-02', part_of_day: 'Ochtend', kind: 'Telefoon', reached: true, note: 'Voicemail ingesproken' } }],
    ['no note, no part of day', 'social_work', { ...form, partOfDay: null, note: ' ' }, { ok: true, payload: { referral: 'r1', date: '2026-12-02', kind: 'Telefoon', reached: false } }],
    ['no date', 'social_work', { ...form, date: '' }, { ok: false, message: 'Vul de datum van de contactpoging in.' }],
    ['no kind', 'social_work', { ...form, kind: null }, { ok: false, message: 'Kies de manier van contact.' }],
    ['a kind outside DDAS', 'social_work', { ...form, kind: 'Postduif' }, { ok: false, message: 'Kies de manier van contact.' }],
    ['a part of day outside DDAS', 'social_work', { ...form, partOfDay: 'Nacht' }, { ok: false, message: 'Kies een dagdeel uit de lijst.' }],
    ['reached not said', 'social_work', { ...form, reached: null }, { ok: false, message: 'Geef aan of u de huurder heeft bereikt.' }],
  ])('%s', (_, role, input, expected) => {
    expect(planAttempt(role, 'r1', input)).toEqual(expected);
  });

  test.each([[8, 'Ochtend'], [11, 'Ochtend'], [12, 'Middag'], [17, 'Middag'], [18, 'Avond'], [23, 'Avond']])('hour %i is %s', (hour, part) => {
    expect(partOfDayAt(hour)).toBe(part);
  });
});

describe('what the page shows', () => {
  const referral = {
    id: 'r1', status: 'in_progress', priority: 1, date_sent: '2026-12-02', initials: 'J.', name_prefix: 'van der', surname: 'Voorbeeld', birth_date: '1985-03-14',
    street: 'Voorbeeldstraat', house_number: 12, house_letter: 'A', house_number_addition: '2', postcode: '6001AA', city: 'Weert', phone: '0495-123456',
    living_situation: 'paar met kinderen', debt_areas: ['Huur', 'Energie'], outcome: null, outcome_note: null, date_outcome: null, date_referred_back: null,
  };

  test('a referral in plain Dutch, empty facts left out', () => {
    expect(referralSummary(referral, labels)).toEqual([
      { label: 'Naam', value: 'J. van der Voorbeeld' },
      { label: 'Geboortedatum', value: '14 maart 1985' },
      { label: 'Adres', value: 'Voorbeeldstraat 12A-2, 6001 AA Weert' },
      { label: 'Telefoon', value: '0495-123456' },
      { label: 'Leefsituatie', value: 'Paar met kinderen' },
      { label: 'Schuldgebieden', value: 'Huur, Energie' },
      { label: 'Status', value: 'In behandeling' },
      { label: 'Verstuurd op', value: '2 december 2026' },
    ]);
  });

  test.each([
    [{ street: 'Proefweg', house_number: 3, postcode: '6002 BB', city: 'Weert' }, 'Proefweg 3, 6002 BB Weert'],
    [{ street: 'Proefweg', house_number: 3, house_letter: null, house_number_addition: null, postcode: null, city: null }, 'Proefweg 3'],
    [{}, ''],
  ])('address %j', (input, expected) => {
    expect(personAddress(input)).toBe(expected);
  });

  test.each([
    [{ date: '2026-12-02', part_of_day: 'Ochtend', kind: 'Telefoon', reached: false, organisation: 'amw' }, '2 december 2026, ochtend · Telefoon · niet bereikt · AMW'],
    [{ date: '2026-12-03', part_of_day: null, kind: 'Huisbezoek', reached: true, organisation: 'municipality' }, '3 december 2026 · Huisbezoek · bereikt · Gemeente'],
  ])('attempt %j', (attempt, expected) => {
    expect(attemptLine(attempt, Object.fromEntries(ORGANISATIONS))).toBe(expected);
  });
});
