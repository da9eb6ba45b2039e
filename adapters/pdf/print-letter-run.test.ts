/** One print for a run: the post room's batch and a PDF per letter cut from it, read back page by page. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SAMPLE_LETTER_DATA } from '../../core/documents/letter-samples.ts';
import { createLetterRenderer, renderLetterHtml, type LetterRenderer, type LetterToRender } from '../../core/documents/render-letter-html.ts';
import { readDefaultTemplates } from '../templates/default-templates.ts';
import { readPdfObjects } from './pdf-objects.ts';
import { PdfPrinter } from './pdf-printer.ts';
import { pdfPageCount, pdfPageTexts } from './pdf-text.ts';
import { printLetterRun } from './print-letter-run.ts';
import { rangesFromStarts, splitPdf } from './split-pdf.ts';

describe('printLetterRun', () => {
  let printer: PdfPrinter;
  let renderer: LetterRenderer;
  beforeAll(async () => {
    renderer = createLetterRenderer(await readDefaultTemplates());
    printer = await PdfPrinter.launch({ executablePath: process.env.CHROMIUM_PATH });
  }, 60_000);
  afterAll(async () => {
    await printer?.close();
  });

  test('cuts the batch into one PDF per letter with exactly that letter’s pages', async () => {
    const base = SAMPLE_LETTER_DATA.privacy_information;
    const letters: LetterToRender[] = [
      { key: 'advance_notice_amw', data: SAMPLE_LETTER_DATA.advance_notice_amw },
      { key: 'privacy_information', data: { ...base, addressee: { ...base.addressee, surname: 'Aarts' } } },
      { key: 'invitation_municipality', data: SAMPLE_LETTER_DATA.invitation_municipality },
      { key: 'privacy_information', data: { ...base, addressee: { ...base.addressee, surname: 'Bakker' } } },
    ];
    const run = await printLetterRun(printer, renderer, letters);
    const alone = await Promise.all(letters.map(async (letter) => printer.print(renderLetterHtml(renderer, letter))));

    expect(run.perLetter).toHaveLength(4);
    expect(pdfPageCount(run.batch)).toBe(alone.reduce((sum, pdf) => sum + pdfPageCount(pdf), 0));
    run.perLetter.forEach((piece, index) => {
      const own = alone[index] as Buffer;
      expect(pdfPageCount(piece)).toBe(pdfPageCount(own));
      // The same pages as printing the letter on its own: identical text, page by page.
      expect(pdfPageTexts(piece)).toEqual(pdfPageTexts(own));
      expect(piece.toString('latin1')).toContain(`/Title <FEFF${[...'Brief Gemeente Weert'].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`);
      // No link, page tree or structure of the batch comes along.
      expect(piece.toString('latin1')).not.toMatch(/\/Annots|\/StructTreeRoot|\/Dests/);
      expect(readPdfObjects(piece).size).toBeLessThan(readPdfObjects(run.batch).size);
    });
    expect(pdfPageTexts(run.perLetter[1] as Buffer)[0]).toContain('R. Aarts\n');
    expect(pdfPageTexts(run.perLetter[3] as Buffer)[0]).toContain('R. Bakker\n');
  }, 60_000);

  test('a run printed in parts gives the same letters, and one merged batch in order', async () => {
    const base = SAMPLE_LETTER_DATA.privacy_information;
    const names = ['Aarts', 'Bakker', 'Claes', 'Dekker', 'Evers'];
    const letters: LetterToRender[] = names.map((surname) => ({ key: 'privacy_information', data: { ...base, addressee: { ...base.addressee, surname } } }));
    const whole = await printLetterRun(printer, renderer, letters);
    const inParts = await printLetterRun(printer, renderer, letters, { lettersPerPrint: 2 });
    expect(inParts.perLetter.map((pdf) => pdfPageTexts(pdf))).toEqual(whole.perLetter.map((pdf) => pdfPageTexts(pdf)));
    expect(pdfPageTexts(inParts.batch)).toEqual(pdfPageTexts(whole.batch));
    const firstLines = pdfPageTexts(inParts.batch).map((page) => /Retouradres: .*\n(.*)\n/.exec(page)?.[1]).filter(Boolean);
    expect(firstLines).toEqual(names.map((surname) => `R. ${surname}`));
  }, 60_000);

  test('for double-sided printing a letter with an odd number of pages gets a blank page after it', async () => {
    const short = createLetterRenderer([
      { key: 'rights', kind: 'partial', source: '<p>Uw rechten</p>' },
      { key: 'privacy_information', kind: 'letter', source: '<p>Kort: {{fullName addressee}}</p>{{> rights}}' },
      { key: 'advance_notice_amw', kind: 'letter', source: '<p>Lang: {{fullName addressee}}</p><div style="height: 300mm"></div>{{> rights}}' },
    ]);
    const letters: LetterToRender[] = [
      { key: 'privacy_information', data: SAMPLE_LETTER_DATA.privacy_information },
      { key: 'advance_notice_amw', data: SAMPLE_LETTER_DATA.advance_notice_amw },
      { key: 'privacy_information', data: SAMPLE_LETTER_DATA.privacy_information },
    ];
    const duplex = await printLetterRun(printer, short, letters);
    expect(pdfPageTexts(duplex.batch).map((page) => page.replace(/Gemeente Weert ·[^\n]*\n[^\n]*\n?/, '').split('\n')[0] ?? '')).toEqual(['Kort: R. Öztürk', '', "Lang: K. 't Hart", 'Uw rechten', 'Kort: R. Öztürk', '']);
    expect(duplex.perLetter.map(pdfPageCount)).toEqual([1, 2, 1]);
    const simplex = await printLetterRun(printer, short, letters, { duplex: false });
    expect(pdfPageCount(simplex.batch)).toBe(4);
  }, 60_000);

  test('a range outside the document is refused', async () => {
    const pdf = await printer.print(renderLetterHtml(renderer, { key: 'privacy_information', data: SAMPLE_LETTER_DATA.privacy_information }));
    expect(() => splitPdf(pdf, [{ first: 0, last: 9 }], 'x')).toThrow("Pagina's 1–10 bestaan niet in dit PDF-bestand.");
  }, 30_000);
});

describe('rangesFromStarts', () => {
  test.each([
    [[0, 2, 3], 5, [{ first: 0, last: 1 }, { first: 2, last: 2 }, { first: 3, last: 4 }]],
    [[0], 1, [{ first: 0, last: 0 }]],
    [[], 3, []],
  ])('%j in %i pages', (starts, pages, expected) => expect(rangesFromStarts(starts, pages)).toEqual(expected));
});
