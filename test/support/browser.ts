/** Headless Debian Chromium driven by puppeteer-core, with flags that work as root without network. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { fromRoot } from '../../scripts/lib/project-paths.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTEFACTS = fromRoot('test-results', 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--lang=nl-NL'],
  });
}

export async function loginInApp(browser: Browser, url: string, email: string, password: string): Promise<Page> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  await page.goto(`${url}/admin/login`, { waitUntil: 'networkidle2' });
  await page.waitForSelector('input[type="email"]');
  await page.type('input[type="email"]', email);
  await page.type('input[type="password"]', password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle2' }), page.click('button[type="submit"]')]);
  await page.waitForSelector('.module-nav, #navigation', { timeout: 30_000 });
  return page;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTEFACTS, { recursive: true });
  const file = path.join(ARTEFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The collection names in the content navigation, as the user reads them. */
export async function navigationCollections(page: Page): Promise<string[]> {
  await page.waitForSelector('.module-nav .v-list-item, #navigation .v-list-item', { timeout: 30_000 });
  return page.$$eval('.module-nav .v-list-item, #navigation .v-list-item', (items) => items.map((item) => (item.textContent ?? '').trim()).filter(Boolean));
}
