/** Builders for routing's table tests: a plain signal with the facts a test names. */
import type { RoutingFact, RoutingSignal } from './routing-input.ts';

export function routingSignal(overrides: Partial<RoutingSignal> & { id: string }): RoutingSignal {
  return {
    period: '2026-11',
    partner: 1,
    partner_name: 'Wonen Limburg',
    months_in_arrears: 2,
    arrears_amount: 1200,
    match_status: 'matched',
    brp_situation: 'at_address',
    objection: null,
    household: `h-${overrides.id}`,
    household_key: `6001AA|${overrides.id}||`,
    has_minor_children: false,
    living_situation: 'alleenstaand',
    facts: [],
    person: {
      initials: 'J.',
      name_prefix: null,
      surname: 'Jansen',
      birth_date: '1980-01-01',
      street: 'Markt',
      house_number: 1,
      house_letter: null,
      house_number_addition: null,
      postcode: '6001AA',
      city: 'Weert',
      phone: null,
    },
    route_trace: null,
    ...overrides,
  };
}

export const benefit = (value = 'Participatiewet', date = '2026-11-01'): RoutingFact => ({ fact: 'benefit', value, source_kind: 'benefits', source_date: date });
export const knownAtDebtServices = (date = '2026-11-01'): RoutingFact => ({ fact: 'debt_services', value: 'Bekend bij schulddienstverlening', source_kind: 'debt_services', source_date: date });
export const debtArea = (value: string, kind = 'water', date = '2026-11-15'): RoutingFact => ({ fact: 'debt_area', value, source_kind: kind, source_date: date });
