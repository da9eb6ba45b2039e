/**
 * Issue 13 as staff and the functional admin meet it in the browser: the reporting page in
 * the Vroegsignalering module, its "Dashboard openen" button, the dashboard (Insights) with
 * this month's figures and their definitions, and the buttons that make the DDAS delivery
 * and the evaluation report, with their downloads. Screenshots in test-results/screenshots.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { amsterdamDate } from '../../core/cycle/amsterdam-date.ts';
import { dutchDate } from '../../core/routing/dutch-date.ts';
import { shortMonth } from '../../core/reporting/figure-chart.ts';
import { DASHBOARD_INDICATORS } from '../../core/reporting/dashboard-indicators.ts';
import { runFiguresStep } from '../../jobs/cycle/figures-step.ts';
import { DASHBOARD_ID } from '../../directus/insights/dashboard.ts';
import { followLink, launchBrowser, loginInApp, screenshot } from '../support/browser.ts';
import { testKnex } from '../support/workers.ts';

const directus = inject('directus');
const today = amsterdamDate(new Date());
const month = today.slice(0, 7);
let browser: Browser;
let knex: Knex;
const documents: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  knex = testKnex(directus.db);
  // What the daily step does at night: this month's figures, among them the demo data's signals.
  await runFiguresStep(knex, { today, dryRun: false, now: new Date() });
});

afterAll(async () => {
  for (const id of documents) {
    const row = (await knex('documents').select('file').where({ id }).first()) as { file: string | null } | undefined;
    await knex('documents').where({ id }).delete();
    if (row?.file) await knex('directus_files').where({ id: row.file }).delete();
  }
  await knex?.destroy();
  await browser?.close();
});

async function withDownloads<T>(page: Page, work: (folder: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'vs-e2e-reporting-'));
  try {
    const session = await page.createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder, browserContextId: page.browserContext().id });
    return await work(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function downloaded(folder: string, extension: string): Promise<string> {
  const until = Date.now() + 30_000;
  while (Date.now() < until && !(await readdir(folder)).some((name) => name.endsWith(extension))) await new Promise((resolve) => setTimeout(resolve, 200));
  const [name] = (await readdir(folder)).filter((file) => file.endsWith(extension));
  expect(name, `a ${extension} download`).toBeDefined();
  return path.join(folder, name!);
}

describe('reporting in the app', () => {
  test("staff: from the reporting page to the dashboard, which shows this month's figures with their definitions", async () => {
    const page = await loginInApp(browser, directus.url, directus.demo.users.debt_services.email, directus.demoPassword);
    await page.goto(`${directus.url}/admin/vroegsignalering/rapportage`, { waitUntil: 'networkidle2' });
    await page.waitForSelector('[data-testid="open-dashboard"]', { timeout: 60_000 });
    await followLink(page, '[data-testid="open-dashboard"]', `/admin/insights/${DASHBOARD_ID}`);
    await page.waitForFunction((count) => document.querySelectorAll('.vs-figure [data-testid="figure-latest"]').length >= count, { timeout: 60_000 }, DASHBOARD_INDICATORS.length - 2);

    // Signals per partner: this month and its total, as the figures step stored them.
    const total = (await knex('report_figures').select('value').where({ month, indicator: 'signals_by_partner', dimension: '' }).first()) as { value: number | string };
    expect(Number(total.value)).toBeGreaterThanOrEqual(3);
    const signals = await page.$eval('.vs-figure[data-indicator="signals_by_partner"] [data-testid="figure-latest"]', (element) => (element as HTMLElement).innerText);
    expect(signals).toContain(`${shortMonth(month)}:`);
    expect(signals).toMatch(new RegExp(`Totaal\\s+${Number(total.value)}\\b`));
    // Each figure with its definition in Dutch; the panels' titles are the dashboard's own.
    const definitions = await page.$$eval('.vs-figure [data-testid="figure-definition"]', (elements) => elements.map((element) => (element as HTMLElement).innerText));
    expect(definitions.length).toBeGreaterThanOrEqual(DASHBOARD_INDICATORS.length - 2);
    for (const definition of definitions) expect(definition).toMatch(/^[A-Z].{30,}/s);
    const body = await page.evaluate(() => document.body.innerText);
    for (const indicator of DASHBOARD_INDICATORS) expect(body).toContain(indicator.title);
    expect(body).toContain('Streefwaarde: 14 dagen');
    await screenshot(page, 'staff-dashboard', { fullPage: true });
    await page.browserContext().close();
  }, 240_000);

  test('staff: the DDAS delivery and the evaluation report with their buttons, and both downloads', async () => {
    const page = await loginInApp(browser, directus.url, directus.demo.users.debt_services.email, directus.demoPassword);
    await page.goto(`${directus.url}/admin/vroegsignalering/rapportage`, { waitUntil: 'networkidle2' });
    await page.waitForSelector('[data-testid="make-ddas"]', { timeout: 60_000 });
    // This month: the demo data's signals were received today.
    for (const [selector, value] of [['[data-testid="ddas-from"]', `${month}-01`], ['[data-testid="ddas-to"]', today], ['[data-testid="evaluation-from"]', `${month}-01`], ['[data-testid="evaluation-to"]', today]] as const) {
      await page.$eval(selector, (input, text) => {
        const field = input as HTMLInputElement;
        field.value = text;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }, value);
    }
    await page.click('[data-testid="make-ddas"]');
    await page.waitForSelector('[data-testid="ddas-result"], [data-testid="ddas-problem"]', { timeout: 60_000 });
    expect(await page.$('[data-testid="ddas-problem"]')).toBeNull();
    const result = await page.$eval('[data-testid="ddas-result"]', (element) => (element as HTMLElement).innerText);
    const heading = `DDAS-levering ${dutchDate(`${month}-01`)} t/m ${dutchDate(today)}:`;
    expect(result).toMatch(new RegExp(`${heading} \\d+ signa(al|len)`));
    const stored = (await knex('documents').select('id').where({ kind: 'ddas_export' }).andWhere('summary', 'like', `${heading}%`)) as Array<{ id: string }>;
    documents.push(...stored.map((row) => row.id));
    await page.waitForFunction(() => document.querySelector('[data-testid="ddas-deliveries"]')?.textContent?.includes('DDAS-levering'), { timeout: 60_000 });
    await screenshot(page, 'staff-ddas-delivery');
    await withDownloads(page, async (folder) => {
      await page.click('[data-testid="ddas-download"]');
      const delivery = JSON.parse(await readFile(await downloaded(folder, '.json'), 'utf8')) as { startdatumLevering: string; leveringen: unknown[] };
      expect(delivery.startdatumLevering).toBe(`${month}-01`);
    });
    // The same delivery from the list of earlier ones: its own link gives the same file.
    await withDownloads(page, async (folder) => {
      const clicked = await page.$$eval('[data-testid="ddas-deliveries"] li', (items, wanted) => {
        const item = items.find((li) => li.textContent?.includes(wanted));
        item?.querySelector('a')?.click();
        return !!item?.querySelector('a');
      }, heading);
      expect(clicked, 'the earlier delivery has a download link').toBe(true);
      const earlier = JSON.parse(await readFile(await downloaded(folder, '.json'), 'utf8')) as { startdatumLevering: string; einddatumLevering: string };
      expect([earlier.startdatumLevering, earlier.einddatumLevering]).toEqual([`${month}-01`, today]);
    });

    await page.click('[data-testid="make-evaluation"]');
    await page.waitForSelector('[data-testid="evaluation-result"], [data-testid="evaluation-problem"]', { timeout: 90_000 });
    expect(await page.$('[data-testid="evaluation-problem"]')).toBeNull();
    expect(await page.$eval('[data-testid="evaluation-result"]', (element) => (element as HTMLElement).innerText)).toMatch(/Evaluatie vroegsignalering/);
    const reports = (await knex('documents').select('id').where({ kind: 'evaluation_report' }).andWhere('summary', 'like', `Evaluatie vroegsignalering %`)) as Array<{ id: string }>;
    documents.push(...reports.map((row) => row.id));
    await withDownloads(page, async (folder) => {
      await page.click('[data-testid="evaluation-download"]');
      expect((await readFile(await downloaded(folder, '.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
    });
    await screenshot(page, 'staff-evaluation-report');
    await page.browserContext().close();
  }, 300_000);

  test('the functional admin opens the dashboard, and is told in Dutch that the DDAS delivery is for staff', async () => {
    const page = await loginInApp(browser, directus.url, directus.demo.users.functional_admin.email, directus.demoPassword);
    await page.goto(`${directus.url}/admin/vroegsignalering/rapportage`, { waitUntil: 'networkidle2' });
    await page.waitForSelector('[data-testid="ddas-not-allowed"]', { timeout: 60_000 });
    expect(await page.$('[data-testid="make-ddas"]')).toBeNull();
    await followLink(page, '[data-testid="open-dashboard"]', `/admin/insights/${DASHBOARD_ID}`);
    await page.waitForFunction(() => document.querySelectorAll('.vs-figure [data-testid="figure-latest"]').length > 0, { timeout: 60_000 });
    await screenshot(page, 'functional-admin-dashboard');
    await page.browserContext().close();
  }, 180_000);
});
