/**
 * The access model, proven over the real REST API: for every role and every collection,
 * what it may and may not read, create, update and delete; then the sensitive fields and
 * item rules of the covenant (art. 7.1, 12.2, 12.3).
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { CASE_FIELDS_STAFF_UPDATE, REFERRAL_DATA_FOR_SOCIAL_WORK } from '../../directus/access/access-model.ts';
import { accessIds, Api, loginAs } from '../support/api.ts';
import { uploadFile } from '../support/uploads.ts';
import { testKnex } from '../support/workers.ts';
import { dbDates } from '../../extensions/src/lib/db-dates.ts';

type Role = 'functional_admin' | 'debt_services' | 'corporation' | 'social_work' | 'worker';
type Action = 'read' | 'create' | 'update' | 'delete';
type Verdict = 'allow' | 'deny';
const ROLES: Role[] = ['functional_admin', 'debt_services', 'corporation', 'social_work', 'worker'];

const directus = inject('directus');
const partner = directus.demo.partners;
const today = new Date().toISOString().slice(0, 10);
const person = { initials: 'T.', surname: 'Matrix', birth_date: '1980-01-01', street: 'Teststraat', house_number: 1, postcode: '6001AB', city: 'Weert' };

let matrixPeriods = 0;
/** Periods no other test uses (2060 onwards), a new one per call. */
const nextMatrixPeriod = () => {
  const index = matrixPeriods++;
  return `${2060 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

/**
 * A valid new item per collection, and one harmless field to change. Not a tenant's personal
 * field on signals or households: changing those needs an open correction request (issue 12,
 * hooks/personal-corrections.ts), a rule of its own, tested in inzage.test.ts.
 */
const factories: Record<string, { create: () => Record<string, unknown>; change: Record<string, unknown> }> = {
  signal_partners: { create: () => ({ code: `t-${randomUUID().slice(0, 8)}`, name: 'Testpartner', partner_type: 'Water', organisation_role: 'signal_partner' }), change: { name: 'Gewijzigd' } },
  uploads: { create: () => ({ partner: partner['wonen-limburg'], period: '2026-01' }), change: { period: '2026-02' } },
  signals: { create: () => ({ ...person, partner: partner['wonen-limburg'], period: '2026-01', months_in_arrears: 2, signal_date: today }), change: { status: 'Opgepakt' } },
  households: { create: () => ({ address_key: `T-${randomUUID()}`, address: 'Teststraat 1, 6001 AA Weert' }), change: { household_size: 3, facts_source: 'Test' } },
  cases: { create: () => ({ route: 'none', reason: 'Test' }), change: { talk_place: 'Stadhuis' } },
  // Released to AMW (date_sent): AMW sees a referral only after the advance-notice letter.
  // Priority 4 (the lowest), as routing would set it: AMW's start page lists its 50 most urgent referrals, and
  // referrals without a priority would crowd out other tests' own (SQLite sorts empty first).
  referrals: { create: () => ({ ...person, target: 'amw', partner: partner['amw-midden-limburg'], status: 'new', date_sent: today, priority: 4 }), change: { status: 'in_progress' } },
  contact_attempts: { create: () => ({ kind: 'Telefoon', reached: false, date: today }), change: { note: 'Gewijzigd' } },
  documents: { create: () => ({ kind: 'letter', period: '2026-01' }), change: { period: '2026-02' } },
  // A partial: a letter without the rights paragraph is refused by the templates hook (issue 11).
  templates: { create: () => ({ key: `t-${randomUUID()}`, name: 'Test', kind: 'partial', source: '<p>x</p>' }), change: { name: 'Gewijzigd' } },
  source_lists: { create: () => ({ kind: 'water', reference_date: today }), change: { reference_date: today } },
  signal_facts: { create: () => ({ fact: 'debt_area', value: 'Water', source_kind: 'water', source_date: today }), change: { value: 'Energie' } },
  tasks: { create: () => ({ kind: 'missing_upload', status: 'open', partner: partner['wonen-limburg'], period: '2026-01', due_date: today }), change: { status: 'done' } },
  // issue 12: the privacy registers and logs. Identities nobody else in the test instance uses.
  // A BSN no test tenant has, in force today only: the register is shared by every test's routing and exports.
  objections: { create: () => ({ scope: 'amw', date_received: today, date_end: today, bsn: '100000915', surname: 'Matrixbezwaar', birth_date: '1980-01-01', postcode: '6001ZZ', house_number: 901 }), change: { note: 'Gewijzigd' } },
  privacy_requests: { create: () => ({ kind: 'inzage', date_received: today, surname: 'Matrixverzoek', birth_date: '1980-01-01', postcode: '6001ZZ', house_number: 902 }), change: { description: 'Gewijzigd' } },
  data_breaches: { create: () => ({ found_at: new Date().toISOString(), description: 'Test: matrix', status: 'open' }), change: { affected_persons: 2 } },
  disclosures: { create: () => ({ date: today, recipient: 'Testontvanger', legal_ground: 'Test', surname: 'Matrixverstrekking' }), change: { description: 'Gewijzigd' } },
  access_log: { create: () => ({ timestamp: new Date().toISOString(), user: randomUUID(), role: 'test', collection: 'signals', item: randomUUID(), action: 'read', route: 'api' }), change: { item: 'gewijzigd' } },
  deletion_log: { create: () => ({ collection: 'signals', item: randomUUID(), deleted_at: new Date().toISOString(), reason: 'retention' }), change: { reason: 'erasure' } },
  // issue 13: one row per corporation and period (the evictions hook refuses a second), so each row its own far-off period.
  evictions: { create: () => ({ partner: partner['wonen-limburg'], period: nextMatrixPeriod(), total: 2, with_minor_children: 1 }), change: { total: 3 } },
  report_figures: { create: () => ({ month: '2026-01', month_start: '2026-01-01', indicator: 'matrix_test', dimension: '', value: 1 }), change: { value: 2 } },
};
/** The privacy registers and logs (issue 12): nothing of them for corporations and AMW. */
const PRIVACY_COLLECTIONS = ['objections', 'privacy_requests', 'data_breaches', 'disclosures', 'access_log', 'deletion_log'];
const none = Object.fromEntries(PRIVACY_COLLECTIONS.map((collection) => [collection, { read: 'deny', create: 'deny', update: 'deny', delete: 'deny' } as const]));
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
    // issue 12: reads the registers and logs (the privacy contact), writes none of them.
    objections: r(A, D, D, D), privacy_requests: r(A, D, D, D), data_breaches: r(A, D, D, D), disclosures: r(A, D, D, D),
    access_log: r(A, D, D, D), deletion_log: r(A, D, D, D),
    // issue 13: the dashboard's figures and the corporations' evictions, read only.
    evictions: r(A, D, D, D), report_figures: r(A, D, D, D),
  },
  debt_services: {
    signal_partners: r(A, D, D, D), uploads: all(A), signals: all(A), households: all(A), cases: all(A), referrals: all(A),
    // issue 11: documents are made by the cycle; staff only ask for a letter again (create) and remove such a request.
    contact_attempts: all(A), documents: r(A, A, D, D), templates: r(A, D, D, D), source_lists: all(A), signal_facts: all(A),
    tasks: all(A),
    // issue 12: staff keep the registers; a breach is never removed; the logs are not theirs to write.
    objections: all(A), privacy_requests: all(A), data_breaches: r(A, A, A, D), disclosures: all(A),
    access_log: r(A, D, D, D), deletion_log: all(D),
    evictions: r(A, D, D, D), report_figures: r(A, D, D, D),
  },
  corporation: {
    signal_partners: r(A, D, D, D), uploads: r(A, A, D, D), signals: all(D), households: all(D), cases: all(D), referrals: all(D),
    contact_attempts: all(D), documents: r(A, D, D, D), templates: all(D), source_lists: all(D), signal_facts: all(D),
    tasks: all(D),
    ...none,
    // issue 13: its own evictions per period (numbers only); answered, own rows only.
    evictions: r(A, A, A, D), report_figures: all(D),
  },
  social_work: {
    signal_partners: r(A, D, D, D), uploads: all(D), signals: all(D), households: all(D), cases: all(D), referrals: r(A, D, A, D),
    // issue 11: AMW reads its own monthly overview (answered, own rows only).
    contact_attempts: r(A, A, D, D), documents: r(A, D, D, D), templates: all(D), source_lists: all(D), signal_facts: all(D),
    tasks: all(D),
    ...none,
    evictions: all(D), report_figures: all(D),
  },
  worker: {
    signal_partners: r(A, D, D, D), uploads: r(A, A, A, D), signals: r(A, D, A, D), households: r(A, A, A, D), cases: r(A, A, A, D),
    referrals: r(A, A, A, D), contact_attempts: all(D), documents: r(A, A, A, D), templates: r(A, D, D, D),
    source_lists: r(A, D, A, D), signal_facts: r(A, A, D, A),
    tasks: r(A, A, A, D),
    // issue 12: routing reads objections and links them to a household; the privacy steps write the logs.
    objections: r(A, D, A, D), privacy_requests: r(A, D, A, D), data_breaches: r(A, D, A, D), disclosures: r(A, D, D, D),
    // The access log is written by the Directus hook and removed by retention, both with knex: no one writes it through the API.
    access_log: r(A, D, D, D), deletion_log: r(A, A, D, D),
    // issue 13: the reporting step reads and writes with knex, in one transaction.
    evictions: all(D), report_figures: all(D),
  },
};

let admin: Api;
let roleIds: Record<string, string>;
const apis = {} as Record<Role, Api>;
let amwReferral: string;
let aSignal: string;
let aDocument: string;

beforeAll(async () => {
  admin = await loginAs('admin');
  roleIds = (await accessIds(admin)).roles;
  for (const role of ROLES) apis[role] = await loginAs(role);
  amwReferral = (await admin.post<{ id: string }>('/items/referrals', factories.referrals!.create())).body.data!.id;
  aSignal = (await admin.post<{ id: string }>('/items/signals', factories.signals!.create())).body.data!.id;
  aDocument = (await admin.post<{ id: string }>('/items/documents', { kind: 'letter', status: 'ready', period: '2026-01' })).body.data!.id;
});

function payloadFor(collection: string) {
  const payload = factories[collection]!.create();
  if (collection === 'contact_attempts') return { ...payload, referral: amwReferral };
  if (collection === 'signal_facts') return { ...payload, signal: aSignal };
  // A person's new letter is a request to make it again: with a reason and the earlier letter.
  if (collection === 'documents') return { ...payload, reissue_of: aDocument, reissue_reason: 'Test: opnieuw maken' };
  return payload;
}

/** Staff do not move an AMW referral along (that is AMW's work, hooks/casework.ts); they correct a field. */
function changeBy(role: Role, collection: string) {
  if (role === 'debt_services' && collection === 'referrals') return { phone: '0687654321' };
  return factories[collection]!.change;
}

async function adminCreates(collection: string): Promise<string | number> {
  // Nobody, the admin included, writes the access log through the API: an entry as the hook writes it.
  if (collection === 'access_log') {
    const knex = testKnex(directus.db);
    try {
      const entry = { ...payloadFor(collection), timestamp: dbDates(knex).timestamp(new Date()) };
      const [row] = (await knex('access_log').insert(entry).returning('id')) as Array<{ id: number } | number>;
      return typeof row === 'object' ? row.id : row!;
    } finally {
      await knex.destroy();
    }
  }
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
      if (role === 'corporation' && (collection === 'uploads' || collection === 'evictions')) delete payload.partner;
      status = (await api.post(`/items/${collection}`, payload)).status;
    } else if (action === 'update') status = (await api.patch(`/items/${collection}/${await adminCreates(collection)}`, changeBy(role, collection))).status;
    else status = (await api.delete(`/items/${collection}/${await adminCreates(collection)}`)).status;
    if (verdict === 'allow') expect(status).toBeLessThan(300);
    // The access log also refuses changes in a hook, whose answer may come before the permission check.
    else if (collection === 'access_log' && action !== 'read' && action !== 'create') expect([400, 403]).toContain(status);
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
    for (const row of body.data!) expect(Object.keys(row).sort()).toEqual([...REFERRAL_DATA_FOR_SOCIAL_WORK].sort());
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
    const household = (await admin.post<{ id: string }>('/items/households', { address_key: `T-${randomUUID()}`, address: 'Teststraat 2, 6001 AA Weert' })).body.data!.id;
    const caseId = (await admin.post<{ id: string }>('/items/cases', { route: 'amw', household, arrears_amount: 98765.43, months_in_arrears: 11.5 })).body.data!.id;
    await admin.post('/items/signals', { ...factories.signals!.create(), case: caseId, household, arrears_amount: 98765.43, months_in_arrears: 11.5, bsn: '999993653', has_benefit: false });
    const referral = (await admin.post<{ id: string }>('/items/referrals', { ...factories.referrals!.create(), case: caseId, arrears_amount: 98765.43, months_in_arrears: 11.5 })).body.data!.id;
    expect((await apis.social_work.post('/items/contact_attempts', { referral, kind: 'Telefoon', reached: false, date: today })).status).toBe(200);

    const forbidden = ['arrears_amount', 'months_in_arrears', 'bsn', 'has_benefit', 'benefit_kind', 'known_at_debt_services'];
    const leaks = (body: unknown) => {
      const text = JSON.stringify(body);
      // The months in any form (11.5, "11.50"), but not the "11.5" of a timestamp's seconds ("13:09:11.512Z").
      const needles = [/98765/, /(?<!\d\d:)11\.5/, /999993653/, ...forbidden.map((field) => new RegExp(`"${field}"`))];
      return needles.flatMap((needle) => {
        const at = text.search(needle);
        return at < 0 ? [] : [text.slice(Math.max(0, at - 80), at + 20)];
      });
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

  describe('documents and their files (issue 11)', () => {
    /**
     * A document as the cycle stores it, with its file. Only an export's file carries the
     * partner it is for; a letter's file carries none (it is the municipality's).
     */
    async function exportFor(kind: string, partnerId: number) {
      const file = await uploadFile(admin, `export-${randomUUID().slice(0, 8)}.xlsx`, 'niet echt een spreadsheet');
      if (kind === 'partner_feedback' || kind === 'amw_overview') expect((await admin.patch(`/files/${file}`, { partner: partnerId })).status).toBe(200);
      const document = await admin.post<{ id: string }>('/items/documents', { kind, partner: partnerId, period: '2026-06', file });
      expect(document.status).toBe(200);
      return { file, document: document.body.data!.id };
    }
    const download = async (api: Api, file: string) => (await fetch(`${api.url}/assets/${file}`, { headers: { authorization: `Bearer ${api.token}` } })).status;

    test("corporation A reads and downloads its own feedback, never B's (items and /assets)", async () => {
      const ofA = await exportFor('partner_feedback', partner['wonen-limburg']!);
      const ofB = await exportFor('partner_feedback', partner['st-joseph']!);
      expect((await apis.corporation.get(`/items/documents/${ofA.document}`)).status).toBe(200);
      expect(await download(apis.corporation, ofA.file)).toBe(200);
      expect((await apis.corporation.get(`/items/documents/${ofB.document}`)).status).toBe(403);
      expect((await apis.corporation.get(`/files/${ofB.file}`)).status).toBe(403);
      expect(await download(apis.corporation, ofB.file)).toBe(403);
    });

    test('AMW reads its own overview and nothing else: no letters, no feedback', async () => {
      const overview = await exportFor('amw_overview', partner['amw-midden-limburg']!);
      const feedback = await exportFor('partner_feedback', partner['wonen-limburg']!);
      const letter = await exportFor('letter', partner['amw-midden-limburg']!);
      const visible = ((await apis.social_work.get<Array<{ id: string; kind: string }>>('/items/documents?limit=-1&fields=id,kind')).body.data ?? []);
      expect(visible.map((d) => d.id)).toContain(overview.document);
      expect(visible.every((d) => d.kind === 'amw_overview')).toBe(true);
      expect(await download(apis.social_work, overview.file)).toBe(200);
      for (const other of [feedback, letter]) {
        expect((await apis.social_work.get(`/items/documents/${other.document}`)).status).toBe(403);
        expect(await download(apis.social_work, other.file)).toBe(403);
      }
    });

    test('corporations read no letters, batches or AMW overviews, not even for their own partner', async () => {
      for (const kind of ['letter', 'letter_batch', 'amw_overview']) {
        const made = await exportFor(kind, partner['wonen-limburg']!);
        expect((await apis.corporation.get(`/items/documents/${made.document}`)).status).toBe(403);
      }
    });

    test('staff read every document and ask for a letter again, but change no made document', async () => {
      const feedback = await exportFor('partner_feedback', partner['wonen-limburg']!);
      expect((await apis.debt_services.get(`/items/documents/${feedback.document}`)).status).toBe(200);
      expect((await apis.debt_services.patch(`/items/documents/${feedback.document}`, { period: '2026-07' })).status).toBe(403);
      // Refused by the permission's validation: only a letter, only as a request.
      expect((await apis.debt_services.post('/items/documents', { kind: 'partner_feedback', status: 'ready', period: '2026-06' })).status).toBe(400);
      expect((await apis.debt_services.post('/items/documents', { kind: 'letter', status: 'ready', period: '2026-06' })).status).toBe(400);
      const request = await apis.debt_services.post<{ id: string; status: string; kind: string }>('/items/documents', { reissue_of: feedback.document, reissue_reason: 'Adres was verkeerd', period: '2026-06' });
      expect(request.status).toBe(200);
      expect(request.body.data).toMatchObject({ kind: 'letter', status: 'requested' });
      // A request needs a reason that says something (issue 11: re-issued on purpose, with a reason).
      for (const payload of [{ reissue_of: feedback.document, reissue_reason: 'oké' }, { reissue_of: feedback.document }, { kind: 'letter', period: '2026-06' }]) {
        const refused = await apis.debt_services.post<unknown>('/items/documents', payload);
        expect(refused.status).toBe(400);
        expect((refused.body as { errors?: Array<{ message: string }> }).errors?.[0]?.message).toBe('Geef een reden op waarom de brief opnieuw moet worden gemaakt (minstens 5 tekens).');
      }
    });

    test('the worker stores a file for a partner and notifies that partner\'s user', async () => {
      const form = new FormData();
      form.append('partner', String(partner['st-joseph']));
      form.append('file', new Blob(['x']), 'terugkoppeling.xlsx');
      const response = await fetch(`${apis.worker.url}/files`, { method: 'POST', headers: { authorization: `Bearer ${apis.worker.token}` }, body: form });
      expect(response.status).toBe(200);
      const { data } = (await response.json()) as { data: { id: string } };
      expect((await admin.get<{ partner: number }>(`/files/${data.id}?fields=partner`)).body.data!.partner).toBe(partner['st-joseph']);
      const notified = await apis.worker.post('/notifications', { recipient: directus.demo.users.corporation_b.id, subject: 'Terugkoppeling staat klaar' });
      expect(notified.status).toBeLessThan(300);
    });
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

describe(`privacy lifecycle (issue 12, ${directus.dbClient})`, () => {
  test('a shielded household, signal or case is seen by staff only when shielded to their own role', async () => {
    const household = (await admin.post<{ id: string }>('/items/households', { address_key: `T-${randomUUID()}`, address: 'Teststraat 3, 6001 AA Weert', shielded_role: roleIds.functional_admin })).body.data!.id;
    const signal = (await admin.post<{ id: string }>('/items/signals', { ...factories.signals!.create(), household, shielded_role: roleIds.functional_admin })).body.data!.id;
    const caseId = (await admin.post<{ id: string }>('/items/cases', { route: 'none', reason: 'Test', household, shielded_role: roleIds.functional_admin })).body.data!.id;
    const own = (await admin.post<{ id: string }>('/items/signals', { ...factories.signals!.create(), shielded_role: roleIds.debt_services })).body.data!.id;
    for (const [collection, id] of [['households', household], ['signals', signal], ['cases', caseId]] as const) {
      expect((await apis.debt_services.get(`/items/${collection}/${id}`)).status, collection).toBe(403);
      const listed = ((await apis.debt_services.get<Array<{ id: string }>>(`/items/${collection}?limit=-1&fields=id&filter[id][_eq]=${id}`)).body.data ?? []).map((row) => row.id);
      expect(listed, collection).toEqual([]);
      expect((await apis.debt_services.delete(`/items/${collection}/${id}`)).status, collection).toBe(403);
    }
    expect((await apis.debt_services.patch(`/items/signals/${signal}`, { phone: '0611111111' })).status).toBe(403);
    // What hangs off the shielded case or signal is shielded with it, for staff and for AMW.
    const referral = (await admin.post<{ id: string }>('/items/referrals', { ...factories.referrals!.create(), case: caseId })).body.data!.id;
    const attempt = (await admin.post<{ id: string }>('/items/contact_attempts', { ...factories.contact_attempts!.create(), referral, case: caseId })).body.data!.id;
    const fact = (await admin.post<{ id: string }>('/items/signal_facts', { ...factories.signal_facts!.create(), signal })).body.data!.id;
    const task = (await admin.post<{ id: string }>('/items/tasks', { ...factories.tasks!.create(), case: caseId })).body.data!.id;
    const letter = (await admin.post<{ id: string }>('/items/documents', { kind: 'letter', status: 'ready', period: '2026-01', case: caseId })).body.data!.id;
    for (const [collection, id] of [['referrals', referral], ['contact_attempts', attempt], ['signal_facts', fact], ['tasks', task], ['documents', letter]] as const) {
      expect((await apis.debt_services.get(`/items/${collection}/${id}`)).status, collection).toBe(403);
    }
    expect((await apis.social_work.get(`/items/referrals/${referral}`)).status).toBe(403);
    const amwList = ((await apis.social_work.get<Array<{ id: string }>>('/items/referrals?limit=-1&fields=id')).body.data ?? []).map((row) => row.id);
    expect(amwList).not.toContain(referral);
    expect(amwList).toContain(amwReferral);
    // Not shielded: staff still read what hangs off an ordinary case, and documents without a case (exports).
    expect((await apis.debt_services.get(`/items/referrals/${amwReferral}`)).status).toBe(200);
    expect((await apis.debt_services.get(`/items/documents/${aDocument}`)).status).toBe(200);
    expect((await apis.debt_services.get(`/items/signals/${own}`)).status).toBe(200);
    expect((await admin.get(`/items/signals/${signal}`)).status).toBe(200);
  });

  test('staff cannot shield or unshield a file by editing it (only a shielding request does)', async () => {
    const signal = await adminCreates('signals');
    expect((await apis.debt_services.patch(`/items/signals/${signal}`, { shielded_role: roleIds.debt_services })).status).toBe(403);
    expect((await apis.debt_services.post('/items/signals', { ...factories.signals!.create(), shielded_role: roleIds.debt_services })).status).toBe(403);
    expect((await apis.debt_services.patch(`/items/cases/${await adminCreates('cases')}`, { shielded_role: roleIds.debt_services })).status).toBe(403);
  });

  test('AMW no longer reads a referral once it is withdrawn', async () => {
    const referral = await adminCreates('referrals');
    expect((await apis.social_work.get(`/items/referrals/${referral}`)).status).toBe(200);
    expect((await admin.patch(`/items/referrals/${referral}`, { status: 'withdrawn' })).status).toBe(200);
    expect((await apis.social_work.get(`/items/referrals/${referral}`)).status).toBe(403);
    const ids = ((await apis.social_work.get<Array<{ id: string }>>('/items/referrals?limit=-1&fields=id')).body.data ?? []).map((row) => row.id);
    expect(ids).not.toContain(referral);
  });

  test.each(['corporation', 'social_work'] as const)('%s reads no objection, request, breach, disclosure or log entry, not even one item', async (role) => {
    for (const collection of PRIVACY_COLLECTIONS) {
      const id = await adminCreates(collection);
      expect((await apis[role].get(`/items/${collection}/${id}`)).status, collection).toBe(403);
      expect((await apis[role].get(`/items/${collection}?limit=-1`)).status, collection).toBe(403);
    }
  });

  test('staff read inzage and deletion reports; partners do not', async () => {
    for (const kind of ['inzage_report', 'deletion_report']) {
      const id = (await admin.post<{ id: string }>('/items/documents', { kind, status: 'ready' })).body.data!.id;
      expect((await apis.debt_services.get(`/items/documents/${id}`)).status, kind).toBe(200);
      for (const role of ['corporation', 'social_work', 'functional_admin'] as const) expect((await apis[role].get(`/items/documents/${id}`)).status, `${role} ${kind}`).toBe(403);
    }
  });

  test('the functional admin edits the retention terms; staff only read them', async () => {
    const before = (await admin.get<{ retention_access_log_months: number }>('/items/app_settings?fields=retention_access_log_months')).body.data!.retention_access_log_months;
    expect((await apis.functional_admin.patch('/items/app_settings', { retention_access_log_months: before })).status).toBe(200);
    expect((await apis.debt_services.patch('/items/app_settings', { retention_access_log_months: before })).status).toBe(403);
    expect((await apis.debt_services.get('/items/app_settings?fields=retention_signal_no_case_months')).status).toBe(200);
  });
});
