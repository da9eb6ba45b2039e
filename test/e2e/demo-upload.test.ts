/**
 * Each corporation opens its demo upload in the app and reads the example's summary, without
 * the "[FORBIDDEN] You don't have permission to access this." dialog that the app showed when
 * it looked up the upload's creator (issue 10, point 5).
 */
import type { Browser, HTTPResponse } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loginAs } from '../support/api.ts';
import { launchBrowser, loginInApp, screenshot } from '../support/browser.ts';

const directus = inject('directus');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a corporation opens its demo upload', () => {
  test.each(['corporation', 'corporation_b'] as const)('%s: the summary, no FORBIDDEN dialog, no refused data request', async (key) => {
    const api = await loginAs(key);
    const { body } = await api.get<Array<{ id: string }>>('/items/uploads?fields=id&filter[file_name][_starts_with]=voorbeeld-');
    expect(body.data).toHaveLength(1);
    const uploadId = body.data![0]!.id;

    const page = await loginInApp(browser, directus.url, directus.demo.users[key].email, directus.demoPassword);
    const refused: string[] = [];
    const onResponse = (response: HTTPResponse) => {
      const path = new URL(response.url()).pathname;
      if (response.status() === 403 && /^\/(items|users|files|fields|relations)\b/.test(path)) refused.push(`${response.request().method()} ${path}`);
    };
    page.on('response', onResponse);
    await page.goto(`${directus.url}/admin/content/uploads/${uploadId}`, { waitUntil: 'networkidle2' });
    await page.waitForFunction(() => /Voorbeeldupload uit de demogegevens/.test(document.body.innerText + [...document.querySelectorAll('textarea, input')].map((el) => (el as HTMLInputElement).value).join(' ')), { timeout: 60_000 });
    // The dialog comes from a request after the form is shown; give it the time it took.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await screenshot(page, `${key}-demo-upload`);
    page.off('response', onResponse);

    const dialogs = await page.$$eval('.v-dialog, .v-card, .notifications-group', (elements) => elements.map((el) => (el as HTMLElement).innerText));
    expect(dialogs.join('\n')).not.toMatch(/FORBIDDEN|permission to access|Verboden/);
    expect(refused).toEqual([]);
    await page.browserContext().close();
  });
});
