/**
 * A small reader for the PDFs Chromium (Skia) writes: a classic xref table, indirect
 * objects with a dictionary and optionally a stream. Enough to count pages, read text and
 * cut a batch into per-household files; not a general PDF parser.
 */
import { inflateSync } from 'node:zlib';

export interface PdfObject {
  /** The object's text without its stream: a dictionary "<<…>>", or e.g. an array or a number. */
  dict: string;
  /** The stream's bytes as stored (still compressed), or null. */
  rawStream: Buffer | null;
}

export type PdfObjects = Map<number, PdfObject>;

export function readPdfObjects(pdf: Buffer): PdfObjects {
  const text = pdf.toString('latin1');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!startxref) throw new Error('Geen PDF met een xref-tabel.');
  const table = /^xref\s+(\d+)\s+(\d+)\s+/.exec(text.slice(Number(startxref[1])));
  if (!table) throw new Error('De xref-tabel van de PDF is niet leesbaar.');
  const first = Number(table[1]);
  const entries = text.slice(Number(startxref[1]) + table[0].length).match(/\d{10} \d{5} [nf]/g) ?? [];
  const objects: PdfObjects = new Map();
  entries.slice(0, Number(table[2])).forEach((entry, index) => {
    if (entry.endsWith('n')) objects.set(first + index, readObject(pdf, text, Number(entry.slice(0, 10))));
  });
  return objects;
}

function readObject(pdf: Buffer, text: string, offset: number): PdfObject {
  const header = /^\d+ \d+ obj\s*/.exec(text.slice(offset, offset + 40));
  if (!header) throw new Error(`Geen object op positie ${offset}.`);
  let position = offset + header[0].length;
  if (!text.startsWith('<<', position)) return { dict: text.slice(position, text.indexOf('endobj', position)).trim(), rawStream: null };
  const end = matchingDictEnd(text, position);
  const dict = text.slice(position, end);
  position = end;
  const afterDict = /^\s*stream\r?\n/.exec(text.slice(position, position + 20));
  if (!afterDict) return { dict, rawStream: null };
  const start = position + afterDict[0].length;
  const direct = /\/Length (\d+)(?! \d+ R)/.exec(dict);
  const length = direct ? Number(direct[1]) : text.indexOf('endstream', start) - start;
  return { dict, rawStream: pdf.subarray(start, start + length) };
}

export function decodedStream(object: PdfObject | undefined): Buffer | null {
  if (!object?.rawStream) return null;
  return /\/Filter \/FlateDecode/.test(object.dict) ? inflateSync(object.rawStream) : object.rawStream;
}

export function matchingDictEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    if (text.startsWith('<<', i)) {
      depth += 1;
      i += 1;
    } else if (text.startsWith('>>', i)) {
      depth -= 1;
      i += 1;
      if (depth === 0) return i + 1;
    } else if (text[i] === '(') {
      // A literal string may hold brackets; skip it (with escaped parentheses).
      for (i += 1; i < text.length && text[i] !== ')'; i += 1) if (text[i] === '\\') i += 1;
    }
  }
  return text.length;
}

/** The raw value of a key in a dictionary: a reference, a nested dictionary, an array or a token. */
export function valueOf(dict: string, key: string): string {
  const match = new RegExp(`/${key}\\s*`).exec(dict);
  if (!match) return '';
  const start = match.index + match[0].length;
  if (dict.startsWith('<<', start)) return dict.slice(start, matchingDictEnd(dict, start));
  if (dict[start] === '[') return dict.slice(start, dict.indexOf(']', start) + 1);
  return /^(\d+ \d+ R|[^\s/>\]]+)/.exec(dict.slice(start))?.[1] ?? '';
}

export function refNumber(value: string): number | null {
  const match = /^(\d+) \d+ R$/.exec(value.trim());
  return match ? Number(match[1]) : null;
}

export function refNumbers(value: string): number[] {
  return [...value.matchAll(/(\d+) \d+ R/g)].map((match) => Number(match[1]));
}

export function resolveDict(objects: PdfObjects, value: string): string {
  const number = refNumber(value);
  return number === null ? value : (objects.get(number)?.dict ?? '');
}

export function catalogOf(objects: PdfObjects): PdfObject | undefined {
  return [...objects.values()].find((object) => /\/Type \/Catalog\b/.test(object.dict));
}

/** The page objects' numbers in reading order: the page tree's kids, depth first. */
export function pageNumbers(objects: PdfObjects): number[] {
  const pages: number[] = [];
  const visit = (number: number | null) => {
    const node = number === null ? undefined : objects.get(number);
    if (!node) return;
    if (/\/Type \/Pages\b/.test(node.dict)) refNumbers(valueOf(node.dict, 'Kids')).forEach(visit);
    else if (/\/Type \/Page\b/.test(node.dict) && number !== null) pages.push(number);
  };
  visit(refNumber(valueOf(catalogOf(objects)?.dict ?? '', 'Pages')));
  return pages;
}
