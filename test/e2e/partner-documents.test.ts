/**
 * A corporation's user finds its monthly feedback on its start page and downloads it; AMW
 * does not see it. The document is made the way the feedback step stores one (an XLSX marked
 * with the partner, a `documents` row), so this test clicks the button the step's output
 * feeds; the step itself is tested in test/integration/exports-step.test.ts.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readExportSheet } from '../../adapters/xlsx/read-export-sheet.ts';
import { writeSheet } from '../../adapters/xlsx/write-sheet.ts';
import type { ExportRow } from '../../core/documents/export-column.ts';
import { FEEDBACK_COLUMNS, type FeedbackColumnKey } from '../../core/documents/feedback-rows.ts';
import { type Api, loginAs } from '../support/api.ts';
import { launchBrowser, loginInApp, screenshot } from '../support/browser.ts';

const directus = inject('directus');
const PERIOD = '2031-11';
const FILE_NAME = 'terugkoppeling-november-2031-wonen-limburg.xlsx';
let browser: Browser;
let admin: Api;
let documentId: string;
let fileId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await loginAs('admin');
  const row = { ...Object.fromEntries(FEEDBACK_COLUMNS.map((column) => [column.key, null])), surname: 'Voorbeeld', decision: 'Niet uitgenodigd' } as ExportRow<FeedbackColumnKey>;
  const bytes = await writeSheet({ sheetName: 'Terugkoppeling', columns: FEEDBACK_COLUMNS, rows: [row] });
  const form = new FormData();
  form.append('partner', String(directus.demo.partners['wonen-limburg']));
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), FILE_NAME);
  const uploaded = await fetch(`${directus.url}/files`, { method: 'POST', headers: { authorization: `Bearer ${admin.token}` }, body: form });
  expect(uploaded.status).toBe(200);
  fileId = ((await uploaded.json()) as { data: { id: string } }).data.id;
  const document = await admin.post<{ id: string }>('/items/documents', { kind: 'partner_feedback', partner: directus.demo.partners['wonen-limburg'], period: PERIOD, file: fileId, status: 'ready', rows: 1, summary: '1 signaal: 1 niet uitgenodigd.' });
  expect(document.status, JSON.stringify(document.body)).toBe(200);
  documentId = document.body.data!.id;
});

afterAll(async () => {
  if (documentId) await admin.delete(`/items/documents/${documentId}`);
  if (fileId) await admin.delete(`/files/${fileId}`);
  await browser?.close();
});

describe('the monthly feedback on the start page', () => {
  test('the corporation sees its feedback and downloads it with the button; the file is the export', async () => {
    const page = await loginInApp(browser, directus.url, directus.demo.users.corporation.email, directus.demoPassword);
    await page.waitForSelector('[data-documents]', { timeout: 60_000 });
    await page.waitForFunction(() => document.querySelector('[data-documents]')?.textContent?.includes('november 2031'), { timeout: 60_000 });
    await screenshot(page, 'corporation-start-feedback');

    const downloads = await mkdtemp(path.join(os.tmpdir(), 'vs-e2e-feedback-'));
    try {
      const session = await page.createCDPSession();
      await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, browserContextId: page.browserContext().id });
      const button = await page.waitForFunction(
        () => [...document.querySelectorAll('[data-documents] tr')].find((row) => row.textContent?.includes('november 2031'))?.querySelector('[data-document-download] a, a[data-document-download], [data-document-download]') ?? null,
        { timeout: 60_000 },
      );
      await (button.asElement() as ElementHandle<Element>).click();
      const until = Date.now() + 30_000;
      while (Date.now() < until && !(await readdir(downloads)).some((name) => name.endsWith('.xlsx'))) await new Promise((resolve) => setTimeout(resolve, 200));
      const [name] = (await readdir(downloads)).filter((file) => file.endsWith('.xlsx'));
      expect(name).toBe(FILE_NAME);
      const sheet = await readExportSheet(await readFile(path.join(downloads, name!)), FEEDBACK_COLUMNS);
      expect(sheet.headers).toEqual(FEEDBACK_COLUMNS.map((column) => column.header));
      expect(sheet.rows).toEqual([expect.objectContaining({ surname: 'Voorbeeld', decision: 'Niet uitgenodigd' })]);
    } finally {
      await rm(downloads, { recursive: true, force: true });
      await page.browserContext().close();
    }
  }, 180_000);

  test("AMW's start page does not show the corporation's feedback", async () => {
    const page = await loginInApp(browser, directus.url, directus.demo.users.social_work.email, directus.demoPassword);
    await page.waitForSelector('[data-tile]', { timeout: 60_000 });
    await page.waitForNetworkIdle({ idleTime: 500, timeout: 5_000 }).catch(() => undefined);
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('november 2031');
    await page.browserContext().close();
  });
});
