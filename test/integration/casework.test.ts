/**
 * Casework over the real REST API with real role accounts (issue 9, item 4): what staff
 * and AMW do with a case once routing made it. Routing itself is another test; here the
 * admin puts the cases, referrals and tasks in place as routing would.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { amsterdamDate } from '../../core/cycle/amsterdam-date.ts';
import { REFERRAL_DATA_FOR_SOCIAL_WORK } from '../../directus/access/access-model.ts';
import { Api, loginAs } from '../support/api.ts';

const directus = inject('directus');
const amwPartner = directus.demo.partners['amw-midden-limburg'];
const today = amsterdamDate(new Date());
const period = '2026-11';
const person = { initials: 'C.W.', surname: 'Casework', birth_date: '1985-04-12', street: 'Werkstraat', house_number: 9, postcode: '6002CD', city: 'Weert', phone: '0612345678' };

let admin: Api;
let staff: Api;
let amw: Api;

type Row = Record<string, unknown>;
const data = <T = Row>(response: { status: number; body: { data?: unknown } }): T => {
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data as T;
};
const message = (response: { body: { errors?: Array<{ message: string }> } }) => response.body.errors?.[0]?.message;

/** A case as routing leaves it, with its household and signal. */
async function routedCase(route: 'amw' | 'municipality', extra: Row = {}): Promise<{ caseId: string; household: string }> {
  const household = data<{ id: string }>(await admin.post('/items/households', { address_key: `CW-${randomUUID()}`, address: 'Zorgstraat 4, 6002 BB Weert', living_situation: 'paar met kinderen', has_minor_children: true })).id;
  const caseId = data<{ id: string }>(await admin.post('/items/cases', {
    household, period, status: 'new', route, rule_route: route, decided_by_rule: 'huurschuld-convenant@1', reason: 'Test: zoals de regel besliste.', priority: 1,
    months_in_arrears: 3, arrears_amount: 1234.5, date_matched: today, ...extra,
  })).id;
  await admin.post('/items/signals', {
    ...person, partner: directus.demo.partners['wonen-limburg'], period, signal_date: today, months_in_arrears: 3, arrears_amount: 1234.5,
    household, case: caseId, debt_areas: ['Huur', 'Energie'], bsn: '999993653', has_benefit: route === 'municipality',
  });
  return { caseId, household };
}

async function amwReferral(caseId: string, extra: Row = {}): Promise<string> {
  return data<{ id: string }>(await admin.post('/items/referrals', {
    ...person, case: caseId, target: 'amw', partner: amwPartner, period, status: 'new', priority: 1, date_sent: null,
    living_situation: 'paar met kinderen', debt_areas: ['Huur', 'Energie'], arrears_amount: 1234.5, months_in_arrears: 3, ...extra,
  })).id;
}

const readCase = async (id: string) => data<Row>(await admin.get(`/items/cases/${id}`));
const readReferral = async (id: string) => data<Row>(await admin.get(`/items/referrals/${id}`));

beforeAll(async () => {
  admin = await loginAs('admin');
  staff = await loginAs('debt_services');
  amw = await loginAs('social_work');
});

describe(`casework by staff (${directus.dbClient})`, () => {
  test('status moves forward with its dates; closing needs a DDAS result; a closed case stays closed', async () => {
    const { caseId } = await routedCase('municipality');
    const closeBare = await staff.patch(`/items/cases/${caseId}`, { status: 'closed' });
    expect(closeBare.status).toBe(400);
    expect(message(closeBare)).toBe('Kies een eindresultaat (DDAS) voordat u de zaak afsluit.');

    data(await staff.patch(`/items/cases/${caseId}`, { status: 'picked_up', assigned_to: directus.demo.users.debt_services.id }));
    expect(await readCase(caseId)).toMatchObject({ status: 'picked_up', date_picked_up: today, date_closed: null });

    const back = await staff.patch(`/items/cases/${caseId}`, { status: 'new' });
    expect(back.status).toBe(400);
    expect(message(back)).toBe('Een zaak gaat niet terug van "Opgepakt" naar "Nieuw".');

    data(await staff.patch(`/items/cases/${caseId}`, { status: 'in_contact', date_first_talk: today, talk_place: 'Stadhuis Weert' }));
    data(await staff.patch(`/items/cases/${caseId}`, { status: 'closed', result: '(Budget)advies en/of quick fix' }));
    expect(await readCase(caseId)).toMatchObject({ status: 'closed', result: '(Budget)advies en/of quick fix', date_closed: today, date_picked_up: today });

    for (const change of [{ status: 'in_contact' }, { talk_place: 'Elders' }, { route: 'amw', override_reason: 'Toch AMW' }]) {
      const refused = await staff.patch(`/items/cases/${caseId}`, change);
      expect(refused.status).toBe(400);
    }
    expect((await readCase(caseId)).talk_place).toBe('Stadhuis Weert');
    // An administrator may still correct a closed case.
    data(await admin.patch(`/items/cases/${caseId}`, { talk_place: 'Stadskantoor' }));
  });

  test('new → in contact directly (a tenant calls in) fills the pick-up date too', async () => {
    const { caseId } = await routedCase('municipality');
    data(await staff.patch(`/items/cases/${caseId}`, { status: 'in_contact' }));
    expect(await readCase(caseId)).toMatchObject({ status: 'in_contact', date_picked_up: today });
  });

  test('staff cannot change the rule’s decision, only override the route beside it', async () => {
    const { caseId } = await routedCase('municipality');
    for (const field of ['rule_route', 'reason', 'decided_by_rule', 'priority']) {
      expect((await staff.patch(`/items/cases/${caseId}`, { [field]: field === 'priority' ? 9 : 'amw' })).status).toBe(403);
    }
  });

  test('rent withholding (art. 10.5): the task is done only after consent is recorded', async () => {
    const { caseId } = await routedCase('municipality');
    const task = data<{ id: string }>(await admin.post('/items/tasks', { kind: 'rent_withholding', status: 'open', case: caseId, period, task_key: `rent_withholding:case:${caseId}`, due_date: today }));
    const early = await staff.patch(`/items/tasks/${task.id}`, { status: 'done' });
    expect(early.status).toBe(400);
    expect(message(early)).toBe('Huur inhouden kan pas als de machtiging van de huurder op de zaak is vastgelegd (art. 10.5 convenant).');
    expect(data<Row>(await admin.get(`/items/tasks/${task.id}`))).toMatchObject({ status: 'open', done_at: null, done_by: null });

    data(await staff.patch(`/items/cases/${caseId}`, { rent_withholding_consent: true }));
    expect(await readCase(caseId)).toMatchObject({ rent_withholding_consent: true, consent_date: today });
    data(await staff.patch(`/items/tasks/${task.id}`, { status: 'done' }));
    const done = data<Row>(await admin.get(`/items/tasks/${task.id}`));
    expect(done).toMatchObject({ status: 'done', done_by: directus.demo.users.debt_services.id });
    expect(done.done_at).toBeTruthy();
  });

  test('a contact attempt by staff moves the case on: picked up when not reached, in contact when reached', async () => {
    const { caseId } = await routedCase('municipality');
    const missed = data<{ id: string }>(await staff.post('/items/contact_attempts', { case: caseId, kind: 'Telefoon', reached: false, date: '2026-11-20', part_of_day: 'Ochtend', note: 'Voicemail' }));
    expect(await readCase(caseId)).toMatchObject({ status: 'picked_up', date_picked_up: '2026-11-20', date_first_contact: null });
    expect(data<Row>(await admin.get(`/items/contact_attempts/${missed.id}`))).toMatchObject({ organisation: 'municipality', case: caseId });
    data(await staff.post('/items/contact_attempts', { case: caseId, kind: 'Huisbezoek', reached: true, date: '2026-11-22', part_of_day: 'Middag' }));
    expect(await readCase(caseId)).toMatchObject({ status: 'in_contact', date_picked_up: '2026-11-20', date_first_contact: '2026-11-22' });
    // Staff write the municipality's note, never AMW's.
    expect((await staff.post('/items/contact_attempts', { case: caseId, kind: 'Brief', reached: false, date: today, amw_note: 'x' })).status).toBe(403);
  });

  test('a route override needs a reason; to none closes the case with "Niet opgepakt: andere reden"', async () => {
    const { caseId } = await routedCase('municipality');
    const bare = await staff.patch(`/items/cases/${caseId}`, { route: 'none' });
    expect(bare.status).toBe(400);
    expect(message(bare)).toBe('Geef een reden op als u de route wijzigt; de beslissing van de regel blijft ernaast bewaard.');
    data(await staff.patch(`/items/cases/${caseId}`, { route: 'none', override_reason: 'Huurder is verhuisd naar familie.' }));
    expect(await readCase(caseId)).toMatchObject({
      route: 'none', rule_route: 'municipality', status: 'closed', result: 'Niet opgepakt: andere reden', date_closed: today,
      override_reason: 'Huurder is verhuisd naar familie.', overridden_by: directus.demo.users.debt_services.id,
    });
    expect((await readCase(caseId)).overridden_at).toBeTruthy();
  });
});

describe(`AMW and staff on one referral (${directus.dbClient})`, () => {
  let caseId: string;
  let first: string;
  let second: string;

  beforeAll(async () => {
    ({ caseId } = await routedCase('amw'));
    first = await amwReferral(caseId);
  });

  test('AMW does not see a referral before it is released', async () => {
    expect((await amw.get(`/items/referrals/${first}`)).status).toBe(403);
    const ids = data<Array<{ id: string }>>(await amw.get('/items/referrals?limit=-1&fields=id')).map((row) => row.id);
    expect(ids).not.toContain(first);
    expect((await amw.post('/items/contact_attempts', { referral: first, kind: 'Telefoon', reached: false, date: today })).status).toBe(400);
  });

  test('override amw → municipality withdraws the referral AMW did not start; the rule’s route stays', async () => {
    const bare = await staff.patch(`/items/cases/${caseId}`, { route: 'municipality', override_reason: '  ' });
    expect(bare.status).toBe(400);
    expect((await readReferral(first)).status).toBe('new');
    data(await staff.patch(`/items/cases/${caseId}`, { route: 'municipality', override_reason: 'Bekend bij de regisseur participatie.' }));
    expect(await readCase(caseId)).toMatchObject({ route: 'municipality', rule_route: 'amw', decided_by_rule: 'huurschuld-convenant@1', overridden_by: directus.demo.users.debt_services.id });
    expect((await readReferral(first)).status).toBe('withdrawn');
  });

  test('override back to amw creates a referral as routing does (art. 12.3 fields, not yet released)', async () => {
    data(await staff.patch(`/items/cases/${caseId}`, { route: 'amw', override_reason: 'Toch AMW: regisseur heeft geen plek.' }));
    const referrals = data<Row[]>(await admin.get(`/items/referrals?filter[case][_eq]=${caseId}&filter[status][_eq]=new&limit=-1`));
    expect(referrals).toHaveLength(1);
    second = referrals[0]!.id as string;
    expect(referrals[0]).toMatchObject({
      target: 'amw', partner: amwPartner, period, priority: 1, date_sent: null, surname: 'Casework', postcode: '6002CD', phone: '0612345678',
      living_situation: 'paar met kinderen', debt_areas: ['Huur', 'Energie'],
    });
    expect((await readCase(caseId)).rule_route).toBe('amw');
  });

  test('released, AMW sees only the art. 12.3 fields and records an attempt with its own note', async () => {
    data(await admin.patch(`/items/referrals/${second}`, { date_sent: today })); // the amw-overview step
    const seen = data<Row>(await amw.get(`/items/referrals/${second}`));
    expect(Object.keys(seen).sort()).toEqual([...REFERRAL_DATA_FOR_SOCIAL_WORK].sort());
    for (const field of ['arrears_amount', 'months_in_arrears', 'case', 'partner']) expect(seen).not.toHaveProperty(field);

    data(await amw.post('/items/contact_attempts', { referral: second, kind: 'Telefoon', reached: false, date: today, part_of_day: 'Ochtend', amw_note: 'Geen gehoor; later opnieuw.' }));
    expect((await readReferral(second)).status).toBe('in_progress');
    expect(await readCase(caseId)).toMatchObject({ status: 'picked_up', date_picked_up: today, date_first_contact: null });

    data(await amw.post('/items/contact_attempts', { referral: second, kind: 'Huisbezoek', reached: true, date: today, part_of_day: 'Middag', amw_note: 'Gesprek gehad, zorgen over werk.' }));
    expect(await readCase(caseId)).toMatchObject({ status: 'in_contact', date_first_contact: today });
    const attempts = data<Row[]>(await admin.get(`/items/contact_attempts?filter[referral][_eq]=${second}&fields=case,organisation`));
    expect(attempts).toEqual([{ case: caseId, organisation: 'amw' }, { case: caseId, organisation: 'amw' }]);
  });

  test('AMW adds an attempt from the referral form, but cannot change one through it', async () => {
    const nested = await amw.patch(`/items/referrals/${second}`, { contact_attempts: { create: [{ kind: 'SMS/Whatsapp', reached: false, date: today, amw_note: 'Sms gestuurd.' }], update: [], delete: [] } });
    expect(nested.status, JSON.stringify(nested.body)).toBe(200);
    const attempts = data<Row[]>(await admin.get(`/items/contact_attempts?filter[referral][_eq]=${second}&filter[kind][_eq]=SMS/Whatsapp&fields=id,case,organisation`));
    expect(attempts).toEqual([{ id: expect.any(String), case: caseId, organisation: 'amw' }]);
    const change = await amw.patch(`/items/referrals/${second}`, { contact_attempts: { create: [], update: [{ id: attempts[0]!.id, reached: true }], delete: [] } });
    expect(change.status).toBe(403);
    const remove = await amw.patch(`/items/referrals/${second}`, { contact_attempts: { create: [], update: [], delete: [attempts[0]!.id] } });
    expect(remove.status).toBe(403);
  });

  test('while AMW works on it, the route cannot move away from AMW', async () => {
    const refused = await staff.patch(`/items/cases/${caseId}`, { route: 'municipality', override_reason: 'Toch zelf.' });
    expect(refused.status).toBe(400);
    expect(message(refused)).toMatch(/^AMW werkt al aan deze doorverwijzing/);
    expect((await readCase(caseId)).route).toBe('amw');
  });

  test('AMW refers back ("ernstige schulden"): staff get a task and the case attention, without AMW’s text', async () => {
    const secret = 'Huurder vertelde over een gokverslaving.';
    data(await amw.patch(`/items/referrals/${second}`, { status: 'referred_back', outcome_note: secret }));
    expect(await readReferral(second)).toMatchObject({ status: 'referred_back', date_referred_back: today });

    const tasks = data<Row[]>(await staff.get(`/items/tasks?filter[kind][_eq]=referred_back&filter[status][_eq]=open&filter[case][_eq]=${caseId}`));
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ task_key: `referred_back:referral:${second}`, period, case: caseId });
    expect(String(tasks[0]!.due_date)).toBe(new Date(Date.parse(`${today}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10));
    const staffCase = data<Row>(await staff.get(`/items/cases/${caseId}`));
    expect(staffCase).toMatchObject({ attention: true });
    expect(String(staffCase.attention_reason)).toMatch(/terugverwezen naar schulddienstverlening/);

    // Art. 11.1: AMW's own file stays AMW's.
    expect((await staff.get(`/items/referrals/${second}?fields=outcome_note`)).status).toBe(403);
    expect((await staff.get(`/items/contact_attempts?filter[referral][_eq]=${second}&fields=amw_note`)).status).toBe(403);
    const everything = JSON.stringify([
      data(await staff.get(`/items/referrals/${second}`)),
      data(await staff.get(`/items/contact_attempts?filter[referral][_eq]=${second}`)),
      data(await staff.get(`/items/tasks?filter[case][_eq]=${caseId}`)),
      staffCase,
    ]);
    for (const text of [secret, 'zorgen over werk', 'Geen gehoor']) expect(everything).not.toContain(text);
    // AMW reads its own note back.
    expect(data<Row>(await amw.get(`/items/referrals/${second}?fields=outcome_note`)).outcome_note).toBe(secret);

    // A referred-back referral is final for AMW; now staff may take the route back.
    expect((await amw.patch(`/items/referrals/${second}`, { status: 'in_progress' })).status).toBe(400);
    data(await staff.patch(`/items/cases/${caseId}`, { route: 'municipality', override_reason: 'Terugverwezen door AMW: ernstige schulden.' }));
    expect((await readReferral(second)).status).toBe('referred_back');
  });
});

describe(`AMW closes a referral (${directus.dbClient})`, () => {
  test('closing needs a DDAS outcome; the case shows it as attention, the municipality closes the case', async () => {
    const { caseId } = await routedCase('amw');
    const referral = await amwReferral(caseId, { date_sent: today });
    const bare = await amw.patch(`/items/referrals/${referral}`, { status: 'closed' });
    expect(bare.status).toBe(400);
    expect(message(bare)).toBe('Kies een uitkomst (DDAS) voordat u de doorverwijzing afrondt.');
    expect((await amw.patch(`/items/referrals/${referral}`, { status: 'withdrawn' })).status).toBe(400);

    data(await amw.patch(`/items/referrals/${referral}`, { status: 'closed', outcome: 'Vervolghulp en/of verwijzing financieel' }));
    expect(await readReferral(referral)).toMatchObject({ status: 'closed', outcome: 'Vervolghulp en/of verwijzing financieel', date_outcome: today });
    const caseRow = await readCase(caseId);
    expect(caseRow).toMatchObject({ status: 'new', result: null, attention: true, attention_reason: 'AMW heeft de doorverwijzing afgerond: Vervolghulp en/of verwijzing financieel' });
    // Staff see the DDAS outcome, and clear the attention once handled.
    expect(data<Row>(await staff.get(`/items/referrals/${referral}?fields=outcome,status`))).toEqual({ outcome: 'Vervolghulp en/of verwijzing financieel', status: 'closed' });
    data(await staff.patch(`/items/cases/${caseId}`, { attention: false }));
    expect(await readCase(caseId)).toMatchObject({ attention: false, attention_reason: null });
  });
});

describe(`a withdrawn referral (${directus.dbClient})`, () => {
  test('staff withdraw a released referral AMW did not start; AMW then records nothing on it', async () => {
    const { caseId } = await routedCase('amw');
    const referral = await amwReferral(caseId, { date_sent: today });
    const closing = await staff.patch(`/items/referrals/${referral}`, { status: 'closed', outcome: 'Inwoner is overleden' });
    expect(closing.status).toBe(400);
    expect(message(closing)).toMatch(/^De voortgang van een doorverwijzing legt AMW vast/);
    data(await staff.patch(`/items/referrals/${referral}`, { status: 'withdrawn' }));

    const attempt = await amw.post('/items/contact_attempts', { referral, kind: 'Telefoon', reached: true, date: today });
    expect(attempt.status).toBe(400);
    // issue 12: a withdrawn referral has left AMW's view, so AMW hears what it hears of any referral not its own.
    expect(message(attempt)).toBe('Deze doorverwijzing bestaat niet of is niet aan uw organisatie gericht.');
    expect(data<Row[]>(await admin.get(`/items/contact_attempts?filter[referral][_eq]=${referral}`))).toEqual([]);
    expect(await readCase(caseId)).toMatchObject({ status: 'new', date_first_contact: null });
    // issue 12: a withdrawn referral has left AMW's view (access model): AMW can neither read nor change it.
    expect((await amw.patch(`/items/referrals/${referral}`, { status: 'in_progress' })).status).toBe(403);
    expect((await amw.get(`/items/referrals/${referral}`)).status).toBe(403);
    expect(await readReferral(referral)).toMatchObject({ status: 'withdrawn' });
  });
});

describe(`worklists per role (${directus.dbClient})`, () => {
  const query = (preset: { layout_query: { tabular: { fields: string[]; sort: string[] } }; filter: unknown }) =>
    `fields=${preset.layout_query.tabular.fields.join(',')}&sort=${preset.layout_query.tabular.sort.join(',')}&filter=${encodeURIComponent(JSON.stringify(preset.filter ?? {}))}&limit=-1`;
  type Preset = { bookmark: string | null; collection: string; role: string | null; user: string | null; filter: unknown; layout_query: { tabular: { fields: string[]; sort: string[] } } };

  test.each([
    ['debt_services', ['Te controleren: BRP-koppeling', 'Mijn zaken op prioriteit', 'Open zaken op prioriteit', 'Wacht op AMW', 'Termijn verlopen', 'Huur inhouden', 'Terugverwezen door AMW', 'Open taken', 'Mislukte taken']],
    ['social_work', ['Doorverwijzingen op prioriteit']],
  ] as const)('%s has its bookmarks, and each one opens', async (role, expected) => {
    const api = role === 'debt_services' ? staff : amw;
    const presets = data<Preset[]>(await api.get('/presets?limit=-1&filter[bookmark][_nnull]=true&filter[user][_null]=true'));
    // Other tests add bookmarks of their own to this instance; the provisioned ones are all there.
    expect(presets.map((p) => p.bookmark)).toEqual(expect.arrayContaining([...expected]));
    const others = role === 'debt_services' ? ['Doorverwijzingen op prioriteit'] : ['Mijn zaken op prioriteit', 'Terugverwezen door AMW', 'Open taken'];
    for (const name of others) expect(presets.map((p) => p.bookmark)).not.toContain(name);
    for (const preset of presets.filter((p) => (expected as readonly string[]).includes(p.bookmark!))) {
      const response = await api.get(`/items/${preset.collection}?${query(preset)}`);
      expect(response.status, `${preset.bookmark}: ${JSON.stringify(response.body).slice(0, 200)}`).toBe(200);
    }
  });

  test('the default table of every collection a role reads opens for that role', async () => {
    const globals = data<Preset[]>(await admin.get('/presets?limit=-1&filter[bookmark][_null]=true&filter[user][_null]=true&filter[role][_null]=true'));
    for (const [api, collections] of [[staff, ['cases', 'referrals', 'tasks', 'contact_attempts', 'signals']], [amw, ['referrals', 'contact_attempts']]] as const) {
      for (const collection of collections) {
        const preset = globals.find((p) => p.collection === collection)!;
        expect(preset.layout_query.tabular.fields).toEqual(expect.arrayContaining(collection === 'cases' || collection === 'referrals' ? ['priority', 'status'] : []));
        const response = await api.get(`/items/${collection}?${query(preset)}`);
        expect(response.status, `${collection}: ${JSON.stringify(response.body).slice(0, 200)}`).toBe(200);
      }
    }
  });

  test('"Mijn zaken op prioriteit" holds my open cases, first priority first; AMW’s list holds its open referrals', async () => {
    const me = directus.demo.users.debt_services.id;
    const { caseId: mine } = await routedCase('municipality', { assigned_to: me, priority: 2 });
    const { caseId: urgent } = await routedCase('municipality', { assigned_to: me, priority: 1 });
    const { caseId: closed } = await routedCase('municipality', { assigned_to: me, status: 'closed', result: 'Inwoner is overleden' });
    const { caseId: other } = await routedCase('municipality');
    const [preset] = data<Preset[]>(await staff.get('/presets?filter[bookmark][_eq]=Mijn zaken op prioriteit'));
    const ids = data<Array<{ id: string }>>(await staff.get(`/items/cases?${query(preset!).replace(/^fields=[^&]*/, 'fields=id')}`)).map((row) => row.id);
    expect(ids).toContain(mine);
    expect(ids.indexOf(urgent)).toBeLessThan(ids.indexOf(mine));
    for (const absent of [closed, other]) expect(ids).not.toContain(absent);

    const { caseId } = await routedCase('amw');
    const open = await amwReferral(caseId, { date_sent: today });
    const withdrawn = await amwReferral(caseId, { date_sent: today, status: 'withdrawn' });
    const [amwPreset] = data<Preset[]>(await amw.get('/presets?filter[bookmark][_eq]=Doorverwijzingen op prioriteit'));
    const referralIds = data<Array<{ id: string }>>(await amw.get(`/items/referrals?${query(amwPreset!).replace(/^fields=[^&]*/, 'fields=id')}`)).map((row) => row.id);
    expect(referralIds).toContain(open);
    expect(referralIds).not.toContain(withdrawn);
  });
});
