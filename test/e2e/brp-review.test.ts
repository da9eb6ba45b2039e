/**
 * Issue 10: staff go from a not-found signal to the BRP review screen in the module,
 * search the BRP by hand, pick the tenant and see where the signal stands (the household's
 * case, or the routing status); they correct a mistyped signal and see the new outcome;
 * they record "not a resident". The signals are official BRP test persons with a typo in
 * the surname, uploaded by a corporation; a worker runs the upload, enrichment and routing.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import knexFactory, { type Knex } from 'knex';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadTestset, testsetBrpPerson } from '../../adapters/brp/testset.ts';
import type { BrpPerson } from '../../core/brp/brp-person.ts';
import { cycleStepKeyOn } from '../../core/cycle/cycle-steps.ts';
import { ageOn } from '../../core/household/age-on.ts';
import { projectKnexConfig } from '../../jobs/db-settings.ts';
import { enqueueJob } from '../../jobs/enqueue.ts';
import { type Api, loginAs } from '../support/api.ts';
import { launchBrowser, loginInApp, screenshot } from '../support/browser.ts';
import { startProjectWorker } from '../support/project-worker.ts';
import { submitUpload } from '../support/uploads.ts';
import type { TestWorker } from '../support/workers.ts';

const directus = inject('directus');
const PERIOD = '2035-04';
const today = new Date().toISOString().slice(0, 10);

let browser: Browser;
let admin: Api;
let worker: TestWorker;
let knex: Knex;
let persons: BrpPerson[];
let tenant: BrpPerson; // not found; staff find them by name
let mistyped: BrpPerson; // not found; staff correct the signal
let outsider: BrpPerson; // not found; staff record "not a resident"
const ids: Record<'tenant' | 'mistyped' | 'outsider', string> = { tenant: '', mistyped: '', outsider: '' };

const lives = (p: BrpPerson) => !p.deceased && !p.emigrated && /^[1-9]\d{3}[A-Z]{2}$/.test(p.address?.postcode ?? '') && !!p.address?.house_number && !!p.address.street;
const named = (p: BrpPerson) =>
  !!p.initials && !!p.surname && /^[\p{L}]{4,}$/u.test(p.surname) && !p.name_prefix && /^(19[3-9]\d|200\d)-\d{2}-\d{2}$/.test(p.birth_date ?? '') && (ageOn(p.birth_date, today) ?? 0) >= 18 &&
  persons.filter((o) => o.surname === p.surname && o.birth_date === p.birth_date).length === 1;
const typo = (surname: string) => `${surname.slice(0, -1)}${surname.endsWith('q') ? 'x' : 'q'}`;
const dutchTyped = (iso: string) => iso.split('-').reverse().join('-');

function row(p: BrpPerson, street: string, houseNumber: number, postcode: string) {
  return [p.initials, '', typo(p.surname!), dutchTyped(p.birth_date!), `${street} ${houseNumber}`, postcode, 'Huurdorp', '2', '1000'].join(';');
}

const signalOf = async (id: string) => (await admin.get<{ match_status: string; bsn: string | null; case: string | null }>(`/items/signals/${id}?fields=match_status,bsn,case`)).body.data!;
const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);

async function waitForText(page: Page, pattern: RegExp, timeout = 30_000) {
  await page.waitForFunction((source: string, flags: string) => new RegExp(source, flags).test(document.body?.innerText ?? ''), { timeout }, pattern.source, pattern.flags);
}

/** Clicks the visible button or link whose text is `label` (within `scope` when given). */
async function click(page: Page, label: string, scope = 'body') {
  const clicked = await page.evaluate(
    (text: string, within: string) => {
      const root = document.querySelector(within);
      const target = [...(root?.querySelectorAll<HTMLElement>('button, a') ?? [])].find((el) => el.getClientRects().length > 0 && (el.textContent ?? '').trim() === text);
      target?.click();
      return !!target;
    },
    label,
    scope,
  );
  expect(clicked, `button "${label}" in ${scope}`).toBe(true);
}

/** Replaces what a field holds, the way a person types. */
async function fill(page: Page, selector: string, value: string) {
  const input = `${selector} input, ${selector} textarea`;
  await page.waitForSelector(input);
  await page.$eval(input, (el) => {
    (el as HTMLInputElement).value = '';
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  if (value) await page.type(input, value);
}

/** From the signal form, the link "Kandidaten bekijken en beslissen" opens the review screen. */
async function openReviewFromSignal(page: Page, id: string) {
  await page.goto(`${directus.url}/admin/content/signals/${id}`, { waitUntil: 'networkidle2' });
  await page.waitForFunction(() => [...document.querySelectorAll('[data-field="match_review"] a, [data-field="match_review"] button')].some((el) => /Kandidaten bekijken en beslissen/.test(el.textContent ?? '')), { timeout: 60_000 });
  await page.evaluate(() => {
    const link = [...document.querySelectorAll<HTMLElement>('[data-field="match_review"] a, [data-field="match_review"] button')].find((el) => /Kandidaten bekijken en beslissen/.test(el.textContent ?? ''));
    link!.click();
  });
  await page.waitForFunction((signal: string) => location.pathname === `/admin/vroegsignalering/signalen/${signal}/brp-controle`, { timeout: 60_000 }, id);
  await waitForText(page, /Wat de corporatie stuurde/);
  expect(await bodyText(page)).not.toMatch(/Pagina niet gevonden|Page Not Found/i);
}

beforeAll(async () => {
  worker = await startProjectWorker();
  browser = await launchBrowser();
  knex = knexFactory(projectKnexConfig(directus.db));
  admin = await loginAs('admin');
  persons = (await loadTestset()).map(testsetBrpPerson);
  const usable = persons.filter((p) => lives(p) && named(p));
  // Others than the integration test's first persons, and three different addresses.
  tenant = usable[3]!;
  mistyped = usable.find((p) => p.bsn !== tenant.bsn && p.address!.postcode !== tenant.address!.postcode)!;
  outsider = usable.find((p) => ![tenant.bsn, mistyped.bsn].includes(p.bsn))!;
  expect(tenant && mistyped && outsider).toBeTruthy();

  const corporation = await loginAs('corporation');
  const csv = ['Voorletters;Tussenvoegsel;Achternaam;Geboortedatum;Adres;Postcode;Woonplaats;Maanden achterstand;Bedrag', row(tenant, 'Huurstraat', 7, '9999ZZ'), row(mistyped, 'Huurstraat', 9, '9999ZZ'), row(outsider, 'Huurstraat', 11, '9999ZZ')].join('\n');
  const upload = await submitUpload(corporation, 'typfouten.csv', csv, PERIOD);
  expect(upload.status).toBe('processed');
  const deadline = Date.now() + 60_000;
  let rows: Array<{ id: string; surname: string; match_status: string }> = [];
  do {
    await sleep(300);
    rows = (await admin.get<typeof rows>(`/items/signals?filter[upload][_eq]=${upload.id}&fields=id,surname,match_status`)).body.data!;
  } while (rows.some((s) => s.match_status === 'pending') && Date.now() < deadline);
  for (const [key, person] of [['tenant', tenant], ['mistyped', mistyped], ['outsider', outsider]] as const) {
    const signal = rows.find((s) => s.surname === typo(person.surname!))!;
    expect(signal.match_status).toBe('not_found');
    ids[key] = signal.id;
  }
  // Routing ran for the period already; the not-found signals wait for their match.
  const route = await enqueueJob(knex, 'cycle-step', { step: 'route', period: PERIOD, dryRun: false, today }, { uniqueKey: cycleStepKeyOn('route', PERIOD, today), period: PERIOD });
  for (let i = 0; i < 200; i++) {
    const run = (await knex('job_runs').first('status').where({ id: route.jobRunId })) as { status: string };
    if (run.status === 'done' || run.status === 'failed') break;
    await sleep(300);
  }
});

afterAll(async () => {
  await browser?.close();
  await worker?.stop();
  await knex?.destroy();
});

describe('the BRP review screen', () => {
  test('a not-found signal → review screen → search by hand → pick the tenant → the household\'s case or routing status', async () => {
    const page = await loginInApp(browser, directus.url, directus.demo.users.debt_services.email, directus.demoPassword);
    await openReviewFromSignal(page, ids.tenant);
    let text = await bodyText(page);
    expect(text).toContain('Niet gevonden in het BRP');
    expect(text).toContain(`${tenant.initials} ${typo(tenant.surname!)}`);
    expect(text).toContain('Huurstraat 7, 9999 ZZ Huurdorp');
    expect(text).not.toMatch(/not_found|\d{4}-\d{2}-\d{2}/);
    await screenshot(page, 'brp-review-not-found');

    // By address first: the tenant lives elsewhere than the corporation thinks.
    await fill(page, '[data-test="search-address"] [data-field="postcode"]', tenant.address!.postcode!);
    await fill(page, '[data-test="search-address"] [data-field="house_number"]', String(tenant.address!.house_number));
    await click(page, 'Zoeken op adres');
    await page.waitForSelector('[data-test="search-results"]', { timeout: 60_000 });
    await waitForText(page, new RegExp(tenant.surname!));
    await screenshot(page, 'brp-review-search-by-address');

    // Then by name and birth date, and pick the tenant there.
    await fill(page, '[data-test="search-name"] [data-field="surname"]', tenant.surname!);
    await fill(page, '[data-test="search-name"] [data-field="birth_date"]', dutchTyped(tenant.birth_date!));
    await click(page, 'Zoeken op naam');
    await page.waitForFunction((surname: string) => [...document.querySelectorAll('[data-test="search-results"] [data-test="candidate"]')].some((el) => (el.textContent ?? '').includes(surname)), { timeout: 60_000 }, tenant.surname!);
    text = await bodyText(page);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await screenshot(page, 'brp-review-search-by-name');
    await page.evaluate((surname: string) => {
      const card = [...document.querySelectorAll<HTMLElement>('[data-test="search-results"] [data-test="candidate"]')].find((el) => (el.textContent ?? '').includes(surname));
      [...card!.querySelectorAll<HTMLElement>('button')].find((b) => (b.textContent ?? '').includes('Dit is de huurder'))!.click();
    }, tenant.surname!);
    await waitForText(page, /De huurder is gekoppeld/);
    expect(await bodyText(page)).toContain('Bevestigd door een medewerker');
    expect(await signalOf(ids.tenant)).toMatchObject({ match_status: 'confirmed', bsn: tenant.bsn });

    // Routing was asked to take the signal: reload until it did (a case) or said why it waits.
    let standing = '';
    for (let i = 0; i < 60; i++) {
      await page.reload({ waitUntil: 'networkidle2' });
      await waitForText(page, /Waar het signaal staat/);
      standing = await page.$eval('[data-test="standing"]', (el) => (el as HTMLElement).innerText);
      if (/Dit huishouden heeft een zaak/.test(standing) || (/Wacht op routering/.test(standing) && !/ingepland/.test(standing))) break;
      await sleep(1_000);
    }
    // Routing took the decision: a case, or a new reason to wait — not the old "not found".
    expect(standing).not.toContain('niet gevonden');
    const { case: caseId } = await signalOf(ids.tenant);
    if (caseId) {
      expect(standing).toContain('Dit huishouden heeft een zaak');
      const href = await page.$eval('[data-test="case-link"]', (el) => (el as HTMLAnchorElement).getAttribute('href'));
      expect(href).toBe(`/admin/vroegsignalering/zaken/${caseId}`);
    } else {
      expect(standing).toMatch(/Wacht op routering/);
    }
    await screenshot(page, 'brp-review-tenant-picked');

    await click(page, 'Terug naar het signaal');
    await page.waitForFunction((signal: string) => location.pathname === `/admin/content/signals/${signal}`, { timeout: 60_000 }, ids.tenant);
  });

  test('correct and retry: a reason is required; the screen shows the new outcome', async () => {
    const page = await loginInApp(browser, directus.url, directus.demo.users.debt_services.email, directus.demoPassword);
    await openReviewFromSignal(page, ids.mistyped);
    await click(page, 'Gegevens corrigeren');
    await page.waitForSelector('[data-test="correction"]');
    await click(page, 'Annuleren', '[data-test="correction"]');
    await page.waitForFunction(() => !document.querySelector('[data-test="correction"]'));
    await click(page, 'Gegevens corrigeren');
    await fill(page, '[data-field="correct-surname"]', mistyped.surname!);
    await fill(page, '[data-field="correct-street"]', mistyped.address!.street!);
    await fill(page, '[data-field="correct-house_number"]', String(mistyped.address!.house_number));
    await fill(page, '[data-field="correct-house_letter"]', mistyped.address!.house_letter ?? '');
    await fill(page, '[data-field="correct-house_number_addition"]', mistyped.address!.house_number_addition ?? '');
    await fill(page, '[data-field="correct-postcode"]', mistyped.address!.postcode!);
    await click(page, 'Opslaan en opnieuw zoeken');
    await waitForText(page, /Geef een reden voor de correctie/);
    await screenshot(page, 'brp-review-correction-needs-reason');
    expect((await signalOf(ids.mistyped)).match_status).toBe('not_found');

    await fill(page, '[data-field="correct-reason"]', 'Typefout in de achternaam en oud adres; nagevraagd bij de corporatie');
    await click(page, 'Opslaan en opnieuw zoeken');
    await waitForText(page, /Gevonden in het BRP —/, 90_000);
    const text = await bodyText(page);
    expect(text).toContain(mistyped.surname!);
    expect(text).toContain('Eén kandidaat komt duidelijk overeen');
    expect(await signalOf(ids.mistyped)).toMatchObject({ match_status: 'matched', bsn: mistyped.bsn });
    await screenshot(page, 'brp-review-corrected-and-found');
  });

  test('"Geen inwoner van de gemeente" asks first, then records it', async () => {
    const page = await loginInApp(browser, directus.url, directus.demo.users.debt_services.email, directus.demoPassword);
    await page.goto(`${directus.url}/admin/vroegsignalering/signalen/${ids.outsider}/brp-controle`, { waitUntil: 'networkidle2' });
    await waitForText(page, /Niet gevonden in het BRP/);
    await click(page, 'Geen inwoner van de gemeente');
    await waitForText(page, /Geen inwoner van de gemeente\?/);
    await screenshot(page, 'brp-review-not-resident-dialog');
    await click(page, 'Annuleren', '#dialog-outlet');
    expect((await signalOf(ids.outsider)).match_status).toBe('not_found');
    await click(page, 'Geen inwoner van de gemeente');
    await waitForText(page, /Geen inwoner van de gemeente\?/);
    await click(page, 'Vastleggen', '#dialog-outlet');
    await waitForText(page, /Vastgelegd: de huurder is geen inwoner van de gemeente/);
    expect(await bodyText(page)).toContain('Geen inwoner (vastgesteld)');
    expect(await signalOf(ids.outsider)).toMatchObject({ match_status: 'not_resident', bsn: null });
    await screenshot(page, 'brp-review-not-resident');
  });

  test('the old page address opens the screen; a corporation cannot use it', async () => {
    const page = await loginInApp(browser, directus.url, directus.demo.users.debt_services.email, directus.demoPassword);
    await page.goto(`${directus.url}/vroegsignalering/signals/${ids.tenant}/brp-controle`, { waitUntil: 'networkidle2' });
    await page.waitForFunction((signal: string) => location.pathname === `/admin/vroegsignalering/signalen/${signal}/brp-controle`, { timeout: 60_000 }, ids.tenant);
    await waitForText(page, /Wat de corporatie stuurde/);

    const corporation = await loginInApp(browser, directus.url, directus.demo.users.corporation.email, directus.demoPassword);
    await corporation.goto(`${directus.url}/admin/vroegsignalering/signalen/${ids.tenant}/brp-controle`, { waitUntil: 'networkidle2' });
    await waitForText(corporation, /Dit signaal bestaat niet of u mag het niet controleren/);
    expect(await bodyText(corporation)).not.toContain(tenant.surname!);
    await screenshot(corporation, 'brp-review-corporation-refused');
  });
});
