/**
 * The access model over Directus's own collections and routes (issue 7), proven over the
 * real REST API for every role: what it may create, read, update and delete of presets,
 * files, shares, flows, users, roles, policies, permissions, activity and the rest.
 *
 * Verdicts: A = allowed; O = answered, but only the user's own rows; D = refused (a 4xx:
 * 403 where a permission decides, 404/405 where Directus has no such route).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { accessIds, Api, loginAs } from '../support/api.ts';
import { uploadFile } from '../support/uploads.ts';

type Role = 'functional_admin' | 'debt_services' | 'corporation' | 'social_work' | 'worker';
type Action = 'read' | 'create' | 'update' | 'delete';
type Verdict = 'A' | 'O' | 'D';
const ROLES: Role[] = ['functional_admin', 'debt_services', 'corporation', 'social_work', 'worker'];

const directus = inject('directus');
let admin: Api;
const apis = {} as Record<Role, Api>;
const me = {} as Record<Role, string>;
const myPartner: Record<Role, number | null> = {
  functional_admin: null,
  debt_services: null,
  corporation: directus.demo.partners['wonen-limburg'] ?? null,
  social_work: directus.demo.partners['amw-midden-limburg'] ?? null,
  worker: null,
};
let ids: { roles: Record<string, string>; policies: Record<string, string> };
let anUpload: string;

const unique = () => randomUUID().slice(0, 8);
/** What the admin created for the probes; removed afterwards so other tests see a clean model. */
const created: Array<{ path: string; id: string }> = [];
async function adminCreates(path: string, body: unknown): Promise<string> {
  const response = await admin.post<{ id: string }>(path, body);
  expect(response.status, `${path}: ${JSON.stringify(response.body)}`).toBe(200);
  created.push({ path, id: response.body.data!.id });
  return response.body.data!.id;
}

interface Probe {
  /** The request as the role; returns the status and, for reads, the rows. */
  run(api: Api, role: Role): Promise<{ status: number; rows?: Array<Record<string, unknown>> }>;
  /** For verdict O: whether a returned row is the role's own. */
  own?: (row: Record<string, unknown>, role: Role) => boolean;
}
const list = (path: string, fields: string) => async (api: Api) => {
  const response = await api.get<Array<Record<string, unknown>>>(`${path}${path.includes('?') ? '&' : '?'}limit=-1&fields=${fields}`);
  return { status: response.status, rows: response.body.data };
};
const status = async (promise: Promise<{ status: number }>) => ({ status: (await promise).status });

const probes: Record<string, Partial<Record<Action, Probe>>> = {
  directus_presets: {
    read: { run: list('/presets', 'id,user,role'), own: (row, role) => row.user === me[role] || (row.user === null && (row.role === null || row.role === ids.roles[role])) },
    // A personal bookmark, removed again: a plain personal preset would replace the role's list
    // view of uploads (columns, newest first) for every later test.
    create: {
      run: async (api, role) => {
        const response = await api.post<{ id: number }>('/presets', { collection: 'uploads', user: me[role], layout: 'tabular', bookmark: `Test ${unique()}` });
        if (response.body.data?.id) await admin.delete(`/presets/${response.body.data.id}`);
        return { status: response.status };
      },
    },
    update: { run: async (api) => status(api.patch(`/presets/${await adminCreates('/presets', { collection: 'signals', role: ids.roles.debt_services, bookmark: `b-${unique()}` })}`, { bookmark: 'Gewijzigd' })) },
    delete: { run: async (api) => status(api.delete(`/presets/${await adminCreates('/presets', { collection: 'signals', role: ids.roles.debt_services, bookmark: `b-${unique()}` })}`)) },
  },
  directus_files: {
    // issue 11: besides its own uploads, a partner's user reads the exports marked for its partner.
    read: { run: list('/files', 'id,uploaded_by,partner'), own: (row, role) => row.uploaded_by === me[role] || (row.partner !== null && row.partner === myPartner[role]) },
    create: { run: async (api) => ({ status: await uploadFile(api, `t-${unique()}.csv`, 'a;b\n1;2\n').then(() => 200, () => 403) }) },
    update: { run: async (api) => status(api.patch(`/files/${await uploadFile(admin, `t-${unique()}.csv`, 'a\n1\n')}`, { title: 'Gewijzigd' })) },
    delete: { run: async (api) => status(api.delete(`/files/${await uploadFile(admin, `t-${unique()}.csv`, 'a\n1\n')}`)) },
  },
  directus_shares: {
    read: { run: list('/shares', 'id,user_created'), own: (row, role) => row.user_created === me[role] },
    create: { run: (api) => status(api.post('/shares', { name: `s-${unique()}`, collection: 'uploads', item: anUpload })) },
    update: { run: async (api) => status(api.patch(`/shares/${await adminCreates('/shares', { name: `s-${unique()}`, collection: 'uploads', item: anUpload })}`, { max_uses: 99 })) },
    delete: { run: async (api) => status(api.delete(`/shares/${await adminCreates('/shares', { name: `s-${unique()}`, collection: 'uploads', item: anUpload })}`)) },
  },
  directus_flows: {
    read: { run: list('/flows', 'id') },
    create: { run: (api) => status(api.post('/flows', { name: `f-${unique()}`, trigger: 'webhook', status: 'active', options: { method: 'GET' } })) },
    update: { run: async (api) => status(api.patch(`/flows/${await adminCreates('/flows', { name: `f-${unique()}`, trigger: 'manual', status: 'inactive' })}`, { status: 'active' })) },
    delete: { run: async (api) => status(api.delete(`/flows/${await adminCreates('/flows', { name: `f-${unique()}`, trigger: 'manual', status: 'inactive' })}`)) },
  },
  directus_operations: {
    read: { run: list('/operations', 'id') },
    create: { run: async (api) => status(api.post('/operations', { flow: await adminCreates('/flows', { name: `f-${unique()}`, trigger: 'manual', status: 'inactive' }), key: `o_${unique()}`, type: 'log', position_x: 1, position_y: 1, options: {} })) },
    update: { run: async (api) => status(api.patch(`/operations/${await adminOperation()}`, { options: { message: 'x' } })) },
    delete: { run: async (api) => status(api.delete(`/operations/${await adminOperation()}`)) },
  },
  directus_users: {
    read: { run: list('/users', 'id'), own: (row, role) => row.id === me[role] },
    create: { run: (api) => status(api.post('/users', { email: `m-${unique()}@demo.vroegsignalering.nl`, password: 'Een-Sterk-Wachtwoord-1', role: ids.roles.debt_services })) },
    update: { run: async (api) => status(api.patch(`/users/${await adminUser()}`, { title: 'Gewijzigd' })) },
    delete: { run: async (api) => status(api.delete(`/users/${await adminUser()}`)) },
  },
  directus_roles: {
    read: { run: list('/roles', 'id'), own: (row, role) => row.id === ids.roles[role] },
    create: { run: (api) => status(api.post('/roles', { name: `r-${unique()}` })) },
    update: { run: async (api) => status(api.patch(`/roles/${await adminCreates('/roles', { name: `r-${unique()}` })}`, { name: 'Gewijzigd' })) },
    delete: { run: async (api) => status(api.delete(`/roles/${await adminCreates('/roles', { name: `r-${unique()}` })}`)) },
  },
  directus_policies: {
    read: { run: list('/policies', 'id') },
    create: { run: (api) => status(api.post('/policies', { name: `p-${unique()}`, admin_access: true, app_access: true })) },
    update: { run: (api) => status(api.patch(`/policies/${ids.policies.corporation}`, { admin_access: true })) },
    delete: { run: async (api) => status(api.delete(`/policies/${await adminCreates('/policies', { name: `p-${unique()}` })}`)) },
  },
  directus_permissions: {
    read: { run: list('/permissions', 'id') },
    create: { run: (api) => status(api.post('/permissions', { policy: ids.policies.corporation, collection: 'signals', action: 'read', fields: ['*'] })) },
    update: { run: async (api) => status(api.patch(`/permissions/${await adminPermission()}`, { fields: ['*'] })) },
    delete: { run: async (api) => status(api.delete(`/permissions/${await adminPermission()}`)) },
  },
  directus_access: {
    read: { run: list('/access', 'id') },
    create: { run: (api, role) => status(api.post('/access', { user: me[role], policy: ids.policies.admin })) },
    update: { run: async (api) => status(api.patch(`/access/${await adminAccess()}`, { policy: ids.policies.admin })) },
    delete: { run: async (api) => status(api.delete(`/access/${await adminAccess()}`)) },
  },
  directus_activity: {
    // issue 11: the functional admin also reads what happened to templates (the app's revisions sidebar).
    read: { run: list('/activity', 'id,user,collection'), own: (row, role) => row.user === me[role] || (role === 'functional_admin' && row.collection === 'templates') },
    create: { run: (api) => status(api.post('/activity', { action: 'login', collection: 'directus_users', item: 'x' })) },
    update: { run: async (api) => status(api.patch(`/activity/${await lastActivity()}`, { item: 'x' })) },
    delete: { run: async (api) => status(api.delete(`/activity/${await lastActivity()}`)) },
  },
  directus_revisions: {
    read: { run: list('/revisions', 'id,collection'), own: (row) => row.collection === 'templates' },
    create: { run: (api) => status(api.post('/revisions', { collection: 'uploads', item: 'x', data: {} })) },
    update: { run: async (api) => status(api.patch(`/revisions/${await lastRevision()}`, { data: {} })) },
    delete: { run: async (api) => status(api.delete(`/revisions/${await lastRevision()}`)) },
  },
  directus_settings: {
    read: { run: async (api) => status(api.get('/settings')) },
    update: { run: (api) => status(api.patch('/settings', { public_note: 'Gewijzigd' })) },
  },
  directus_notifications: {
    read: { run: list('/notifications', 'id,recipient'), own: (row, role) => row.recipient === me[role] },
    create: { run: (api) => status(api.post('/notifications', { recipient: me.debt_services, subject: 'Nep-melding' })) },
    update: { run: async (api) => status(api.patch(`/notifications/${await adminCreates('/notifications', { recipient: me.debt_services, subject: 'x' })}`, { subject: 'Gewijzigd' })) },
    delete: { run: async (api) => status(api.delete(`/notifications/${await adminCreates('/notifications', { recipient: me.debt_services, subject: 'x' })}`)) },
  },
  directus_comments: {
    read: { run: list('/comments', 'id,user_created'), own: (row, role) => row.user_created === me[role] },
    create: { run: (api) => status(api.post('/comments', { collection: 'uploads', item: anUpload, comment: 'Opmerking' })) },
    update: { run: async (api) => status(api.patch(`/comments/${await adminCreates('/comments', { collection: 'uploads', item: anUpload, comment: 'x' })}`, { comment: 'Gewijzigd' })) },
    delete: { run: async (api) => status(api.delete(`/comments/${await adminCreates('/comments', { collection: 'uploads', item: anUpload, comment: 'x' })}`)) },
  },
  directus_dashboards: {
    read: { run: list('/dashboards', 'id') },
    create: { run: (api) => status(api.post('/dashboards', { name: `d-${unique()}` })) },
    update: { run: async (api) => status(api.patch(`/dashboards/${await adminCreates('/dashboards', { name: `d-${unique()}` })}`, { name: 'Gewijzigd' })) },
    delete: { run: async (api) => status(api.delete(`/dashboards/${await adminCreates('/dashboards', { name: `d-${unique()}` })}`)) },
  },
  directus_panels: {
    read: { run: list('/panels', 'id') },
    create: { run: async (api) => status(api.post('/panels', { ...aPanel(), dashboard: await adminCreates('/dashboards', { name: `d-${unique()}` }) })) },
    update: { run: async (api) => status(api.patch(`/panels/${await adminCreates('/panels', { ...aPanel(), dashboard: await adminCreates('/dashboards', { name: `d-${unique()}` }) })}`, { name: 'Gewijzigd' })) },
    delete: { run: async (api) => status(api.delete(`/panels/${await adminCreates('/panels', { ...aPanel(), dashboard: await adminCreates('/dashboards', { name: `d-${unique()}` }) })}`)) },
  },
  directus_versions: {
    read: { run: list('/versions', 'id') },
    create: { run: (api) => status(api.post('/versions', { key: `v-${unique()}`, name: 'v', collection: 'uploads', item: anUpload })) },
    // Content versioning is off for every collection (VersionsService.save bypasses
    // permissions, directus#26748), so no version exists to change: any id is refused.
    update: { run: (api) => status(api.patch(`/versions/${randomUUID()}`, { name: 'Gewijzigd' })) },
    delete: { run: (api) => status(api.delete(`/versions/${randomUUID()}`)) },
  },
  directus_extensions: {
    read: { run: async (api) => status(api.get('/extensions')) },
    update: { run: async (api) => status(api.patch(`/extensions/${await anExtension()}`, { meta: { enabled: false } })) },
  },
};

async function adminOperation() {
  const flow = await adminCreates('/flows', { name: `f-${unique()}`, trigger: 'manual', status: 'inactive' });
  return adminCreates('/operations', { flow, key: `o_${unique()}`, type: 'log', position_x: 1, position_y: 1, options: {} });
}
async function adminUser() {
  return adminCreates('/users', { email: `doel-${unique()}@demo.vroegsignalering.nl`, password: 'Een-Sterk-Wachtwoord-1', role: ids.roles.debt_services });
}
async function adminPermission() {
  const policy = await adminCreates('/policies', { name: `p-${unique()}` });
  return adminCreates('/permissions', { policy, collection: 'templates', action: 'read', fields: ['id'] });
}
async function adminAccess() {
  const policy = await adminCreates('/policies', { name: `p-${unique()}` });
  return adminCreates('/access', { user: await adminUser(), policy });
}
async function lastActivity() {
  return (await admin.get<Array<{ id: string }>>('/activity?limit=1&sort=-id&fields=id')).body.data![0]!.id;
}
async function lastRevision() {
  return (await admin.get<Array<{ id: string }>>('/revisions?limit=1&sort=-id&fields=id')).body.data![0]!.id;
}
async function anExtension() {
  const { body } = await admin.get<Array<{ id: string }>>('/extensions');
  return body.data![0]!.id;
}

/** A panel of the smallest kind, for a dashboard made by the admin. */
const aPanel = () => ({ name: `p-${unique()}`, type: 'label', position_x: 1, position_y: 1, width: 6, height: 4, options: { text: 'Test' } });

/** Verdicts per role, in the order functional admin, staff, corporation, AMW, worker. */
const V = (verdicts: string) => Object.fromEntries(ROLES.map((role, i) => [role, verdicts[i] as Verdict])) as Record<Role, Verdict>;
const matrix: Record<string, Partial<Record<Action, Record<Role, Verdict>>>> = {
  directus_presets: { read: V('OOOOD'), create: V('AAAAD'), update: V('DDDDD'), delete: V('DDDDD') },
  directus_files: { read: V('OAOOA'), create: V('AAADA'), update: V('DADDD'), delete: V('DADDA') },
  directus_shares: { read: V('OOOOD'), create: V('DDDDD'), update: V('DDDDD'), delete: V('DDDDD') },
  directus_flows: { read: V('DDDDD'), create: V('DDDDD'), update: V('DDDDD'), delete: V('DDDDD') },
  directus_operations: { read: V('DDDDD'), create: V('DDDDD'), update: V('DDDDD'), delete: V('DDDDD') },
  directus_users: { read: V('AAOOD'), create: V('ADDDD'), update: V('ADDDD'), delete: V('ADDDD') },
  directus_roles: { read: V('AOOOD'), create: V('DDDDD'), update: V('DDDDD'), delete: V('DDDDD') },
  directus_policies: { read: V('ADDDD'), create: V('DDDDD'), update: V('DDDDD'), delete: V('DDDDD') },
  directus_permissions: { read: V('DDDDD'), create: V('DDDDD'), update: V('DDDDD'), delete: V('DDDDD') },
  directus_access: { read: V('ADDDD'), create: V('DDDDD'), update: V('DDDDD'), delete: V('DDDDD') },
  directus_activity: { read: V('OOOOD'), create: V('DDDDD'), update: V('DDDDD'), delete: V('DDDDD') },
  directus_revisions: { read: V('ODDDD'), create: V('DDDDD'), update: V('DDDDD'), delete: V('DDDDD') },
  directus_settings: { read: V('AAAAD'), update: V('DDDDD') },
  // issue 11: the worker tells a partner's users that their export is ready.
  directus_notifications: { read: V('OOOOD'), create: V('DDDDA'), update: V('DDDDD'), delete: V('DDDDD') },
  directus_comments: { read: V('OOOOD'), create: V('DDDDD'), update: V('DDDDD'), delete: V('DDDDD') },
  // issue 13: the Vroegsignalering dashboard is provisioned as code; staff and the functional admin read it, no one changes it.
  directus_dashboards: { read: V('AADDD'), create: V('DDDDD'), update: V('DDDDD'), delete: V('DDDDD') },
  directus_panels: { read: V('AADDD'), create: V('DDDDD'), update: V('DDDDD'), delete: V('DDDDD') },
  directus_versions: { read: V('DDDDD'), create: V('DDDDD'), update: V('DDDDD'), delete: V('DDDDD') },
  // The app loads its extensions through a public route; the registry itself is the admin's.
  directus_extensions: { read: V('DDDDD'), update: V('DDDDD') },
};

/** Routes under /utils and file import from a URL. */
const routes: Array<[string, (api: Api) => Promise<number>, string]> = [
  ['POST /utils/export/uploads', async (api) => (await api.post('/utils/export/uploads', { query: { limit: 1 }, format: 'csv', file: {} })).status, 'DDDDD'],
  ['POST /utils/import/uploads', async (api) => (await api.post('/utils/import/uploads', {})).status, 'DDDDD'],
  ['POST /utils/cache/clear', async (api) => (await api.post('/utils/cache/clear', {})).status, 'DDDDD'],
  ['POST /utils/revert/<revision>', async (api) => (await api.post(`/utils/revert/${await lastRevision()}`, {})).status, 'DDDDD'],
  ['POST /utils/sort/templates', async (api) => (await api.post('/utils/sort/templates', { item: 1, to: 2 })).status, 'DDDDD'],
  ['POST /files/import', async (api) => (await api.post('/files/import', { url: `${directus.url}/server/ping` })).status, 'DDDDD'],
  ['GET /utils/random/string', async (api) => (await api.get('/utils/random/string')).status, 'AAAAA'],
  ['GET /schema/snapshot', async (api) => (await api.get('/schema/snapshot')).status, 'DDDDD'],
  ['GET /server/specs/oas', async (api) => (await api.get('/server/specs/oas')).status, 'AAAAA'],
];

beforeAll(async () => {
  admin = await loginAs('admin');
  ids = await accessIds(admin);
  for (const role of ROLES) {
    apis[role] = await loginAs(role);
    me[role] = (await apis[role].get<{ id: string }>('/users/me?fields=id')).body.data?.id ?? '';
  }
  // The worker reads no users, not even itself; its id comes from the admin.
  me.worker = (await admin.get<Array<{ id: string }>>('/users?filter[email][_eq]=worker@vroegsignalering.nl&fields=id')).body.data![0]!.id;
  anUpload = await adminCreates('/items/uploads', { partner: directus.demo.partners['wonen-limburg'], period: '2026-01' });
  // Something of every role in the owned collections, so that "own rows only" can fail.
  await adminCreates('/notifications', { recipient: me.debt_services, subject: 'Voor de medewerker' });
  await adminCreates('/comments', { collection: 'uploads', item: anUpload, comment: 'Van de beheerder' });
  await adminCreates('/shares', { name: 'Van de beheerder', collection: 'uploads', item: anUpload });
  await uploadFile(admin, 'van-de-beheerder.csv', 'a\n1\n');
});

afterAll(async () => {
  // Newest first: operations before their flows, access links before their policies.
  for (const { path, id } of created.reverse()) await admin.delete(`${path}/${id}`);
});

const cases = Object.entries(matrix).flatMap(([collection, actions]) =>
  Object.entries(actions).flatMap(([action, verdicts]) => ROLES.map((role) => [collection, action as Action, role, verdicts[role]] as const)),
);

describe(`system collections for every role (${directus.dbClient})`, () => {
  test('every collection of the brief has verdicts', () => {
    expect(Object.keys(matrix).sort()).toEqual(Object.keys(probes).sort());
  });

  test.each(cases)('%s %s as %s → %s', async (collection, action, role, verdict) => {
    const probe = probes[collection]![action]!;
    const { status: code, rows } = await probe.run(apis[role], role);
    if (verdict === 'D') {
      expect(code, `${role} ${action} ${collection}`).toBeGreaterThanOrEqual(400);
      expect(code).toBeLessThan(500);
      return;
    }
    expect(code, `${role} ${action} ${collection}`).toBeLessThan(300);
    if (verdict === 'O') {
      expect(rows, 'an own-rows read returns rows').toBeDefined();
      const foreign = rows!.filter((row) => !probe.own!(row, role));
      expect(foreign, `${role} reads others' ${collection}`).toEqual([]);
    }
  });

  test("a partner's file stays out of staff's file library and other partners' reach (issue 10)", async () => {
    const file = await uploadFile(apis.corporation, `lijst-${unique()}.csv`, 'Voorletters;Achternaam\nJ.;Jansen\n');
    const staffOwn = await uploadFile(apis.debt_services, `brief-${unique()}.csv`, 'a\n1\n');
    const corporationB = await loginAs('corporation_b');
    try {
      expect((await apis.corporation.get(`/files/${file}`)).status).toBe(200);
      for (const api of [apis.debt_services, apis.functional_admin, apis.social_work, corporationB]) {
        expect((await api.get(`/files/${file}`)).status).toBe(403);
        expect((await api.get<unknown[]>(`/files?filter[id][_eq]=${file}&fields=id`)).body.data ?? []).toEqual([]);
      }
      expect((await apis.debt_services.patch(`/files/${file}`, { title: 'Gewijzigd' })).status).toBe(403);
      expect((await apis.debt_services.delete(`/files/${file}`)).status).toBe(403);
      // Staff keep the municipality's own files: their own and those of other staff or the system.
      const staffFiles = (await apis.debt_services.get<Array<{ id: string }>>('/files?limit=-1&fields=id')).body.data!.map((row) => row.id);
      expect(staffFiles).toContain(staffOwn);
      // The worker still reads and deletes every upload's file.
      expect((await apis.worker.get(`/files/${file}`)).status).toBe(200);
    } finally {
      await admin.delete(`/files/${file}`);
      await admin.delete(`/files/${staffOwn}`);
    }
  });

  test.each(routes.flatMap(([name, run, verdicts]) => ROLES.map((role, i) => [name, role, verdicts[i]!, run] as const)))('%s as %s → %s', async (_name, role, verdict, run) => {
    const code = await run(apis[role]);
    if (verdict === 'D') {
      expect(code).toBeGreaterThanOrEqual(400);
      expect(code).toBeLessThan(500);
    } else expect(code).toBeLessThan(300);
  });
});
