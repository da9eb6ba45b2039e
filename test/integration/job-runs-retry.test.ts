/**
 * Staff retry a failed background task from the app: the link on the run opens a Dutch
 * confirmation page, the button POSTs, the run is queued again and runs; only who may read
 * runs may retry, and a POST from another site is refused.
 */
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { enqueueJob } from '../../jobs/enqueue.ts';
import { loginAs, type Api } from '../support/api.ts';
import { ensureProbeTable, startTestWorker, testKnex, waitFor, type TestWorker } from '../support/workers.ts';

const directus = inject('directus');
let knex: Knex;
let worker: TestWorker;
let staff: Api;
let corporation: Api;

const statusOf = async (id: string) => ((await knex('job_runs').where({ id }).first()) as { status: string; attempts: number; message: string }).status;
const page = (api: Api, id: string, init: RequestInit = {}) =>
  fetch(`${directus.url}/vroegsignalering/job-runs/${id}/opnieuw`, { redirect: 'manual', ...init, headers: { authorization: `Bearer ${api.token}`, ...(init.headers as Record<string, string>) } });

async function failedRun(): Promise<string> {
  const { jobRunId } = await enqueueJob(knex, 'probe', { failFirstStarts: 1 }, { maxAttempts: 1 });
  await waitFor('the run to fail', async () => (await statusOf(jobRunId)) === 'failed');
  return jobRunId;
}

beforeAll(async () => {
  knex = testKnex(directus.db);
  await ensureProbeTable(knex);
  worker = await startTestWorker({ db: directus.db, directusUrl: directus.url, workerToken: directus.workerToken });
  staff = await loginAs('debt_services');
  corporation = await loginAs('corporation');
});

afterAll(async () => {
  await worker?.stop();
  await knex?.destroy();
});

describe(`retrying a failed run from the app (${directus.dbClient})`, () => {
  test('staff read the failed run, see a confirmation page, POST, and the run runs again to done', async () => {
    const id = await failedRun();
    const read = await staff.get<{ status: string; message: string }>(`/items/job_runs/${id}`);
    expect(read.status).toBe(200);
    expect(read.body.data).toMatchObject({ status: 'failed', message: expect.stringContaining('opgegeven na 1 poging') });

    const confirm = await page(staff, id);
    expect(confirm.status).toBe(200);
    const html = await confirm.text();
    expect(html).toContain('Taak opnieuw starten');
    expect(html).toContain('Testtaak (alleen voor tests): mislukt.');
    expect(html).toContain('<form method="post">');
    expect(await statusOf(id)).toBe('failed');

    const posted = await page(staff, id, { method: 'POST' });
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe(`/admin/content/job_runs/${id}`);
    await waitFor('the retried run to finish', async () => (await statusOf(id)) === 'done');
    const run = (await knex('job_runs').where({ id }).first()) as { attempts: number; message: string };
    expect(run).toMatchObject({ attempts: 1, message: 'Proef uitgevoerd.' });
  });

  test('a run that did not fail is not started again', async () => {
    const { jobRunId } = await enqueueJob(knex, 'noop', {});
    await waitFor('the run to be done', async () => (await statusOf(jobRunId)) === 'done');
    expect(await (await page(staff, jobRunId)).text()).toContain('Alleen een mislukte taak kan opnieuw worden gestart.');
    expect((await page(staff, jobRunId, { method: 'POST' })).status).toBe(409);
  });

  test('a corporation user may neither read runs nor retry them', async () => {
    const id = await failedRun();
    expect((await corporation.get(`/items/job_runs/${id}`)).status).toBe(403);
    expect((await page(corporation, id)).status).toBe(403);
    expect((await page(corporation, id, { method: 'POST' })).status).toBe(403);
    expect(await statusOf(id)).toBe('failed');
  });

  test('a POST from another site is refused, even for staff', async () => {
    const id = await failedRun();
    const crossSite = await page(staff, id, { method: 'POST', headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    const foreignOrigin = await page(staff, id, { method: 'POST', headers: { origin: 'https://evil.example' } });
    expect(foreignOrigin.status).toBe(403);
    expect(await statusOf(id)).toBe('failed');
  });

  test('without logging in there is nothing to see', async () => {
    const id = await failedRun();
    const anonymous = await fetch(`${directus.url}/vroegsignalering/job-runs/${id}/opnieuw`, { redirect: 'manual' });
    expect(anonymous.status).toBe(401);
  });
});
