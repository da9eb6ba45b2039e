/** Prints real letters with the system Chromium and reads the PDFs back: pages, text, isolation. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readDefaultTemplates } from '../templates/default-templates.ts';
import { SAMPLE_LETTER_DATA } from '../../core/documents/letter-samples.ts';
import { createLetterRenderer, renderLetterBatchHtml, renderLetterHtml, type LetterRenderer } from '../../core/documents/render-letter-html.ts';
import { PdfPrinter } from './pdf-printer.ts';
import { pdfPageCount, pdfPageTexts } from './pdf-text.ts';

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('PdfPrinter', () => {
  let printer: PdfPrinter;
  let renderer: LetterRenderer;

  beforeAll(async () => {
    renderer = createLetterRenderer(await readDefaultTemplates());
    printer = await PdfPrinter.launch({ executablePath: process.env.CHROMIUM_PATH });
  }, 60_000);
  afterAll(async () => {
    await printer?.close();
  });

  test('prints one letter on A4 with the address in the window, the rights and the footer on every page', async () => {
    const pdf = await printer.print(renderLetterHtml(renderer, { key: 'invitation_municipality', data: SAMPLE_LETTER_DATA.invitation_municipality }));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 594\.\d+ 841\.\d+\]/);
    const pages = pdfPageTexts(pdf);
    expect(pdfPageCount(pdf)).toBe(2);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('Retouradres: Postbus 950, 6000 AZ Weert\nA.M. van der Berg\nBeekstraat 12A\n6001 AB  WEERT');
    expect(flat(pages[0] ?? '')).toContain('Geachte heer/mevrouw Van der Berg,');
    expect(flat(pages.join('\n'))).toContain('dinsdag 15 december 2026');
    expect(flat(pages.join('\n'))).toContain('Wij vragen uw toestemming om de huur in te houden');
    expect(flat(pages.at(-1) ?? '')).toContain('Afscherming: u mag vragen om uw gegevens (tijdelijk) niet te gebruiken.');
    for (const page of pages) expect(page).toContain('Bereikbaar op werkdagen van 8.30 tot 17.00 uur');
    // The fonts the print CSS asks for exist on the machine and are embedded (fc-list: fonts-liberation).
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+LiberationSans\b/);
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+LiberationSans-Bold\b/);
    // The title is in the file's properties; it names the municipality, never the tenant.
    expect(pdf.toString('latin1')).toContain('/Title (Brief Gemeente Weert)');
  }, 30_000);

  test('prints a batch of three letters, each starting on its own page, in the order given', async () => {
    const letters = (['privacy_information', 'advance_notice_amw', 'invitation_municipality'] as const).map((key) => ({ key, data: SAMPLE_LETTER_DATA[key] }));
    const singles = await Promise.all(letters.map(async (letter) => pdfPageCount(await printer.print(renderLetterHtml(renderer, letter)))));
    const pdf = await printer.print(renderLetterBatchHtml(renderer, letters));
    const pages = pdfPageTexts(pdf);
    expect(pdfPageCount(pdf)).toBe(singles.reduce((sum, count) => sum + count, 0));
    const firstPages = pages.map((page, index) => [index, page] as const).filter(([, page]) => page.includes('Retouradres:'));
    expect(firstPages.map(([index]) => index)).toEqual([0, singles[0], (singles[0] ?? 0) + (singles[1] ?? 0)]);
    expect(firstPages.map(([, page]) => /Retouradres: .*\n(.*)\n/.exec(page)?.[1])).toEqual(['R. Öztürk', "K. 't Hart", 'A.M. van der Berg']);
    expect(flat(pages.join('\n'))).toContain('Laat het ons uiterlijk donderdag 10 december 2026 weten');
  }, 60_000);

  test('two tabs print side by side without mixing up letters', async () => {
    const twoTabs = await PdfPrinter.launch({ executablePath: process.env.CHROMIUM_PATH, tabs: 2 });
    try {
      const names = ['Aarts', 'Bakker', 'Claes', 'Dekker', 'Evers'];
      const base = SAMPLE_LETTER_DATA.privacy_information;
      const pdfs = await Promise.all(names.map((surname) => twoTabs.print(renderLetterHtml(renderer, { key: 'privacy_information', data: { ...base, addressee: { ...base.addressee, surname } } }))));
      expect(pdfs.map((pdf) => /R\. (\w+)\n/.exec(pdfPageTexts(pdf)[0] ?? '')?.[1])).toEqual(names);
    } finally {
      await twoTabs.close();
    }
  }, 60_000);

  describe('isolation', () => {
    let server: Server;
    let hits = 0;
    beforeAll(async () => {
      server = createServer((_request, response) => {
        hits += 1;
        response.end('x');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    test('loads nothing from the network and runs no scripts, also in HTML without our CSP', async () => {
      // A fresh printer: a tab that printed a letter keeps that letter's CSP, which would hide a gap here.
      const fresh = await PdfPrinter.launch({ executablePath: process.env.CHROMIUM_PATH });
      const { port } = server.address() as AddressInfo;
      const html = `<!DOCTYPE html><html><head><link rel="stylesheet" href="http://127.0.0.1:${port}/a.css"></head><body><p>Vast</p><img src="http://127.0.0.1:${port}/logo.png"><p id="x">zonder script</p><script>document.getElementById('x').textContent = 'met script'; fetch('http://127.0.0.1:${port}/leak');</script></body></html>`;
      const text = await fresh.print(html).then((pdf) => pdfPageTexts(pdf).join('\n')).finally(() => fresh.close());
      expect(text).toContain('zonder script');
      expect(text).not.toContain('met script');
      expect(hits).toBe(0);
    }, 30_000);

    test('a data: image (the embedded logo) does load', async () => {
      const pdf = await printer.print(renderLetterHtml(renderer, { key: 'privacy_information', data: SAMPLE_LETTER_DATA.privacy_information }));
      const withoutLogo = await printer.print(renderLetterHtml(renderer, { key: 'privacy_information', data: { ...SAMPLE_LETTER_DATA.privacy_information, settings: { ...SAMPLE_LETTER_DATA.privacy_information.settings, logo: null } } }));
      // The SVG logo is drawn as vector paths: the PDF with the logo is the bigger one.
      expect(pdf.length).toBeGreaterThan(withoutLogo.length);
      expect(pdfPageTexts(withoutLogo)[0]).toContain('Gemeente Weert');
    }, 30_000);
  });
});

describe('PdfPrinter and its process', () => {
  /** Running, and not a zombie waiting to be reaped. */
  const running = (pid: number): boolean => {
    try {
      return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
    } catch {
      return false;
    }
  };

  test('its Chromium ends with the process that started it, also when that process is killed (a worker out of memory)', async () => {
    // tsx as a loader in this one process: its command-line runs the code in a child process of its own.
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const printerModule = fileURLToPath(new URL('./pdf-printer.ts', import.meta.url));
    const code = `import(${JSON.stringify(printerModule)}).then(async ({ PdfPrinter }) => { const printer = await PdfPrinter.launch({ executablePath: process.env.CHROMIUM_PATH }); console.log('chromium ' + printer.pid); setInterval(() => undefined, 1000); });`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let chromium = 0;
    try {
      chromium = await new Promise<number>((resolve, reject) => {
        let output = '';
        const collect = (chunk: Buffer) => {
          output += chunk.toString();
          const found = /chromium (\d+)/.exec(output);
          if (found) resolve(Number(found[1]));
        };
        child.stdout.on('data', collect);
        child.stderr.on('data', collect);
        child.on('exit', () => reject(new Error(`the printer process ended before its Chromium started:\n${output}`)));
      });
      expect(running(chromium)).toBe(true);
      child.kill('SIGKILL');
      const until = Date.now() + 15_000;
      while (running(chromium) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(running(chromium), 'Chromium outlived the killed process').toBe(false);
    } finally {
      // Whatever failed, neither process outlives the test.
      child.kill('SIGKILL');
      if (chromium && running(chromium)) process.kill(chromium, 'SIGKILL');
    }
  }, 60_000);
});
