/**
 * The demo data that `npm run seed:demo` and every test instance get (issue 10, point 5):
 * each corporation's example upload holds its own signals, each household's case holds its own
 * signals and referral, AMW's referral is released; a re-run doubles nothing and puts an old,
 * cross-wired seed right. Then, as every demo user, each item it can read opens without a 403
 * on anything the app loads with it (the related items its fields point to), which is what
 * showed a corporation a FORBIDDEN dialog on its own upload.
 */
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { DEMO_HOUSEHOLDS, DEMO_USERS, seedDemo, type DemoUserKey } from '../../scripts/lib/demo-data.ts';
import { loginClient } from '../../scripts/lib/directus-client.ts';
import { type Api, loginAs } from '../support/api.ts';

const directus = inject('directus');
const partner = directus.demo.partners;
const today = new Date().toISOString().slice(0, 10);
/** The collections the example records live in (and what they point to). */
const DEMO_COLLECTIONS = ['uploads', 'signals', 'households', 'cases', 'referrals', 'contact_attempts', 'signal_partners', 'templates', 'documents', 'tasks'];
/** How the seed's own records are recognised where other tests add records of their own. */
const DEMO_FILTERS: Record<string, string> = {
  uploads: '&filter[file_name][_starts_with]=voorbeeld-',
  signals: '&filter[tenant_key][_starts_with]=DEMO-',
  households: '&filter[address_key][_starts_with]=DEMO-',
  cases: '&filter[decided_by_rule][_eq]=voorbeeldgegevens',
  referrals: '&filter[surname][_in]=Voorbeeld,Demo',
  contact_attempts: '&filter[referral][surname][_in]=Voorbeeld,Demo',
  signal_partners: '&filter[code][_in]=wonen-limburg,st-joseph,amw-midden-limburg',
  // Seeded by provisioning (templates/), not by the demo; a re-run must not double them either.
  templates: '&filter[key][_eq]=invitation_municipality',
  documents: '&filter[id][_null]=true',
  tasks: '&filter[id][_null]=true',
};

interface Upload { id: string; partner: number; status: string; summary: string; rows_read: number; accepted: number; rejected: number; duplicates: number; file_name: string }
interface Signal { id: string; tenant_key: string; partner: number; postcode: string; upload: string; household: string | null; case: string | null }
interface Household { id: string; address_key: string }
interface Case { id: string; household: string; route: string }
interface Referral { id: string; case: string; target: string; postcode: string; partner: number | null; date_sent: string | null }

let admin: Api;
beforeAll(async () => {
  admin = await loginAs('admin');
});

async function demoRecords() {
  const get = async <T>(path: string) => (await admin.get<T[]>(path)).body.data!;
  const uploads = await get<Upload>('/items/uploads?filter[file_name][_starts_with]=voorbeeld-&fields=*&limit=-1');
  const signals = await get<Signal>('/items/signals?filter[tenant_key][_starts_with]=DEMO-&fields=id,tenant_key,partner,postcode,upload,household,case&limit=-1');
  const households = await get<Household>('/items/households?filter[address_key][_starts_with]=DEMO-&fields=id,address_key&limit=-1');
  const cases = await get<Case>(`/items/cases?filter[household][_in]=${households.map((h) => h.id).join(',')}&fields=id,household,route&limit=-1`);
  const referrals = await get<Referral>(`/items/referrals?filter[case][_in]=${cases.map((c) => c.id).join(',')}&fields=id,case,target,postcode,partner,date_sent&limit=-1`);
  return { uploads, signals, households, cases, referrals };
}

function expectConsistent(records: Awaited<ReturnType<typeof demoRecords>>) {
  const { uploads, signals, households, cases, referrals } = records;
  expect(uploads.map((u) => u.partner).sort()).toEqual([partner['wonen-limburg'], partner['st-joseph']].sort());
  for (const upload of uploads) {
    const own = signals.filter((s) => s.upload === upload.id);
    expect(own.length, upload.file_name).toBeGreaterThan(0);
    for (const signal of own) expect(signal.partner, `${signal.tenant_key} in ${upload.file_name}`).toBe(upload.partner);
    expect(upload.status).toBe('processed');
    expect([upload.rows_read, upload.accepted, upload.rejected, upload.duplicates]).toEqual([own.length, own.length, 0, 0]);
    expect(upload.summary).toMatch(/^Voorbeeldupload uit de demogegevens/);
    expect(upload.summary).toContain(`${own.length} geaccepteerd`);
    expect(upload.summary).not.toMatch(/Geweigerd/);
  }
  expect(households.map((h) => h.address_key).sort()).toEqual(Object.values(DEMO_HOUSEHOLDS).sort());
  for (const household of households) {
    const postcode = household.address_key.split('-')[1];
    const [own, ...more] = cases.filter((c) => c.household === household.id);
    expect(own, household.address_key).toBeDefined();
    expect(more).toEqual([]);
    expect(own!.route).toBe(household.address_key === DEMO_HOUSEHOLDS.family ? 'amw' : 'municipality');
    const caseSignals = signals.filter((s) => s.case === own!.id);
    expect(caseSignals.length).toBe(1);
    for (const signal of caseSignals) {
      expect(signal.household).toBe(household.id);
      expect(signal.postcode).toBe(postcode);
    }
    const caseReferrals = referrals.filter((r) => r.case === own!.id);
    expect(caseReferrals.length).toBe(1);
    for (const referral of caseReferrals) {
      expect(referral.postcode).toBe(postcode);
      expect(referral.target).toBe(own!.route === 'amw' ? 'amw' : 'sdv');
      expect(referral.date_sent).not.toBeNull();
      if (referral.target === 'amw') expect(referral.partner).toBe(partner['amw-midden-limburg']);
    }
  }
}

describe('the demo records', () => {
  test('each upload holds its own corporation\'s signals, each case its own household\'s signal and referral', async () => {
    expectConsistent(await demoRecords());
  });

  test('AMW sees exactly the referral of the family at 6001AA', async () => {
    const amw = await loginAs('social_work');
    const { status, body } = await amw.get<Array<{ postcode: string }>>('/items/referrals?fields=postcode&filter[surname][_eq]=Voorbeeld');
    expect(status).toBe(200);
    expect(body.data!.map((r) => r.postcode)).toEqual(['6001AA']);
  });

  test('a second seed creates nothing and puts a cross-wired older seed right', async () => {
    const before = await demoRecords();
    const householdAt = (key: string) => before.households.find((h) => h.address_key === key)!;
    const family = householdAt(DEMO_HOUSEHOLDS.family);
    const single = householdAt(DEMO_HOUSEHOLDS.single);
    const caseOf = (household: Household) => before.cases.find((c) => c.household === household.id)!;
    // What the old batch seed could leave behind: the cases on each other's household, a signal in the other corporation's upload.
    const stJosephUpload = before.uploads.find((u) => u.partner === partner['st-joseph'])!;
    const demo1 = before.signals.find((s) => s.tenant_key === 'DEMO-1')!;
    expect((await admin.patch(`/items/cases/${caseOf(family).id}`, { household: single.id })).status).toBe(200);
    expect((await admin.patch(`/items/cases/${caseOf(single).id}`, { household: family.id })).status).toBe(200);
    expect((await admin.patch(`/items/signals/${demo1.id}`, { upload: stJosephUpload.id })).status).toBe(200);
    expect((await admin.patch(`/items/uploads/${stJosephUpload.id}`, { summary: 'Geweigerd: er is geen bestand toegevoegd.', status: 'refused' })).status).toBe(200);

    const client = await loginClient(directus.url, directus.adminEmail, directus.adminPassword);
    const result = await seedDemo(client, directus.demoPassword, today);
    expect(result.examplesCreated).toBe(false);
    const after = await demoRecords();
    expectConsistent(after);
    const ids = (records: typeof before) => Object.fromEntries(Object.entries(records).map(([name, rows]) => [name, (rows as Array<{ id: string }>).map((row) => row.id).sort()]));
    expect(ids(after)).toEqual(ids(before));
  });
});

interface Relation { collection: string; field: string; related_collection: string | null; meta: { one_field: string | null } | null }
type ReadPermissions = Record<string, { read?: { access: string; fields?: string[] } }>;

/** How the app reads a related item for a form: users by name, everything else by its key. */
function relatedPath(collection: string, id: unknown): string {
  if (collection === 'directus_users') return `/users/${id}?fields=id,first_name,last_name`;
  if (collection === 'directus_files') return `/files/${id}?fields=id,filename_download`;
  return `/items/${collection}/${id}?fields=id`;
}

describe('every demo user opens each demo item it can read', () => {
  let relations: Relation[];
  beforeAll(async () => {
    relations = (await admin.get<Relation[]>('/relations')).body.data!;
  });

  test.each(DEMO_USERS.map((user) => user.key))('%s: no 403 on an item or on what its fields point to', async (key: DemoUserKey) => {
    const api = await loginAs(key);
    const permissions = (await api.get<ReadPermissions>('/permissions/me')).body.data!;
    const problems: string[] = [];
    let opened = 0;
    for (const collection of DEMO_COLLECTIONS) {
      const read = permissions[collection]?.read;
      if (!read || read.access === 'none') continue;
      const readable = (field: string) => read.fields?.includes('*') || read.fields?.includes(field);
      // The demo records only: in a full run other tests' records share this instance.
      const list = await api.get<Array<{ id: string | number }>>(`/items/${collection}?fields=id&limit=50${DEMO_FILTERS[collection] ?? ''}`);
      if (list.status !== 200) problems.push(`${collection}: list answered ${list.status}`);
      for (const { id } of list.body.data ?? []) {
        const item = await api.get<Record<string, unknown>>(`/items/${collection}/${id}`);
        opened += 1;
        if (item.status !== 200) {
          problems.push(`${collection}/${id}: ${item.status}`);
          continue;
        }
        for (const relation of relations.filter((r) => r.collection === collection && r.related_collection && readable(r.field))) {
          const value = item.body.data![relation.field];
          if (value === null || value === undefined) continue;
          const related = await api.get(relatedPath(relation.related_collection!, value));
          if (related.status !== 200) problems.push(`${collection}/${id} → ${relation.field} (${relation.related_collection}): ${related.status}`);
        }
        // One-to-many lists on the form (e.g. a referral's contact attempts).
        for (const relation of relations.filter((r) => r.related_collection === collection && r.meta?.one_field && readable(r.meta.one_field))) {
          const many = await api.get(`/items/${relation.collection}?fields=id&filter[${relation.field}][_eq]=${id}`);
          if (many.status !== 200) problems.push(`${collection}/${id} → ${relation.meta!.one_field} (${relation.collection}): ${many.status}`);
        }
      }
    }
    expect(opened, `${key} opened no demo item`).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
