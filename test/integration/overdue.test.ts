/**
 * The daily `overdue` step and the `amw-overview` step over the real stack, through
 * `npm run cycle` (the worker's job runs the same runCycleStep): cases, referrals and contact
 * attempts (staff's and AMW's) made over the REST API, tasks and referrals read back.
 * Overdue: a task per missed term, none on the last day of a term, AMW's attempt counts, a
 * closed case and a case not to be contacted are not watched, the talk term only for
 * municipality cases; a repeat makes nothing; once the condition is resolved the open task is
 * settled by the system, without a duplicate. AMW overview: the period's new AMW referrals are
 * released (date_sent), once; dry runs write nothing.
 */
import { randomUUID } from 'node:crypto';
import knexFactory, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { projectKnexConfig } from '../../jobs/db-settings.ts';
import { Api, loginAs } from '../support/api.ts';
import { runCycle } from '../support/run-cycle.ts';

const directus = inject('directus');
// Far from the demo data and other tests: no other test's run reaches these decision dates.
const PERIOD = '2041-01';
const DECIDED = '2041-01-10';
const person = { initials: 'T.', surname: 'Termijn', birth_date: '1980-01-01', street: 'Teststraat', house_number: 1, postcode: '6001AB', city: 'Weert' };

let admin: Api;
let amw: Api;
let knex: Knex;
const cases: Record<'amw' | 'municipality' | 'amwContacted' | 'onTime' | 'closed' | 'none' | 'talkOnly', string> = {} as never;
const referrals: Record<'release' | 'alreadySent' | 'withdrawn' | 'sdv' | 'otherPeriod', string> = {} as never;
let tasksBefore: string[] = [];

const cycle = (args: string[]) => runCycle(args, {}, 60_000);

async function create<T = { id: string }>(api: Api, collection: string, item: Record<string, unknown>): Promise<T> {
  const response = await api.post<T>(`/items/${collection}`, item);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data!;
}

async function createCase(item: Record<string, unknown>): Promise<string> {
  return (await create(admin, 'cases', { period: PERIOD, status: 'new', reason: 'Test termijnen', date_matched: DECIDED, ...item })).id;
}

async function referral(item: Record<string, unknown>): Promise<string> {
  return (await create(admin, 'referrals', { ...person, target: 'amw', partner: directus.demo.partners['amw-midden-limburg'], status: 'new', period: PERIOD, ...item })).id;
}

type TaskRow = { id: string; kind: string; case: string; status: string; due_date: string; description: string; period: string; task_key: string; done_at: string | null; done_by: string | null };
async function overdueTasks(): Promise<TaskRow[]> {
  const ids = Object.values(cases).join(',');
  const { body } = await admin.get<TaskRow[]>(`/items/tasks?filter[kind][_eq]=overdue&filter[case][_in]=${ids}&limit=-1&sort=task_key&fields=id,kind,case,status,due_date,description,period,task_key,done_at,done_by`);
  return body.data!;
}
const keysOf = (tasks: TaskRow[], status?: string) => tasks.filter((task) => !status || task.status === status).map((task) => task.task_key).sort();
const day = (value: string | null) => (value === null ? null : String(value).slice(0, 10));

async function referralRow(id: string) {
  return (await admin.get<{ date_sent: string | null; status: string }>(`/items/referrals/${id}?fields=date_sent,status`)).body.data!;
}

/** A status change the way staff make it: one step at a time, closing with a DDAS end result. */
async function closeCase(id: string) {
  for (const status of ['picked_up', 'in_contact']) expect((await admin.patch(`/items/cases/${id}`, { status })).status).toBe(200);
  const closed = await admin.patch(`/items/cases/${id}`, { status: 'closed', result: 'Definitief geen contact kunnen krijgen', date_closed: '2041-02-09' });
  expect(closed.status, JSON.stringify(closed.body)).toBe(200);
}

beforeAll(async () => {
  admin = await loginAs('admin');
  amw = await loginAs('social_work');
  knex = knexFactory(projectKnexConfig(directus.db));
  tasksBefore = ((await knex('tasks').select('id').where({ kind: 'overdue' })) as Array<{ id: string }>).map((row) => row.id);

  cases.amw = await createCase({ route: 'amw' });
  cases.municipality = await createCase({ route: 'municipality' });
  cases.amwContacted = await createCase({ route: 'amw' });
  cases.onTime = await createCase({ route: 'municipality', date_first_talk: '2041-02-07' });
  cases.closed = await createCase({ route: 'amw' });
  cases.none = await createCase({ route: 'none' });
  cases.talkOnly = await createCase({ route: 'municipality' });
  await closeCase(cases.closed);

  referrals.release = await referral({ case: cases.amw, priority: 1 });
  referrals.alreadySent = await referral({ case: cases.amwContacted, date_sent: '2041-01-11' });
  referrals.withdrawn = await referral({ status: 'withdrawn' });
  referrals.sdv = await referral({ target: 'sdv', partner: null });
  referrals.otherPeriod = await referral({ period: '2041-02' });
  // The letters step sent this household the advance notice: AMW may get its referral (issue 11).
  await knex('documents').insert({ id: randomUUID(), kind: 'letter', status: 'ready', template_key: 'advance_notice_amw', case: cases.amw, period: PERIOD });

  // AMW records its attempt against the referral it received; staff against the case. Day 14 still counts.
  await create(amw, 'contact_attempts', { referral: referrals.alreadySent, kind: 'Telefoon', reached: false, date: '2041-01-20', part_of_day: 'Ochtend' });
  await create(admin, 'contact_attempts', { case: cases.onTime, kind: 'Brief', reached: false, date: '2041-01-24' });
  await create(admin, 'contact_attempts', { case: cases.talkOnly, kind: 'Huisbezoek', reached: true, date: '2041-01-12' });
});

afterAll(async () => {
  if (!knex) return;
  // The runs acted as 2041 and so also judged other tests' open cases: take out every overdue
  // task they made, and the test's own cases (their referrals and attempts go with them).
  const made = knex('tasks').where({ kind: 'overdue' });
  if (tasksBefore.length) made.whereNotIn('id', tasksBefore);
  await made.delete();
  const ids = Object.values(cases).filter(Boolean);
  const referralIds = Object.values(referrals).filter(Boolean);
  await knex('contact_attempts').whereIn('case', ids).orWhereIn('referral', referralIds).delete();
  await knex('documents').whereIn('case', ids).delete();
  await knex('referrals').whereIn('id', referralIds).orWhereIn('case', ids).delete();
  await knex('cases').whereIn('id', ids).delete();
  await knex.destroy();
});

describe(`npm run cycle: overdue (${directus.dbClient})`, () => {
  test('--dry-run counts and writes nothing', async () => {
    const run = await cycle(['--period', '2041-02', '--step', 'overdue', '--today', '2041-02-08', '--dry-run']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Proefrun: \d+ open zaken bekeken \(stand 8 februari 2041\); zou \d+ taken maken \(\d+ zonder contactpoging binnen 14 dagen, \d+ zonder eerste gesprek binnen 28 dagen\)/);
    expect(run.stdout).toContain('er is niets opgeslagen');
    expect(await overdueTasks()).toEqual([]);
  });

  test('a task per missed term: no attempt within 14 days (AMW\'s attempt counts), no first talk within 28 (municipality only)', async () => {
    const run = await cycle(['--period', '2041-02', '--step', 'overdue', '--today', '2041-02-08']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/open zaken bekeken \(stand 8 februari 2041\): \d+ taken gemaakt/);
    const tasks = await overdueTasks();
    expect(keysOf(tasks)).toEqual([`overdue:contact:${cases.amw}`, `overdue:contact:${cases.municipality}`, `overdue:talk:${cases.municipality}`, `overdue:talk:${cases.talkOnly}`].sort());
    const contact = tasks.find((task) => task.task_key === `overdue:contact:${cases.amw}`)!;
    expect(contact).toMatchObject({ kind: 'overdue', case: cases.amw, status: 'open', period: PERIOD, done_at: null });
    expect(day(contact.due_date)).toBe('2041-01-24');
    expect(contact.description).toBe('Geen contactpoging binnen 14 dagen na de beslissing (beslist op 10 januari 2041, route AMW). Neem contact op met de huurder of vraag AMW naar de stand van zaken en leg de poging vast.');
    const talk = tasks.find((task) => task.task_key === `overdue:talk:${cases.municipality}`)!;
    expect(day(talk.due_date)).toBe('2041-02-07');
    expect(talk.description).toContain('Geen eerste gesprek binnen 28 dagen na de beslissing (beslist op 10 januari 2041, route gemeente)');
    // The run is recorded like the worker's, under the day's key.
    const runs = (await knex('job_runs').select('status', 'message').where({ unique_key: 'cycle-step:overdue:2041-02:2041-02-08' })) as Array<{ status: string; message: string }>;
    expect(runs).toEqual([expect.objectContaining({ status: 'done', message: run.stdout.trim() })]);
  });

  test('a second run makes nothing new', async () => {
    const before = await overdueTasks();
    const run = await cycle(['--period', '2041-02', '--step', 'overdue', '--today', '2041-02-08']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/geen nieuwe verlopen termijnen \(\d+ al eerder als taak gemeld\), niets afgerond\./);
    expect(await overdueTasks()).toEqual(before);
  });
});

describe(`npm run cycle: amw-overview (${directus.dbClient})`, () => {
  test('--dry-run counts and releases nothing', async () => {
    const run = await cycle(['--period', PERIOD, '--step', 'amw-overview', '--today', '2041-02-11', '--dry-run']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toBe('Proefrun: zou 1 doorverwijzing van 2041-01 vrijgeven aan AMW (verstuurd op 11 februari 2041); er is niets opgeslagen. 1 doorverwijzing had AMW al; 1 doorverwijzing niet vrijgegeven (ingetrokken of al in behandeling).\n');
    expect((await referralRow(referrals.release)).date_sent).toBeNull();
  });

  test('the period\'s new AMW referrals get today as date sent; withdrawn, already sent, debt services and other periods stay as they are', async () => {
    const run = await cycle(['--period', PERIOD, '--step', 'amw-overview', '--today', '2041-02-11']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('1 doorverwijzing van 2041-01 vrijgegeven aan AMW (verstuurd op 11 februari 2041).');
    // Its overview is made too: the released household got the advance notice (exports-step.test.ts covers the file).
    expect(run.stdout).toContain('Overzicht voor AMW: 1 bestand(en) met samen 1 huishouden(s)');
    expect(day((await referralRow(referrals.release)).date_sent)).toBe('2041-02-11');
    expect(day((await referralRow(referrals.alreadySent)).date_sent)).toBe('2041-01-11');
    for (const id of [referrals.withdrawn, referrals.sdv, referrals.otherPeriod]) expect((await referralRow(id)).date_sent).toBeNull();
  });

  test('a second run releases nothing', async () => {
    const run = await cycle(['--period', PERIOD, '--step', 'amw-overview', '--today', '2041-02-12']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('Geen nieuwe doorverwijzingen van 2041-01 voor AMW; er is niets vrijgegeven. 2 doorverwijzingen had AMW al');
    expect(day((await referralRow(referrals.release)).date_sent)).toBe('2041-02-11');
  });
});

describe(`overdue tasks settle themselves once resolved (${directus.dbClient})`, () => {
  test('AMW\'s attempt, a first talk, a closed case: the open task is done (by the system), no duplicate; what still runs late stays open', async () => {
    await create(amw, 'contact_attempts', { referral: referrals.release, kind: 'Huisbezoek', reached: true, date: '2041-02-12' });
    expect((await admin.patch(`/items/cases/${cases.municipality}`, { date_first_talk: '2041-02-12' })).status).toBe(200);
    await closeCase(cases.talkOnly);

    const dry = await cycle(['--period', '2041-02', '--step', 'overdue', '--today', '2041-02-13', '--dry-run']);
    expect(dry.status, dry.stdout + dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/zou 0 taken maken .* en [3-9]\d* taken afronden/);
    expect(keysOf(await overdueTasks(), 'open')).toHaveLength(4);

    const run = await cycle(['--period', '2041-02', '--step', 'overdue', '--today', '2041-02-13']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/0 taken gemaakt .*; \d+ taken afgerond omdat de termijn alsnog is gehaald of de zaak is afgesloten\./);
    const tasks = await overdueTasks();
    expect(tasks).toHaveLength(4);
    expect(keysOf(tasks, 'open')).toEqual([`overdue:contact:${cases.municipality}`]);
    expect(keysOf(tasks, 'done')).toEqual([`overdue:contact:${cases.amw}`, `overdue:talk:${cases.municipality}`, `overdue:talk:${cases.talkOnly}`].sort());
    for (const task of tasks.filter((row) => row.status === 'done')) {
      expect(task.done_at).not.toBeNull();
      expect(task.done_by).toBeNull();
    }

    // Still no duplicate when the step runs again on a later day.
    const again = await cycle(['--period', '2041-02', '--step', 'overdue', '--today', '2041-02-14']);
    expect(again.status, again.stdout + again.stderr).toBe(0);
    expect((await overdueTasks()).map((task) => [task.task_key, task.status])).toEqual(tasks.map((task) => [task.task_key, task.status]));
  });
});
