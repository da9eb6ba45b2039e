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
    // Over a pipe: the browser ends with the test process, also when that is killed.
    pipe: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--lang=nl-NL'],
  });
}

export async function loginInApp(browser: Browser, url: string, email: string, password: string): Promise<Page> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  // Puppeteer's 30 s is short for a first load of the app on two cores that also run three
  // Directus instances; a broken page still fails, a minute and a half later.
  page.setDefaultNavigationTimeout(90_000);
  await page.setViewport({ width: 1400, height: 900 });
  await page.goto(`${url}/admin/login`, { waitUntil: 'networkidle2' });
  await page.waitForSelector('input[type="email"]');
  await page.type('input[type="email"]', email);
  await page.type('input[type="password"]', password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle2' }), page.click('button[type="submit"]')]);
  await page.waitForSelector('.module-nav, #navigation', { timeout: 60_000 });
  return page;
}

/**
 * Goes to a page of the app the way a click on a link does: through the app's own router,
 * without loading the app again. A full load parses and compiles the whole app, the largest
 * cost of a browser test; a crawl of hundreds of pages paid it on every page. Outside the
 * app (the login page, another origin) it loads the page.
 */
export async function goInApp(page: Page, url: string): Promise<void> {
  const target = new URL(url, page.url());
  const current = new URL(page.url());
  const routed =
    target.origin === current.origin &&
    target.pathname.startsWith('/admin/') &&
    (await page.evaluate(async (route) => {
      type Router = { push(route: string): Promise<unknown> };
      const app = (document.querySelector('#app') as (Element & { __vue_app__?: { config: { globalProperties: { $router?: Router } } } }) | null)?.__vue_app__;
      const router = app?.config.globalProperties.$router;
      if (!router || location.pathname === '/admin/login') return false;
      await router.push(route);
      return true;
    }, target.pathname.replace(/^\/admin/, '') + target.search));
  if (!routed) await page.goto(target.href, { waitUntil: 'domcontentloaded' });
}

/** A PNG of the whole page; `fullPage: false` takes only the window (cheaper, for crawls of many pages). */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  await mkdir(ARTEFACTS, { recursive: true });
  const file = path.join(ARTEFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  return file;
}

/** The collection names in the content navigation, as the user reads them. */
export async function navigationCollections(page: Page): Promise<string[]> {
  await page.waitForSelector('.module-nav .v-list-item, #navigation .v-list-item', { timeout: 60_000 });
  return page.$$eval('.module-nav .v-list-item, #navigation .v-list-item', (items) => items.map((item) => (item.textContent ?? '').trim()).filter(Boolean));
}

/** The header's "Opslaan" (check) button of an item form. */
export const SAVE_BUTTON = '.header-bar button:has(i[data-icon="check"])';

/**
 * Clicks an element once nothing lies over it. A dialog that just closed (the file upload's)
 * keeps its overlay over the page for its fade-out; under load that lasts long enough for a
 * click to land on the overlay instead, and the click is lost without a trace.
 */
export async function clickWhenOnTop(page: Page, selector: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const element = document.querySelector(sel);
      if (!element) return false;
      let box = element.getBoundingClientRect();
      // Off screen nothing is "on top": bring it into view first, as a click would.
      if (box.bottom < 0 || box.top > innerHeight || box.right < 0 || box.left > innerWidth) {
        element.scrollIntoView({ block: 'center', inline: 'center' });
        box = element.getBoundingClientRect();
      }
      const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return top !== null && element.contains(top);
    },
    { timeout },
    selector,
  );
  await page.click(selector);
}

/**
 * Clicks "Opslaan" on a create form and waits until the app is back on the collection's list.
 * When it is not, the error says why: the answer Directus gave to the save (status and error
 * codes), or that no save was sent, and the notices the user read on the page.
 */
export async function saveAndReturnToList(page: Page, collection: string, timeout = 90_000): Promise<void> {
  const saved = page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === `/items/${collection}`, { timeout });
  await clickWhenOnTop(page, SAVE_BUTTON);
  const response = await saved.catch(() => null);
  const back = response?.ok() ? await page.waitForFunction((name) => new RegExp(`/admin/content/${name}/?$`).test(location.pathname), { timeout }, collection).then(() => true, () => false) : false;
  if (back) return;
  const answer = response ? `${response.status()} ${await response.text().catch(() => '(no body)')}` : `no POST /items/${collection} within ${timeout / 1000} s`;
  const notices = await page.$$eval('.v-notification, .notification-item, .v-dialog, .validation-errors', (items) => items.map((item) => (item as HTMLElement).innerText.trim()).filter(Boolean));
  throw new Error(`Saving ${collection} did not return to the list (now on ${new URL(page.url()).pathname}). Save answer: ${answer}. Notices on the page: ${JSON.stringify(notices)}`);
}

/**
 * Clicks a link (a router link, a tile) until the app is on `pathname`. Going to a page is
 * safe to ask twice; a click can be lost while the page around the link is still settling
 * (content arriving above it, an overlay fading), which under a full run's load happened now
 * and then.
 */
export async function followLink(page: Page, selector: string, pathname: string, tries = 3): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await clickWhenOnTop(page, selector);
    const arrived = await page.waitForFunction((target) => location.pathname === target, { timeout: 20_000 }, pathname).then(() => true, () => false);
    if (arrived) return;
    if (attempt === tries) throw new Error(`Clicking ${selector} ${tries} times did not open ${pathname} (still on ${new URL(page.url()).pathname})`);
  }
}
