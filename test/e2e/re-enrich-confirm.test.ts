/**
 * Staff re-run the BRP enrichment of one signal from the admin: the link opens a Dutch
 * confirmation page (a GET changes nothing), the button POSTs from the application
 * itself and lands back on the signal.
 */
import type { Browser, Page, Target } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { type Api, loginAs } from '../support/api.ts';
import { launchBrowser, loginInApp, screenshot } from '../support/browser.ts';
import { startProjectWorker } from '../support/project-worker.ts';
import { submitUpload } from '../support/uploads.ts';
import type { TestWorker } from '../support/workers.ts';

const directus = inject('directus');
let browser: Browser;
let admin: Api;
let signalId = '';
// The upload and the (re-)enrichment are jobs that the worker runs.
let worker: TestWorker;

const enrichedAt = async () => (await admin.get<{ enriched_at: string | null }>(`/items/signals/${signalId}?fields=enriched_at`)).body.data?.enriched_at ?? null;

beforeAll(async () => {
  worker = await startProjectWorker();
  browser = await launchBrowser();
  admin = await loginAs('admin');
  const corporation = await loginAs('corporation');
  const upload = await submitUpload(corporation, 'bevestig.csv', 'Voorletters;Achternaam;Geboortedatum;Adres;Postcode;Maanden achterstand\nB.;Bevestig;09-10-1969;Markt 11;6001AA;2\n', '2026-10');
  expect(upload.status).toBe('processed');
  const [signal] = (await admin.get<Array<{ id: string }>>(`/items/signals?filter[upload][_eq]=${upload.id}&fields=id`)).body.data!;
  signalId = signal!.id;
  // The enrichment after the upload runs in the background: let it finish first.
  for (let i = 0; i < 100 && !(await enrichedAt()); i++) await new Promise((resolve) => setTimeout(resolve, 200));
});
afterAll(async () => {
  await browser?.close();
  await worker?.stop();
});

describe('re-enriching a signal from the admin', () => {
  test('link → confirmation page → Bevestigen → back on the signal, re-enriched', async () => {
    const page = await loginInApp(browser, directus.url, directus.demo.users.debt_services.email, directus.demoPassword);
    await page.goto(`${directus.url}/admin/content/signals/${signalId}`, { waitUntil: 'networkidle2' });
    await page.waitForFunction(() => [...document.querySelectorAll('[data-field="match_review"] a, [data-field="match_review"] button')].some((el) => /Opnieuw verrijken/.test(el.textContent ?? '')), { timeout: 60_000 });
    const before = await enrichedAt();
    expect(before).not.toBeNull();

    // The link may open in this tab or a new one; follow whichever it does.
    const newTab = new Promise<Page | null>((resolve) => {
      const onTarget = async (target: Target) => {
        if (target.type() === 'page') resolve(await target.page());
      };
      browser.once('targetcreated', onTarget);
      // Generous: on a loaded machine opening a tab takes seconds.
      setTimeout(() => resolve(null), 20_000);
    });
    await page.evaluate(() => {
      const link = [...document.querySelectorAll<HTMLElement>('[data-field="match_review"] a, [data-field="match_review"] button')].find((el) => /Opnieuw verrijken/.test(el.textContent ?? ''));
      link!.click();
    });
    const confirmPage = (await Promise.race([newTab, page.waitForFunction(() => location.pathname.includes('/opnieuw-verrijken'), { timeout: 5_000 }).then(() => page).catch(() => null)])) ?? (await newTab);
    expect(confirmPage).not.toBeNull();
    const tab = confirmPage!;
    await tab.waitForFunction(() => /Bevestigen/.test(document.body?.innerText ?? ''), { timeout: 60_000 });
    const text = await tab.evaluate(() => document.body.innerText);
    expect(text).toContain('Opnieuw verrijken');
    expect(text).toContain('Dit signaal wordt opnieuw met het BRP verrijkt');
    expect(text).toContain('Terug');
    await screenshot(tab, 'staff-re-enrich-confirmation');
    // Opening the page changed nothing.
    expect(await enrichedAt()).toBe(before);

    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await Promise.all([tab.waitForNavigation({ waitUntil: 'networkidle2' }), tab.click('button[type="submit"]')]);
    await tab.waitForFunction((id) => location.pathname === `/admin/content/signals/${id}`, { timeout: 60_000 }, signalId);
    // The button enqueued the re-enrichment; the worker runs it shortly after.
    for (let i = 0; i < 100 && (await enrichedAt()) === before; i++) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await enrichedAt()).not.toBe(before);
    await screenshot(tab, 'staff-re-enrich-back-on-signal');
  }, 180_000);
});
