/**
 * A real browser in the real Directus app: what a corporation user and an AMW user see
 * after logging in. Screenshots are kept in test-results/screenshots.
 */
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, loginInApp, navigationCollections, screenshot } from '../support/browser.ts';

const directus = inject('directus');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the admin app per role', () => {
  test('a corporation user sees only its own uploads, in Dutch', async () => {
    const page = await loginInApp(browser, directus.url, directus.demo.users.corporation.email, directus.demoPassword);
    const nav = await navigationCollections(page);
    expect(nav).toContain('Uploads');
    for (const hidden of ['Signalen', 'Doorverwijzingen', 'Huishoudens', 'Vroegsignaalzaken']) expect(nav).not.toContain(hidden);

    await page.goto(`${directus.url}/admin/content/uploads`, { waitUntil: 'networkidle2' });
    await page.waitForSelector('.v-table tbody tr, .table-row', { timeout: 30_000 });
    const text = await page.$eval('body', (body) => body.innerText);
    expect(text).toContain('Wonen Limburg');
    expect(text).not.toContain('Woningstichting St. Joseph');
    await screenshot(page, 'corporation-uploads');

    await page.goto(`${directus.url}/admin/content/signals`, { waitUntil: 'networkidle2' });
    const signalsPage = await page.$eval('body', (body) => body.innerText);
    expect(signalsPage).not.toContain('Voorbeeld');
    await screenshot(page, 'corporation-signals-refused');
  });

  test('an AMW user sees only referrals (art. 12.3 fields) and no signals', async () => {
    const page = await loginInApp(browser, directus.url, directus.demo.users.social_work.email, directus.demoPassword);
    const nav = await navigationCollections(page);
    expect(nav).toContain('Doorverwijzingen');
    for (const hidden of ['Signalen', 'Uploads', 'Huishoudens', 'Vroegsignaalzaken', 'Sjablonen']) expect(nav).not.toContain(hidden);

    await page.goto(`${directus.url}/admin/content/referrals`, { waitUntil: 'networkidle2' });
    await page.waitForSelector('.v-table tbody tr, .table-row', { timeout: 30_000 });
    const text = await page.$eval('body', (body) => body.innerText);
    expect(text).toContain('Voorbeeld');
    expect(text).not.toContain('1.850');
    await screenshot(page, 'amw-referrals');
  });
});
