/**
 * Provisions the access model, the worker account and the project settings through the
 * REST API. Safe to run on every start: it looks roles and policies up by their key
 * (random ids per installation) and only writes what differs.
 */
import {
  createPermissions, createPolicy, createPreset, readPresets, updatePreset, createRole, createUser, deletePermissions, deletePolicy, deleteRole, readPermissions, readPolicies, readRoles,
  readUsers, updatePermission, updatePolicy, updateRole, updateSettings, updateUser, readTranslations, createTranslations, updateTranslation, type RestClient,
} from '@directus/sdk';
import { APP_TRANSLATIONS_LANGUAGE, appTranslations } from './app-translations.ts';
import { ACCESS_KEYS, policies, projectSettings, roles, WORKER_EMAIL, type AccessKey } from './access-model.ts';
import { resolveAccessRefs, type AccessIds } from './access-refs.ts';
import { LEGACY_POLICY_IDS, LEGACY_ROLE_IDS } from './legacy-ids.ts';
import { matchAccessRows } from './match-access-rows.ts';
import { layoutPresets, presetPayload, worklistPayload, worklistPresets } from './layout-presets.ts';
import { planPermissions, type ExistingPermission } from './plan-permissions.ts';

// The SDK's schema generics add nothing here: system collections only.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Client = RestClient<any>;

export interface ProvisionReport {
  policiesCreated: number;
  rolesCreated: number;
  permissionsCreated: number;
  permissionsUpdated: number;
  permissionsDeleted: number;
  usersChanged: number;
}

/** Finds the rows of the access model by key; rows of an installation from before the keys get theirs once. */
async function findByKey(
  client: Client,
  kind: 'roles' | 'policies',
  keys: readonly AccessKey[],
  legacyIds: Record<AccessKey, string>,
): Promise<Map<string, Record<string, unknown>>> {
  const fields = kind === 'roles' ? ['id', 'key', 'name', 'icon', 'description', 'policies.policy'] : ['id', 'key', 'name', 'icon', 'description', 'admin_access', 'app_access'];
  const query = { filter: { _or: [{ key: { _in: [...keys] } }, { id: { _in: Object.values(legacyIds) } }] }, fields, limit: -1 } as never;
  const rows = (await client.request(kind === 'roles' ? readRoles(query) : readPolicies(query))) as Array<Record<string, unknown>>;
  const { found, adopt } = matchAccessRows(keys, rows as Array<Record<string, unknown> & { id: string; key?: string | null }>, legacyIds);
  for (const { id, key } of adopt) {
    await client.request(kind === 'roles' ? updateRole(id, { key } as never) : updatePolicy(id, { key } as never));
    found.get(key)!.key = key;
  }
  return found;
}

/** The installation's role and policy ids by key. For scripts and tests that need an id. */
export async function readAccessIds(client: Client): Promise<AccessIds> {
  const roleRows = (await client.request(readRoles({ filter: { key: { _nnull: true } }, fields: ['id', 'key'], limit: -1 } as never))) as Array<{ id: string; key: AccessKey }>;
  const policyRows = (await client.request(readPolicies({ filter: { key: { _nnull: true } }, fields: ['id', 'key'], limit: -1 } as never))) as Array<{ id: string; key: AccessKey }>;
  const ids: AccessIds = { roles: {} as AccessIds['roles'], policies: {} as AccessIds['policies'] };
  for (const row of roleRows) ids.roles[row.key] = row.id;
  for (const row of policyRows) ids.policies[row.key] = row.id;
  for (const key of ACCESS_KEYS) if (!ids.roles[key] || !ids.policies[key]) throw new Error(`Access model not provisioned: no role or policy with key "${key}"`);
  return ids;
}

export async function provisionAccess(client: Client, options: { adminEmail: string; workerToken?: string }): Promise<ProvisionReport> {
  const report: ProvisionReport = { policiesCreated: 0, rolesCreated: 0, permissionsCreated: 0, permissionsUpdated: 0, permissionsDeleted: 0, usersChanged: 0 };
  const ids: AccessIds = { roles: {} as AccessIds['roles'], policies: {} as AccessIds['policies'] };

  const existingPolicies = await findByKey(client, 'policies', policies.map((p) => p.key), LEGACY_POLICY_IDS);
  for (const policy of policies) {
    const { permissions: _permissions, ...fields } = policy;
    const current = existingPolicies.get(policy.key);
    if (!current) {
      // Directus draws a random id: nothing in the source predicts it.
      ids.policies[policy.key] = ((await client.request(createPolicy(fields as never))) as { id: string }).id;
      report.policiesCreated++;
      continue;
    }
    ids.policies[policy.key] = current.id as string;
    if (Object.entries(fields).some(([key, value]) => current[key] !== value)) await client.request(updatePolicy(current.id as string, fields as never));
  }

  const existingRoles = await findByKey(client, 'roles', roles.map((r) => r.key), LEGACY_ROLE_IDS);
  for (const role of roles) {
    const wanted = role.policies.map((key) => ids.policies[key]);
    const current = existingRoles.get(role.key) as { id: string; name: string; icon: string; description: string; policies: Array<{ policy: string }> } | undefined;
    if (!current) {
      const created = (await client.request(createRole({ key: role.key, name: role.name, icon: role.icon, description: role.description, policies: wanted.map((policy) => ({ policy })) } as never))) as { id: string };
      ids.roles[role.key] = created.id;
      report.rolesCreated++;
      continue;
    }
    ids.roles[role.key] = current.id;
    const missing = wanted.filter((policy) => !current.policies.some((link) => link.policy === policy));
    const changed = current.name !== role.name || current.icon !== role.icon || current.description !== role.description;
    if (missing.length || changed) {
      await client.request(updateRole(current.id, { name: role.name, icon: role.icon, description: role.description, ...(missing.length ? { policies: { create: missing.map((policy) => ({ policy })) } } : {}) } as never));
    }
  }
  const policyIds = Object.values(ids.policies);

  const desired = policies.flatMap((policy) => policy.permissions.map((permission) => ({ ...resolveAccessRefs(permission, ids), policy: ids.policies[policy.key] })));
  const existing = (await client.request(readPermissions({ filter: { policy: { _in: policyIds } }, limit: -1, fields: ['id', 'policy', 'collection', 'action', 'fields', 'permissions', 'validation', 'presets'] }))) as ExistingPermission[];
  const plan = planPermissions(desired, existing);
  if (plan.delete.length) await client.request(deletePermissions(plan.delete));
  for (const { id, permission } of plan.update) await client.request(updatePermission(id, permission as never));
  if (plan.create.length) await client.request(createPermissions(plan.create as never));
  report.permissionsCreated = plan.create.length;
  report.permissionsUpdated = plan.update.length;
  report.permissionsDeleted = plan.delete.length;

  // The bootstrap admin moves into the Beheerder role so that every user has a role of the model.
  const [admin] = (await client.request(readUsers({ filter: { email: { _eq: options.adminEmail } }, fields: ['id', 'role'], limit: 1 }))) as Array<{ id: string; role: string | null }>;
  if (admin && admin.role !== ids.roles.admin) {
    await client.request(updateUser(admin.id, { role: ids.roles.admin }));
    report.usersChanged++;
  }

  if (options.workerToken) {
    const [worker] = (await client.request(readUsers({ filter: { email: { _eq: WORKER_EMAIL } }, fields: ['id', 'token', 'role', 'status'], limit: 1 }))) as Array<{ id: string; token: string | null; role: string; status: string }>;
    // Directus masks stored tokens when read back; only a missing worker or wrong role is detectable.
    if (!worker) {
      await client.request(createUser({ email: WORKER_EMAIL, first_name: 'Worker', last_name: '(servicerol)', role: ids.roles.worker, token: options.workerToken, status: 'active' } as never));
      report.usersChanged++;
    } else {
      await client.request(updateUser(worker.id, { token: options.workerToken, role: ids.roles.worker, status: 'active' } as never));
    }
  }

  const globalPresets = (await client.request(readPresets({ filter: { _and: [{ user: { _null: true } }, { role: { _null: true } }, { bookmark: { _null: true } }] }, fields: ['id', 'collection'], limit: -1 }))) as Array<{ id: number; collection: string }>;
  for (const preset of layoutPresets) {
    const current = globalPresets.find((p) => p.collection === preset.collection);
    if (current) await client.request(updatePreset(current.id, presetPayload(preset) as never));
    else await client.request(createPreset(presetPayload(preset) as never));
  }

  for (const worklist of worklistPresets(ids.roles)) {
    const [current] = (await client.request(readPresets({ filter: { _and: [{ bookmark: { _eq: worklist.bookmark } }, { collection: { _eq: worklist.collection } }, { role: { _eq: worklist.role } }] }, fields: ['id'], limit: 1 }))) as Array<{ id: number }>;
    if (current) await client.request(updatePreset(current.id, worklistPayload(worklist) as never));
    else await client.request(createPreset(worklistPayload(worklist) as never));
  }

  await client.request(updateSettings(projectSettingsFor(options.adminEmail) as never));
  await provisionAppTranslations(client);
  return report;
}

/**
 * The project settings, with the bootstrap admin as the project owner: Directus 11.17 shows
 * its "project owner" dialog to an admin while `project_owner` is empty. Written with a plain
 * settings update, never through `/settings/owner` (that one reports to Directus's server);
 * `project_status` stays empty because a daily job reports a "pending" owner.
 */
export function projectSettingsFor(adminEmail: string) {
  return { ...projectSettings, project_owner: adminEmail, project_usage: null, org_name: null, product_updates: false, project_status: null };
}

/** The app's missing Dutch phrases (directus/access/app-translations.ts): creates or corrects each key. */
export async function provisionAppTranslations(client: Client): Promise<number> {
  const existing = (await client.request(readTranslations({ filter: { language: { _eq: APP_TRANSLATIONS_LANGUAGE } }, fields: ['id', 'key', 'value'], limit: -1 } as never))) as Array<{ id: string; key: string; value: string }>;
  const missing: Array<{ key: string; language: string; value: string }> = [];
  let changed = 0;
  for (const [key, value] of Object.entries(appTranslations)) {
    const current = existing.find((row) => row.key === key);
    if (!current) missing.push({ key, language: APP_TRANSLATIONS_LANGUAGE, value });
    else if (current.value !== value) {
      await client.request(updateTranslation(current.id, { value } as never));
      changed++;
    }
  }
  if (missing.length) await client.request(createTranslations(missing as never));
  return changed + missing.length;
}

/**
 * Bootstrap leaves an "Administrator" role and policy behind; once the admin sits in the
 * Beheerder role they are empty clutter. Needs a token issued after the admin moved:
 * Directus resolves a token's policies through the role it was issued for.
 */
export async function removeBootstrapAdminRole(client: Client): Promise<number> {
  const policyIds = Object.values((await readAccessIds(client)).policies);
  const leftovers = (await client.request(readRoles({ filter: { _and: [{ name: { _eq: 'Administrator' } }, { key: { _null: true } }] }, fields: ['id', 'users', 'policies.policy'], limit: -1 } as never))) as Array<{ id: string; users: string[]; policies: Array<{ policy: string }> }>;
  let removed = 0;
  for (const role of leftovers.filter((r) => r.users.length === 0)) {
    const orphans = role.policies.map((link) => link.policy).filter((policy) => !policyIds.includes(policy));
    await client.request(deleteRole(role.id));
    const remaining = orphans.length ? ((await client.request(readPolicies({ filter: { id: { _in: orphans } }, fields: ['id'], limit: -1 }))) as Array<{ id: string }>) : [];
    for (const { id } of remaining) await client.request(deletePolicy(id));
    removed++;
  }
  return removed;
}
