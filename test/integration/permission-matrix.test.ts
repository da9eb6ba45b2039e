/**
 * The access model, proven over the real REST API: for every role and every collection,
 * what it may and may not read, create, update and delete; then the sensitive fields and
 * item rules of the covenant (art. 7.1, 12.2, 12.3).
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { CASE_FIELDS_STAFF_UPDATE, REFERRAL_FIELDS_FOR_SOCIAL_WORK } from '../../directus/access/access-model.ts';
import { accessIds, Api, loginAs } from '../support/api.ts';

type Role = 'functional_admin' | 'debt_services' | 'corporation' | 'social_work' | 'worker';
type Action = 'read' | 'create' | 'update' | 'delete';
type Verdict = 'allow' | 'deny';
const ROLES: Role[] = ['functional_admin', 'debt_services', 'corporation', 'social_work', 'worker'];

const directus = inject('directus');
const partner = directus.demo.partners;
const today = new Date().toISOString().slice(0, 10);
const person = { initials: 'T.', surname: 'Matrix', birth_date: '1980-01-01', street: 'Teststraat', house_number: 1, postcode: '6001AB', city: 'Weert' };

/** A valid new item per collection, and one harmless field to change. */
const factories: Record<string, { create: () => Record<string, unknown>; change: Record<string, unknown> }> = {
  signal_partners: { create: () => ({ code: `t-${randomUUID().slice(0, 8)}`, name: 'Testpartner', partner_type: 'Water', organisation_role: 'signal_partner' }), change: { name: 'Gewijzigd' } },
  uploads: { create: () => ({ partner: partner['wonen-limburg'], period: '2026-01' }), change: { period: '2026-02' } },
  signals: { create: () => ({ ...person, partner: partner['wonen-limburg'], period: '2026-01', months_in_arrears: 2, signal_date: today }), change: { phone: '0612345678' } },
  households: { create: () => ({ address_key: `T-${randomUUID()}` }), change: { household_size: 3 } },
  cases: { create: () => ({ route: 'none', reason: 'Test' }), change: { talk_place: 'Stadhuis' } },
  // Released to AMW (date_sent): AMW sees a referral only after the advance-notice letter.
  referrals: { create: () => ({ ...person, target: 'amw', partner: partner['amw-midden-limburg'], status: 'new', date_sent: today }), change: { status: 'in_progress' } },
  contact_attempts: { create: () => ({ kind: 'Telefoon', reached: false, date: today }), change: { note: 'Gewijzigd' } },
  documents: { create: () => ({ kind: 'letter', period: '2026-01' }), change: { period: '2026-02' } },
  templates: { create: () => ({ key: `t-${randomUUID()}`, name: 'Test', kind: 'letter', source: '<p>x</p>' }), change: { name: 'Gewijzigd' } },
  source_lists: { create: () => ({ kind: 'water', reference_date: today }), change: { reference_date: today } },
  signal_facts: { create: () => ({ fact: 'debt_area', value: 'Water', source_kind: 'water', source_date: today }), change: { value: 'Energie' } },
  tasks: { create: () => ({ kind: 'missing_upload', status: 'open', partner: partner['wonen-limburg'], period: '2026-01', due_date: today }), change: { status: 'done' } },
};
const COLLECTIONS = Object.keys(factories);

const A: Verdict = 'allow';
const D: Verdict = 'deny';
const all = (v: Verdict) => ({ read: v, create: v, update: v, delete: v });
const r = (read: Verdict, create: Verdict, update: Verdict, del: Verdict) => ({ read, create, update, delete: del });

/** The expected matrix; 'read allow' on a filtered collection means: answered, own rows only. */
const matrix: Record<Role, Record<string, Record<Action, Verdict>>> = {
  functional_admin: {
    signal_partners: all(A), uploads: all(D), signals: all(D), households: all(D), cases: all(D), referrals: all(D),
    contact_attempts: all(D), documents: all(D), templates: all(A), source_lists: all(D), signal_facts: all(D),
    tasks: r(A, D, D, D),
  },
  debt_services: {
    signal_partners: r(A, D, D, D), uploads: all(A), signals: all(A), households: all(A), cases: all(A), referrals: all(A),
    contact_attempts: all(A), documents: all(A), templates: r(A, D, D, D), source_lists: all(A), signal_facts: all(A),
    tasks: all(A),
  },
  corporation: {
    signal_partners: r(A, D, D, D), uploads: r(A, A, D, D), signals: all(D), households: all(D), cases: all(D), referrals: all(D),
    contact_attempts: all(D), documents: r(A, D, D, D), templates: all(D), source_lists: all(D), signal_facts: all(D),
    tasks: all(D),
  },
  social_work: {
    signal_partners: r(A, D, D, D), uploads: all(D), signals: all(D), households: all(D), cases: all(D), referrals: r(A, D, A, D),
    contact_attempts: r(A, A, D, D), documents: all(D), templates: all(D), source_lists: all(D), signal_facts: all(D),
    tasks: all(D),
  },
  worker: {
    signal_partners: r(A, D, D, D), uploads: r(A, A, A, D), signals: r(A, D, A, D), households: r(A, A, A, D), cases: r(A, A, A, D),
    referrals: r(A, A, A, D), contact_attempts: all(D), documents: r(A, A, A, D), templates: r(A, D, D, D),
    source_lists: r(A, D, A, D), signal_facts: r(A, A, D, A),
    tasks: r(A, A, A, D),
  },
};

let admin: Api;
let roleIds: Record<string, string>;
const apis = {} as Record<Role, Api>;
let amwReferral: string;
let aSignal: string;

beforeAll(async () => {
  admin = await loginAs('admin');
  roleIds = (await accessIds(admin)).roles;
  for (const role of ROLES) apis[role] = await loginAs(role);
  amwReferral = (await admin.post<{ id: string }>('/items/referrals', factories.referrals!.create())).body.data!.id;
  aSignal = (await admin.post<{ id: string }>('/items/signals', factories.signals!.create())).body.data!.id;
});

function payloadFor(collection: string) {
  const payload = factories[collection]!.create();
  if (collection === 'contact_attempts') return { ...payload, referral: amwReferral };
  if (collection === 'signal_facts') return { ...payload, signal: aSignal };
  return payload;
}

/** Staff do not move an AMW referral along (that is AMW's work, hooks/casework.ts); they correct a field. */
function changeBy(role: Role, collection: string) {
  if (role === 'debt_services' && collection === 'referrals') return { phone: '0687654321' };
  return factories[collection]!.change;
}

async function adminCreates(collection: string): Promise<string | number> {
  const response = await admin.post<{ id: string | number }>(`/items/${collection}`, payloadFor(collection));
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data!.id;
}

const cases = ROLES.flatMap((role) => COLLECTIONS.flatMap((collection) => (['read', 'create', 'update', 'delete'] as Action[]).map((action) => [role, collection, action, matrix[role][collection]![action]] as const)));

describe(`permission matrix (${directus.dbClient})`, () => {
  test('every role has a verdict for every collection', () => {
    for (const role of ROLES) expect(Object.keys(matrix[role]).sort()).toEqual([...COLLECTIONS].sort());
  });

  test.each(cases)('%s %s %s → %s', async (role, collection, action, verdict) => {
    const api = apis[role];
    let status: number;
    if (action === 'read') status = (await api.get(`/items/${collection}?limit=5`)).status;
    else if (action === 'create') {
      const payload = payloadFor(collection);
      // Corporations never send a partner: it comes from their user.
      if (role === 'corporation' && collection === 'uploads') delete payload.partner;
      status = (await api.post(`/items/${collection}`, payload)).status;
    } else if (action === 'update') status = (await api.patch(`/items/${collection}/${await adminCreates(collection)}`, changeBy(role, collection))).status;
    else status = (await api.delete(`/items/${collection}/${await adminCreates(collection)}`)).status;
    if (verdict === 'allow') expect(status).toBeLessThan(300);
    else expect(status).toBe(403);
  });

  test.each([
    ['functional_admin', 'update', 200],
    ['debt_services', 'update', 403],
    ['corporation', 'read', 403],
    ['social_work', 'read', 403],
    ['worker', 'update', 403],
  ] as const)('settings: %s %s → %i', async (role, action, expected) => {
    const api = apis[role];
    const response = action === 'read' ? await api.get('/items/app_settings') : await api.patch('/items/app_settings', { municipality_name: 'Gemeente Weert' });
    expect(response.status).toBe(expected);
  });
});

describe(`covenant rules on sensitive fields and items (${directus.dbClient})`, () => {
  test('AMW reads only the art. 12.3 fields of referrals addressed to its own organisation', async () => {
    const sdv = await admin.post<{ id: string }>('/items/referrals', { ...person, target: 'sdv', status: 'new', arrears_amount: 999 });
    const otherAmw = await admin.post<{ id: string }>('/items/referrals', { ...person, target: 'amw', partner: partner['st-joseph'], status: 'new' });
    const { status, body } = await apis.social_work.get<Array<Record<string, unknown>>>('/items/referrals?limit=-1');
    expect(status).toBe(200);
    const ids = body.data!.map((row) => row.id);
    expect(ids).toContain(amwReferral);
    expect(ids).not.toContain(sdv.body.data!.id);
    expect(ids).not.toContain(otherAmw.body.data!.id);
    for (const row of body.data!) expect(Object.keys(row).sort()).toEqual([...REFERRAL_FIELDS_FOR_SOCIAL_WORK].sort());
  });

  test.each(['arrears_amount', 'months_in_arrears', 'case', 'target', 'partner'])('AMW asking for referrals.%s is refused', async (field) => {
    expect((await apis.social_work.get(`/items/referrals?fields=${field}`)).status).toBe(403);
  });

  test('AMW cannot change the arrears amount, but can record an outcome', async () => {
    expect((await apis.social_work.patch(`/items/referrals/${amwReferral}`, { arrears_amount: 1 })).status).toBe(403);
    const outcome = await apis.social_work.patch<Record<string, unknown>>(`/items/referrals/${amwReferral}`, { status: 'closed', outcome: 'Vervolghulp en/of verwijzing financieel', date_outcome: today });
    expect(outcome.status).toBe(200);
  });

  test('AMW cannot read signals, households or cases', async () => {
    for (const collection of ['signals', 'households', 'cases']) expect((await apis.social_work.get(`/items/${collection}`)).status).toBe(403);
  });

  test('a contact attempt by AMW is marked as AMW work, and a referral is required', async () => {
    const created = await apis.social_work.post<Record<string, unknown>>('/items/contact_attempts', { referral: amwReferral, kind: 'Huisbezoek', reached: true, date: today, part_of_day: 'Middag' });
    expect(created.status).toBe(200);
    const stored = await admin.get<Record<string, unknown>>(`/items/contact_attempts/${(created.body.data as { id: string }).id}`);
    expect(stored.body.data).toMatchObject({ organisation: 'amw', kind: 'Huisbezoek', reached: true });
    expect((await apis.social_work.post('/items/contact_attempts', { kind: 'Telefoon', reached: false, date: today })).status).toBe(400);
  });

  test('AMW does not see a referral before it is released (date_sent), nor attempts on it', async () => {
    const unreleased = (await admin.post<{ id: string }>('/items/referrals', { ...person, target: 'amw', partner: partner['amw-midden-limburg'], status: 'new' })).body.data!.id;
    await admin.post('/items/contact_attempts', { referral: unreleased, kind: 'Brief', reached: false, date: today });
    expect((await apis.social_work.get(`/items/referrals/${unreleased}`)).status).toBe(403);
    const ids = ((await apis.social_work.get<Array<{ id: string }>>('/items/referrals?limit=-1&fields=id')).body.data ?? []).map((row) => row.id);
    expect(ids).not.toContain(unreleased);
    const attempts = (await apis.social_work.get<Array<{ referral: string }>>('/items/contact_attempts?limit=-1&fields=referral')).body.data ?? [];
    expect(attempts.map((row) => row.referral)).not.toContain(unreleased);
    expect((await apis.social_work.patch(`/items/referrals/${unreleased}`, { status: 'in_progress' })).status).toBe(403);
  });

  test('AMW sees no amount, months in arrears, BSN or benefit anywhere it can read', async () => {
    // A released referral on a case with distinctive figures, and an AMW attempt on it.
    const household = (await admin.post<{ id: string }>('/items/households', { address_key: `T-${randomUUID()}` })).body.data!.id;
    const caseId = (await admin.post<{ id: string }>('/items/cases', { route: 'amw', household, arrears_amount: 98765.43, months_in_arrears: 11.5 })).body.data!.id;
    await admin.post('/items/signals', { ...factories.signals!.create(), case: caseId, household, arrears_amount: 98765.43, months_in_arrears: 11.5, bsn: '999993653', has_benefit: false });
    const referral = (await admin.post<{ id: string }>('/items/referrals', { ...factories.referrals!.create(), case: caseId, arrears_amount: 98765.43, months_in_arrears: 11.5 })).body.data!.id;
    expect((await apis.social_work.post('/items/contact_attempts', { referral, kind: 'Telefoon', reached: false, date: today })).status).toBe(200);

    const forbidden = ['arrears_amount', 'months_in_arrears', 'bsn', 'has_benefit', 'benefit_kind', 'known_at_debt_services'];
    const leaks = (body: unknown) => {
      const text = JSON.stringify(body);
      return ['98765', '11.5', '999993653', ...forbidden.map((field) => `"${field}"`)].filter((needle) => text.includes(needle)).map((needle) => text.slice(Math.max(0, text.indexOf(needle) - 80), text.indexOf(needle) + 20));
    };
    for (const collection of ['referrals', 'contact_attempts', 'signal_partners']) {
      const { status, body } = await apis.social_work.get<Array<Record<string, unknown>>>(`/items/${collection}?limit=-1&fields=*`);
      expect(status).toBe(200);
      expect(leaks(body), collection).toEqual([]);
      for (const field of forbidden) expect((await apis.social_work.get(`/items/${collection}?fields=${field}`)).status).toBe(403);
    }
    const seen = (await apis.social_work.get<Array<{ id: string }>>('/items/referrals?limit=-1&fields=id')).body.data!.map((row) => row.id);
    expect(seen).toContain(referral);
    // Deeper paths through the relations AMW can follow: refused, or answered without a figure.
    for (const path of ['referral.arrears_amount', 'referral.months_in_arrears', 'case.arrears_amount', 'case.signals.bsn', 'referral.case.months_in_arrears', '*.*.*']) {
      const response = await apis.social_work.get(`/items/contact_attempts?limit=-1&fields=${path}`);
      if (response.status !== 403) expect(leaks(response.body), path).toEqual([]);
    }
    for (const path of ['contact_attempts.case.arrears_amount', 'contact_attempts.case.signals.has_benefit', '*.*.*']) {
      const response = await apis.social_work.get(`/items/referrals?limit=-1&fields=${path}`);
      if (response.status !== 403) expect(leaks(response.body), path).toEqual([]);
    }
    expect((await apis.social_work.get('/items/referrals?filter[arrears_amount][_gt]=0')).status).toBe(403);
    expect((await apis.social_work.get(`/items/cases/${caseId}`)).status).toBe(403);
  });

  test.each(['new', 'withdrawn'])('AMW cannot set a referral to %s', async (status) => {
    const id = await adminCreates('referrals');
    await apis.social_work.patch(`/items/referrals/${id}`, { status: 'in_progress' });
    const response = await apis.social_work.patch(`/items/referrals/${id}`, { status });
    expect(response.status).toBe(400);
    expect((await admin.get<{ status: string }>(`/items/referrals/${id}?fields=status`)).body.data!.status).toBe('in_progress');
  });

  test('AMW writes its own note on an attempt, never the municipality\'s', async () => {
    expect((await apis.social_work.post('/items/contact_attempts', { referral: amwReferral, kind: 'Telefoon', reached: false, date: today, note: 'x' })).status).toBe(403);
    expect((await apis.social_work.post('/items/contact_attempts', { referral: amwReferral, kind: 'Telefoon', reached: false, date: today, amw_note: 'eigen dossier' })).status).toBe(200);
  });

  test("staff do not read AMW's own notes (art. 11.1)", async () => {
    for (const [collection, field] of [['referrals', 'outcome_note'], ['contact_attempts', 'amw_note']] as const) {
      expect((await apis.debt_services.get(`/items/${collection}?fields=${field}`)).status).toBe(403);
      const rows = (await apis.debt_services.get<Array<Record<string, unknown>>>(`/items/${collection}?limit=-1&fields=*`)).body.data!;
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row).not.toHaveProperty(field);
    }
  });

  test.each(['rule_route', 'decided_by_rule', 'reason', 'decision_facts', 'priority', 'household', 'period', 'overridden_by', 'date_closed'])('staff cannot change cases.%s', async (field) => {
    expect(CASE_FIELDS_STAFF_UPDATE).not.toContain(field);
    const id = await adminCreates('cases');
    const value = field === 'priority' ? 1 : field === 'decision_facts' ? {} : field === 'household' || field === 'overridden_by' ? null : field === 'date_closed' ? today : 'municipality';
    expect((await apis.debt_services.patch(`/items/cases/${id}`, { [field]: value })).status).toBe(403);
  });

  test('tasks: staff complete one (who and when recorded), the functional admin only reads, AMW and corporations see none', async () => {
    const id = await adminCreates('tasks');
    expect((await apis.debt_services.patch(`/items/tasks/${id}`, { status: 'done' })).status).toBe(200);
    const stored = (await admin.get<Record<string, unknown>>(`/items/tasks/${id}?fields=status,done_by,done_at`)).body.data!;
    expect(stored).toMatchObject({ status: 'done', done_by: directus.demo.users.debt_services.id });
    expect(stored.done_at).toBeTruthy();
    expect((await apis.functional_admin.get(`/items/tasks/${id}`)).status).toBe(200);
    expect((await apis.functional_admin.patch(`/items/tasks/${id}`, { status: 'open' })).status).toBe(403);
    for (const role of ['social_work', 'corporation'] as const) expect((await apis[role].get(`/items/tasks/${id}`)).status).toBe(403);
  });

  test("corporation A reads only its own uploads, never B's", async () => {
    const ofB = await admin.post<{ id: string }>('/items/uploads', { partner: partner['st-joseph'], period: '2026-03' });
    const { body } = await apis.corporation.get<Array<{ id: string; partner: number }>>('/items/uploads?limit=-1&fields=id,partner');
    expect(body.data!.length).toBeGreaterThan(0);
    expect(body.data!.every((row) => row.partner === partner['wonen-limburg'])).toBe(true);
    expect((await apis.corporation.get(`/items/uploads/${ofB.body.data!.id}`)).status).toBe(403);
  });

  test('corporation A cannot create an upload for B; its partner comes from the user', async () => {
    expect((await apis.corporation.post('/items/uploads', { period: '2026-04', partner: partner['st-joseph'] })).status).toBe(403);
    const own = await apis.corporation.post<{ id: string }>('/items/uploads', { period: '2026-04' });
    expect(own.status).toBe(200);
    const stored = await admin.get<{ partner: number }>(`/items/uploads/${own.body.data!.id}?fields=partner`);
    expect(stored.body.data!.partner).toBe(partner['wonen-limburg']);
  });

  test("corporation A reads only feedback documents addressed to A", async () => {
    const forA = await admin.post<{ id: string }>('/items/documents', { kind: 'partner_feedback', partner: partner['wonen-limburg'], period: '2026-05' });
    const forB = await admin.post<{ id: string }>('/items/documents', { kind: 'partner_feedback', partner: partner['st-joseph'], period: '2026-05' });
    const letterA = await admin.post<{ id: string }>('/items/documents', { kind: 'letter', partner: partner['wonen-limburg'], period: '2026-05' });
    const ids = ((await apis.corporation.get<Array<{ id: string }>>('/items/documents?limit=-1')).body.data ?? []).map((d) => d.id);
    expect(ids).toContain(forA.body.data!.id);
    expect(ids).not.toContain(forB.body.data!.id);
    expect(ids).not.toContain(letterA.body.data!.id);
  });

  test('corporation sees only its own partner record', async () => {
    const { body } = await apis.corporation.get<Array<{ id: number }>>('/items/signal_partners?limit=-1');
    expect(body.data!.map((p) => p.id)).toEqual([partner['wonen-limburg']]);
  });

  test('functional admin manages users but cannot see or create administrators', async () => {
    const adminUser = (await admin.get<{ id: string }>('/users/me')).body.data!;
    expect((await apis.functional_admin.get(`/users/${adminUser.id}`)).status).toBe(403);
    const promote = await apis.functional_admin.patch(`/users/${directus.demo.users.debt_services.id}`, { role: roleIds.admin! });
    expect(promote.status).toBeGreaterThanOrEqual(400);
    const created = await apis.functional_admin.post<{ id: string }>('/users', { email: `nieuw-${randomUUID().slice(0, 6)}@demo.vroegsignalering.nl`, role: roleIds.debt_services!, password: 'Een-Sterk-Wachtwoord-1' });
    expect(created.status).toBe(200);
    const asAdmin = await apis.functional_admin.post('/users', { email: `stiekem-${randomUUID().slice(0, 6)}@demo.vroegsignalering.nl`, role: roleIds.admin!, password: 'Een-Sterk-Wachtwoord-1' });
    expect(asAdmin.status).toBeGreaterThanOrEqual(400);
  });

  test('the worker has no app access and cannot read users', async () => {
    expect((await apis.worker.get('/users?limit=1')).status).toBe(403);
    const policies = await admin.get<Array<{ app_access: boolean }>>(`/policies?filter[name][_eq]=Worker (servicerol)&fields=app_access`);
    expect(policies.body.data).toEqual([{ app_access: false }]);
  });
});
