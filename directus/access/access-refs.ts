/**
 * Role and policy ids differ per installation. The access model refers to them as
 * `@role:<key>` / `@policy:<key>`; provisioning replaces those with the ids it found,
 * so no id is a constant in the source.
 */
import type { AccessKey } from './access-model.ts';

export interface AccessIds {
  roles: Record<AccessKey, string>;
  policies: Record<AccessKey, string>;
}

const REF = /^@(role|policy):([a-z_]+)$/;

export function resolveAccessRefs<T>(value: T, ids: AccessIds): T {
  if (typeof value === 'string') {
    const match = REF.exec(value);
    if (!match) return value;
    const table = match[1] === 'role' ? ids.roles : ids.policies;
    const id = table[match[2] as AccessKey];
    if (!id) throw new Error(`Access model refers to unknown ${match[1]} key "${match[2]}"`);
    return id as T;
  }
  if (Array.isArray(value)) return value.map((item) => resolveAccessRefs(item, ids)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveAccessRefs(item, ids)])) as T;
  }
  return value;
}
