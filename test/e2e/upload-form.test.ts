/**
 * A corporation user uploads a messy export in the Directus app and reads, from the
 * screen alone, what was accepted and what to fix, through the content form. Screenshots in test-results/screenshots.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, loginInApp, saveAndReturnToList, screenshot } from '../support/browser.ts';
import { startProjectWorker } from '../support/project-worker.ts';
import type { TestWorker } from '../support/workers.ts';

const directus = inject('directus');
let browser: Browser;
let file: string;

// Uploads, source lists and enrichment are jobs: a worker runs them.
let worker: TestWorker;
beforeAll(async () => {
  worker = await startProjectWorker();
  browser = await launchBrowser();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vs-e2e-'));
  file = path.join(dir, 'huurachterstanden-november.csv');
  await writeFile(
    file,
    [
      'Overzicht huurachterstanden november;;;;;;;;',
      'Voorl.;Achternaam;Geb.datum;Adres;Postcode;Woonplaats;Mnd achterstand;Achterstand (€);BSN',
      'j;Jansen;03-05-1977;Molenweg 7;6001 AB;Weert;2;€ 812,40;123456782',
      'm;de Wit;31-04-1981;Beekstraat 9;6002 CD;Weert;3;€ 1.020,00;111222333',
    ].join('\n'),
  );
});
afterAll(async () => {
  await worker?.stop();
  await browser?.close();
});

async function clickByText(page: Page, selector: string, pattern: RegExp) {
  await page.waitForFunction(
    (sel, source, flags) => [...document.querySelectorAll(sel)].some((el) => new RegExp(source, flags).test(el.textContent ?? '')),
    { timeout: 60_000 },
    selector,
    pattern.source,
    pattern.flags,
  );
  const handles = await page.$$(selector);
  for (const handle of handles) {
    const text = await handle.evaluate((el) => el.textContent ?? '');
    if (pattern.test(text)) {
      await handle.click();
      return;
    }
  }
}

describe('uploading in the app as a corporation', () => {
  test('the upload form: file and period in; after Opslaan the list, the item and the summary page show the outcome', async () => {
    const page = await loginInApp(browser, directus.url, directus.demo.users.corporation.email, directus.demoPassword);
    await page.goto(`${directus.url}/admin/content/uploads/+`, { waitUntil: 'networkidle2' });
    await page.waitForSelector('[data-field="period"] input');
    // While creating, only what the corporation fills in: no empty result fields that look fillable.
    const createFields = await page.$$eval('[data-field]', (fields) => fields.map((field) => field.getAttribute('data-field')));
    for (const result of ['status', 'summary', 'rows_read', 'accepted', 'rejected', 'error_report', 'error_report_download', 'processed_at']) expect(createFields).not.toContain(result);
    await page.type('[data-field="period"] input', '2026-05');

    await page.click('[data-field="file"] .interface button.activator');
    await clickByText(page, '.v-menu-content .v-list-item', /upload|apparaat/i);
    await page.waitForSelector('.v-upload button');
    const [chooser] = await Promise.all([page.waitForFileChooser(), page.click('.v-upload button')]);
    await chooser.accept([file]);
    await page.waitForFunction(() => /huurachterstanden/i.test(document.querySelector('[data-field="file"]')?.textContent ?? ''), { timeout: 60_000 });
    await screenshot(page, 'corporation-upload-form');

    // "Opslaan" (the check button) saves and returns to the list, which shows status and counts.
    await saveAndReturnToList(page, 'uploads');
    // In a full run the worker may still be busy with other tests' jobs: the upload waits its turn.
    const deadline = Date.now() + 180_000;
    while (Date.now() < deadline && !(await page.$$eval('.v-table tbody tr', (rows) => rows.some((row) => /huurachterstanden-november\.csv/.test(row.textContent ?? '') && /Verwerkt/.test(row.textContent ?? ''))))) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await page.reload({ waitUntil: 'networkidle2' });
      await page.waitForSelector('.v-table tbody tr, .table-row', { timeout: 60_000 });
    }
    await screenshot(page, 'corporation-upload-list');
    await clickByText(page, '.v-table tbody tr, .table-row', /huurachterstanden-november\.csv/);
    await page.waitForFunction(() => /\/admin\/content\/uploads\/[0-9a-f-]{36}/.test(location.pathname), { timeout: 60_000 });
    await page.waitForSelector('[data-field="summary"]');
    // Read-only fields render as inputs: what the user reads is their value.
    const text = await page.evaluate(() => [document.body.innerText, ...[...document.querySelectorAll('input, textarea')].map((el) => (el as HTMLInputElement).value)].join('\n'));
    await page.evaluate(() => document.querySelector('[data-field="error_report_download"]')?.scrollIntoView());
    await screenshot(page, 'corporation-upload-result');
    expect(text).toContain('Verwerkt:');
    expect(text).toMatch(/1 signaal geaccepteerd, 1 rij afgewezen/);
    expect(text).toContain('Niet overgenomen kolommen: BSN');
    expect(text).toMatch(/Rij 4 · .*bestaat niet/);
    expect(text).not.toContain('123456782');
    expect(await page.$('[data-field="file"]')).toBeNull();

    // On this read-only form both buttons work: the download arrives, the summary page opens.
    const downloads = await mkdtemp(path.join(os.tmpdir(), 'vs-e2e-form-download-'));
    const session = await page.createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, browserContextId: page.browserContext().id });
    await page.click('[data-testid="form-download-report"]');
    const until = Date.now() + 20_000;
    while (Date.now() < until && !(await readdir(downloads)).includes('foutenrapport-2026-05.xlsx')) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await readdir(downloads)).toContain('foutenrapport-2026-05.xlsx');
    await rm(downloads, { recursive: true, force: true });

    await page.click('[data-testid="open-summary"]');
    await page.waitForFunction(() => /\/admin\/vroegsignalering\/uploads\/[0-9a-f-]{36}$/.test(location.pathname), { timeout: 60_000 });
    await page.waitForFunction(() => document.querySelector('[data-testid="upload-status"]')?.textContent?.includes('Verwerkt'), { timeout: 60_000 });
    expect(await page.$eval('body', (body) => body.innerText)).toContain('Upload mei 2026');
    await screenshot(page, 'corporation-upload-form-to-summary');
  }, 300_000);
});
