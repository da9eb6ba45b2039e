import { describe, expect, test } from 'vitest';
import { ACCESS_KEYS, policies, roleRef, policyRef } from './access-model.ts';
import { resolveAccessRefs, type AccessIds } from './access-refs.ts';

const ids: AccessIds = {
  roles: Object.fromEntries(ACCESS_KEYS.map((key, i) => [key, `role-${i}`])) as AccessIds['roles'],
  policies: Object.fromEntries(ACCESS_KEYS.map((key, i) => [key, `policy-${i}`])) as AccessIds['policies'],
};

describe('resolveAccessRefs', () => {
  test.each([
    ['a role reference', roleRef('admin'), 'role-0'],
    ['a policy reference', policyRef('worker'), 'policy-5'],
    ['a plain string', '$CURRENT_USER', '$CURRENT_USER'],
    ['a string that only contains a reference', `x${roleRef('admin')}`, `x${roleRef('admin')}`],
    ['nested filters', { _or: [{ role: { _null: true } }, { role: { _nin: [roleRef('admin'), roleRef('worker')] } }] }, { _or: [{ role: { _null: true } }, { role: { _nin: ['role-0', 'role-5'] } }] }],
    ['null', null, null],
    ['numbers and booleans', { a: 1, b: false }, { a: 1, b: false }],
  ])('%s', (_name, input, expected) => {
    expect(resolveAccessRefs(input, ids)).toEqual(expected);
  });

  test('an unknown key is an error, never a filter that silently matches nothing', () => {
    expect(() => resolveAccessRefs({ role: { _eq: '@role:nobody' } }, ids)).toThrow(/unknown role key "nobody"/);
  });

  test('every reference in the access model resolves, and none is left behind', () => {
    const resolved = JSON.stringify(resolveAccessRefs(policies, ids));
    expect(resolved).not.toMatch(/@(role|policy):/);
  });
});
