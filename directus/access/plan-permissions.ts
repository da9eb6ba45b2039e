/**
 * Compares the permissions the access model wants with those Directus holds for the
 * managed policies, so provisioning changes only what differs and never duplicates.
 */
import type { Action, PermissionDefinition } from './access-model.ts';

export interface DesiredPermission extends PermissionDefinition {
  policy: string;
}

export interface ExistingPermission {
  id: number;
  policy: string;
  collection: string;
  action: Action;
  fields: string[] | null;
  permissions: Record<string, unknown> | null;
  validation: Record<string, unknown> | null;
  presets: Record<string, unknown> | null;
}

export interface PermissionPlan {
  create: DesiredPermission[];
  update: Array<{ id: number; permission: DesiredPermission }>;
  delete: number[];
}

const keyOf = (p: { policy: string; collection: string; action: string }) => `${p.policy}|${p.collection}|${p.action}`;

/** Key order and field order carry no meaning in Directus; compare canonical JSON. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as Record<string, unknown>)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function same(desired: DesiredPermission, existing: ExistingPermission): boolean {
  return (
    canonical([...desired.fields].sort()) === canonical([...(existing.fields ?? [])].sort()) &&
    canonical(desired.permissions ?? null) === canonical(existing.permissions ?? null) &&
    canonical(desired.validation ?? null) === canonical(existing.validation ?? null) &&
    canonical(desired.presets ?? null) === canonical(existing.presets ?? null)
  );
}

export function planPermissions(desired: DesiredPermission[], existing: ExistingPermission[]): PermissionPlan {
  const seen = new Set<string>();
  for (const permission of desired) {
    const key = keyOf(permission);
    if (seen.has(key)) throw new Error(`Access model grants ${key} twice; merge the two definitions`);
    seen.add(key);
  }
  const existingByKey = new Map<string, ExistingPermission>();
  const plan: PermissionPlan = { create: [], update: [], delete: [] };
  for (const permission of existing) {
    const key = keyOf(permission);
    // Duplicates left by hand edits are removed; the first one is kept and corrected.
    if (existingByKey.has(key) || !seen.has(key)) plan.delete.push(permission.id);
    else existingByKey.set(key, permission);
  }
  for (const permission of desired) {
    const current = existingByKey.get(keyOf(permission));
    if (!current) plan.create.push(permission);
    else if (!same(permission, current)) plan.update.push({ id: current.id, permission });
  }
  return plan;
}
