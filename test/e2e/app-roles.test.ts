/**
 * A real browser in the real Directus app: what a corporation user and an AMW user see
 * after logging in. Screenshots are kept in test-results/screenshots.
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { dutchPeriod } from '../../core/routing/dutch-date.ts';
import { loginAs, type Api } from '../support/api.ts';
import { goInApp, launchBrowser, loginInApp, navigationCollections, screenshot } from '../support/browser.ts';

const directus = inject('directus');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The title of the first item of `collection` that `query` finds for `api`, as the page's user sees it. */
async function titleOf(page: Page, api: Api, collection: string, query: string): Promise<string> {
  const { body } = await api.get<Array<{ id: string; surname: string }>>(`/items/${collection}?${query}&fields=id,surname&limit=1`);
  const item = body.data![0]!;
  return titleOfItem(page, collection, item.id, item.surname);
}

/** The title of one item as the page's user sees it, once it shows `part`. */
async function titleOfItem(page: Page, collection: string, id: string, part: string): Promise<string> {
  await goInApp(page, `${directus.url}/admin/content/${collection}/${id}`);
  const title = () => page.$eval('h1.type-title', (h1) => (h1 as HTMLElement).innerText.trim().replace(/\s+/g, ' ')).catch(() => '(geen titel)');
  await page.waitForFunction((part) => document.querySelector('h1.type-title')?.textContent?.includes(part), { timeout: 60_000 }, part).catch(async (error: Error) => {
    throw new Error(`${collection}/${id}: title without "${part}": "${await title()}" (${error.message})`);
  });
  // innerText as laid out: an empty part that still took room would leave two spaces.
  return title();
}

describe('the admin app per role', () => {
  test('a corporation user sees only its own uploads, in Dutch', async () => {
    const page = await loginInApp(browser, directus.url, directus.demo.users.corporation.email, directus.demoPassword);
    const nav = await navigationCollections(page);
    expect(nav).toContain('Uploads');
    for (const hidden of ['Signalen', 'Doorverwijzingen', 'Huishoudens', 'Vroegsignaalzaken']) expect(nav).not.toContain(hidden);

    await page.goto(`${directus.url}/admin/content/uploads`, { waitUntil: 'networkidle2' });
    await page.waitForSelector('.v-table tbody tr, .table-row', { timeout: 60_000 });
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
    await page.waitForSelector('.v-table tbody tr, .table-row', { timeout: 60_000 });
    const text = await page.$eval('body', (body) => body.innerText);
    expect(text).toContain('Voorbeeld');
    expect(text).not.toContain('1.850');
    await screenshot(page, 'amw-referrals');

    // A title is the name as people write it.
    expect(await titleOf(page, await loginAs('social_work'), 'referrals', 'filter[surname][_eq]=Voorbeeld')).toBe('J. van der Voorbeeld');
  });

  test('staff read a name without a tussenvoegsel in a title as it is written, without "--" for the empty part, and the period as a month', async () => {
    const page = await loginInApp(browser, directus.url, directus.demo.users.debt_services.email, directus.demoPassword);
    const staff = await loginAs('debt_services');
    const period = new Date().toISOString().slice(0, 7);
    expect(await titleOf(page, staff, 'referrals', 'filter[surname][_eq]=Demo&filter[name_prefix][_null]=true')).toBe('M.A. Demo');
    expect(await titleOf(page, staff, 'signals', `filter[surname][_eq]=Demo&filter[name_prefix][_null]=true&filter[period][_eq]=${period}`)).toBe(`M.A. Demo · ${dutchPeriod(period)}`);
    // The signal's period in its form reads as in the title, not as stored ("2026-12").
    await page.waitForSelector('input[data-period-text]', { timeout: 60_000 });
    expect(await page.$eval('input[data-period-text]', (input) => (input as HTMLInputElement).value)).toBe(dutchPeriod(period));
    await screenshot(page, 'staff-signal-title');
  });

  test('a task names its partner in its title; a task without one (a case\'s task) leaves no empty part between its separators', async () => {
    const admin = await loginAs('admin');
    const period = new Date().toISOString().slice(0, 7);
    const partner = (await admin.get<Array<{ id: number; name: string }>>('/items/signal_partners?filter[organisation_role][_eq]=signal_partner&fields=id,name&limit=1')).body.data![0]!;
    const keys = { withPartner: `title-test:partner:${Date.now()}`, withoutPartner: `title-test:case:${Date.now()}`, bare: `title-test:bare:${Date.now()}` };
    const created = await admin.post<Array<{ id: string; task_key: string }>>('/items/tasks?fields=id,task_key', [
      { kind: 'missing_upload', status: 'open', partner: partner.id, period, task_key: keys.withPartner },
      { kind: 'overdue', status: 'open', partner: null, period, task_key: keys.withoutPartner },
      { kind: 'overdue', status: 'open', partner: null, period: null, task_key: keys.bare },
    ]);
    expect(created.status).toBe(200);
    // Directus answers a batch in its own order, not the order asked.
    const idOf = (key: string) => created.body.data!.find((task) => task.task_key === key)!.id;
    const [withPartner, withoutPartner, bare] = [idOf(keys.withPartner), idOf(keys.withoutPartner), idOf(keys.bare)];
    try {
      const page = await loginInApp(browser, directus.url, directus.demo.users.debt_services.email, directus.demoPassword);
      // Each title waited for by a part the page before did not show.
      expect(await titleOfItem(page, 'tasks', withPartner, partner.name)).toBe(`Upload ontbreekt · ${partner.name} · ${dutchPeriod(period)}`);
      expect(await titleOfItem(page, 'tasks', bare, 'Termijn verlopen')).toBe('Termijn verlopen');
      expect(await titleOfItem(page, 'tasks', withoutPartner, dutchPeriod(period))).toBe(`Termijn verlopen · ${dutchPeriod(period)}`);
      await screenshot(page, 'staff-task-title');
    } finally {
      await admin.request('DELETE', '/items/tasks', [withPartner, withoutPartner, bare]);
    }
  });
});
