/**
 * A letter run's PDFs from one print: the post room's batch (all letters, in the order
 * given, each on a new page) and one PDF per letter cut from it, for the household's case.
 */
import { letterAnchor, renderLetterBatchHtml, type LetterRenderer, type LetterToRender } from '../../core/documents/render-letter-html.ts';
import type { PdfPrinter } from './pdf-printer.ts';
import { pdfPageCount } from './pdf-text.ts';
import { readPdfObjects, pageNumbers } from './pdf-objects.ts';
import { mergePdfs, namedDestinationPages, rangesFromStarts, splitPdf, writePages, type PageEntry, type PageRange } from './split-pdf.ts';

export interface LetterRunPdfs {
  /** The whole run, for the post room. */
  batch: Buffer;
  /** In the order of the letters given. */
  perLetter: Buffer[];
}

/**
 * Chromium holds a whole document in memory while it prints (about 1 GiB for 255 letters
 * of two pages), so a large run prints in parts and the parts are merged.
 */
export const LETTERS_PER_PRINT = 250;

export interface LetterRunOptions {
  /** Letters per Chromium print; see LETTERS_PER_PRINT. */
  lettersPerPrint?: number;
  /**
   * A blank page after a letter with an odd number of pages, so that printed double-sided
   * no letter starts on the back of another household's letter (one envelope, one
   * household). On by default: a blank sheet in an envelope harms nobody.
   */
  duplex?: boolean;
}

export interface LetterRunPart extends LetterRunPdfs {
  /** Index of this part's first letter in the run. */
  offset: number;
}

/**
 * The run part by part, so a caller can store each household's PDF before the next part
 * prints (10,000 letters are about 400 MiB of PDFs). The next part prints while the
 * caller handles this one.
 */
export async function* printLetterRunParts(printer: PdfPrinter, renderer: LetterRenderer, letters: readonly LetterToRender[], options: LetterRunOptions = {}): AsyncGenerator<LetterRunPart> {
  const lettersPerPrint = options.lettersPerPrint ?? LETTERS_PER_PRINT;
  const first = letters[0];
  if (!first) throw new Error('Een briefrun zonder brieven kan niet.');
  const municipality = renderer.checkData(first.key, first.data).settings.municipalityName;
  const start = (offset: number) => printPart(printer, renderer, letters.slice(offset, offset + lettersPerPrint), municipality, options.duplex ?? true).then((part) => ({ ...part, offset }));
  let pending: Promise<LetterRunPart> | null = start(0);
  for (let offset = 0; pending; offset += lettersPerPrint) {
    const current: Promise<LetterRunPart> = pending;
    pending = offset + lettersPerPrint < letters.length ? start(offset + lettersPerPrint) : null;
    // A failed part that is never awaited must not become an unhandled rejection.
    pending?.catch(() => undefined);
    yield await current;
  }
}

/** The whole run in memory: fine for a month of a few hundred letters. */
export async function printLetterRun(printer: PdfPrinter, renderer: LetterRenderer, letters: readonly LetterToRender[], options: LetterRunOptions = {}): Promise<LetterRunPdfs> {
  const parts: LetterRunPart[] = [];
  for await (const part of printLetterRunParts(printer, renderer, letters, options)) parts.push(part);
  const municipality = letters[0] ? renderer.checkData(letters[0].key, letters[0].data).settings.municipalityName : '';
  return {
    batch: parts.length === 1 && parts[0] ? parts[0].batch : mergePdfs(parts.map((part) => part.batch), `Brieven ${municipality}`),
    perLetter: parts.flatMap((part) => part.perLetter),
  };
}

async function printPart(printer: PdfPrinter, renderer: LetterRenderer, letters: readonly LetterToRender[], municipality: string, duplex: boolean): Promise<LetterRunPdfs> {
  const batch = await printer.print(renderLetterBatchHtml(renderer, letters));
  const destinations = namedDestinationPages(batch);
  const starts = letters.map((_, index) => destinations.get(letterAnchor(index)));
  if (starts.some((start, index) => start === undefined || (index > 0 && start <= (starts[index - 1] ?? -1)))) {
    throw new Error('Het printbestand geeft niet voor elke brief de eerste pagina aan; de brieven per huishouden zijn niet gemaakt.');
  }
  const ranges = rangesFromStarts(starts as number[], pdfPageCount(batch));
  return { batch: duplex ? withBlankPagesForDuplex(batch, ranges, `Brieven ${municipality}`) : batch, perLetter: splitPdf(batch, ranges, `Brief ${municipality}`) };
}

function withBlankPagesForDuplex(batch: Buffer, ranges: readonly PageRange[], title: string): Buffer {
  if (ranges.every((range) => (range.last - range.first) % 2 === 1)) return batch;
  const objects = readPdfObjects(batch);
  const pages = pageNumbers(objects);
  const entries: PageEntry[] = ranges.flatMap((range) => {
    const own: PageEntry[] = pages.slice(range.first, range.last + 1).map((page) => ({ objects, page }));
    return own.length % 2 === 1 ? [...own, 'blank' as const] : own;
  });
  return writePages(entries, title);
}
