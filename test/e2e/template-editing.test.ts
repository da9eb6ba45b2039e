/**
 * Tried as a new functional admin would (issue 11): open the invitation template in the
 * app, change a sentence and see it in the preview, open the PDF preview, break the
 * template on purpose, save, and read the Dutch message that names the line. Nothing is
 * stored: the broken save is refused. Screenshots in test-results/screenshots/template-*.
 */
import type { Browser, HTTPResponse, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { pdfPageTexts } from '../../adapters/pdf/pdf-text.ts';
import { Api, loginAs } from '../support/api.ts';
import { clickWhenOnTop, launchBrowser, loginInApp, SAVE_BUTTON, screenshot } from '../support/browser.ts';

const directus = inject('directus');
let browser: Browser;
let admin: Api;

const OLD_SENTENCE = 'Wij zien u graag bij het gesprek.';
const NEW_SENTENCE = 'Wij kijken ernaar uit om u te spreken.';

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await loginAs('admin');
});
afterAll(async () => {
  await browser?.close();
});

type Editor = {
  getValue(): string;
  posFromIndex(index: number): unknown;
  setSelection(from: unknown, to: unknown): void;
  replaceRange(text: string, from: unknown, to?: unknown, origin?: string): void;
  focus(): void;
};

/**
 * Directus's code editor is CodeMirror 5, and the form ignores changes made with setValue:
 * select the text as a user would and type over it; an insertion goes in as typed input.
 */
async function selectInSource(page: Page, text: string) {
  await page.$eval(
    '[data-field="source"] .CodeMirror',
    (el, wanted) => {
      const cm = (el as unknown as { CodeMirror: Editor }).CodeMirror;
      const start = cm.getValue().indexOf(wanted);
      if (start < 0) throw new Error('text not in the editor');
      cm.focus();
      cm.setSelection(cm.posFromIndex(start), cm.posFromIndex(start + wanted.length));
    },
    text,
  );
}
async function insertBefore(page: Page, anchor: string, text: string) {
  await page.$eval(
    '[data-field="source"] .CodeMirror',
    (el, [wanted, inserted]) => {
      const cm = (el as unknown as { CodeMirror: Editor }).CodeMirror;
      const at = cm.posFromIndex(cm.getValue().indexOf(wanted!));
      cm.replaceRange(inserted!, at, at, '+input');
    },
    [anchor, text],
  );
}

async function previewContains(page: Page, text: string) {
  await page.waitForFunction((expected) => (document.querySelector('[data-testid="preview-frame"]') as HTMLIFrameElement | null)?.srcdoc.includes(expected), { timeout: 60_000 }, text);
}

describe('editing a letter template in the app as the functional admin', () => {
  test('change a sentence, preview it (HTML and PDF), break it, save, and read which line is wrong', { timeout: 180_000 }, async () => {
    const [invitation] = (await admin.get<Array<{ id: number; source: string; version: number }>>('/items/templates?filter[key][_eq]=invitation_municipality&fields=id,source,version')).body.data!;
    expect(invitation!.source).toContain(OLD_SENTENCE);

    const page = await loginInApp(browser, directus.url, directus.demo.users.functional_admin.email, directus.demoPassword);
    // From the templates list, as a new user would: the invitation by its Dutch name.
    await page.goto(`${directus.url}/admin/content/templates`, { waitUntil: 'networkidle2' });
    await page.waitForFunction(() => /Uitnodiging gemeente/.test(document.body.innerText), { timeout: 60_000 });
    await screenshot(page, 'template-list');
    await page.evaluate(() => {
      const row = [...document.querySelectorAll<HTMLElement>('.v-table tbody tr')].find((tr) => /Uitnodiging gemeente/.test(tr.innerText));
      row?.click();
    });
    await page.waitForFunction((id) => location.pathname.endsWith(`/content/templates/${id}`), { timeout: 60_000 }, invitation!.id);
    await page.waitForSelector('[data-field="source"] .CodeMirror');
    // The preview of the stored text, with sample data and the stored partials.
    await previewContains(page, OLD_SENTENCE);
    await previewContains(page, 'Van der Berg');

    // 1. Change a sentence: the preview follows while typing.
    await selectInSource(page, OLD_SENTENCE);
    await page.keyboard.type(NEW_SENTENCE);
    await previewContains(page, NEW_SENTENCE);
    expect(await page.$eval('[data-testid="preview-status"]', (el) => el.textContent?.trim())).toBe('Geen problemen gevonden.');
    await page.$eval('[data-testid="template-preview"]', (el) => el.scrollIntoView());
    await screenshot(page, 'template-preview-changed', { fullPage: false });

    // 2. The PDF preview opens in a new tab, printed from the edited (unsaved) text.
    const pdfResponse = page.waitForResponse((response: HTTPResponse) => response.url().endsWith('/sjablonen/voorbeeld.pdf') && response.request().method() === 'POST', { timeout: 60_000 });
    const newTab = browser.waitForTarget((target) => target.opener() === page.target() && target.url().startsWith('blob:'), { timeout: 60_000 });
    await page.click('[data-testid="pdf-preview"] button, [data-testid="pdf-preview"]');
    const response = await pdfResponse;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(pdfPageTexts(Buffer.from(await response.buffer())).join(' ').replace(/\s+/g, ' ')).toContain(NEW_SENTENCE);
    const tab = await (await newTab).page();
    if (tab) {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await screenshot(tab, 'template-pdf-preview', { fullPage: false });
      await tab.close();
    }

    // 3. Break it on purpose: an {{#if}} that is never closed.
    await insertBefore(page, `<p>${NEW_SENTENCE}`, '{{#if settings.website}}\n');
    await page.waitForFunction(() => /Regel \d+, kolom \d+:/.test(document.querySelector('[data-testid="preview-problems"]')?.textContent ?? ''), { timeout: 60_000 });
    // The line where the {{#if}} was typed, not the end of the template.
    const brokenLine = invitation!.source.split('\n').findIndex((line) => line.includes(OLD_SENTENCE)) + 1;
    const shownProblems = await page.$eval('[data-testid="preview-problems"]', (el) => (el as HTMLElement).innerText);
    expect(shownProblems).toContain(`Regel ${brokenLine}, kolom 1: {{#if}} wordt niet afgesloten`);
    await page.$eval('[data-testid="template-preview"]', (el) => el.scrollIntoView());
    await screenshot(page, 'template-preview-broken', { fullPage: false });

    // 4. Save anyway: refused, with the Dutch message naming the line.
    await clickWhenOnTop(page, SAVE_BUTTON);
    await page.waitForFunction(() => /Het sjabloon is niet opgeslagen\. Regel \d+, kolom \d+:/.test(document.body.innerText), { timeout: 60_000 });
    const message = await page.evaluate(() => document.body.innerText.match(/Het sjabloon is niet opgeslagen\. Regel \d+, kolom \d+:[^\n]*/)?.[0] ?? '');
    expect(message).toContain(`Regel ${brokenLine}, kolom 1: {{#if}} wordt niet afgesloten: zet {{/if}} aan het eind van het blok.`);
    const dialog = await page.evaluate(() => document.body.innerText);
    expect(dialog).toContain('Niet opgeslagen');
    expect(dialog).not.toMatch(/errors\.VROEGSIGNALERING|Invalid payload|Unexpected/i);
    await screenshot(page, 'template-save-refused', { fullPage: false });

    // Nothing was stored.
    const [after] = (await admin.get<Array<{ source: string; version: number }>>(`/items/templates?filter[id][_eq]=${invitation!.id}&fields=source,version`)).body.data!;
    expect(after).toEqual({ source: invitation!.source, version: invitation!.version });
  });
});
