/**
 * The case page as staff use it (issue 10): one household is uploaded, enriched against the
 * local BRP, found on the debt-services list and routed with `npm run cycle -- --step route`
 * (AMW, with a task to inform the case manager). A staff member opens the case form, clicks
 * "Zaakpagina openen", reads the household, signal, decision and next step in Dutch, and
 * clicks every button of the page; each effect is checked through the API. Its own period
 * and list dates, far from other tests; its lists are deleted afterwards.
 * Screenshots in test-results/screenshots.
 */
import { spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadTestset, testsetBrpPerson } from '../../adapters/brp/testset.ts';
import type { BrpPerson } from '../../core/brp/brp-person.ts';
import { fromRoot } from '../../scripts/lib/project-paths.ts';
import { Api, loginAs } from '../support/api.ts';
import { launchBrowser, loginInApp, screenshot } from '../support/browser.ts';
import { startProjectWorker } from '../support/project-worker.ts';
import { TENANT_HEADER, isUsableTenant, residentsOf, sameAddress, tenantRow } from '../support/tenant-rows.ts';
import { submitUpload, uploadFile } from '../support/uploads.ts';
import { dbEnv, type TestWorker } from '../support/workers.ts';

const directus = inject('directus');
const PERIOD = '2039-05';
const LIST_DATE = '2039-06-01';
const ROUTE_DAY = '2039-06-03';
const today = new Date().toISOString().slice(0, 10);

type Row = Record<string, unknown>;
let admin: Api;
let staff: Api;
let worker: TestWorker;
let browser: Browser;
let tenant: BrpPerson;
let other: BrpPerson;
let caseId: string;
const lists: string[] = [];

function cycle(args: string[]) {
  return spawnSync(process.execPath, [fromRoot('node_modules/tsx/dist/cli.mjs'), fromRoot('scripts/cycle.ts'), ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'test', ...dbEnv(directus.db), DIRECTUS_URL: directus.url, WORKER_TOKEN: directus.workerToken },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

async function submitSourceList(kind: string, csv: string) {
  const file = await uploadFile(staff, `${kind}.csv`, csv);
  const created = await staff.post<{ id: string }>('/items/source_lists', { kind, reference_date: LIST_DATE, file });
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  lists.push(created.body.data!.id);
  for (let i = 0; i < 150; i++) {
    const list = (await staff.get<Row>(`/items/source_lists/${created.body.data!.id}`)).body.data!;
    if (list.status === 'processed' || list.status === 'refused') return list;
    await sleep(200);
  }
  throw new Error('source list not processed in time');
}

async function waitFor<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await sleep(250);
    value = await read();
  }
  return value;
}

const caseRow = async () => (await admin.get<Row>(`/items/cases/${caseId}?fields=status,assigned_to,date_picked_up,date_first_contact`)).body.data!;
const pageText = (page: Page) => page.evaluate(() => document.body.innerText);

/** The button (or link) whose text contains `label`, inside an element matching `within`. */
async function button(page: Page, label: string, within = 'body'): Promise<ElementHandle<Element>> {
  await page.waitForFunction(
    (text, scope) => [...document.querySelectorAll(`${scope} button, ${scope} a`)].some((el) => (el.textContent ?? '').includes(text)),
    { timeout: 60_000 },
    label,
    within,
  );
  for (const handle of await page.$$(`${within} button, ${within} a`)) {
    if ((await handle.evaluate((el) => el.textContent ?? '')).includes(label)) return handle;
  }
  throw new Error(`no button ${label}`);
}

async function waitForText(page: Page, text: string) {
  try {
    await page.waitForFunction((t) => document.body.innerText.includes(t), { timeout: 60_000 }, text);
  } catch (error) {
    await screenshot(page, 'case-page-failure');
    throw new Error(`"${text}" not shown; the page says: ${(await pageText(page)).slice(0, 1500)}`, { cause: error });
  }
}

beforeAll(async () => {
  worker = await startProjectWorker();
  admin = await loginAs('admin');
  staff = await loginAs('debt_services');
  browser = await launchBrowser();
  const persons = (await loadTestset()).map(testsetBrpPerson);
  // From the middle of the test set: other tests pick from its start and its end.
  const pool = persons.filter((p) => isUsableTenant(persons, p, today));
  const middle = pool.slice(Math.floor(pool.length / 2));
  tenant = middle.find((p) => residentsOf(persons, p).length === 1)!;
  other = middle.find((p) => p !== tenant && !sameAddress(p, tenant) && p.bsn)!;
  expect(tenant).toBeTruthy();
}, 240_000);

afterAll(async () => {
  for (const id of lists) await admin.delete(`/items/source_lists/${id}`);
  await browser?.close();
  await worker?.stop();
});

describe('the case page for staff', () => {
  test('a household is routed: AMW, with a task for the case manager', async () => {
    const upload = await submitUpload(staff, 'zaakpagina.csv', [TENANT_HEADER, tenantRow(tenant, 3, 1234.56)].join('\n'), PERIOD, { partner: directus.demo.partners['wonen-limburg'] });
    expect(upload).toMatchObject({ status: 'processed', accepted: 1 });
    await waitFor('enrichment', async () => (await admin.get<Row[]>(`/items/signals?filter[period][_eq]=${PERIOD}&fields=match_status`)).body.data!, (rows) => rows.length === 1 && rows[0]!.match_status === 'matched', 60_000);
    expect(await submitSourceList('benefits', `BSN;Soort uitkering\n${other.bsn};Participatiewet\n`)).toMatchObject({ status: 'processed' });
    expect(await submitSourceList('debt_services', `BSN\n${tenant.bsn}\n`)).toMatchObject({ status: 'processed', matched: 1 });

    const run = cycle(['--period', PERIOD, '--step', 'route', '--today', ROUTE_DAY]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const cases = (await admin.get<Row[]>(`/items/cases?filter[period][_eq]=${PERIOD}&fields=id,route,status,assigned_to`)).body.data!;
    expect(cases).toEqual([expect.objectContaining({ route: 'amw', status: 'new', assigned_to: null })]);
    caseId = String(cases[0]!.id);
    const tasks = (await admin.get<Row[]>(`/items/tasks?filter[case][_eq]=${caseId}&fields=kind,status`)).body.data!;
    expect(tasks).toEqual([{ kind: 'inform_case_manager', status: 'open' }]);
  }, 240_000);

  test('staff open the page from the case form and read it in Dutch', async () => {
    const page = await loginInApp(browser, directus.url, directus.demo.users.debt_services.email, directus.demoPassword);
    await page.goto(`${directus.url}/admin/content/cases/${caseId}`, { waitUntil: 'networkidle2' });
    const link = await button(page, 'Zaakpagina openen');
    // The links interface greys out buttons on fields the user may not update.
    expect(await link.evaluate((el) => (el as HTMLButtonElement).disabled || el.closest('.v-button')?.classList.contains('disabled') === true)).toBe(false);
    await screenshot(page, 'case-page-form-link');
    await link.click();
    await page.waitForFunction((id) => location.pathname === `/admin/vroegsignalering/zaken/${id}`, { timeout: 60_000 }, caseId);
    await waitForText(page, 'Volgende stap');
    const text = await pageText(page);
    expect(text).not.toContain('Pagina niet gevonden');
    const address = tenant.address!;
    expect(text).toContain(`${address.street} ${address.house_number}`);
    expect(text).toContain('Huishouden');
    expect(text).toContain('Omvang huishouden');
    expect(text).toContain('Wonen Limburg · mei 2039');
    expect(text).toContain('3 maanden');
    expect(text).toContain('€ 1.234,56');
    expect(text).toContain('huurschuld-convenant, versie 1 op 3 juni 2039');
    expect(text).toMatch(/art\. 6\.1\.4/);
    expect(text).toContain('Klantmanager schulddienstverlening informeren vóór 17 juni 2039');
    expect(text).toContain('Nog niemand');
    expect(text).toContain('nog niet verstuurd');
    // Plain Dutch: no ISO dates, no raw codes.
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b|inform_case_manager|\bamw\b|\bnew\b|picked_up/);
    await screenshot(page, 'case-page-opened');
    await page.close();
  });

  test('every button works: assign, pick up, record an attempt, complete a task, a refusal in Dutch, edit in form', async () => {
    const page = await loginInApp(browser, directus.url, directus.demo.users.debt_services.email, directus.demoPassword);
    await page.goto(`${directus.url}/admin/vroegsignalering/zaken/${caseId}`, { waitUntil: 'networkidle2' });
    await waitForText(page, 'Volgende stap');
    const me = directus.demo.users.debt_services.id;

    await (await button(page, 'Toewijzen aan mij')).click();
    await waitForText(page, 'De zaak is aan u toegewezen.');
    expect(await caseRow()).toMatchObject({ assigned_to: me, status: 'new' });

    // Someone else takes it; picking it up makes it this staff member's again.
    expect((await admin.patch(`/items/cases/${caseId}`, { assigned_to: directus.demo.users.functional_admin.id })).status).toBe(200);
    await page.reload({ waitUntil: 'networkidle2' });
    await waitForText(page, 'Volgende stap');
    await (await button(page, 'Oppakken')).click();
    await waitForText(page, 'De zaak is opgepakt en aan u toegewezen.');
    expect(await caseRow()).toMatchObject({ assigned_to: me, status: 'picked_up', date_picked_up: today });
    expect(await pageText(page)).toContain('Opgepakt');

    await (await button(page, 'Contactpoging vastleggen')).click();
    await page.waitForSelector('.attempt-dialog');
    await (await page.waitForSelector('.attempt-dialog .field-kind .v-input'))!.click();
    await page.waitForFunction(() => [...document.querySelectorAll('.v-menu-content .v-list-item')].some((el) => el.textContent?.trim() === 'Telefoon'), { timeout: 60_000 });
    await page.evaluate(() => ([...document.querySelectorAll('.v-menu-content .v-list-item')].find((el) => el.textContent?.trim() === 'Telefoon') as HTMLElement).click());
    await page.waitForFunction(() => document.querySelector('.attempt-dialog .field-kind input')?.getAttribute('value') === 'Telefoon' || (document.querySelector('.attempt-dialog .field-kind input') as HTMLInputElement | null)?.value === 'Telefoon', { timeout: 60_000 });
    await page.evaluate(() => (document.querySelector('.attempt-dialog .v-checkbox') as HTMLElement).click());
    await page.waitForSelector('.attempt-dialog .v-checkbox.checked', { timeout: 60_000 });
    await page.type('.attempt-dialog textarea', 'Gebeld, afspraak gemaakt.');
    await screenshot(page, 'case-page-attempt-dialog');
    await (await button(page, 'Vastleggen', '.attempt-dialog')).click();
    await waitForText(page, 'De contactpoging is vastgelegd.');
    // The dialog's overlay fades out; a click before it is gone lands on the overlay.
    await page.waitForFunction(() => !document.querySelector('.attempt-dialog'), { timeout: 60_000 });
    await sleep(500);
    const attempts = (await admin.get<Row[]>(`/items/contact_attempts?filter[case][_eq]=${caseId}&fields=kind,reached,date,organisation,note,user_created`)).body.data!;
    expect(attempts).toEqual([{ kind: 'Telefoon', reached: true, date: today, organisation: 'municipality', note: 'Gebeld, afspraak gemaakt.', user_created: me }]);
    expect(await caseRow()).toMatchObject({ status: 'in_contact', date_first_contact: today });
    expect(await pageText(page)).toContain('Telefoon · bereikt');

    const [task] = (await admin.get<Row[]>(`/items/tasks?filter[case][_eq]=${caseId}&fields=id`)).body.data!;
    await (await button(page, 'Taak afronden', `[data-task="${String(task!.id)}"]`)).click();
    await waitForText(page, 'De taak is afgerond.');
    expect((await admin.get<Row>(`/items/tasks/${String(task!.id)}?fields=status,done_by`)).body.data).toEqual({ status: 'done', done_by: me });

    // The casework hook's refusal reaches the page in its own Dutch words.
    const withholding = await admin.post<Row>('/items/tasks', { kind: 'rent_withholding', status: 'open', case: caseId, period: PERIOD, due_date: '2039-06-17', task_key: `rent_withholding:case:${caseId}` });
    expect(withholding.status, JSON.stringify(withholding.body)).toBe(200);
    await page.reload({ waitUntil: 'networkidle2' });
    await waitForText(page, 'Huur inhouden op de uitkering');
    await (await button(page, 'Taak afronden', `[data-task="${String(withholding.body.data!.id)}"]`)).click();
    await waitForText(page, 'Huur inhouden kan pas als de machtiging van de huurder op de zaak is vastgelegd');
    expect(await page.$('.action-error')).not.toBeNull();
    await sleep(800); // the page scrolls the message into view
    expect((await admin.get<Row>(`/items/tasks/${String(withholding.body.data!.id)}?fields=status`)).body.data!.status).toBe('open');
    await screenshot(page, 'case-page-refusal');

    await (await button(page, 'Bewerken in formulier')).click();
    await page.waitForFunction((id) => location.pathname === `/admin/content/cases/${id}`, { timeout: 60_000 }, caseId);
    await waitForText(page, 'Zaakpagina openen');
    await screenshot(page, 'case-page-back-to-form');
    await page.close();
  }, 180_000);
});
