/**
 * A staff member finds a failed background task in the app, clicks "Mislukte taak opnieuw
 * starten" on the run, confirms on the Dutch page and lands back on the run, which then runs
 * to done. Screenshots in test-results/screenshots.
 */
import type { Knex } from 'knex';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { enqueueJob } from '../../jobs/enqueue.ts';
import { launchBrowser, loginInApp, screenshot } from '../support/browser.ts';
import { ensureProbeTable, startTestWorker, testKnex, waitFor, type TestWorker } from '../support/workers.ts';

const directus = inject('directus');
let browser: Browser;
let knex: Knex;
let worker: TestWorker;

const statusOf = async (id: string) => ((await knex('job_runs').where({ id }).first()) as { status: string }).status;

beforeAll(async () => {
  knex = testKnex(directus.db);
  await ensureProbeTable(knex);
  worker = await startTestWorker({ db: directus.db, directusUrl: directus.url, workerToken: directus.workerToken });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await worker?.stop();
  await knex?.destroy();
});

describe('retrying a failed task in the app as staff', () => {
  test('the link on the run, the confirmation page and its button start the task again', async () => {
    const { jobRunId } = await enqueueJob(knex, 'probe', { failFirstStarts: 1 }, { maxAttempts: 1 });
    await waitFor('the run to fail', async () => (await statusOf(jobRunId)) === 'failed');

    const page = await loginInApp(browser, directus.url, directus.demo.users.debt_services.email, directus.demoPassword);
    await page.goto(`${directus.url}/admin/content/job_runs/${jobRunId}`, { waitUntil: 'networkidle2' });
    await page.waitForFunction(() => document.body.innerText.includes('Mislukte taak opnieuw starten'), { timeout: 60_000 });
    expect(await page.evaluate(() => document.body.innerText)).toContain('Mislukt');
    // The Dutch reason sits in the (read-only) message field.
    expect(await page.evaluate(() => [...document.querySelectorAll('textarea, input')].map((el) => (el as HTMLInputElement).value).join('\n'))).toContain('opgegeven na 1 poging');
    await screenshot(page, 'job-run-failed');

    // The link opens the confirmation page in a new tab (Directus's link buttons do).
    const opened = browser.waitForTarget((target) => target.url().includes(`/vroegsignalering/job-runs/${jobRunId}/opnieuw`), { timeout: 60_000 });
    const buttons = await page.$$('a, button');
    let clicked = false;
    for (const button of buttons) {
      if ((await button.evaluate((el) => el.textContent ?? '')).includes('Mislukte taak opnieuw starten')) {
        await button.click();
        clicked = true;
        break;
      }
    }
    expect(clicked).toBe(true);
    const confirm = (await (await opened).page()) as Page;
    await confirm.waitForSelector('form button[type="submit"]');
    expect(await confirm.evaluate(() => document.body.innerText)).toContain('Taak opnieuw starten');
    await screenshot(confirm, 'job-run-retry-confirm');
    expect(await statusOf(jobRunId)).toBe('failed');

    await Promise.all([confirm.waitForNavigation({ waitUntil: 'networkidle2' }), confirm.click('form button[type="submit"]')]);
    expect(confirm.url()).toContain(`/admin/content/job_runs/${jobRunId}`);
    await waitFor('the retried run to be done', async () => (await statusOf(jobRunId)) === 'done');
    await confirm.reload({ waitUntil: 'networkidle2' });
    await confirm.waitForFunction(() => document.body.innerText.includes('Klaar') && [...document.querySelectorAll('textarea, input')].some((el) => (el as HTMLInputElement).value.includes('Proef uitgevoerd.')), { timeout: 60_000 });
    await screenshot(confirm, 'job-run-retried');
  });
});
