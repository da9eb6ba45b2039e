/**
 * Prints HTML to PDF with the system Chromium (puppeteer-core). One browser serves a
 * whole run: launching Chromium costs far more than printing a letter. Its tabs load
 * nothing from outside (only data: URIs, such as the embedded logo) and run no scripts,
 * so a template cannot reach the network or leak a letter.
 */
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** The flags the browser tests use: they work as root, in containers, without network. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--lang=nl-NL'];

export interface PdfPrinterOptions {
  /** Chromium's path; the Debian package installs it at /usr/bin/chromium. */
  executablePath?: string;
  /** Per document; a letter prints in well under a second, a batch of 255 in a few. */
  timeoutMs?: number;
  /**
   * Tabs printing side by side. One is enough for a batch; per-household PDFs gain from
   * two on two cores (Chromium then lays out one letter while it writes the other).
   */
  tabs?: number;
}

async function isolatedTab(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.url().startsWith('data:')) void request.continue();
    else void request.abort('blockedbyclient');
  });
  return page;
}

export class PdfPrinter {
  private readonly idle: Page[];
  private readonly waiting: Array<(page: Page) => void> = [];
  private readonly running = new Set<Promise<unknown>>();

  private constructor(
    private readonly browser: Browser,
    tabs: Page[],
    private readonly timeoutMs: number,
  ) {
    this.idle = tabs;
  }

  static async launch(options: PdfPrinterOptions = {}): Promise<PdfPrinter> {
    // Over a pipe, not a debugging port: Chromium then ends with the process that started it.
    // A worker killed mid-print (out of memory, SIGKILL) left its Chromium running for good.
    const browser = await puppeteer.launch({ executablePath: options.executablePath ?? DEFAULT_CHROMIUM_PATH, headless: true, pipe: true, args: CHROMIUM_ARGS });
    try {
      const tabs = await Promise.all(Array.from({ length: Math.max(1, options.tabs ?? 1) }, () => isolatedTab(browser)));
      return new PdfPrinter(browser, tabs, options.timeoutMs ?? 60_000);
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  /** The browser's process id, for measuring memory. */
  get pid(): number | undefined {
    return this.browser.process()?.pid;
  }

  /** One HTML document (one letter or a whole batch) as an A4 PDF. Calls wait for a free tab. */
  print(html: string): Promise<Buffer> {
    const job = this.withTab(async (page) => {
      await page.setContent(html, { waitUntil: 'load', timeout: this.timeoutMs });
      return Buffer.from(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, timeout: this.timeoutMs }));
    });
    this.running.add(job);
    void job.catch(() => undefined).finally(() => this.running.delete(job));
    return job;
  }

  private async withTab<T>(work: (page: Page) => Promise<T>): Promise<T> {
    const page = this.idle.pop() ?? (await new Promise<Page>((resolve) => this.waiting.push(resolve)));
    try {
      return await work(page);
    } finally {
      const next = this.waiting.shift();
      if (next) next(page);
      else this.idle.push(page);
    }
  }

  /** Waits for prints under way, then ends the browser. */
  async close(): Promise<void> {
    await Promise.allSettled([...this.running]);
    await this.browser.close();
  }
}
