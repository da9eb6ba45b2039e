/**
 * Cuts a printed batch into smaller PDFs, so a letter run prints once and still gets a
 * PDF per household: Chromium's cost is per print (font subsetting, writing), so one
 * print of 255 letters is several times faster than 255 prints. Each piece copies its
 * pages and everything they use (fonts, graphics states), and drops what points back into
 * the batch: links, the page tree and the tagged structure (a piece is not a tagged PDF).
 *
 * Works on what Chromium writes (see pdf-objects.ts). A library such as pdf-lib would do
 * the same job for any PDF; swap it in behind these functions if the project adds one.
 */
import { catalogOf, matchingDictEnd, pageNumbers, readPdfObjects, resolveDict, valueOf, type PdfObjects } from './pdf-objects.ts';

/** Page index (0-based) of each named destination: "letter-3" → 4. Chromium writes them for link targets. */
export function namedDestinationPages(pdf: Buffer): Map<string, number> {
  const objects = readPdfObjects(pdf);
  return destinationPages(objects);
}

function destinationPages(objects: PdfObjects): Map<string, number> {
  const pages = pageNumbers(objects);
  const dests = resolveDict(objects, valueOf(catalogOf(objects)?.dict ?? '', 'Dests'));
  const found = new Map<string, number>();
  for (const match of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+) \d+ R/g)) {
    const index = pages.indexOf(Number(match[2]));
    if (match[1] && index >= 0) found.set(decodeName(match[1]), index);
  }
  return found;
}

function decodeName(name: string): string {
  return name.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A PDF text string that holds any character: UTF-16BE with a byte order mark, as hex. */
function pdfTextString(text: string): string {
  return `<FEFF${[...text].map((char) => char.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;
}

/** Removes one key and its value from a dictionary's text. */
function withoutKey(dict: string, key: string): string {
  const match = new RegExp(`/${key}\\s*`).exec(dict);
  if (!match) return dict;
  const start = match.index + match[0].length;
  let end: number;
  if (dict.startsWith('<<', start)) end = matchingDictEnd(dict, start);
  else if (dict[start] === '[') end = dict.indexOf(']', start) + 1;
  else end = start + (/^(\d+ \d+ R|[^\s/>\]]+)/.exec(dict.slice(start))?.[1]?.length ?? 0);
  return dict.slice(0, match.index) + dict.slice(end);
}

export interface PageRange {
  /** 0-based, inclusive. */
  first: number;
  last: number;
}

/** One PDF per range, each with the given title in its properties. */
export function splitPdf(pdf: Buffer, ranges: readonly PageRange[], title: string): Buffer[] {
  const objects = readPdfObjects(pdf);
  const pages = pageNumbers(objects);
  return ranges.map((range) => {
    const selected = pages.slice(range.first, range.last + 1);
    if (selected.length === 0 || range.last >= pages.length) throw new Error(`Pagina's ${range.first + 1}–${range.last + 1} bestaan niet in dit PDF-bestand.`);
    return writePages(selected.map((page) => ({ objects, page })), title);
  });
}

/** A page of a parsed PDF, or a blank page (so the next letter starts on a front side). */
export type PageEntry = { objects: PdfObjects; page: number } | 'blank';

const A4_MEDIA_BOX = '[0 0 595.28 841.89]';

/**
 * Writes a new PDF with the given pages, in order. Every object the pages of one source
 * use (fonts, graphics states) is copied once, renumbered, its stream bytes untouched;
 * links, the old page tree and the tagged structure stay behind, they point back into the
 * source.
 */
export function writePages(entries: readonly PageEntry[], title: string): Buffer {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let size = chunks[0]?.length ?? 0;
  const write = (number: number, body: Buffer[]) => {
    offsets[number] = size;
    for (const chunk of [Buffer.from(`${number} 0 obj\n`, 'latin1'), ...body, Buffer.from('\nendobj\n', 'latin1')]) {
      chunks.push(chunk);
      size += chunk.length;
    }
  };
  // 1 = catalog, 2 = page tree, 3 = info; everything else from 4 on.
  let next = 4;
  const kids: number[] = [];
  const numbering = new Map<PdfObjects, Map<number, number>>();
  let mediaBox = A4_MEDIA_BOX;

  const isPage = (dict: string) => /\/Type \/Page\b/.test(dict);
  const ownDict = (objects: PdfObjects, number: number): string => {
    const dict = objects.get(number)?.dict ?? '';
    return isPage(dict) ? withoutKey(withoutKey(withoutKey(dict, 'Parent'), 'Annots'), 'StructParents') : dict;
  };
  const copy = (objects: PdfObjects, root: number): number => {
    const renumbered = numbering.get(objects) ?? new Map<number, number>();
    numbering.set(objects, renumbered);
    const order: number[] = [];
    const visit = (number: number) => {
      if (renumbered.has(number) || !objects.has(number)) return;
      renumbered.set(number, next);
      next += 1;
      order.push(number);
      for (const match of ownDict(objects, number).matchAll(/(\d+) 0 R/g)) visit(Number(match[1]));
    };
    visit(root);
    const renumber = (text: string) => text.replace(/(\d+) 0 R/g, (whole, number: string) => (renumbered.has(Number(number)) ? `${renumbered.get(Number(number))} 0 R` : whole));
    for (const number of order) {
      const object = objects.get(number);
      if (!object) continue;
      let dict = renumber(ownDict(objects, number));
      if (isPage(dict)) dict = `${dict.slice(0, dict.lastIndexOf('>>'))}\n/Parent 2 0 R>>`;
      write(renumbered.get(number) ?? 0, object.rawStream ? [Buffer.from(`${dict}\nstream\n`, 'latin1'), object.rawStream, Buffer.from('\nendstream', 'latin1')] : [Buffer.from(dict, 'latin1')]);
    }
    return renumbered.get(root) ?? 0;
  };

  for (const entry of entries) {
    if (entry === 'blank') {
      write(next, [Buffer.from(`<</Type /Page /Parent 2 0 R /MediaBox ${mediaBox} /Resources <<>>>>`, 'latin1')]);
      kids.push(next);
      next += 1;
      continue;
    }
    mediaBox = valueOf(entry.objects.get(entry.page)?.dict ?? '', 'MediaBox') || mediaBox;
    kids.push(copy(entry.objects, entry.page));
  }
  write(1, [Buffer.from('<</Type /Catalog /Pages 2 0 R>>', 'latin1')]);
  write(2, [Buffer.from(`<</Type /Pages /Count ${kids.length} /Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}]>>`, 'latin1')]);
  write(3, [Buffer.from(`<</Title ${pdfTextString(title)} /Producer (Vroegsignalering)>>`, 'latin1')]);
  const xref = [`xref\n0 ${next}\n0000000000 65535 f \n`, ...Array.from({ length: next - 1 }, (_, i) => `${String(offsets[i + 1] ?? 0).padStart(10, '0')} 00000 n \n`)].join('');
  chunks.push(Buffer.from(`${xref}trailer\n<</Size ${next} /Root 1 0 R /Info 3 0 R>>\nstartxref\n${size}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}

/** All pages of several PDFs in one, in order: a large run printed in parts becomes one file for the post room. */
export function mergePdfs(pdfs: readonly Buffer[], title: string): Buffer {
  return writePages(
    pdfs.flatMap((pdf) => {
      const objects = readPdfObjects(pdf);
      return pageNumbers(objects).map((page) => ({ objects, page }));
    }),
    title,
  );
}

/** Page ranges from the start pages of consecutive parts, the last running to the end. */
export function rangesFromStarts(starts: readonly number[], pageCount: number): PageRange[] {
  return starts.map((first, i) => ({ first, last: (starts[i + 1] ?? pageCount) - 1 }));
}

