import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../core/intake/cell-value.ts';
import { cellFromExcelJs } from './cell-from-exceljs.ts';
import { DEFAULT_ZIP_LIMITS, ZipArchive, type ZipEntry, type ZipLimits } from './read-zip.ts';
import { refusals, SpreadsheetRefusal } from './spreadsheet-refusal.ts';

const CHUNK_BYTES = 64 * 1024;
const WORKSHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/**
 * The parts of exceljs's streaming WorkbookReader (4.4.0, pinned) that this reader
 * drives itself. exceljs's own `parse()` copies a worksheet that comes before (or
 * without) the shared strings to a temp file and never removes it; an upload holds
 * personal data, so the zip is unpacked here, in memory, and the parts are fed to
 * exceljs's XML parsers in the order they need.
 */
interface WorkbookReaderInternals {
  sharedStrings?: unknown[];
  workbookRels?: unknown;
  model?: { sheets?: unknown[] };
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<string>, sheetNo: string): Generator<{ eventType: string; value: AsyncIterable<ExcelJS.Row> }>;
}

/**
 * Rows of the first worksheet of an XLSX held in memory; nothing is written to disk.
 * The zip's declared sizes are checked before anything is inflated, and inflating is
 * capped (see read-zip.ts). Empty rows are skipped by exceljs; row numbers are the ones
 * Excel shows. "First" is the first worksheet stored in the file, which is the first tab
 * for files saved by Excel.
 */
export async function* readXlsx(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): AsyncGenerator<{ row: number; cells: CellValue[] }> {
  let rows: AsyncIterable<ExcelJS.Row>;
  try {
    rows = await openFirstWorksheet(bytes, limits);
  } catch (error) {
    throw asRefusal(error);
  }
  try {
    for await (const row of rows) {
      const values = row.values as unknown[];
      // exceljs rows are 1-based sparse arrays; Array.from turns holes into nulls.
      yield { row: row.number, cells: Array.from(values.slice(1), cellFromExcelJs) };
    }
  } catch (error) {
    throw asRefusal(error);
  }
}

async function openFirstWorksheet(bytes: Uint8Array, limits: ZipLimits): Promise<AsyncIterable<ExcelJS.Row>> {
  const zip = new ZipArchive(bytes, limits);
  const worksheet = zip.entries
    .filter((entry) => WORKSHEET.test(entry.name))
    .sort((a, b) => a.localHeaderOffset - b.localHeaderOffset)[0];
  if (!worksheet) throw refusals.noWorksheet();
  const parts = ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'].map((name) => zip.find(name));
  const [rels, book, sharedStrings, styles] = parts;
  zip.checkDeclared([...parts.filter((entry): entry is ZipEntry => entry !== undefined), worksheet]);

  const reader = new ExcelJS.stream.xlsx.WorkbookReader(undefined as never, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'ignore',
  }) as unknown as WorkbookReaderInternals;
  if (rels) await reader._parseRels(streamOf(await zip.read(rels)));
  if (book) await reader._parseWorkbook(streamOf(await zip.read(book)));
  reader.model ??= {};
  if (sharedStrings) for await (const _ of reader._parseSharedStrings(streamOf(await zip.read(sharedStrings)))) { /* cached on the reader */ }
  reader.sharedStrings ??= [];
  if (styles) await reader._parseStyles(streamOf(await zip.read(styles)));

  const sheetNo = WORKSHEET.exec(worksheet.name)![1]!;
  const [event] = [...reader._parseWorksheet(textOf(await zip.read(worksheet)), sheetNo)];
  if (!event) throw refusals.noWorksheet();
  return event.value;
}

/** UTF-8 text in chunks; the streaming decoder keeps a character split between chunks whole. */
async function* textOf(bytes: Buffer): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) yield decoder.decode(bytes.subarray(at, at + CHUNK_BYTES), { stream: true });
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** The entry as the readable stream exceljs's part parsers expect (they listen for 'data'). */
function streamOf(bytes: Buffer): Readable {
  return Readable.from(textOf(bytes));
}

function asRefusal(error: unknown): SpreadsheetRefusal {
  if (error instanceof SpreadsheetRefusal) return error;
  return refusals.unreadableXlsx(error instanceof Error ? error.message.slice(0, 120) : 'unknown error');
}
