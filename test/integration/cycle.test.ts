/**
 * The covenant's calendar over the real stack: `npm run cycle` for `missing-uploads` (tasks
 * for missing and tiny uploads, none for a partner that left, nothing new on a second run,
 * nothing at all on a dry run, the exit codes), and the worker's calendar tick catching up a
 * missed step once, driven with an injected "now" instead of the clock.
 */
import { randomUUID } from 'node:crypto';
import knexFactory, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { calendarTick } from '../../jobs/calendar.ts';
import { projectKnexConfig } from '../../jobs/db-settings.ts';
import { seedDemo } from '../../scripts/lib/demo-data.ts';
import { loginClient } from '../../scripts/lib/directus-client.ts';
import { Api, loginAs } from '../support/api.ts';
import { runCycle } from '../support/run-cycle.ts';
import { startTestWorker, waitFor } from '../support/workers.ts';

const directus = inject('directus');
// Periods of their own, far from the demo data and from other tests.
const PERIOD = '2031-03';
const CATCH_UP_PERIOD = '2032-06';

let admin: Api;
let knex: Knex;
const partners: Record<'active' | 'left' | 'small' | 'usual' | 'joinedLater', number> = {} as never;

const cycle = (args: string[], env: Record<string, string> = {}) => runCycle(args, env, 60_000);

async function createPartner(name: string, extra: Record<string, unknown>): Promise<number> {
  const response = await admin.post<{ id: number }>('/items/signal_partners', { code: `cyc-${randomUUID().slice(0, 8)}`, name, partner_type: 'Huur', organisation_role: 'signal_partner', ...extra });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data!.id;
}

async function tasksOf(period: string) {
  return (await admin.get<Array<{ kind: string; partner: number; status: string; due_date: string; description: string; period: string }>>(`/items/tasks?filter[period][_eq]=${period}&limit=-1&fields=kind,partner,status,due_date,description,period`)).body.data!;
}

async function cycleRuns(period: string) {
  return (await admin.get<Array<{ status: string; message: string; unique_key: string }>>(`/items/job_runs?filter[kind][_eq]=cycle-step&filter[period][_eq]=${period}&limit=-1&fields=status,message,unique_key`)).body.data!;
}

beforeAll(async () => {
  admin = await loginAs('admin');
  knex = knexFactory(projectKnexConfig(directus.db));
  partners.active = await createPartner('Corporatie Zonder Lijst', { expected_monthly_signals: 250, active_from: '2020-01-01' });
  partners.left = await createPartner('Vertrokken Corporatie', { expected_monthly_signals: 40, active_until: '2031-01-31' });
  partners.joinedLater = await createPartner('Nieuwe Corporatie', { active_from: '2031-04-01' });
  partners.small = await createPartner('Corporatie Kleine Lijst', { expected_monthly_signals: 250 });
  partners.usual = await createPartner('Kleine Corporatie', { expected_monthly_signals: 4 });
  // Finished uploads as the intake leaves them, written straight to the database: through the API
  // the intake would pick up a file-less upload and refuse it.
  for (const [partner, accepted] of [[partners.small, 3], [partners.usual, 4]] as const) {
    await knex('uploads').insert({ id: randomUUID(), partner, period: PERIOD, file_name: 'lijst.xlsx', status: 'processed', rows_read: accepted, accepted, rejected: 0, duplicates: 0 });
  }
});

afterAll(async () => {
  // The worker's retention run acted as of 2033: the demo's signal without a case had expired.
  // Put the demo data back for the test files after this one (seeding is idempotent).
  if (admin) await seedDemo(await loginClient(directus.url, directus.adminEmail, directus.adminPassword), directus.demoPassword, new Date().toISOString().slice(0, 10));
  // The steps the ticks enqueued for 2032 stay queued (no worker runs here): take them out, so a
  // later test's worker does not pick them up.
  if (knex) {
    const leftovers = knex('job_runs').select('sidequest_job_id').where({ kind: 'cycle-step' }).whereIn('period', [CATCH_UP_PERIOD, '2032-07']).whereNotNull('sidequest_job_id');
    await knex('sidequest_jobs').whereIn('id', leftovers).delete();
    await knex('job_runs').where({ kind: 'cycle-step' }).whereIn('period', [CATCH_UP_PERIOD, '2032-07']).delete();
    await knex.destroy();
  }
});

describe(`npm run cycle: missing-uploads (${directus.dbClient})`, () => {
  test('--dry-run says what it would do and writes nothing: no task, no run', async () => {
    const run = await cycle(['--period', PERIOD, '--step', 'missing-uploads', '--today', '2031-04-01', '--dry-run']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('Proefrun: zou');
    expect(run.stdout).toContain('er is niets opgeslagen');
    expect(await tasksOf(PERIOD)).toEqual([]);
    expect(await cycleRuns(PERIOD)).toEqual([]);
  });

  test('a task per active partner without a list, a check task for a tiny list, none for a partner that left or joined later', async () => {
    const run = await cycle(['--period', PERIOD, '--step', 'missing-uploads', '--today', '2031-04-01']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/taken gemaakt voor 2031-03/);
    const tasks = await tasksOf(PERIOD);
    const of = (partner: number) => tasks.filter((task) => task.partner === partner).map((task) => task.kind);
    expect(of(partners.active)).toEqual(['missing_upload']);
    expect(of(partners.small)).toEqual(['small_upload']);
    expect(of(partners.usual)).toEqual([]);
    expect(of(partners.left)).toEqual([]);
    expect(of(partners.joinedLater)).toEqual([]);
    const missing = tasks.find((task) => task.partner === partners.active)!;
    expect(missing).toMatchObject({ status: 'open', period: PERIOD, description: 'Corporatie Zonder Lijst heeft voor 2031-03 geen signalenlijst aangeleverd. Neem contact op met de signaalpartner.' });
    expect(String(missing.due_date).slice(0, 10)).toBe('2031-04-05');
    expect(tasks.find((task) => task.partner === partners.small)!.description).toContain('3 signalen aangeleverd, gewoonlijk ongeveer 250');
    // The run is visible like a worker's run.
    expect(await cycleRuns(PERIOD)).toEqual([expect.objectContaining({ status: 'done', unique_key: 'cycle-step:missing-uploads:2031-03' })]);
  });

  test('a second run adds nothing, also after staff closed a task', async () => {
    const before = await tasksOf(PERIOD);
    const open = (await admin.get<Array<{ id: string }>>(`/items/tasks?filter[partner][_eq]=${partners.active}&filter[period][_eq]=${PERIOD}&fields=id`)).body.data!;
    expect((await admin.patch(`/items/tasks/${open[0]!.id}`, { status: 'done' })).status).toBe(200);
    const run = await cycle(['--period', PERIOD, '--step', 'missing-uploads', '--today', '2031-04-02']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('Geen nieuwe taken voor 2031-03');
    expect((await tasksOf(PERIOD)).length).toBe(before.length);
  });

  test('a daily step runs for the period of its day without --period (a dry run: retention this far ahead would delete the demo data)', async () => {
    const run = await cycle(['--step', 'retention', '--today', '2031-04-03', '--dry-run']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('Proefrun (stand 3 april 2031)');
    expect(run.stdout).toContain('Er is niets verwijderd.');
  });
});

describe(`npm run cycle: exit codes (${directus.dbClient})`, () => {
  test.each<[string, string[], Record<string, string>, string]>([
    ['a wrong period', ['--period', '2031-13', '--step', 'missing-uploads'], {}, 'Periode "2031-13" is ongeldig'],
    ['an unknown step', ['--period', PERIOD, '--step', 'brieven'], {}, 'Onbekende stap "brieven"'],
    ['Directus unreachable', ['--period', PERIOD, '--step', 'retention'], { DIRECTUS_URL: 'http://127.0.0.1:9' }, 'Kan Directus op http://127.0.0.1:9 niet bereiken'],
    ['a wrong worker token', ['--period', PERIOD, '--step', 'retention'], { WORKER_TOKEN: 'geen-geldig-token' }, 'Directus weigert het WORKER_TOKEN'],
    ['the database unreachable', ['--period', PERIOD, '--step', 'retention'], directus.dbClient === 'pg' ? { DB_PORT: '9' } : { DB_FILENAME: '/nonexistent/dir/db.sqlite' }, 'Kan de database niet bereiken'],
  ])('2 for %s, with a Dutch message', async (_name, args, env, message) => {
    const run = await cycle(args, env);
    expect(run.status, run.stdout + run.stderr).toBe(2);
    expect(run.stderr).toContain(message);
  });

  test('1 when the same step is already queued or running (the worker has it), and nothing is done twice', async () => {
    const key = 'cycle-step:amw-overview:2031-03:2031-04-11';
    const id = randomUUID();
    await knex('job_runs').insert({ id, kind: 'cycle-step', status: 'running', attempts: 1, unique_key: key, active_key: key, period: PERIOD, args: JSON.stringify({ step: 'amw-overview', period: PERIOD, today: '2031-04-11' }), message: 'Bezig.' });
    try {
      const run = await cycle(['--period', PERIOD, '--step', 'amw-overview', '--today', '2031-04-11']);
      expect(run.status, run.stdout + run.stderr).toBe(1);
      expect(run.stderr).toContain(`staat al in de wachtrij of wordt uitgevoerd (run ${id}`);
      expect((await cycleRuns(PERIOD)).filter((r) => r.unique_key === key)).toHaveLength(1);
    } finally {
      await knex('job_runs').where({ id }).update({ status: 'failed', active_key: null });
    }
  });
});

describe(`the calendar tick catches up a missed step once (${directus.dbClient})`, () => {
  const missingKey = `cycle-step:missing-uploads:${CATCH_UP_PERIOD}`;

  test('down from 30 June until 4 July: missing-uploads for June is enqueued at the first tick, once; two workers ticking together add nothing', async () => {
    const backOn = new Date('2032-07-04T08:00:00Z');
    const first = await calendarTick(knex, backOn);
    const missing = first.filter((step) => step.step === 'missing-uploads' && step.period === CATCH_UP_PERIOD);
    expect(missing).toEqual([expect.objectContaining({ uniqueKey: missingKey, catchUp: true, existing: false, today: '2032-07-04' })]);
    expect(first.map((step) => step.uniqueKey)).toEqual(expect.arrayContaining(['cycle-step:overdue:2032-07:2032-07-04', 'cycle-step:retention:2032-07:2032-07-04']));

    // Two workers tick at the same moment, each with its own connection.
    const other = knexFactory(projectKnexConfig(directus.db));
    try {
      const [a, b] = await Promise.all([calendarTick(knex, new Date('2032-07-04T09:00:00Z')), calendarTick(other, new Date('2032-07-04T09:00:01Z'))]);
      expect([...a, ...b].filter((step) => !step.existing)).toEqual([]);
    } finally {
      await other.destroy();
    }
    expect((await cycleRuns(CATCH_UP_PERIOD)).filter((run) => run.unique_key === missingKey)).toHaveLength(1);
  });

  test('once the run is done, later ticks do not plan it again; the daily steps come back the next day', async () => {
    // The worker ran it (the engine's part is tested with the engine): record the outcome.
    await knex('job_runs').where({ unique_key: missingKey }).update({ status: 'done', active_key: null });
    const nextDay = await calendarTick(knex, new Date('2032-07-05T08:00:00Z'));
    expect(nextDay.filter((step) => step.step === 'missing-uploads' && step.period === CATCH_UP_PERIOD)).toEqual([]);
    expect(nextDay.filter((step) => !step.existing).map((step) => step.uniqueKey)).toEqual(expect.arrayContaining(['cycle-step:overdue:2032-07:2032-07-05']));
    expect((await cycleRuns(CATCH_UP_PERIOD)).filter((run) => run.unique_key === missingKey)).toHaveLength(1);
  });
});

describe(`a worker runs the step the calendar enqueued, once (${directus.dbClient})`, () => {
  test('catch-up after downtime: the tick enqueues missing-uploads for January on 3 February, the worker runs it, the next tick adds nothing', async () => {
    const worker = await startTestWorker({ db: directus.db, directusUrl: directus.url, workerToken: directus.workerToken, env: { WORKER_CALENDAR: 'off' } });
    try {
      const key = 'cycle-step:missing-uploads:2033-01';
      const enqueued = await calendarTick(knex, new Date('2033-02-03T07:00:00Z'));
      expect(enqueued.filter((step) => step.uniqueKey === key)).toEqual([expect.objectContaining({ catchUp: true, existing: false })]);
      const run = await waitFor('the worker to finish the step', async () => {
        const row = (await knex('job_runs').select('status', 'message', 'attempts').where({ unique_key: key }).first()) as { status: string; message: string; attempts: number } | undefined;
        return row && (row.status === 'done' || row.status === 'failed') ? row : null;
      }, 60_000);
      expect(run, worker.output().slice(-2000)).toMatchObject({ status: 'done', attempts: 1 });
      expect(run.message).toMatch(/2033-01/);
      // The partner without a list got its task from the worker's run.
      expect((await tasksOf('2033-01')).filter((task) => task.partner === partners.active).map((task) => task.kind)).toEqual(['missing_upload']);
      await calendarTick(knex, new Date('2033-02-03T08:00:00Z'));
      const count = (await knex('job_runs').where({ unique_key: key }).count({ n: '*' }).first()) as { n: number | string };
      expect(Number(count.n)).toBe(1);
      // The daily steps of that day run too.
      const daily = await waitFor('the daily steps', async () => {
        const rows = (await knex('job_runs').select('status', 'message').where({ unique_key: 'cycle-step:retention:2033-02:2033-02-03' })) as Array<{ status: string; message: string }>;
        return rows.length === 1 && rows[0]!.status === 'done' ? rows[0] : null;
      }, 60_000);
      expect(daily.message).toContain('Bewaartermijnen (stand 3 februari 2033)');
    } finally {
      await worker.stop();
    }
  }, 180_000);
});
