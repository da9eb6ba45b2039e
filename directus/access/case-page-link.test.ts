import { describe, expect, test } from 'vitest';
import { policies } from './access-model.ts';

/**
 * The "Zaakpagina openen" link on the case form is a links field: Directus greys its button
 * out for a user who may not update that field (checked in a browser with a read-only role).
 * So every role that reads cases in the app may "update" the alias `case_page`, which stores
 * nothing. A new role that reads cases without it would see a dead button.
 */
describe('the case page link on the case form', () => {
  const appPolicies = policies.filter((policy) => policy.app_access && !policy.admin_access);
  const readsCases = appPolicies.filter((policy) => policy.permissions.some((p) => p.collection === 'cases' && p.action === 'read'));

  test('staff read cases (and are the only app role besides the admin that does)', () => {
    expect(readsCases.map((policy) => policy.key)).toEqual(['debt_services']);
  });

  test.each(readsCases.map((policy) => [policy.key, policy] as const))('%s may click it', (_key, policy) => {
    const update = policy.permissions.find((p) => p.collection === 'cases' && p.action === 'update');
    expect(update?.fields).toContain('case_page');
  });
});
