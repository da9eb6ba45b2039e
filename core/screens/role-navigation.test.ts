import { describe, expect, test } from 'vitest';
import { navigationFor } from './role-navigation.ts';

describe('navigationFor', () => {
  test.each([
    ['debt_services', ['Start', 'Signalen', 'Zaken', 'Taken', 'Rapportage']],
    ['functional_admin', ['Start', 'Sjablonen', 'Instellingen', 'Signaalpartners', 'Gebruikers', 'Rapportage']],
    ['corporation', ['Start', 'Maandlijst aanleveren', 'Uploads', 'Ontruimingen']],
    ['social_work', ['Start', 'Doorverwijzingen', 'Contactpogingen']],
    ['worker', ['Start']],
    [null, ['Start']],
  ])('%s sees %j', (role, labels) => {
    expect(navigationFor(role).map((link) => link.label)).toEqual(labels);
  });

  test('every role starts on the module start page', () => {
    for (const role of ['admin', 'functional_admin', 'debt_services', 'corporation', 'social_work']) expect(navigationFor(role)[0]!.to).toBe('/vroegsignalering');
  });
});
