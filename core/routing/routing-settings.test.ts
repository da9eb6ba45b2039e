import { describe, expect, it } from 'vitest';
import { DEFAULT_ROUTING_SETTINGS, minimumFor, routingSettingsFrom, sameKind } from './routing-settings.ts';

describe('routingSettingsFrom', () => {
  it('falls back to the covenant without a settings row', () => {
    expect(routingSettingsFrom(null)).toEqual(DEFAULT_ROUTING_SETTINGS);
  });

  it.each([
    ['no minimum when empty or zero', { min_months_in_arrears: null }, { minMonthsInArrears: null }],
    ['zero is no minimum', { min_months_in_arrears: '0' }, { minMonthsInArrears: null }],
    ['a decimal minimum as the database returns it', { min_months_in_arrears: '2.5' }, { minMonthsInArrears: 2.5 }],
    ['benefit kinds from JSON text, Participatiewet always added', { municipal_benefit_kinds: '["IOAW"]' }, { municipalBenefitKinds: ['Participatiewet', 'IOAW'] }],
    ['an empty list of benefit kinds means the default', { municipal_benefit_kinds: [] }, { municipalBenefitKinds: ['Participatiewet', 'IOAW', 'IOAZ', 'Bbz'] }],
    ['counted debt areas, blanks dropped', { counted_debt_areas: ['Water', ' ', 'Energie'] }, { countedDebtAreas: ['Water', 'Energie'] }],
    ['known clients to the municipality by local agreement', { known_client_route: 'municipality' }, { knownClientRoute: 'municipality' }],
    ['an unknown known-client route is the covenant', { known_client_route: 'elsewhere' }, { knownClientRoute: 'amw' }],
    ['terms and feedback day', { repeat_waiting_months: 6, overdue_contact_days: 10, overdue_first_talk_days: 21, partner_feedback_day: 8 }, { repeatWaitingMonths: 6, overdueContactDays: 10, overdueFirstTalkDays: 21, feedbackDay: 8 }],
    ['garbage numbers fall back', { repeat_waiting_months: 'x', overdue_contact_days: -3 }, { repeatWaitingMonths: 3, overdueContactDays: 14 }],
  ])('%s', (_name, row, expected) => {
    expect(routingSettingsFrom(row)).toMatchObject(expected);
  });

  it('a partner minimum wins over the general one', () => {
    const settings = routingSettingsFrom({ min_months_in_arrears: 2 }, [{ id: 1, min_months_in_arrears: '3.0' }, { id: 2, min_months_in_arrears: null }]);
    expect(minimumFor(settings, 1)).toEqual({ months: 3, source: 'partner' });
    expect(minimumFor(settings, 2)).toEqual({ months: 2, source: 'general' });
    expect(minimumFor(routingSettingsFrom(null), 2)).toBeNull();
  });

  it('compares benefit kinds without case, spaces or punctuation', () => {
    expect(sameKind('Bbz', 'BBZ ')).toBe(true);
    expect(sameKind('I.O.A.W.', 'IOAW')).toBe(true);
    expect(sameKind('IOAW', 'IOAZ')).toBe(false);
  });
});
