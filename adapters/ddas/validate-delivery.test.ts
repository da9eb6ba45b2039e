import { describe, expect, test } from 'vitest';
import { buildDelivery } from '../../core/ddas/build-delivery.ts';
import { testMonthInput } from '../../core/ddas/test-support/test-month.ts';
import { isDate, isDateTime, isEmail } from './ddas-formats.ts';
import { validateDelivery } from './validate-delivery.ts';

const valid = () => structuredClone(buildDelivery(testMonthInput())) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const paths = (delivery: unknown) => validateDelivery(delivery).errors.map((error) => error.path);

describe('validating a DDAS v1.2 delivery against the official schema', () => {
  test('the delivery of the test month is valid', () => {
    expect(validateDelivery(valid())).toEqual({ valid: true, errors: [] });
  });

  test('an empty window is a valid delivery too', () => {
    expect(validateDelivery(buildDelivery({ ...testMonthInput(), window: { from: '2027-01-01', to: '2027-01-31' } })).valid).toBe(true);
  });

  test('a broken delivery is refused with the JSON pointer of every failing field', () => {
    const broken = valid();
    broken.leveringen[0].vroegsignalen[0].signaalpartner.type = 'Woningcorporatie';
    delete broken.leveringen[0].vroegsignalen[1].ID;
    broken.leveringen[0].vroegsignalen[3].client.burgerservicenummer = '12345678';
    broken.leveringen[0].vroegsignalen[2].signaaldatum = '2026-11-31';
    broken.leveringen[0].vroegsignaalzaken[0].contactpogingen[0].soort = 'Duif';
    const result = validateDelivery(broken);
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual(expect.arrayContaining([
      { path: '/leveringen/0/vroegsignalen/0/signaalpartner/type', message: expect.stringContaining('Geen toegestane waarde') },
      { path: '/leveringen/0/vroegsignalen/1/ID', message: 'Dit verplichte veld ontbreekt.' },
      { path: '/leveringen/0/vroegsignalen/3/client/burgerservicenummer', message: 'Een BSN heeft precies 9 cijfers.' },
      { path: '/leveringen/0/vroegsignalen/2/signaaldatum', message: 'Geen geldige datum; gebruik JJJJ-MM-DD.' },
      { path: '/leveringen/0/vroegsignaalzaken/0/contactpogingen/0/soort', message: expect.stringContaining('Telefoon') },
    ]));
    // The BSN branch came closest: no misleading "postcode missing" from the address branch.
    expect(result.errors.map((error) => error.path)).not.toContain('/leveringen/0/vroegsignalen/3/client/postcode');
    expect(result.errors).toHaveLength(5);
  });

  test('a BSN beside an address, or an unknown field, is refused (client data only as the standard asks)', () => {
    const withExtra = valid();
    withExtra.leveringen[0].vroegsignalen[3].client.postcode = '6001AB';
    withExtra.leveringen[0].vroegsignalen[0].client.achternaam = 'Jansen';
    expect(paths(withExtra)).toEqual(expect.arrayContaining(['/leveringen/0/vroegsignalen/3/client/postcode', '/leveringen/0/vroegsignalen/0/client/achternaam']));
  });

  test('missing header fields and an amount in cents as text', () => {
    const broken = valid();
    delete broken.codeGegevensleverancier;
    broken.aanleverdatumEnTijd = '2026-12-05 09:30';
    broken.leveringen[0].vroegsignalen[0].bedrag = '1250.49';
    expect(paths(broken)).toEqual(expect.arrayContaining(['/codeGegevensleverancier', '/aanleverdatumEnTijd', '/leveringen/0/vroegsignalen/0/bedrag']));
  });

  test('a case without signals is refused (minItems 1)', () => {
    const broken = valid();
    broken.leveringen[0].vroegsignaalzaken[0].vroegsignalen = [];
    expect(paths(broken)).toEqual(['/leveringen/0/vroegsignaalzaken/0/vroegsignalen']);
  });
});

describe('the schema\'s formats', () => {
  test.each([['2026-11-30', true], ['2026-02-29', false], ['2028-02-29', true], ['2026-1-3', false], ['30-11-2026', false]])('date %s → %s', (value, ok) => {
    expect(isDate(value)).toBe(ok);
  });
  test.each([['2026-12-05T09:30:12Z', true], ['2026-12-05T09:30:12.345+01:00', true], ['2026-12-05T09:30:12', false], ['2026-12-05T25:30:12Z', false], ['2026-12-05', false]])('date-time %s → %s', (value, ok) => {
    expect(isDateTime(value)).toBe(ok);
  });
  test.each([['sdv@weert.nl', true], ['sdv@weert', false], ['sdv weert@weert.nl', false], ['@weert.nl', false]])('email %s → %s', (value, ok) => {
    expect(isEmail(value)).toBe(ok);
  });
});
