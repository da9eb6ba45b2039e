/**
 * Provisions the access model, the worker account and the project settings through the
 * REST API. Safe to run on every start: it looks items up by their fixed ids and only
 * writes what differs.
 */
import {
  createPermissions, createPolicy, createPreset, readPresets, updatePreset, createRole, createUser, deletePermissions, deletePolicy, deleteRole, readPermissions, readPolicies, readRoles,
  readUsers, updatePermission, updatePolicy, updateRole, updateSettings, updateUser, type RestClient,
} from '@directus/sdk';
import { policies, projectSettings, roles, ROLE_IDS, WORKER_EMAIL, WORKER_USER_ID } from './access-model.ts';
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

export async function provisionAccess(client: Client, options: { adminEmail: string; workerToken?: string }): Promise<ProvisionReport> {
  const report: ProvisionReport = { policiesCreated: 0, rolesCreated: 0, permissionsCreated: 0, permissionsUpdated: 0, permissionsDeleted: 0, usersChanged: 0 };
  const policyIds = policies.map((p) => p.id);

  const existingPolicies = (await client.request(readPolicies({ filter: { id: { _in: policyIds } }, fields: ['id', 'name', 'icon', 'description', 'admin_access', 'app_access'], limit: -1 }))) as Array<Record<string, unknown>>;
  for (const policy of policies) {
    const { permissions: _permissions, ...fields } = policy;
    const current = existingPolicies.find((p) => p.id === policy.id);
    if (!current) {
      await client.request(createPolicy(fields));
      report.policiesCreated++;
    } else if (Object.entries(fields).some(([key, value]) => current[key] !== value)) {
      await client.request(updatePolicy(policy.id, fields));
    }
  }

  const existingRoles = (await client.request(readRoles({ filter: { id: { _in: roles.map((r) => r.id) } }, fields: ['id', 'name', 'icon', 'description', 'policies.policy'], limit: -1 }))) as Array<{ id: string; name: string; icon: string; description: string; policies: Array<{ policy: string }> }>;
  for (const role of roles) {
    const current = existingRoles.find((r) => r.id === role.id);
    if (!current) {
      await client.request(createRole({ id: role.id, name: role.name, icon: role.icon, description: role.description, policies: role.policies.map((policy) => ({ policy })) } as never));
      report.rolesCreated++;
      continue;
    }
    const missing = role.policies.filter((policy) => !current.policies.some((link) => link.policy === policy));
    const changed = current.name !== role.name || current.icon !== role.icon || current.description !== role.description;
    if (missing.length || changed) {
      await client.request(updateRole(role.id, { name: role.name, icon: role.icon, description: role.description, ...(missing.length ? { policies: { create: missing.map((policy) => ({ policy })) } } : {}) } as never));
    }
  }

  const desired = policies.flatMap((policy) => policy.permissions.map((permission) => ({ ...permission, policy: policy.id })));
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
  if (admin && admin.role !== ROLE_IDS.admin) {
    await client.request(updateUser(admin.id, { role: ROLE_IDS.admin }));
    report.usersChanged++;
  }

  if (options.workerToken) {
    const [worker] = (await client.request(readUsers({ filter: { id: { _eq: WORKER_USER_ID } }, fields: ['id', 'token', 'role', 'status'], limit: 1 }))) as Array<{ id: string; token: string | null; role: string; status: string }>;
    // Directus masks stored tokens when read back; only a missing worker or wrong role is detectable.
    if (!worker) {
      await client.request(createUser({ id: WORKER_USER_ID, email: WORKER_EMAIL, first_name: 'Worker', last_name: '(servicerol)', role: ROLE_IDS.worker, token: options.workerToken, status: 'active' } as never));
      report.usersChanged++;
    } else {
      await client.request(updateUser(WORKER_USER_ID, { token: options.workerToken, role: ROLE_IDS.worker, status: 'active' } as never));
    }
  }

  const globalPresets = (await client.request(readPresets({ filter: { _and: [{ user: { _null: true } }, { role: { _null: true } }, { bookmark: { _null: true } }] }, fields: ['id', 'collection'], limit: -1 }))) as Array<{ id: number; collection: string }>;
  for (const preset of layoutPresets) {
    const current = globalPresets.find((p) => p.collection === preset.collection);
    if (current) await client.request(updatePreset(current.id, presetPayload(preset) as never));
    else await client.request(createPreset(presetPayload(preset) as never));
  }

  for (const worklist of worklistPresets(ROLE_IDS.debtServices)) {
    const [current] = (await client.request(readPresets({ filter: { _and: [{ bookmark: { _eq: worklist.bookmark } }, { collection: { _eq: worklist.collection } }, { role: { _eq: worklist.role } }] }, fields: ['id'], limit: 1 }))) as Array<{ id: number }>;
    if (current) await client.request(updatePreset(current.id, worklistPayload(worklist) as never));
    else await client.request(createPreset(worklistPayload(worklist) as never));
  }

  await client.request(updateSettings(projectSettings as never));
  return report;
}

/**
 * Bootstrap leaves an "Administrator" role and policy behind; once the admin sits in the
 * Beheerder role they are empty clutter. Needs a token issued after the admin moved:
 * Directus resolves a token's policies through the role it was issued for.
 */
export async function removeBootstrapAdminRole(client: Client): Promise<number> {
  const policyIds = policies.map((p) => p.id);
  const leftovers = (await client.request(readRoles({ filter: { _and: [{ name: { _eq: 'Administrator' } }, { id: { _nin: roles.map((r) => r.id) } }] }, fields: ['id', 'users', 'policies.policy'], limit: -1 }))) as Array<{ id: string; users: string[]; policies: Array<{ policy: string }> }>;
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
