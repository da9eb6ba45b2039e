/**
 * The whole app as each of the five roles sees it, in a real browser: log in, land on the
 * role's start page, open every module in the module bar, every link of the start page,
 * every collection (and bookmark) in the content navigation and the first item of each,
 * and follow every custom link button on those items. Every page is checked for what a
 * Dutch user must never see (test/support/page-problems.ts); all problems are reported
 * together, each with a screenshot in test-results/screenshots/crawl-* (`CRAWL_SCREENSHOTS=1`:
 * of every page). The crawl moves through the app as a user's clicks do, by its router; a full
 * load of the app for each of its 130-odd pages was most of a full run's browser work.
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { goInApp, launchBrowser, loginInApp, screenshot } from '../support/browser.ts';
import { problemsOn, rawCodesOfModel, untranslatedDirectusPhrases } from '../support/page-problems.ts';

const directus = inject('directus');
let browser: Browser;
const context = { rawCodes: rawCodesOfModel(), englishPhrases: new Set<string>() };

beforeAll(async () => {
  browser = await launchBrowser();
  context.englishPhrases = await untranslatedDirectusPhrases();
});
afterAll(async () => {
  await browser?.close();
});

const ROLES = [
  { role: 'admin', login: () => ({ email: directus.adminEmail, password: directus.adminPassword }) },
  { role: 'functional_admin', login: () => ({ email: directus.demo.users.functional_admin.email, password: directus.demoPassword }) },
  { role: 'debt_services', login: () => ({ email: directus.demo.users.debt_services.email, password: directus.demoPassword }) },
  { role: 'corporation', login: () => ({ email: directus.demo.users.corporation.email, password: directus.demoPassword }) },
  { role: 'social_work', login: () => ({ email: directus.demo.users.social_work.email, password: directus.demoPassword }) },
] as const;

const APP = () => `${directus.url}/admin`;
/**
 * Directus's own user form: its on/off settings (e-mail notifications and the like) read
 * "Ingeschakeld"/"Uitgeschakeld", which is right there; and the label "Policies" of its
 * system field comes from no translation key that a custom translation can fill (tried:
 * fields.directus_users.policies), so it stays English for the admin and functional admin.
 */
const ACCEPTED_ON_USER_FORM = ['raw value "Ingeschakeld"', 'raw value "Uitgeschakeld"', 'English "Policies"'];
const EVERY_SCREENSHOT = process.env.CRAWL_SCREENSHOTS === '1';
const settle = (ms = 600) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the app has loaded what it shows. */
async function settled(page: Page): Promise<void> {
  // Bounded: a polling page (start page counts, a running job) never goes quiet, and a full run crawls ~200 pages.
  await page.waitForNetworkIdle({ idleTime: 400, timeout: 4_000 }).catch(() => undefined);
  await page.waitForFunction(() => !document.querySelector('.v-progress-circular.indeterminate, .v-skeleton-loader'), { timeout: 5_000 }).catch(() => undefined);
  await settle(150);
}

/** The visible text of the page once the app has loaded what it shows. */
async function pageText(page: Page): Promise<string> {
  await settled(page);
  return page.evaluate(() => document.body.innerText);
}

const slug = (text: string) => text.replace(/^\/admin\/?/, '').replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').slice(0, 80) || 'start';

class Crawl {
  readonly problems: string[] = [];
  readonly visited: string[] = [];
  private readonly opened = new Set<string>();
  constructor(
    private readonly page: Page,
    private readonly role: string,
  ) {}

  async check(where: string): Promise<void> {
    const text = await pageText(this.page);
    this.visited.push(where);
    const found = problemsOn({ where: `${this.role} ${where}`, text }, context);
    const problems = where.startsWith('/admin/users/') ? found.filter((problem) => !ACCEPTED_ON_USER_FORM.some((accepted) => problem.endsWith(accepted))) : found;
    this.problems.push(...problems);
    if (problems.length > 0 || EVERY_SCREENSHOT) await screenshot(this.page, `crawl-${this.role}-${slug(where)}`, { fullPage: false });
  }

  /** Opens a route once per role: the start page, the module bar and the navigation share many links. */
  async open(route: string): Promise<boolean> {
    if (this.opened.has(route)) return false;
    this.opened.add(route);
    await goInApp(this.page, route.startsWith('http') ? route : `${directus.url}${route}`);
    await this.check(new URL(this.page.url()).pathname + new URL(this.page.url()).search);
    return true;
  }

  /** Goes to a list to work from it; checks it only if it was not checked before. */
  async reopen(route: string): Promise<void> {
    if (await this.open(route)) return;
    await goInApp(this.page, `${directus.url}${route}`);
    await settled(this.page);
  }

  /** Hrefs of app links matching a selector, without in-page anchors and duplicates. */
  async links(selector: string): Promise<string[]> {
    const hrefs = await this.page.$$eval(selector, (anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    return [...new Set(hrefs.filter((href) => href.startsWith('/admin/') && !href.includes('#')))];
  }

  /** Opens the first row of the list on screen, if any, and checks the item page. */
  async openFirstItem(collectionPath: string): Promise<boolean> {
    const selector = '.v-table tbody tr.table-row, .v-table tbody tr';
    if (!(await this.page.$(selector))) return false;
    // Clicked in the page, not through a handle: a list still rendering replaces its rows, and a
    // handle taken a moment before is then "detached from document".
    await Promise.all([
      this.page.waitForFunction((list) => location.pathname !== list && location.pathname.startsWith(list), { timeout: 15_000 }, collectionPath).catch(() => undefined),
      this.page.evaluate((rows) => document.querySelector<HTMLElement>(rows)?.click(), selector),
    ]);
    if (this.page.url().endsWith(collectionPath)) return false;
    await this.check(new URL(this.page.url()).pathname);
    return true;
  }

  /** Every button of a links field on the item page: none greyed out, each one leads somewhere sensible. */
  async followCustomLinks(): Promise<void> {
    const itemUrl = this.page.url();
    const buttons = await this.page.$$eval('.action-links .v-button, .presentation-links .v-button', (elements) =>
      elements.map((el, index) => ({ index, label: (el.textContent ?? '').trim(), disabled: [el, ...el.querySelectorAll('a, button')].some((node) => node.classList.contains('disabled') || (node.hasAttribute('disabled') && node.getAttribute('disabled') !== 'false')) })),
    );
    const seen = new Set<string>();
    for (const button of buttons) {
      if (!button.label || seen.has(button.label)) continue;
      seen.add(button.label);
      if (button.disabled) {
        this.problems.push(`${this.role} ${new URL(itemUrl).pathname}: button "${button.label}" is greyed out`);
        continue;
      }
      const tabs = (await this.page.browserContext().pages()).length;
      await this.page.evaluate((label) => {
        const target = [...document.querySelectorAll<HTMLElement>('.action-links .v-button, .presentation-links .v-button')].find((el) => (el.textContent ?? '').trim() === label);
        (target?.querySelector<HTMLElement>('a, button') ?? target)?.click();
      }, button.label);
      await settle(1_500);
      const pages = await this.page.browserContext().pages();
      const opened = pages.length > tabs ? pages[pages.length - 1]! : this.page;
      const text = await pageText(opened);
      this.visited.push(`${new URL(itemUrl).pathname} → ${button.label}`);
      const problems = problemsOn({ where: `${this.role} ${new URL(itemUrl).pathname} → "${button.label}" (${opened.url().replace(directus.url, '')})`, text }, context);
      this.problems.push(...problems);
      if (problems.length > 0 || EVERY_SCREENSHOT) await screenshot(opened, `crawl-${this.role}-${slug(new URL(itemUrl).pathname)}-${slug(button.label)}`, { fullPage: false });
      if (opened !== this.page) await opened.close();
      else {
        await goInApp(this.page, itemUrl);
        await settled(this.page);
      }
    }
  }
}

// The five roles crawl at the same time, each in its own browser context: a crawl mostly
// waits (for the network to settle, for the app to render), so together they take about as
// long as the longest one.
describe.concurrent('every role, every screen it can reach', () => {
  for (const { role, login } of ROLES) {
    // Staff and the admins also reach the six privacy registers (issue 12): up to 15 minutes each under a full run's load.
    test(`${role}: lands on its start page; every module, list, item and custom link speaks Dutch and works`, { timeout: 900_000 }, async () => {
      const { email, password } = login();
      const page = await loginInApp(browser, directus.url, email, password);
      await page.waitForFunction(() => location.pathname.startsWith('/admin/vroegsignalering'), { timeout: 60_000 }).catch(() => undefined);
      expect(new URL(page.url()).pathname, `${role} lands on the start page`).toBe('/admin/vroegsignalering');
      const crawl = new Crawl(page, role);
      await crawl.check('/admin/vroegsignalering');

      // The start page's own links (navigation and content).
      // Not Directus's own settings module (the technical admin's screens for Directus
      // itself: data model, roles, project settings); its nl-NL translation has gaps that
      // custom translations cannot reach. Every screen of the product's work is crawled.
      const productScreen = (href: string) => href !== '/admin/vroegsignalering' && !href.startsWith('/admin/settings');
      for (const href of (await crawl.links('#main-content a[href], .module-nav a[href], #navigation a.v-list-item[href^="/admin/vroegsignalering"]')).filter(productScreen)) {
        if (await crawl.open(href)) await goInApp(page, `${APP()}/vroegsignalering`);
      }

      // Every module in the module bar.
      for (const href of (await crawl.links('.module-bar a[href]')).filter(productScreen)) await crawl.open(href);

      // Every collection and bookmark in the content navigation, and the first item of each collection.
      await goInApp(page, `${APP()}/content`);
      await page.waitForSelector('a.v-list-item[href^="/admin/content/"]', { timeout: 60_000 });
      await settled(page);
      const contentLinks = await crawl.links('a.v-list-item[href^="/admin/content/"]');
      expect(contentLinks.length, `${role} sees collections`).toBeGreaterThan(0);
      for (const href of contentLinks) {
        if (href.includes('?')) {
          await crawl.open(href);
          continue;
        }
        // A list already seen from the start page is opened again here: its first item is next.
        await crawl.reopen(href);
        if (await crawl.openFirstItem(href)) await crawl.followCustomLinks();
      }

      await page.browserContext().close();
      expect(crawl.problems, `pages visited:\n${crawl.visited.join('\n')}`).toEqual([]);
    });
  }
});
