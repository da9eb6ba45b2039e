/**
 * A corporation user uploads a messy export in the Directus app and reads, from the
 * screen alone, what was accepted and what to fix. Screenshots in test-results/screenshots.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, loginInApp, screenshot } from '../support/browser.ts';
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
    { timeout: 15_000 },
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
  test('the upload form: file and period in, a Dutch summary and the row problems out', async () => {
    const page = await loginInApp(browser, directus.url, directus.demo.users.corporation.email, directus.demoPassword);
    await page.goto(`${directus.url}/admin/content/uploads/+`, { waitUntil: 'networkidle2' });
    await page.waitForSelector('[data-field="period"] input');
    await page.type('[data-field="period"] input', '2026-05');

    await page.click('[data-field="file"] .interface button.activator');
    await clickByText(page, '.v-menu-content .v-list-item', /upload|apparaat/i);
    await page.waitForSelector('.v-upload button');
    const [chooser] = await Promise.all([page.waitForFileChooser(), page.click('.v-upload button')]);
    await chooser.accept([file]);
    await page.waitForFunction(() => /huurachterstanden/i.test(document.querySelector('[data-field="file"]')?.textContent ?? ''), { timeout: 30_000 });
    await screenshot(page, 'corporation-upload-form');

    await page.keyboard.down('Control');
    await page.keyboard.press('s');
    await page.keyboard.up('Control');
    await page.waitForFunction(() => /\/admin\/content\/uploads\/[0-9a-f-]{36}/.test(location.pathname), { timeout: 30_000 });

    const deadline = Date.now() + 30_000;
    let text = '';
    while (Date.now() < deadline) {
      await page.reload({ waitUntil: 'networkidle2' });
      await page.waitForSelector('[data-field="summary"]');
      // Read-only fields render as inputs: what the user reads is their value.
      text = await page.evaluate(() => [document.body.innerText, ...[...document.querySelectorAll('input, textarea')].map((el) => (el as HTMLInputElement).value)].join('\n'));
      if (text.includes('Verwerkt:')) break;
    }
    await page.evaluate(() => document.querySelector('[data-field="error_report"]')?.scrollIntoView());
    await screenshot(page, 'corporation-upload-result');
    expect(text).toContain('Verwerkt:');
    expect(text).toMatch(/1 signaal geaccepteerd, 1 rij afgewezen/);
    expect(text).toContain('Niet overgenomen kolommen: BSN');
    expect(text).toMatch(/Rij 4 · .*bestaat niet/);
    expect(text).toContain('Foutenrapport downloaden');
    expect(text).not.toContain('123456782');
    // The Directus app disables buttons on a form the user cannot edit: the summary carries the address too.
    expect(text).toMatch(/\/vroegsignalering\/uploads\/[0-9a-f-]{36}\/foutenrapport\.xlsx/);
  });
});
