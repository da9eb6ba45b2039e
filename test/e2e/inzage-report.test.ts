/**
 * Issue 12: a staff member records a tenant's request for inzage in the app, clicks
 * "Inzagerapport maken (PDF)" on it, confirms on the Dutch page and lands back on the request,
 * which now links the report. Screenshots in test-results/screenshots.
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loginAs, type Api } from '../support/api.ts';
import { launchBrowser, loginInApp, screenshot } from '../support/browser.ts';

const directus = inject('directus');
let browser: Browser;
let staff: Api;

beforeAll(async () => {
  browser = await launchBrowser();
  staff = await loginAs('debt_services');
});
afterAll(async () => {
  await browser?.close();
});

describe('an inzage report from the app', () => {
  test('the link on the request, the confirmation page and its button make the report and link it', async () => {
    // A demo tenant: whose data the report holds is the demo's business; that it is found is ours.
    const { body } = await staff.get<Array<{ surname: string; name_prefix: string | null; birth_date: string; postcode: string; house_number: number }>>(
      '/items/signals?filter[surname][_eq]=Voorbeeld&fields=surname,name_prefix,birth_date,postcode,house_number&limit=1',
    );
    const person = body.data![0]!;
    const today = new Date().toISOString().slice(0, 10);
    const created = await staff.post<{ id: string }>('/items/privacy_requests', { kind: 'inzage', date_received: today, ...person });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const id = created.body.data!.id;

    const page = await loginInApp(browser, directus.url, directus.demo.users.debt_services.email, directus.demoPassword);
    await page.goto(`${directus.url}/admin/content/privacy_requests/${id}`, { waitUntil: 'networkidle2' });
    await page.waitForFunction(() => document.body.innerText.includes('Inzagerapport maken (PDF)'), { timeout: 60_000 });
    await screenshot(page, 'inzage-request');

    // Directus's link buttons open a new tab.
    const opened = browser.waitForTarget((target) => target.url().includes(`/vroegsignalering/privacy-requests/${id}/inzagerapport`), { timeout: 60_000 });
    let clicked = false;
    for (const button of await page.$$('a, button')) {
      if ((await button.evaluate((el) => el.textContent ?? '')).includes('Inzagerapport maken (PDF)')) {
        await button.click();
        clicked = true;
        break;
      }
    }
    expect(clicked).toBe(true);
    const confirm = (await (await opened).page()) as Page;
    await confirm.waitForSelector('form button[type="submit"]');
    expect(await confirm.evaluate(() => document.body.innerText)).toContain('Inzagerapport maken');
    await screenshot(confirm, 'inzage-confirm');
    expect((await staff.get<{ report: string | null }>(`/items/privacy_requests/${id}?fields=report`)).body.data!.report).toBeNull();

    await Promise.all([confirm.waitForNavigation({ waitUntil: 'networkidle2', timeout: 60_000 }), confirm.click('form button[type="submit"]')]);
    expect(confirm.url()).toContain(`/admin/content/privacy_requests/${id}`);
    const stored = (await staff.get<{ report: { kind: string; file: string } | null; status: string }>(`/items/privacy_requests/${id}?fields=status,report.kind,report.file`)).body.data!;
    expect(stored.report).toMatchObject({ kind: 'inzage_report' });
    expect(stored.status).toBe('in_progress');
    const pdf = await fetch(`${directus.url}/assets/${stored.report!.file}`, { headers: { authorization: `Bearer ${staff.token}` } });
    expect(pdf.status).toBe(200);
    expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
    // Back on the request in the app, which now shows the report.
    await confirm.waitForFunction(() => document.body.innerText.includes('Soort verzoek'), { timeout: 60_000 });
    await screenshot(confirm, 'inzage-request-with-report');
  }, 180_000);
});
