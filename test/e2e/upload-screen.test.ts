/**
 * The corporation's own upload screen in the module (issue 10, points 3 and 4): from the
 * navigation to "Maandlijst aanleveren", a list with good and bad rows sent, the summary
 * page live until "Verwerkt", the problems on screen, the error report downloaded as a
 * real file, and another corporation kept out. Screenshots in test-results/screenshots.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { periodChoices, periodLabel, periodOf } from '../../core/uploads/upload-screen.ts';
import { loginAs } from '../support/api.ts';
import { clickWhenOnTop, launchBrowser, loginInApp, screenshot } from '../support/browser.ts';
import { startProjectWorker } from '../support/project-worker.ts';
import type { TestWorker } from '../support/workers.ts';

const directus = inject('directus');
let browser: Browser;
let worker: TestWorker;
let dir: string;
let file: string;
let uploadId: string;
// A year back: no demo upload or other test uses that period.
const period = periodChoices(new Date()).at(-1)!;

beforeAll(async () => {
  worker = await startProjectWorker();
  browser = await launchBrowser();
  dir = await mkdtemp(path.join(os.tmpdir(), 'vs-e2e-upload-'));
  file = path.join(dir, 'maandlijst.csv');
  await writeFile(
    file,
    [
      'Voorletters;Achternaam;Geboortedatum;Adres;Postcode;Woonplaats;Maanden achterstand;BSN',
      'J.;Jansen;03-05-1977;Molenweg 7;6001AB;Weert;2;123456782',
      'P.;Pieters;12-08-1985;Beekstraat 9;6002CD;Weert;3;',
      'K.;Kramer;21-07-1990;Kerkstraat 5;6001AC;Weert;2;',
      'A.;Onmogelijk;31-02-1980;Foutweg 1;6012AA;Weert;2;',
      'C.;Oeroud;01-01-1900;Foutweg 3;6012AA;Weert;2;',
    ].join('\n'),
  );
});
afterAll(async () => {
  await worker?.stop();
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function clickByText(page: Page, selector: string, pattern: RegExp) {
  await page.waitForFunction(
    (sel, source, flags) => [...document.querySelectorAll(sel)].some((el) => new RegExp(source, flags).test(el.textContent ?? '')),
    { timeout: 60_000 },
    selector,
    pattern.source,
    pattern.flags,
  );
  for (const handle of await page.$$(selector)) {
    if (pattern.test(await handle.evaluate((el) => el.textContent ?? ''))) {
      await handle.click();
      return;
    }
  }
}

const bodyText = (page: Page) => page.$eval('body', (body) => body.innerText);

describe('the corporation sends its monthly list from the upload screen', () => {
  test('navigation → upload screen → summary page: Verwerkt, counts, problems, error report download', async () => {
    const page = await loginInApp(browser, directus.url, directus.demo.users.corporation.email, directus.demoPassword);
    await page.goto(`${directus.url}/admin/vroegsignalering`, { waitUntil: 'networkidle2' });
    // The navigation is drawn again once the profile has loaded: click the link as it then stands.
    const navLink = '.module-nav a[href$="/vroegsignalering/aanleveren"]';
    for (let attempt = 0; attempt < 3 && !(await page.evaluate(() => location.pathname.endsWith('/vroegsignalering/aanleveren'))); attempt++) {
      const link = await page.waitForSelector(navLink, { visible: true, timeout: 60_000 });
      expect(await link!.evaluate((el) => el.textContent?.trim())).toBe('Maandlijst aanleveren');
      await link!.click().catch(() => undefined);
      await page.waitForFunction(() => location.pathname.endsWith('/vroegsignalering/aanleveren'), { timeout: 5_000 }).catch(() => undefined);
    }
    if (!page.url().endsWith('/vroegsignalering/aanleveren')) await screenshot(page, 'corporation-upload-navigation-failed');
    expect(new URL(page.url()).pathname).toBe('/admin/vroegsignalering/aanleveren');
    await page.waitForSelector('[data-testid="send"]');
    // The period defaults to this month, in Dutch.
    const shownPeriod = () => page.$eval('[data-testid="period"]', (el) => `${el.textContent ?? ''} ${(el.querySelector('input') as HTMLInputElement | null)?.value ?? ''}`);
    expect(await shownPeriod()).toContain(periodLabel(periodOf(new Date())));
    let text = await bodyText(page);
    expect(text).toMatch(/Verwachte kolommen:.*Voorletters/);
    await screenshot(page, 'corporation-upload-screen');

    // The period: the last choice in the list.
    await page.click('[data-testid="period"] .v-input');
    await clickByText(page, '.v-menu-content .v-list-item', new RegExp(`^\\s*${period.text}\\s*$`));
    await page.waitForFunction((label) => (document.querySelector('[data-testid="period"] input') as HTMLInputElement | null)?.value === label || document.querySelector('[data-testid="period"]')?.textContent?.includes(label), { timeout: 60_000 }, period.text);
    // The menu's overlay catches clicks until it has closed.
    const [chooser] = await Promise.all([page.waitForFileChooser({ timeout: 90_000 }), clickWhenOnTop(page, '[data-testid="choose-file"]')]);
    await chooser.accept([file]);
    await page.waitForFunction(() => document.querySelector('[data-testid="file-name"]')?.textContent?.includes('maandlijst.csv'));
    await screenshot(page, 'corporation-upload-screen-filled');
    await page.click('[data-testid="send"]');

    await page.waitForFunction(() => /\/vroegsignalering\/uploads\/[0-9a-f-]{36}$/.test(location.pathname), { timeout: 60_000 });
    uploadId = (await page.evaluate(() => location.pathname.split('/').pop()))!;
    // The page polls: no reload needed to see the outcome.
    await page.waitForFunction(() => document.querySelector('[data-testid="upload-status"]')?.textContent?.includes('Verwerkt'), { timeout: 60_000 });
    await page.waitForSelector('[data-testid="upload-problems"]');
    text = await bodyText(page);
    await screenshot(page, 'corporation-upload-summary');
    expect(text).toContain(`Upload ${period.text}`);
    expect(text).toMatch(/Rijen gelezen\s*5/);
    expect(text).toMatch(/Signalen overgenomen\s*3/);
    expect(text).toMatch(/Rijen afgewezen\s*2/);
    expect(text).toContain('Niet overgenomen kolommen: BSN');
    expect(text).toMatch(/5\s+Geboortedatum\s+De datum .31-02-1980. bestaat niet/);
    expect(text).toMatch(/6\s+Geboortedatum\s+Geboortedatum ligt meer dan 120 jaar terug/);
    expect(text).not.toContain('123456782');
    expect(text).not.toMatch(/FORBIDDEN|Pagina niet gevonden|\bnull\b|\bundefined\b/);

    // The download arrives as a real file, fetched with the user's session.
    const downloads = path.join(dir, 'downloads');
    const session = await page.createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, browserContextId: page.browserContext().id });
    await page.click('[data-testid="download-report"]');
    const expectedName = `foutenrapport-${period.value}.xlsx`;
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && !(await readdir(downloads).catch(() => [] as string[])).includes(expectedName)) await new Promise((resolve) => setTimeout(resolve, 200));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(path.join(downloads, expectedName))) as unknown as ArrayBuffer);
    const cells = workbook.worksheets[0]!.getSheetValues().flat().map(String).join(' ');
    expect(cells).toContain('31-02-1980');
    await rm(downloads, { recursive: true, force: true });

    // "Nog een lijst aanleveren" and "Alle uploads" lead to working screens.
    await clickByText(page, 'button, a', /Nog een lijst aanleveren/);
    await page.waitForFunction(() => location.pathname.endsWith('/vroegsignalering/aanleveren'), { timeout: 60_000 });
    await page.goBack({ waitUntil: 'networkidle2' });
    await page.waitForSelector('[data-testid="download-report"]', { timeout: 60_000 });
    // The header's back arrow leads to the upload screen too.
    await page.click('[data-testid="summary-back"]');
    await page.waitForFunction(() => location.pathname.endsWith('/vroegsignalering/aanleveren'), { timeout: 60_000 });
    await page.goBack({ waitUntil: 'networkidle2' });
    await page.waitForSelector('[data-testid="download-report"]', { timeout: 60_000 });
    await clickByText(page, 'button, a', /Alle uploads/);
    await page.waitForFunction(() => location.pathname.endsWith('/content/uploads'), { timeout: 60_000 });
    // In a full run other tests' uploads fill the list's first page: this upload's own item
    // (reached from the list) reads "Verwerkt".
    await page.goto(`${directus.url}/admin/content/uploads/${uploadId}`, { waitUntil: 'networkidle2' });
    const shown = await page.waitForFunction(() => document.body.innerText.includes('Verwerkt'), { timeout: 60_000 }).then(() => true, () => false);
    expect(shown, 'the upload item reads "Verwerkt"').toBe(true);
    await page.close();
  }, 180_000);

  test('a refused upload item takes its file with it at once, and says why in Dutch', async () => {
    const admin = await loginAs('admin');
    const refused = path.join(dir, 'geweigerd.csv');
    await writeFile(refused, await readFile(file));
    const page = await loginInApp(browser, directus.url, directus.demo.users.corporation.email, directus.demoPassword);
    await page.goto(`${directus.url}/admin/vroegsignalering/aanleveren`, { waitUntil: 'networkidle2' });
    await page.waitForSelector('[data-testid="send"]');
    // A period the server refuses: the form only offers valid ones, so change the request.
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/items/uploads')) {
        void request.continue({ postData: JSON.stringify({ ...JSON.parse(request.postData() ?? '{}'), period: '2026-13' }) });
      } else void request.continue();
    });
    const [chooser] = await Promise.all([page.waitForFileChooser(), page.click('[data-testid="choose-file"]')]);
    await chooser.accept([refused]);
    await page.waitForFunction(() => document.querySelector('[data-testid="file-name"]')?.textContent?.includes('geweigerd.csv'));
    await page.click('[data-testid="send"]');
    await page.waitForSelector('[data-testid="upload-problem"]', { timeout: 60_000 });
    const message = await page.$eval('[data-testid="upload-problem"]', (el) => el.textContent ?? '');
    await screenshot(page, 'corporation-upload-refused');
    expect(message).toMatch(/periode|niet aangenomen/i);
    expect(message).not.toMatch(/\b(the|value|field)\b/i);
    await page.waitForFunction(() => !document.querySelector('[data-testid="send"] .v-progress-circular'));
    // The file was stored, the upload refused, and the file deleted before the message showed.
    expect((await admin.get<unknown[]>('/files?filter[filename_download][_eq]=geweigerd.csv&fields=id')).body.data).toEqual([]);
    expect((await admin.get<unknown[]>('/items/uploads?filter[period][_eq]=2026-13&fields=id')).body.data).toEqual([]);
    await page.close();
  });

  test("another corporation cannot open the first one's summary: a Dutch message, no FORBIDDEN dialog", async () => {
    expect(uploadId).toBeDefined();
    const page = await loginInApp(browser, directus.url, directus.demo.users.corporation_b.email, directus.demoPassword);
    await page.goto(`${directus.url}/admin/vroegsignalering/uploads/${uploadId}`, { waitUntil: 'networkidle2' });
    await page.waitForSelector('[data-testid="summary-problem"]', { timeout: 60_000 });
    const text = await bodyText(page);
    await screenshot(page, 'corporation-b-foreign-summary');
    expect(text).toContain('Deze upload bestaat niet of is niet van uw organisatie.');
    expect(text).not.toMatch(/FORBIDDEN|permission|Pagina niet gevonden/i);
    expect(text).not.toContain('Verwerkt');
    expect(await page.$('[data-testid="download-report"]')).toBeNull();
    await page.close();
  });
});
