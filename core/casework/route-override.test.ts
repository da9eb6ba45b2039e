import { describe, expect, test } from 'vitest';
import { buildAmwReferral, planRouteOverride, type OverrideCase, type ReferralSignal } from './route-override.ts';

const open = (route: OverrideCase['route'], status: OverrideCase['status'] = 'new'): OverrideCase => ({ route, status, result: null });
const reason = 'Huurder belde zelf; bekend bij regisseur.';

describe('planRouteOverride', () => {
  test.each([
    ['no route in the change', open('amw'), { talk_place: 'x' }, [], { ok: true, overridden: false }],
    ['the same route again', open('amw'), { route: 'amw' }, [], { ok: true, overridden: false }],
    ['amw → municipality withdraws a referral AMW did not start', open('amw'), { route: 'municipality', override_reason: reason }, [{ id: 'r1', target: 'amw', status: 'new' }],
      { ok: true, overridden: true, route: 'municipality', withdraw: ['r1'], createAmwReferral: false, caseSet: {} }],
    ['amw → municipality after AMW referred it back', open('amw', 'in_contact'), { route: 'municipality', override_reason: reason }, [{ id: 'r1', target: 'amw', status: 'referred_back' }],
      { ok: true, overridden: true, route: 'municipality', withdraw: [], createAmwReferral: false, caseSet: {} }],
    ['municipality → amw creates a referral', open('municipality'), { route: 'amw', override_reason: reason }, [],
      { ok: true, overridden: true, route: 'amw', withdraw: [], createAmwReferral: true, caseSet: {} }],
    ['to amw again after a withdrawn referral: a new one', open('municipality'), { route: 'amw', override_reason: reason }, [{ id: 'r1', target: 'amw', status: 'withdrawn' }],
      { ok: true, overridden: true, route: 'amw', withdraw: [], createAmwReferral: true, caseSet: {} }],
    ['to amw while a referral is still open: none extra', open('none', 'picked_up'), { route: 'amw', override_reason: reason }, [{ id: 'r1', target: 'amw', status: 'new' }],
      { ok: true, overridden: true, route: 'amw', withdraw: [], createAmwReferral: false, caseSet: {} }],
    ['to none closes with the default result', open('municipality', 'picked_up'), { route: 'none', override_reason: reason }, [],
      { ok: true, overridden: true, route: 'none', withdraw: [], createAmwReferral: false, caseSet: { status: 'closed', result: 'Niet opgepakt: andere reden' } }],
    ['to none closes with a given result', open('amw'), { route: 'none', override_reason: reason, result: 'Inwoner is overleden' }, [{ id: 'r1', target: 'amw', status: 'new' }],
      { ok: true, overridden: true, route: 'none', withdraw: ['r1'], createAmwReferral: false, caseSet: { status: 'closed', result: 'Inwoner is overleden' } }],
    ['to none keeps a stored result', { ...open('municipality', 'in_contact'), result: 'Inwoner regelt het zelf/hoeft geen hulp vanuit vroegsignalering' }, { route: 'none', override_reason: reason }, [],
      { ok: true, overridden: true, route: 'none', withdraw: [], createAmwReferral: false, caseSet: { status: 'closed', result: 'Inwoner regelt het zelf/hoeft geen hulp vanuit vroegsignalering' } }],
    ['an sdv referral is not withdrawn', open('amw'), { route: 'municipality', override_reason: reason }, [{ id: 's1', target: 'sdv', status: 'new' }],
      { ok: true, overridden: true, route: 'municipality', withdraw: [], createAmwReferral: false, caseSet: {} }],
    ['a case without a route yet', open(null), { route: 'municipality', override_reason: reason }, [],
      { ok: true, overridden: true, route: 'municipality', withdraw: [], createAmwReferral: false, caseSet: {} }],
  ])('%s', (_name, current, changes, referrals, expected) => {
    expect(planRouteOverride(current, changes, referrals)).toEqual(expected);
  });

  test.each([
    ['without a reason', open('amw'), { route: 'municipality' }, [], 'Geef een reden op als u de route wijzigt; de beslissing van de regel blijft ernaast bewaard.'],
    ['with a blank reason', open('amw'), { route: 'municipality', override_reason: '   ' }, [], 'Geef een reden op als u de route wijzigt; de beslissing van de regel blijft ernaast bewaard.'],
    ['on a closed case', { ...open('none', 'closed'), result: 'Niet opgepakt: andere reden' }, { route: 'amw', override_reason: reason }, [], 'Een afgesloten zaak krijgt geen andere route.'],
    ['away from AMW while AMW works on it', open('amw', 'in_contact'), { route: 'municipality', override_reason: reason }, [{ id: 'r1', target: 'amw', status: 'in_progress' }],
      'AMW werkt al aan deze doorverwijzing. Overleg eerst met AMW; de route kan naar gemeente zodra AMW de doorverwijzing afrondt of terugverwijst.'],
    ['to an unknown route', open('amw'), { route: 'elsewhere', override_reason: reason }, [], 'Kies een route: gemeente, AMW of niet benaderen.'],
    ['to an empty route', open('amw'), { route: null, override_reason: reason }, [], 'Kies een route: gemeente, AMW of niet benaderen.'],
  ])('refuses a route change %s', (_name, current, changes, referrals, message) => {
    expect(planRouteOverride(current, changes, referrals)).toMatchObject({ ok: false, message });
  });
});

const signal = (extra: Partial<ReferralSignal>): ReferralSignal => ({
  initials: 'J.', name_prefix: null, surname: 'Jansen', birth_date: '1980-01-01', street: 'Markt', house_number: 1, house_letter: null, house_number_addition: null,
  postcode: '6001AA', city: 'Weert', phone: '0612345678', months_in_arrears: 2, arrears_amount: 500, debt_areas: [], signal_date: '2026-11-05', ...extra,
});

describe('buildAmwReferral', () => {
  test('takes the person of the signal with the most months, debt areas of all signals, living situation of the household', () => {
    const result = buildAmwReferral({ id: 'c1', period: '2026-11', priority: 4 }, [
      signal({ surname: 'Minder', months_in_arrears: 2, arrears_amount: 400, debt_areas: ['Huur', 'Water'] }),
      signal({ surname: 'Meest', months_in_arrears: 3.5, arrears_amount: 900.5, debt_areas: ['Huur', 'Energie'] }),
    ], 'paar met kinderen', 7);
    expect(result).toEqual({
      ok: true,
      referral: expect.objectContaining({
        case: 'c1', target: 'amw', partner: 7, status: 'new', period: '2026-11', priority: 4, date_sent: null, surname: 'Meest',
        living_situation: 'paar met kinderen', debt_areas: ['Huur', 'Water', 'Energie'], months_in_arrears: 3.5, arrears_amount: 1300.5,
      }),
    });
  });

  test('a tie in months: the latest signal', () => {
    const result = buildAmwReferral({ id: 'c1', period: '2026-11', priority: 1 }, [signal({ surname: 'Oud', signal_date: '2026-10-01' }), signal({ surname: 'Nieuw', signal_date: '2026-11-01' })], null, 7);
    expect(result.ok && result.referral.surname).toBe('Nieuw');
  });

  test.each([
    ['no AMW organisation', [signal({})], null, 'Er is geen AMW-organisatie ingesteld (signaalpartner met de rol maatschappelijk werk). Vraag de functioneel beheerder dit in te stellen.'],
    ['no signal', [], 7, 'Deze zaak heeft geen signaal met de gegevens die AMW nodig heeft.'],
  ])('refuses with %s', (_name, signals, partner, message) => {
    expect(buildAmwReferral({ id: 'c1', period: '2026-11', priority: 1 }, signals, null, partner)).toMatchObject({ ok: false, message });
  });
});
