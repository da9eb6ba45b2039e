/**
 * The objection register honoured (issue 12, art. 10.3/10.4) on the real stack:
 * (a) an objection recorded before routing: the signal that would go to AMW gets no referral,
 *     the trace names the objection, and the letters step plans no advance notice for it;
 * (b) an objection recorded after the referral was sent: AMW can no longer read the referral
 *     (withdrawn in the same request) and staff get an inform_partners task.
 * Routing and letter planning run in-process, the same functions the cycle steps run; a
 * period and identities of its own, removed afterwards.
 */
import { randomUUID } from 'node:crypto';
import knexFactory, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { amsterdamDate } from '../../core/cycle/amsterdam-date.ts';
import { planLetterRun } from '../../core/documents/plan-letter-run.ts';
import { readLetterFacts } from '../../jobs/cycle/read-letter-facts.ts';
import { runRouteStep } from '../../jobs/cycle/route-step.ts';
import { projectKnexConfig } from '../../jobs/db-settings.ts';
import { dbDates } from '../../extensions/src/lib/db-dates.ts';
import { Api, loginAs } from '../support/api.ts';

const directus = inject('directus');
const PERIOD = '2047-03';
const TODAY = '2047-04-02';
const realToday = amsterdamDate(new Date());

type Row = Record<string, unknown>;
let admin: Api;
let staff: Api;
let amw: Api;
let knex: Knex;
let benefitsList: string | null = null;
const objections: string[] = [];
const signals: Record<'againstAmw' | 'againstAll' | 'control' | 'later', string> = {} as never;

// Tenants nobody else in the test instance has (surnames, postcodes 6009xx).
const TENANTS = {
  againstAmw: { initials: 'B.', name_prefix: 'van', surname: 'Bezwaaramw', birth_date: '1971-02-03', street: 'Bezwaarstraat', house_number: 1, postcode: '6009BA', city: 'Weert', bsn: '100000101' },
  againstAll: { initials: 'B.', name_prefix: null, surname: 'Bezwaaralles', birth_date: '1972-02-03', street: 'Bezwaarstraat', house_number: 2, postcode: '6009BB', city: 'Weert', bsn: '100000102' },
  control: { initials: 'G.', name_prefix: null, surname: 'Geenbezwaar', birth_date: '1973-02-03', street: 'Bezwaarstraat', house_number: 3, postcode: '6009BC', city: 'Weert', bsn: '100000103' },
  later: { initials: 'L.', name_prefix: 'de', surname: 'Laterbezwaar', birth_date: '1974-02-03', street: 'Bezwaarstraat', house_number: 4, postcode: '6009BD', city: 'Weert', bsn: null },
};

function data<T>(response: { status: number; body: { data?: unknown; errors?: unknown } }): T {
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data as T;
}

async function objection(api: Api, body: Row): Promise<string> {
  const id = data<{ id: string }>(await api.post('/items/objections', body)).id;
  objections.push(id);
  return id;
}

const signalRow = async (id: string) => (await knex('signals').where({ id }).first()) as Row;
const referralsOf = async (caseId: unknown) => (await knex('referrals').where({ case: String(caseId) })) as Row[];

beforeAll(async () => {
  admin = await loginAs('admin');
  staff = await loginAs('debt_services');
  amw = await loginAs('social_work');
  knex = knexFactory(projectKnexConfig(directus.db));
  // Routing sends no one to AMW unchecked: it needs a benefits list. One with an old reference
  // date when none is loaded, so no other test's newer list is refused because of it.
  if (!(await knex('source_lists').where({ kind: 'benefits', status: 'processed' }).first())) {
    benefitsList = randomUUID();
    const dates = dbDates(knex);
    await knex('source_lists').insert({ id: benefitsList, kind: 'benefits', reference_date: dates.date('2001-01-01'), status: 'processed', date_created: dates.timestamp(new Date()) });
  }
  for (const [key, tenant] of Object.entries(TENANTS) as Array<[keyof typeof TENANTS, Row]>) {
    signals[key] = data<{ id: string }>(await admin.post('/items/signals', {
      ...tenant, partner: directus.demo.partners['wonen-limburg'], period: PERIOD, signal_date: '2047-03-28', months_in_arrears: 2, arrears_amount: 800,
      match_status: 'matched', brp_situation: 'at_address',
    })).id;
  }
  // Stored "before" any list: the old list counts as having seen them.
  await knex('signals').whereIn('id', Object.values(signals)).update({ date_created: null });

  // Recorded before routing: one by BSN against AMW, one by name and address against everything.
  await objection(staff, { scope: 'amw', date_received: '2026-12-01', bsn: TENANTS.againstAmw.bsn, note: 'Test' });
  await objection(staff, { scope: 'all', date_received: '2026-12-02', surname: 'bezwaar alles', birth_date: '1972-02-03', postcode: '6009 bb', house_number: 2 });

  const outcome = await runRouteStep(knex, { period: PERIOD, today: TODAY, dryRun: false, now: new Date() });
  expect(outcome.message).toBeTruthy();
}, 120_000);

afterAll(async () => {
  if (!knex) return;
  const caseIds = ((await knex('signals').select('case').where({ period: PERIOD })) as Row[]).map((row) => row.case).filter(Boolean) as string[];
  await knex('tasks').whereIn('case', caseIds).delete();
  await knex('referrals').whereIn('case', caseIds).delete();
  await knex('signals').where({ period: PERIOD }).delete();
  await knex('cases').whereIn('id', caseIds).delete();
  await knex('objections').whereIn('id', objections).delete();
  if (benefitsList) await knex('source_lists').where({ id: benefitsList }).delete();
  await knex.destroy();
});

describe(`objections before routing (${directus.dbClient})`, () => {
  test('the tenant without an objection goes to AMW: the rule would send them there', async () => {
    const signal = await signalRow(signals.control);
    expect(signal.case).toBeTruthy();
    expect((await knex('cases').where({ id: signal.case }).first()).route).toBe('amw');
    expect((await referralsOf(signal.case)).map((row) => row.target)).toEqual(['amw']);
  });

  test('an objection against AMW: no referral, not approached, and the trace names the objection with its date', async () => {
    const signal = await signalRow(signals.againstAmw);
    expect(signal.case).toBeTruthy();
    const caseRow = (await knex('cases').where({ id: signal.case }).first()) as Row;
    expect(caseRow.route).toBe('none');
    expect(await referralsOf(signal.case)).toEqual([]);
    expect(String(signal.route_trace)).toMatch(/bezwaar tegen inschakelen AMW ontvangen op 1 december 2026 \(art\. 10\.4\)/);
    expect(String(caseRow.reason)).toMatch(/bezwaar tegen inschakelen AMW/);
    // Only the scope and the date: no BSN or name in the trace.
    expect(String(signal.route_trace)).not.toMatch(/100000101|Bezwaaramw/);
  });

  test('an objection against any approach, matched by name (with prefix and spaces) and address: not approached', async () => {
    const signal = await signalRow(signals.againstAll);
    const caseRow = (await knex('cases').where({ id: signal.case }).first()) as Row;
    expect(caseRow.route).toBe('none');
    expect(await referralsOf(signal.case)).toEqual([]);
    expect(String(signal.route_trace)).toMatch(/^Bezwaar tegen elke benadering ontvangen op 2 december 2026/);
    // Stored as the signals hold a postcode.
    expect(((await knex('objections').whereIn('id', objections).andWhere({ scope: 'all' }).first()) as Row).postcode).toBe('6009BB');
  });

  test('the letters step plans no advance notice for the objector, and no letter at all for an objection to everything', async () => {
    const facts = await readLetterFacts(knex, PERIOD, TODAY);
    const plan = planLetterRun({ period: PERIOD, today: TODAY, signals: facts.signals, cases: facts.cases, referrals: facts.referrals, produced: facts.produced, reissues: facts.requests });
    const caseOf = async (key: keyof typeof signals) => String((await signalRow(signals[key])).case);
    const lettersFor = async (key: keyof typeof signals) => {
      const caseId = await caseOf(key);
      return plan.letters.filter((letter) => letter.case === caseId).map((letter) => letter.template_key);
    };
    expect(await lettersFor('control')).toEqual(['advance_notice_amw']);
    expect(await lettersFor('againstAmw')).not.toContain('advance_notice_amw');
    expect(await lettersFor('againstAll')).toEqual([]);
    const againstAll = await caseOf('againstAll');
    expect(plan.skipped.filter((item) => item.case === againstAll).map((item) => item.code)).toEqual(['objection']);
  });
});

describe(`an objection after the referral was sent (${directus.dbClient})`, () => {
  test('AMW can no longer read the referral, and staff get a task to inform the partners', async () => {
    const caseId = (await signalRow(signals.later)).case;
    const [referral] = await referralsOf(caseId);
    expect(referral?.target).toBe('amw');
    // Released to the demo AMW organisation, as the AMW overview step does after the advance notice.
    data(await admin.patch(`/items/referrals/${String(referral!.id)}`, { date_sent: realToday, partner: directus.demo.partners['amw-midden-limburg'] }));
    expect((await amw.get(`/items/referrals/${String(referral!.id)}`)).status).toBe(200);

    // No BSN known: surname with its prefix, birth date and address; recorded today.
    const id = await objection(staff, { scope: 'amw', date_received: realToday, name_prefix: 'de', surname: 'Laterbezwaar', birth_date: '1974-02-03', postcode: '6009BD', house_number: 4 });

    expect((await amw.get(`/items/referrals/${String(referral!.id)}`)).status).toBe(403);
    const visible = data<Array<{ id: string }>>(await amw.get('/items/referrals?limit=-1&fields=id')).map((row) => row.id);
    expect(visible).not.toContain(referral!.id);
    expect(((await knex('referrals').where({ id: referral!.id }).first()) as Row).status).toBe('withdrawn');
    // Nor can AMW take it up again.
    expect((await amw.patch(`/items/referrals/${String(referral!.id)}`, { status: 'in_progress' })).status).toBe(403);
    expect(((await knex('referrals').where({ id: referral!.id }).first()) as Row).status).toBe('withdrawn');

    const tasks = data<Array<{ kind: string; status: string; description: string }>>(await staff.get(`/items/tasks?filter[case][_eq]=${String(caseId)}&filter[kind][_eq]=inform_partners&fields=kind,status,description`));
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.status).toBe('open');
    expect(tasks[0]!.description).toMatch(/^Partners informeren: bezwaar ontvangen op .*tegen het inschakelen van AMW/);
    expect(tasks[0]!.description).toMatch(/Wonen Limburg \(stuurde het signaal\)/);
    expect(tasks[0]!.description).toMatch(/\(kreeg de doorverwijzing, nu ingetrokken\)/);
    expect(((await knex('objections').where({ id }).first()) as Row).household ?? null).toBe((await signalRow(signals.later)).household ?? null);

    // Editing the objection again makes no second task.
    data(await staff.patch(`/items/objections/${id}`, { note: 'Telefonisch bevestigd' }));
    expect(data<unknown[]>(await staff.get(`/items/tasks?filter[case][_eq]=${String(caseId)}&filter[kind][_eq]=inform_partners&fields=id`))).toHaveLength(1);
  });

  test('an objection that identifies nobody is refused in Dutch', async () => {
    const response = await staff.post<unknown>('/items/objections', { scope: 'amw', date_received: realToday, surname: 'Alleennaam' });
    expect(response.status).toBe(400);
    expect((response.body as { errors?: Array<{ message: string }> }).errors?.[0]?.message).toMatch(/^Vul het BSN in, of achternaam, geboortedatum, postcode en huisnummer/);
  });
});
