/**
 * Issue 10, points 2 and 8, in a real browser: every role lands on its own start page with
 * its own tiles, each count is what the user's own session counts, and every tile opens a
 * real page. AMW opens a referral from its start page, records a contact attempt on the
 * referral page, sees it there and in the attempts list with the household's name, opens
 * the page from the referral form's link, and refers the household back.
 */
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { countFromAggregate, countRequest, resolveTile, startTilesFor, type BookmarkPreset } from '../../core/screens/start-tiles.ts';
import type { ScreenRole } from '../../core/screens/role-navigation.ts';
import { login, loginAs, type Api } from '../support/api.ts';
import { clickWhenOnTop, launchBrowser, loginInApp, screenshot } from '../support/browser.ts';

const directus = inject('directus');
let browser: Browser;
let admin: Api;

/** What a user must never see after a click. */
const BROKEN = ['Pagina niet gevonden', 'FORBIDDEN', 'Niet toegestaan', 'Geen Rechten'];

const ROLES: Array<{ role: ScreenRole; email: string; password: string }> = [
  { role: 'debt_services', email: directus.demo.users.debt_services.email, password: directus.demoPassword },
  { role: 'corporation', email: directus.demo.users.corporation.email, password: directus.demoPassword },
  { role: 'social_work', email: directus.demo.users.social_work.email, password: directus.demoPassword },
  { role: 'functional_admin', email: directus.demo.users.functional_admin.email, password: directus.demoPassword },
  { role: 'admin', email: directus.adminEmail, password: directus.adminPassword },
];

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await loginAs('admin');
});
afterAll(async () => {
  await browser?.close();
});

const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);

/** What the user's own session counts for each tile: the page must show the same. */
async function expectedCounts(api: Api, role: ScreenRole): Promise<Record<string, number | null>> {
  const presets = (await api.get<BookmarkPreset[]>('/presets?filter[bookmark][_nnull]=true&fields=id,bookmark,collection,filter&limit=-1')).body.data ?? [];
  const counts: Record<string, number | null> = {};
  for (const tile of startTilesFor(role)) {
    const resolved = resolveTile(tile, presets);
    if (!resolved.count) {
      counts[tile.key] = null;
      continue;
    }
    const request = countRequest(resolved.count);
    const response = await api.get(`${request.path}?${new URLSearchParams(request.params).toString()}`);
    expect(response.status, `${role} counts ${tile.key}`).toBe(200);
    counts[tile.key] = countFromAggregate(response.body.data);
  }
  return counts;
}

async function shownTiles(page: Page): Promise<Array<{ key: string; href: string; count: number | null; label: string }>> {
  return page.$$eval('[data-tile]', (tiles) =>
    tiles.map((tile) => {
      const count = tile.querySelector('[data-count]')?.textContent?.trim();
      return { key: tile.getAttribute('data-tile') ?? '', href: new URL((tile as HTMLAnchorElement).href).pathname + new URL((tile as HTMLAnchorElement).href).search, count: count ? Number(count) : null, label: tile.querySelector('.label')?.textContent?.trim() ?? '' };
    }),
  );
}

// Each role in its own browser context, all at once: the test mostly waits for the app.
describe.concurrent('every role lands on its own start page', () => {
  for (const { role, email, password } of ROLES) {
    test(`${role}: own tiles with the right counts, and a tile clicked opens its page`, async () => {
      const page = await loginInApp(browser, directus.url, email, password);
      expect(new URL(page.url()).pathname).toBe('/admin/vroegsignalering');
      await page.waitForSelector('[data-tile]', { timeout: 60_000 });
      // Counts arrive after the tiles; wait until every counted tile shows its number.
      const expected = await expectedCounts(await login(email, password), role);
      const counted = Object.values(expected).filter((count) => count !== null).length;
      await page.waitForFunction((n) => document.querySelectorAll('[data-tile] [data-count]').length >= n, { timeout: 60_000 }, counted);
      // Directus asks an admin without a project owner for one in an English dialog over every page; provisioning sets the owner.
      expect(await page.$$eval('button', (buttons) => buttons.some((el) => /remind later|later herinneren/i.test(el.textContent ?? ''))), 'project owner dialog').toBe(false);
      const tiles = await shownTiles(page);
      expect(tiles.map((tile) => tile.label)).toEqual(startTilesFor(role).map((tile) => tile.label));
      expect(Object.fromEntries(tiles.map((tile) => [tile.key, tile.count]))).toEqual(expected);
      await screenshot(page, `start-${role}`);

      // Clicking leads where the tile points: the first and the last tile. Every tile's page is
      // opened and checked for each role by the role crawl (role-crawl.test.ts); clicking them
      // all here again took minutes of a full run.
      for (const tile of new Set([tiles[0]!, tiles[tiles.length - 1]!])) {
        if (new URL(page.url()).pathname !== '/admin/vroegsignalering') await page.goto(`${directus.url}/admin/vroegsignalering`, { waitUntil: 'networkidle2' });
        await page.waitForSelector(`[data-tile="${tile.key}"]`, { timeout: 60_000 });
        // Clicked in the page, not at coordinates: the tiles reflow as their counts arrive, and a
        // click at where a tile was a moment before opened its neighbour.
        await page.$eval(`[data-tile="${tile.key}"]`, (element) => (element as HTMLElement).click());
        await page.waitForFunction((start) => location.pathname !== start, { timeout: 60_000 }, '/admin/vroegsignalering').catch(() => {
          throw new Error(`${role}: the tile ${tile.key} did not open ${tile.href}`);
        });
        // Bounded: a page that polls (running jobs) never goes quiet.
        await page.waitForNetworkIdle({ idleTime: 500, timeout: 5_000 }).catch(() => undefined);
        const url = new URL(page.url());
        expect(url.pathname + url.search, `${role} → ${tile.key}`).toBe(tile.href);
        const text = await bodyText(page);
        for (const broken of BROKEN) expect(text, `${role} → ${tile.key}`).not.toContain(broken);
      }
    }, 400_000);
  }

  test('the demo data shows in the counts', async () => {
    const staff = await expectedCounts(await loginAs('debt_services'), 'debt_services');
    expect(staff['open-cases']).toBeGreaterThanOrEqual(2);
    expect(staff['new-cases']).toBeGreaterThanOrEqual(2);
    const corporation = await expectedCounts(await loginAs('corporation'), 'corporation');
    expect(corporation.uploads).toBeGreaterThanOrEqual(1);
    const amw = await expectedCounts(await loginAs('social_work'), 'social_work');
    expect(amw['new-referrals']).toBeGreaterThanOrEqual(1);
    const functionalAdmin = await expectedCounts(await loginAs('functional_admin'), 'functional_admin');
    expect(functionalAdmin.partners).toBeGreaterThanOrEqual(3);
    expect(functionalAdmin.users).toBeGreaterThanOrEqual(5);
  });

  test('the corporation’s upload tile leads to the upload screen', async () => {
    const page = await loginInApp(browser, directus.url, directus.demo.users.corporation.email, directus.demoPassword);
    await page.waitForSelector('[data-tile="upload"]', { timeout: 60_000 });
    expect((await shownTiles(page)).find((tile) => tile.key === 'upload')!.href).toBe('/admin/vroegsignalering/aanleveren');
    await page.waitForFunction(() => /Verwacht deze maand|Uw lijst over/.test(document.body.innerText), { timeout: 60_000 });
    await page.waitForSelector('[data-uploads]', { timeout: 60_000 });
    expect(await page.$eval('[data-uploads]', (table) => (table as HTMLElement).innerText)).toContain('Verwerkt');
  });
});

describe('AMW records a contact attempt from the referral', () => {
  test('from the start page to the referral, the attempt, the attempts list, the form link and referring back', async () => {
    // A referral of its own, released to AMW (date_sent): the demo data may change under other tests.
    // Priority 1 and a name early in the alphabet: the start page lists AMW's 50 most urgent, and a
    // full run leaves many other tests' referrals.
    const { body: partners } = await admin.get<Array<{ id: number }>>('/items/signal_partners?filter[code][_eq]=amw-midden-limburg&fields=id');
    const today = new Date().toISOString().slice(0, 10);
    const period = today.slice(0, 7);
    const household = (await admin.post<{ id: string }>('/items/households', { address_key: `STARTTEST-${Date.now()}`, address: 'Startweg 8, 6003 CC Weert', has_minor_children: false, household_size: 1 })).body.data!.id;
    const caseId = (await admin.post<{ id: string }>('/items/cases', { household, period, status: 'new', route: 'amw', rule_route: 'amw', decided_by_rule: 'test', reason: 'Test', priority: 1, date_matched: today })).body.data!.id;
    const created = await admin.post<{ id: string }>('/items/referrals', {
      case: caseId, period, target: 'amw', partner: partners.data![0]!.id, status: 'new', priority: 1, date_sent: today,
      initials: 'S.', name_prefix: null, surname: 'Aanstart', birth_date: '1980-01-02', street: 'Startstraat', house_number: 7, postcode: '6001AB', city: 'Weert', phone: '0495-000000', living_situation: 'alleenstaand',
    });
    expect(created.status).toBe(200);
    const referral = created.body.data!.id;

    const page = await loginInApp(browser, directus.url, directus.demo.users.social_work.email, directus.demoPassword);
    expect(new URL(page.url()).pathname).toBe('/admin/vroegsignalering');
    await page.waitForSelector('[data-referrals]', { timeout: 60_000 });
    const link = await page.waitForSelector(`[data-referrals] a[href$="/vroegsignalering/doorverwijzingen/${referral}"]`, { timeout: 60_000 });
    expect(await link!.evaluate((a) => a.textContent?.trim())).toBe('S. Aanstart');
    await Promise.all([page.waitForFunction((id) => location.pathname.endsWith(`/doorverwijzingen/${id}`), { timeout: 60_000 }, referral), link!.click()]);

    // The page shows the art. 12.3 facts in Dutch, and no attempt yet.
    await page.waitForSelector('[data-summary]', { timeout: 60_000 });
    const summary = await page.$eval('[data-summary]', (dl) => (dl as HTMLElement).innerText);
    expect(summary).toContain('Startstraat 7, 6001 AB Weert');
    expect(summary).toContain('Alleenstaand');
    expect(summary).toContain('Nieuw');
    expect(await bodyText(page)).toContain('Nog geen contactpogingen.');
    await screenshot(page, 'amw-referral-page');

    // One click after filling in the form: no drawer, no picking the referral.
    const choose = async (field: string, option: string) => {
      await clickWhenOnTop(page, `[data-field="${field}"] .v-input`);
      const item = await page.waitForFunction(
        (text) => [...document.querySelectorAll('.v-menu-content .v-list-item')].find((el) => el.textContent?.trim() === text && (el as HTMLElement).offsetParent !== null) ?? null,
        { timeout: 60_000 },
        option,
      );
      await (item.asElement() as ElementHandle<Element>).click();
      await page.waitForFunction((f, text) => (document.querySelector(`[data-field="${f}"] .v-input`) as HTMLElement | null)?.innerText.includes(text) || [...document.querySelectorAll(`[data-field="${f}"] input`)].some((input) => (input as HTMLInputElement).value === text), { timeout: 60_000 }, field, option);
    };
    await choose('kind', 'Telefoon');
    await choose('reached', 'Niet bereikt');
    await page.type('[data-field="note"] textarea', 'Voicemail ingesproken');
    await clickWhenOnTop(page, '[data-record-attempt]');
    await page.waitForSelector('[data-saved], [data-form-error]', { timeout: 60_000 });
    expect(await page.$eval('[data-attempt-form]', (form) => (form.querySelector('[data-form-error]') as HTMLElement | null)?.innerText ?? null)).toBeNull();
    const attemptsShown = await page.$eval('[data-attempts]', (list) => (list as HTMLElement).innerText);
    expect(attemptsShown).toContain('Telefoon · niet bereikt · AMW');
    expect(attemptsShown).toContain('Voicemail ingesproken');
    expect(await page.$eval('[data-summary]', (dl) => (dl as HTMLElement).innerText)).toContain('In behandeling');
    await screenshot(page, 'amw-referral-attempt-recorded');

    const { body: attempts } = await admin.get<Array<{ organisation: string; kind: string; reached: boolean; amw_note: string; case: string }>>(`/items/contact_attempts?filter[referral][_eq]=${referral}&fields=organisation,kind,reached,amw_note,case`);
    expect(attempts.data).toEqual([{ organisation: 'amw', kind: 'Telefoon', reached: false, amw_note: 'Voicemail ingesproken', case: caseId }]);

    // The attempts list says with whom: the household's name and address.
    await page.goto(`${directus.url}/admin/content/contact_attempts`, { waitUntil: 'networkidle2' });
    await page.waitForFunction(() => document.body.innerText.includes('Aanstart'), { timeout: 60_000 });
    expect(await bodyText(page)).toContain('Startstraat 7');
    for (const broken of BROKEN) expect(await bodyText(page)).not.toContain(broken);
    await screenshot(page, 'amw-contact-attempts-list');

    // The referral form's link opens the page, and it is not greyed out for AMW.
    await page.goto(`${directus.url}/admin/content/referrals/${referral}`, { waitUntil: 'networkidle2' });
    await page.waitForFunction(() => [...document.querySelectorAll('a, button')].some((el) => el.textContent?.includes('Contactpoging vastleggen')), { timeout: 60_000 });
    const formLink = await page.evaluateHandle(() => [...document.querySelectorAll('a, button')].find((el) => el.textContent?.includes('Contactpoging vastleggen')) as HTMLElement);
    // A disabled v-button has the class `disabled` and disabled="true" (an enabled one: disabled="false").
    expect(await formLink.evaluate((el) => el.classList.contains('disabled') || !!el.closest('.v-button.disabled') || (el.getAttribute('disabled') ?? 'false') !== 'false')).toBe(false);
    await screenshot(page, 'amw-referral-form-link');
    await Promise.all([page.waitForFunction((id) => location.pathname === `/admin/vroegsignalering/doorverwijzingen/${id}`, { timeout: 60_000 }, referral), (formLink.asElement() as ElementHandle<Element>).click()]);
    await page.waitForSelector('[data-attempt-form]', { timeout: 60_000 });

    // Referring back (serious debts) ends AMW's work and gives staff a task.
    await page.click('[data-refer-back]');
    await page.waitForSelector('[data-confirm-refer-back]', { visible: true, timeout: 60_000 });
    await page.click('[data-confirm-refer-back]');
    await page.waitForFunction(() => !document.querySelector('[data-refer-back]') && document.body.innerText.includes('Terugverwezen naar gemeente'), { timeout: 60_000 });
    expect(await page.$('[data-attempt-form]')).toBeNull();
    await screenshot(page, 'amw-referral-referred-back');
    const { body: after } = await admin.get<{ status: string; date_referred_back: string | null }>(`/items/referrals/${referral}?fields=status,date_referred_back`);
    expect(after.data).toMatchObject({ status: 'referred_back' });
    expect(after.data!.date_referred_back).toBeTruthy();
    const { body: tasks } = await admin.get<unknown[]>(`/items/tasks?filter[case][_eq]=${caseId}&filter[kind][_eq]=referred_back&fields=id`);
    expect(tasks.data).toHaveLength(1);
  }, 240_000);

  test('a referral AMW may not see shows a plain Dutch notice, not an error', async () => {
    const { body } = await admin.get<Array<{ id: string }>>('/items/referrals?filter[target][_eq]=sdv&fields=id&limit=1');
    const page = await loginInApp(browser, directus.url, directus.demo.users.social_work.email, directus.demoPassword);
    await page.goto(`${directus.url}/admin/vroegsignalering/doorverwijzingen/${body.data![0]!.id}`, { waitUntil: 'networkidle2' });
    await page.waitForSelector('[data-not-found]', { timeout: 60_000 });
    expect(await bodyText(page)).toContain('Deze doorverwijzing bestaat niet of is niet aan uw organisatie gericht.');
    expect(await bodyText(page)).not.toContain('Demo');
  });
});
