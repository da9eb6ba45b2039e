/**
 * Issue 7, performed as the attacker would: demo accounts against the real REST API.
 * Each attack test failed on the code before the fix (checked by switching the access
 * model's narrowing and the guards off). Two tests guard what already held and must keep
 * holding: file replacement, and the activity trail of access changes.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { LEGACY_POLICY_IDS, LEGACY_ROLE_IDS } from '../../directus/access/legacy-ids.ts';
import { accessIds, Api, loginAs } from '../support/api.ts';
import { uploadFile } from '../support/uploads.ts';

const directus = inject('directus');
const users = directus.demo.users;
let admin: Api;
let corporation: Api;
let corporationB: Api;
let staff: Api;
let functionalAdmin: Api;
let ids: { roles: Record<string, string>; policies: Record<string, string> };
let workerId: string;

beforeAll(async () => {
  admin = await loginAs('admin');
  corporation = await loginAs('corporation');
  corporationB = await loginAs('corporation_b');
  staff = await loginAs('debt_services');
  functionalAdmin = await loginAs('functional_admin');
  ids = await accessIds(admin);
  workerId = (await admin.get<Array<{ id: string }>>('/users?filter[email][_eq]=worker@vroegsignalering.nl&fields=id')).body.data![0]!.id;
});

/** A multipart upload with extra form fields before the file, as Directus reads them. */
async function uploadWithFields(api: Api, fields: Record<string, string>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append('file', new Blob(['a;b\n1;2\n']), `vals-${randomUUID().slice(0, 6)}.csv`);
  const response = await fetch(`${api.url}/files`, { method: 'POST', headers: { authorization: `Bearer ${api.token}` }, body: form });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as { data?: { id: string } }) : {} };
}

describe(`issue 7 regressions (${directus.dbClient})`, () => {
  test('item 2: role and policy ids are random per installation, not the constants once in the source', async () => {
    expect(Object.keys(ids.roles).sort()).toEqual(['admin', 'corporation', 'debt_services', 'functional_admin', 'social_work', 'worker']);
    for (const id of Object.values(ids.roles)) expect(Object.values(LEGACY_ROLE_IDS)).not.toContain(id);
    for (const id of Object.values(ids.policies)) expect(Object.values(LEGACY_POLICY_IDS)).not.toContain(id);
    expect(workerId).not.toBe('8d3f2c50-0000-4000-8000-000000000001');
  });

  test('item 3: a corporation cannot stop Directus through /utils/export, and Directus keeps answering', async () => {
    for (const collection of ['signals', 'referrals', 'uploads']) {
      const response = await corporation.post(`/utils/export/${collection}`, { query: { limit: -1 }, format: 'csv', file: {} });
      expect(response.status).toBe(403);
      expect(response.body.errors?.[0]?.message).toMatch(/geen toegang|uitgeschakeld/);
    }
    // The variants Express routes the same way are refused too.
    expect((await corporation.post('/UTILS/Export/uploads', { format: 'csv' })).status).toBe(403);
    // Before the fix the pool timed out and Directus exited within about a minute.
    await sleep(5_000);
    const ping = await fetch(`${directus.url}/server/ping`);
    expect(ping.status).toBe(200);
    // The app's own download still works.
    const download = await fetch(`${directus.url}/items/uploads?export=csv&limit=1`, { headers: { authorization: `Bearer ${corporation.token}` } });
    expect(download.status).toBe(200);
    await download.text();
  });

  test("item 4: a corporation cannot point an upload at staff's file (which the intake would read and delete)", async () => {
    const staffFile = await uploadFile(staff, 'bronlijst-medewerker.csv', 'Naam;Bedrag\nGeheim;12\n');
    const attempt = await corporation.post('/items/uploads', { file: staffFile, period: '2026-09' });
    expect(attempt.status).toBe(403);
    expect(attempt.body.errors?.[0]?.message).toMatch(/zelf heeft geüpload/);
    await sleep(1_000);
    expect((await admin.get(`/files/${staffFile}`)).status).toBe(200);
  });

  test("item 4: nor at another corporation's file, nor at a file another upload already uses", async () => {
    const ofB = await uploadFile(corporationB, 'lijst-b.csv', 'a\n1\n');
    expect((await corporation.post('/items/uploads', { file: ofB, period: '2026-09' })).status).toBe(403);
    const own = await uploadFile(corporation, 'lijst-a.csv', 'a\n1\n');
    const document = await admin.post<{ id: string }>('/items/documents', { kind: 'letter', period: '2026-09', file: own });
    expect(document.status).toBe(200);
    const reuse = await corporation.post('/items/uploads', { file: own, period: '2026-09' });
    expect(reuse.status).toBe(403);
    expect(reuse.body.errors?.[0]?.message).toMatch(/al gebruikt/);
    // A letter pointing at a corporation's list is this attack's prop, not a document staff should meet in the app.
    expect((await admin.delete(`/items/documents/${document.body.data!.id}`)).status).toBe(204);
  });

  test('item 4: its own fresh file is accepted', async () => {
    const own = await uploadFile(corporation, 'eigen.csv', 'a\n1\n');
    expect((await corporation.post('/items/uploads', { file: own, period: '2026-09' })).status).toBe(200);
  });

  test('item 5: a corporation cannot plant a preset for staff, neither by creating nor by changing its own', async () => {
    const bookmark = 'Te controleren: BRP-koppeling';
    const planted = { collection: 'signals', role: ids.roles.debt_services, bookmark, layout: 'tabular', layout_query: { tabular: { fields: ['surname'] } } };
    expect((await corporation.post('/presets', planted)).status).toBeGreaterThanOrEqual(400);
    expect((await corporation.post('/presets', { ...planted, user: null })).status).toBeGreaterThanOrEqual(400);
    expect((await corporation.post('/presets', { ...planted, role: null })).status).toBeGreaterThanOrEqual(400);
    expect((await corporation.post('/presets', { ...planted, user: users.corporation.id })).status).toBeGreaterThanOrEqual(400);
    // A bookmark of its own: a plain personal preset would replace the corporation's list view
    // (columns, newest first) for every later test that opens its uploads.
    const own = await corporation.post<{ id: number }>('/presets', { collection: 'uploads', user: users.corporation.id, layout: 'tabular', bookmark: 'Eigen weergave (test)' });
    expect(own.status).toBe(200);
    expect((await corporation.patch(`/presets/${own.body.data!.id}`, { role: ids.roles.debt_services })).status).toBeGreaterThanOrEqual(400);
    expect((await corporation.patch(`/presets/${own.body.data!.id}`, { user: null })).status).toBeGreaterThanOrEqual(400);
    await admin.delete(`/presets/${own.body.data!.id}`);
    const seen = (await staff.get<Array<{ bookmark: string | null; user: string | null }>>('/presets?limit=-1&fields=bookmark,user')).body.data!;
    expect(seen.filter((p) => p.bookmark === bookmark && p.user === null)).toHaveLength(1);
  });

  test("item 5: staff still save their own copy of the role's worklist, as the app does", async () => {
    const copy = await staff.post('/presets', { collection: 'signals', bookmark: 'Mijn kopie', user: users.debt_services.id, role: ids.roles.debt_services, layout: 'tabular' });
    expect(copy.status).toBe(200);
  });

  test('item 5: a functional admin cannot write role-wide or global presets either', async () => {
    expect((await functionalAdmin.post('/presets', { collection: 'signals', role: ids.roles.debt_services, bookmark: 'Stiekem' })).status).toBeGreaterThanOrEqual(400);
    expect((await functionalAdmin.post('/presets', { collection: 'signals', bookmark: 'Voor iedereen' })).status).toBeGreaterThanOrEqual(400);
  });

  test("item 6: a file cannot be attributed to another corporation's user, nor stored under another file's name", async () => {
    const forged = await uploadWithFields(corporation, { uploaded_by: users.corporation_b.id });
    expect(forged.status).toBe(403);
    const listOfB = (await corporationB.get<Array<{ filename_download: string }>>('/files?limit=-1&fields=filename_download')).body.data!;
    expect(listOfB.some((file) => file.filename_download.startsWith('vals-'))).toBe(false);
    const target = await uploadFile(staff, 'van-medewerker.csv', 'geheim\n');
    const disk = (await admin.get<{ filename_disk: string }>(`/files/${target}?fields=filename_disk`)).body.data!.filename_disk;
    expect((await uploadWithFields(corporation, { filename_disk: disk })).status).toBe(403);
    expect((await uploadWithFields(corporation, { modified_by: users.corporation_b.id })).status).toBe(403);
    expect((await staff.patch(`/files/${target}`, { uploaded_by: users.corporation.id })).status).toBe(403);
    // The upload form's own request still works.
    expect((await uploadWithFields(corporation, { title: 'Maandlijst' })).status).toBe(200);
  });

  test("item 6 (held): nobody but the admin replaces a file's contents (PATCH /files/:id with a file)", async () => {
    const target = await uploadFile(staff, 'bronlijst.csv', 'origineel\n');
    for (const api of [corporation, functionalAdmin, staff]) {
      const form = new FormData();
      form.append('file', new Blob(['vervalst\n']), 'bronlijst.csv');
      const response = await fetch(`${api.url}/files/${target}`, { method: 'PATCH', headers: { authorization: `Bearer ${api.token}` }, body: form });
      await response.text();
      expect(response.status).toBe(403);
    }
    const content = await fetch(`${directus.url}/assets/${target}`, { headers: { authorization: `Bearer ${admin.token}` } });
    expect(await content.text()).toBe('origineel\n');
  });

  test("item 8: a functional admin cannot touch the service account", async () => {
    expect((await functionalAdmin.get(`/users/${workerId}`)).status).toBe(403);
    expect((await functionalAdmin.patch(`/users/${workerId}`, { password: 'Een-Sterk-Wachtwoord-9' })).status).toBe(403);
    expect((await functionalAdmin.patch(`/users/${workerId}`, { token: 'overgenomen-token-1234567890' })).status).toBe(403);
    expect((await functionalAdmin.patch(`/users/${workerId}`, { status: 'suspended' })).status).toBe(403);
    expect((await functionalAdmin.delete(`/users/${workerId}`)).status).toBe(403);
    const listed = (await functionalAdmin.get<Array<{ id: string }>>('/users?limit=-1&fields=id')).body.data!;
    expect(listed.map((u) => u.id)).not.toContain(workerId);
    // The worker token still works.
    expect((await (await loginAs('worker')).get('/items/uploads?limit=1')).status).toBe(200);
  });

  test('item 8: a functional admin cannot change its own role or policies', async () => {
    const self = users.functional_admin.id;
    expect((await functionalAdmin.patch('/users/me', { role: ids.roles.debt_services })).status).toBe(403);
    expect((await functionalAdmin.patch(`/users/${self}`, { role: ids.roles.debt_services })).status).toBe(403);
    expect((await functionalAdmin.patch(`/users/${self}`, { policies: { create: [{ policy: ids.policies.admin }] } })).status).toBe(403);
    expect((await functionalAdmin.post('/access', { user: self, policy: ids.policies.admin })).status).toBe(403);
    const stored = (await admin.get<{ role: string }>(`/users/${self}?fields=role`)).body.data!;
    expect(stored.role).toBe(ids.roles.functional_admin);
    // Its own name it may still change.
    expect((await functionalAdmin.patch('/users/me', { title: 'Functioneel beheerder' })).status).toBe(200);
  });

  test("item 8: a functional admin reads no user's token or 2FA secret", async () => {
    for (const field of ['token', 'tfa_secret']) expect((await functionalAdmin.get(`/users/${users.debt_services.id}?fields=${field}`)).status).toBe(403);
    expect((await functionalAdmin.get(`/users/${users.debt_services.id}?fields=email,role`)).status).toBe(200);
  });

  test('item 8: a functional admin cannot hand out the admin or worker role, or any policy', async () => {
    const email = () => `rol-${randomUUID().slice(0, 6)}@demo.vroegsignalering.nl`;
    expect((await functionalAdmin.post('/users', { email: email(), password: 'Een-Sterk-Wachtwoord-1', role: ids.roles.worker })).status).toBeGreaterThanOrEqual(400);
    expect((await functionalAdmin.post('/users', { email: email(), password: 'Een-Sterk-Wachtwoord-1', role: ids.roles.admin })).status).toBeGreaterThanOrEqual(400);
    const created = await functionalAdmin.post<{ id: string }>('/users', { email: email(), password: 'Een-Sterk-Wachtwoord-1', role: ids.roles.debt_services });
    expect(created.status).toBe(200);
    const id = created.body.data!.id;
    expect((await functionalAdmin.patch(`/users/${id}`, { role: ids.roles.worker })).status).toBeGreaterThanOrEqual(400);
    expect((await functionalAdmin.patch(`/users/${id}`, { policies: { create: [{ policy: ids.policies.admin }] } })).status).toBe(403);
    expect((await functionalAdmin.post('/access', { user: id, policy: ids.policies.admin })).status).toBe(403);
    expect((await functionalAdmin.patch(`/users/${id}`, { tfa_secret: 'JBSWY3DPEHPK3PXP' })).status).toBeGreaterThanOrEqual(400);
    const stored = (await admin.get<{ role: string; policies: unknown[] }>(`/users/${id}?fields=role,policies`)).body.data!;
    expect(stored).toEqual({ role: ids.roles.debt_services, policies: [] });
  });

  test('item 8: every change of a role, a user’s role or policies, or a permission is recorded with who and when', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const target = (await admin.post<{ id: string }>('/users', { email: `spoor-${randomUUID().slice(0, 6)}@demo.vroegsignalering.nl`, password: 'Een-Sterk-Wachtwoord-1', role: ids.roles.debt_services })).body.data!.id;
    expect((await functionalAdmin.patch(`/users/${target}`, { role: ids.roles.corporation })).status).toBe(200);
    const policy = (await admin.post<{ id: string }>('/policies', { name: `Spoor ${randomUUID().slice(0, 6)}` })).body.data!.id;
    const permission = (await admin.post<{ id: number }>('/permissions', { policy, collection: 'templates', action: 'read', fields: ['id'] })).body.data!.id;
    expect((await admin.patch(`/permissions/${permission}`, { fields: ['id', 'name'] })).status).toBe(200);
    expect((await admin.patch(`/roles/${ids.roles.corporation}`, { description: 'Medewerkers van een woningcorporatie (signaalpartner).' })).status).toBe(200);
    expect((await admin.patch(`/users/${target}`, { policies: { create: [{ policy }] } })).status).toBe(200);

    type Entry = { user: string; timestamp: string; revisions: Array<{ delta: Record<string, unknown> | null }> };
    const activity = async (collection: string, item: string | number, action: string) => {
      const query = `/activity?filter[collection][_eq]=${collection}&filter[item][_eq]=${item}&filter[action][_eq]=${action}&filter[timestamp][_gte]=${since}&fields=user,timestamp,revisions.delta&limit=-1`;
      return (await admin.get<Entry[]>(query)).body.data ?? [];
    };
    const me = (await admin.get<{ id: string }>('/users/me?fields=id')).body.data!.id;
    const by = (entries: Entry[], user: string, delta: (d: Record<string, unknown>) => boolean = () => true) =>
      entries.filter((entry) => entry.user === user && Date.parse(entry.timestamp) >= Date.parse(since) && entry.revisions.some((r) => r.delta !== null && delta(r.delta)));

    expect(by(await activity('directus_users', target, 'update'), users.functional_admin.id, (d) => d.role === ids.roles.corporation)).toHaveLength(1);
    expect(by(await activity('directus_permissions', permission, 'create'), me)).toHaveLength(1);
    expect(by(await activity('directus_permissions', permission, 'update'), me, (d) => JSON.stringify(d.fields) === JSON.stringify(['id', 'name']))).toHaveLength(1);
    expect(by(await activity('directus_roles', ids.roles.corporation!, 'update'), me)).toHaveLength(1);
    const link = (await admin.get<Array<{ id: string }>>(`/access?filter[user][_eq]=${target}&filter[policy][_eq]=${policy}&fields=id`)).body.data![0]!.id;
    expect(by(await activity('directus_access', link, 'create'), me)).toHaveLength(1);
  });
});
