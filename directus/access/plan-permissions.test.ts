import { describe, expect, test } from 'vitest';
import { planPermissions, type DesiredPermission, type ExistingPermission } from './plan-permissions.ts';
import { policies } from './access-model.ts';

const desired = (over: Partial<DesiredPermission> = {}): DesiredPermission => ({
  policy: 'p1', collection: 'uploads', action: 'read', fields: ['id', 'period'], permissions: { partner: { _eq: '$CURRENT_USER.partner' } }, validation: null, presets: null, ...over,
});
const existing = (id: number, over: Partial<ExistingPermission> = {}): ExistingPermission => ({
  id, policy: 'p1', collection: 'uploads', action: 'read', fields: ['period', 'id'], permissions: { partner: { _eq: '$CURRENT_USER.partner' } }, validation: null, presets: null, ...over,
});

describe('planPermissions', () => {
  test('nothing to do when Directus already holds the model (field order ignored)', () => {
    expect(planPermissions([desired()], [existing(1)])).toEqual({ create: [], update: [], delete: [] });
  });

  test('creates what is missing', () => {
    expect(planPermissions([desired()], []).create).toHaveLength(1);
  });

  test('updates a permission whose filter changed', () => {
    const plan = planPermissions([desired()], [existing(7, { permissions: null })]);
    expect(plan.update).toEqual([{ id: 7, permission: desired() }]);
  });

  test('deletes permissions the model no longer grants and duplicates', () => {
    const plan = planPermissions([desired()], [existing(1), existing(2), existing(3, { action: 'delete' })]);
    expect(plan.delete.sort()).toEqual([2, 3]);
  });

  test('refuses a model that grants the same action twice', () => {
    expect(() => planPermissions([desired(), desired()], [])).toThrow(/twice/);
  });

  test('the shipped access model has no double grants', () => {
    const all = policies.flatMap((policy) => policy.permissions.map((p) => ({ ...p, policy: policy.key })));
    expect(() => planPermissions(all, [])).not.toThrow();
  });
});
