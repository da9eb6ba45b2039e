import { describe, expect, it } from 'vitest';
import { decideSignal, type DecisionContext } from './decide-signal.ts';
import { DEFAULT_ROUTING_SETTINGS, routingSettingsFrom } from './routing-settings.ts';
import { benefit, debtArea, knownAtDebtServices, routingSignal } from './test-signal.ts';

const lists = { benefits: '2026-11-01', debt_services: '2026-11-01' };
const context: DecisionContext = { settings: DEFAULT_ROUTING_SETTINGS, lists, deadlinePassed: false };
const withMinimum = { ...context, settings: routingSettingsFrom({ min_months_in_arrears: 2 }, [{ id: 7, min_months_in_arrears: 3 }]) };

describe('decideSignal: one rule per row', () => {
  it.each([
    ['objection to any approach', { objection: { scope: 'all' as const, date_received: '2026-11-05' }, facts: [benefit()] }, context, { kind: 'none', status: 'Niet opgepakt: andere reden', why: 'Bezwaar tegen elke benadering ontvangen op 5 november 2026 (art. 10.3): het huishouden wordt niet benaderd' }],
    ['objection to AMW, no benefit → not invited (no referral, no advance notice)', { objection: { scope: 'amw' as const, date_received: '2026-11-05' }, facts: [debtArea('Water')] }, context, { kind: 'none', status: 'Niet opgepakt: andere reden', why: 'Geen uitkering volgens de uitkeringslijst van 1 november 2026; niet bekend bij schulddienstverlening volgens de lijst van 1 november 2026; maar bezwaar tegen inschakelen AMW ontvangen op 5 november 2026 (art. 10.4): AMW wordt niet ingeschakeld en zonder uitkering van de gemeente wordt het huishouden niet benaderd' }],
    ['objection to AMW, known at debt services → not invited, no task', { objection: { scope: 'amw' as const, date_received: '2026-11-05' }, facts: [knownAtDebtServices()] }, context, { kind: 'none', why: /art\. 10\.4/ }],
    ['objection to AMW, a municipal benefit → the municipality still invites', { objection: { scope: 'amw' as const, date_received: '2026-11-05' }, facts: [benefit()] }, context, { kind: 'route', route: 'municipality', tasks: ['rent_withholding'], why: 'Uitkering Participatiewet volgens de uitkeringslijst van 1 november 2026; bezwaar tegen inschakelen AMW ontvangen op 5 november 2026 (art. 10.4): niet naar AMW' }],
    ['objection to AMW while the match is open → still waits', { objection: { scope: 'amw' as const, date_received: '2026-11-05' }, match_status: 'pending', brp_situation: null }, context, { kind: 'wait' }],
    ['deceased', { brp_situation: 'deceased' as const, facts: [benefit()] }, context, { kind: 'none', status: 'Inwoner is overleden', result: 'Inwoner is overleden' }],
    ['emigrated', { brp_situation: 'emigrated' as const }, context, { kind: 'none', status: 'Persoon is geen inwoner (meer) in de gemeente', why: /Geëmigreerd/ }],
    ['moved out of the area', { brp_situation: 'moved_out_of_area' as const }, context, { kind: 'none', status: 'Persoon is geen inwoner (meer) in de gemeente' }],
    ['moved within the area', { brp_situation: 'moved' as const }, context, { kind: 'none', status: 'Niet opgepakt: andere reden', why: /niet \(meer\) op het gehuurde adres/ }],
    ['address unknown', { brp_situation: 'address_unknown' as const }, context, { kind: 'none', status: 'Niet opgepakt: andere reden' }],
    ['staff: not a resident', { match_status: 'not_resident', brp_situation: null }, context, { kind: 'none', status: 'Persoon is geen inwoner (meer) in de gemeente', why: /medewerker/ }],
    ['rented address outside the area', { match_status: 'out_of_area', brp_situation: null }, context, { kind: 'none', status: 'Persoon is geen inwoner (meer) in de gemeente', why: /buiten de gemeente/ }],
    ['below the general minimum', { months_in_arrears: 1 }, withMinimum, { kind: 'none', status: 'Niet opgepakt: andere reden', why: /1 maand achterstand, onder het algemeen minimum van 2 maanden \(instelling\)/ }],
    ['below the partner minimum', { partner: 7, partner_name: 'St. Joseph', months_in_arrears: 2.5 }, withMinimum, { kind: 'none', why: /2,5 maanden achterstand, onder het minimum voor St\. Joseph van 3 maanden/ }],
    ['at the minimum', { months_in_arrears: 2 }, withMinimum, { kind: 'route', route: 'amw' }],
    ['no minimum by default: one month is handled', { months_in_arrears: 1 }, context, { kind: 'route', route: 'amw' }],
    ['ambiguous before the deadline waits', { match_status: 'ambiguous', brp_situation: null }, context, { kind: 'wait', why: /meerdere kandidaten/ }],
    ['not found before the deadline waits', { match_status: 'not_found', brp_situation: null }, context, { kind: 'wait' }],
    ['pending waits', { match_status: 'pending', brp_situation: null }, context, { kind: 'wait', why: /nog niet verrijkt/ }],
    ['ambiguous at the deadline → municipality, never AMW', { match_status: 'ambiguous', brp_situation: null }, { ...context, deadlinePassed: true }, { kind: 'route', route: 'municipality', why: /zonder uitkeringscontrole niet naar AMW/ }],
    ['staff confirmed counts as settled', { match_status: 'confirmed', facts: [benefit()] }, context, { kind: 'route', route: 'municipality' }],
    ['Participatiewet benefit', { facts: [benefit()] }, context, { kind: 'route', route: 'municipality', status: 'Opgepakt', tasks: ['rent_withholding'], why: 'Uitkering Participatiewet volgens de uitkeringslijst van 1 november 2026' }],
    ['IOAW counts by default', { facts: [benefit('IOAW')] }, context, { kind: 'route', route: 'municipality', tasks: ['rent_withholding'] }],
    ['benefit kind written differently', { facts: [benefit(' participatiewet ')] }, context, { kind: 'route', route: 'municipality' }],
    ['a benefit kind the setting does not count', { facts: [benefit('Bbz')] }, { ...context, settings: routingSettingsFrom({ municipal_benefit_kinds: ['Participatiewet'] }) }, { kind: 'route', route: 'amw', why: /Uitkering Bbz telt niet/ }],
    ['no benefits list → waits for one', { facts: [] }, { ...context, lists: { benefits: null, debt_services: null } }, { kind: 'wait', why: /Wacht op de uitkeringslijst \(geen uitkeringslijst geladen\)/ }],
    ['no benefits list at the deadline → municipality, never AMW', { facts: [] }, { ...context, deadlinePassed: true, lists: { benefits: null, debt_services: null } }, { kind: 'route', route: 'municipality', why: /Uitkering niet te controleren vóór de terugkoppeling \(geen uitkeringslijst geladen\); daarom niet naar AMW/ }],
    ['a benefits list loaded before the signal says nothing about it → waits', { created_at: '2026-12-02T10:00:00.000Z' }, { ...context, lists: { ...lists, benefits_loaded_at: '2026-12-01T09:00:00.000Z' } }, { kind: 'wait', why: /de uitkeringslijst van 1 november 2026 kwam binnen vóór dit signaal/ }],
    ['a benefits list loaded after the signal covers it', { created_at: '2026-12-01T08:00:00.000Z' }, { ...context, lists: { ...lists, benefits_loaded_at: '2026-12-01T09:00:00.000Z' } }, { kind: 'route', route: 'amw' }],
    ['a benefit fact decides even when the current list came before the signal', { created_at: '2026-12-02T10:00:00.000Z', facts: [benefit()] }, { ...context, lists: { ...lists, benefits_loaded_at: '2026-12-01T09:00:00.000Z' } }, { kind: 'route', route: 'municipality', tasks: ['rent_withholding'] }],
    ['a debt-services list loaded before the signal: said so', { created_at: '2026-12-02T10:00:00.000Z' }, { ...context, lists: { ...lists, debt_services_loaded_at: '2026-12-01T09:00:00.000Z' } }, { kind: 'route', route: 'amw', why: /de lijst van schulddienstverlening van 1 november 2026 kwam binnen vóór dit signaal/ }],
    ['known at debt services → AMW and inform the case manager', { facts: [knownAtDebtServices()] }, context, { kind: 'route', route: 'amw', tasks: ['inform_case_manager'], why: /art\. 6\.1\.4/ }],
    ['known at debt services, local agreement → municipality', { facts: [knownAtDebtServices()] }, { ...context, settings: routingSettingsFrom({ known_client_route: 'municipality' }) }, { kind: 'route', route: 'municipality', status: 'Inwoner al bekend bij schuldhulpverlening', tasks: [] }],
    ['no benefit, not known → AMW', { facts: [debtArea('Water')] }, context, { kind: 'route', route: 'amw', status: 'Opgepakt', tasks: [], why: 'Geen uitkering volgens de uitkeringslijst van 1 november 2026; niet bekend bij schulddienstverlening volgens de lijst van 1 november 2026' }],
    ['no debt-services list → AMW, said so', { facts: [] }, { ...context, lists: { benefits: '2026-11-01', debt_services: null } }, { kind: 'route', route: 'amw', why: /geen lijst van schulddienstverlening geladen/ }],
  ])('%s', (_name, overrides, ctx, expected) => {
    const decision = decideSignal(routingSignal({ id: 's1', ...overrides }), ctx);
    const { why, ...rest } = expected as { why?: string | RegExp };
    expect(decision).toMatchObject(rest);
    if (why instanceof RegExp) expect(decision.why).toMatch(why);
    else if (why) expect(decision.why).toBe(why);
  });
});

describe('decideSignal: precedence conflicts', () => {
  it.each([
    ['an objection to any approach beats a benefit', { objection: { scope: 'all' as const, date_received: '2026-11-05' }, facts: [benefit()] }, 'none', /Bezwaar tegen elke benadering/],
    ['an objection to any approach beats deceased', { objection: { scope: 'all' as const, date_received: '2026-11-05' }, brp_situation: 'deceased' as const }, 'none', /Bezwaar/],
    ['deceased beats a benefit and a minimum', { brp_situation: 'deceased' as const, months_in_arrears: 0.5, facts: [benefit()] }, 'none', /Overleden/],
    ['moved beats known at debt services', { brp_situation: 'moved' as const, facts: [knownAtDebtServices()] }, 'none', /gehuurde adres/],
    ['the minimum beats a benefit', { months_in_arrears: 1, facts: [benefit()] }, 'none', /minimum/],
    ['the minimum beats waiting for the review', { months_in_arrears: 1, match_status: 'ambiguous', brp_situation: null }, 'none', /minimum/],
    ['a benefit beats known at debt services', { facts: [knownAtDebtServices(), benefit()] }, 'municipality', /Uitkering Participatiewet/],
    ['an unsettled match waits even with a benefit fact', { match_status: 'not_found', brp_situation: null, facts: [benefit()] }, 'wait', /Wacht/],
  ])('%s', (_name, overrides, expected, why) => {
    const decision = decideSignal(routingSignal({ id: 's1', ...overrides }), withMinimum);
    expect(decision.kind === 'route' ? decision.route : decision.kind).toBe(expected);
    expect(decision.why).toMatch(why);
  });
});
