import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readSpreadsheet, type CellValue } from './read-spreadsheet.ts';
import { SpreadsheetRefusal, refusals } from './spreadsheet-refusal.ts';

const fixture = (name: string) => new URL(`../../test/fixtures/intake/${name}`, import.meta.url).pathname;

async function rowsOf(file: string, limits?: Parameters<typeof readSpreadsheet>[1]): Promise<Array<{ row: number; cells: CellValue[] }>> {
  const rows = [];
  for await (const row of readSpreadsheet(await readFile(file), limits)) rows.push(row);
  return rows;
}

async function refusalOf(file: string, limits?: Parameters<typeof readSpreadsheet>[1]): Promise<SpreadsheetRefusal> {
  try {
    await rowsOf(file, limits);
  } catch (error) {
    if (error instanceof SpreadsheetRefusal) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('readSpreadsheet: CSV encodings and delimiters', () => {
  test.each<[string, number, CellValue[]]>([
    ['utf8-bom-comma.csv', 4, ['K.', null, 'Proefhuis', '21-07-1990', 'Testlaan', '8', '6003CC', 'Stramproy', null, '3', '990,50']],
    ['windows-1252-semicolon.csv', 3, ['N.', 'van', 'Bergë', '04-04-1972', 'Maasstraat 14', '6001AB', 'Weert', '4', '€ 2.000']],
    ['tab-separated.csv', 3, ['S.', 'Spatie', '11-11-1971', 'Lange Laan 10', '6004EG', '3']],
    ['utf16-unicode-text.txt', 2, ['Ü.', 'Ünicode', '01-01-1980', 'Zestienweg 16', '6013AA', '2']],
  ])('%s', async (name, lastRow, lastCells) => {
    const rows = await rowsOf(fixture(name));
    expect(rows.at(-1)).toEqual({ row: lastRow, cells: lastCells });
  });

  test('the BOM does not stick to the first header', async () => {
    const [header] = await rowsOf(fixture('utf8-bom-comma.csv'));
    expect(header?.cells[0]).toBe('Voorletters');
  });

  test('windows-1252 header with the euro sign', async () => {
    const [header] = await rowsOf(fixture('windows-1252-semicolon.csv'));
    expect(header?.cells.at(-1)).toBe('Achterstand (€)');
  });

  test('blank CSV rows are delivered (the core ignores them) and keep their row number', async () => {
    const rows = await rowsOf(fixture('totals-row.csv'));
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows[3]?.cells).toEqual([null, null, null, null, null, null, null]);
  });
});

describe('readSpreadsheet: XLSX', () => {
  test('row numbers as Excel shows them, empty rows skipped, first sheet only', async () => {
    const rows = await rowsOf(fixture('title-rows.xlsx'));
    expect(rows.map((r) => r.row)).toEqual([1, 2, 4, 5, 6]);
    expect(rows[0]?.cells).toEqual(['Overzicht huurachterstanden januari 2026']);
  });

  test('serials stay numbers, date-formatted cells become dates, formulas give their result', async () => {
    const rows = await rowsOf(fixture('serial-dates.xlsx'));
    expect(rows[1]?.cells).toEqual(['A.', 'Serieel', 21657, 'Datumweg 1', '6006AA', 2, 100, 46053]);
    expect(rows[2]?.cells[2]).toBe('17-04-1959');
    expect(rows[3]?.cells[2]).toEqual(new Date(Date.UTC(1959, 3, 17)));
    expect(rows[3]?.cells[6]).toBe(200);
  });

  test('a formula cell never yields the formula text', async () => {
    const rows = await rowsOf(fixture('formula-markup.xlsx'));
    expect(rows[4]?.cells[1]).toBe('Berekend');
  });

  test('a workbook named .csv is read as a workbook', async () => {
    const rows = await rowsOf(fixture('workbook-named.csv'));
    expect(rows).toEqual([
      { row: 1, cells: ['Voorletters', 'Achternaam', 'Geboortedatum', 'Adres', 'Postcode', 'Maanden achterstand'] },
      { row: 2, cells: ['X.', 'Vermomd', '01-01-1980', 'Maskerade 1', '6014AA', 2] },
    ]);
  });

  test('stopping early releases the file', async () => {
    for await (const row of readSpreadsheet(await readFile(fixture('extra-columns.xlsx')))) {
      expect(row.row).toBe(1);
      break;
    }
  });
});

describe('readSpreadsheet: refusals', () => {
  test.each([
    ['legacy.xls', 'legacy_xls', 'Dit is een oud Excel-bestand (.xls) of een ander Office-bestand dat niet kan worden gelezen. Sla de lijst op als Excel-werkmap (.xlsx) of als CSV-bestand en upload die opnieuw.'],
    ['image-renamed.csv', 'unsupported_file_type', 'Dit bestand is geen Excel- of CSV-bestand. Sla de lijst op als Excel-werkmap (.xlsx) of als CSV-bestand en upload die opnieuw.'],
  ])('%s', async (name, code, message) => {
    expect(await refusalOf(fixture(name))).toMatchObject({ code, dutchMessage: message });
  });

  test('larger than maxBytes', async () => {
    expect(await refusalOf(fixture('extra-columns.xlsx'), { maxBytes: 1024 })).toMatchObject({
      code: 'file_too_large',
      dutchMessage: 'Het bestand is groter dan 1 kB. Verwijder overbodige kolommen en tabbladen of splits de lijst in meerdere bestanden.',
    });
  });

  test('the default size message speaks of 20 MB', () => {
    expect(refusals.tooLarge(20 * 1024 * 1024, 25_000_000).dutchMessage).toMatch(/^Het bestand is groter dan 20 MB\./);
  });

  test.each(['postcodes.csv', 'title-rows.xlsx'])('more rows than maxRows (%s)', async (name) => {
    expect(await refusalOf(fixture(name), { maxRows: 3 })).toMatchObject({
      code: 'too_many_rows',
      dutchMessage: 'Het bestand bevat meer dan 3 rijen. Splits de lijst in meerdere bestanden van maximaal 3 rijen.',
    });
  });

  test('a corrupt zip is refused as unreadable, not thrown as a crash', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vs-zip-'));
    try {
      const file = path.join(dir, 'kapot.xlsx');
      await writeFile(file, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
      const refusal = await refusalOf(file);
      expect(['unreadable_xlsx', 'no_worksheet']).toContain(refusal.code);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('readSpreadsheet: a large CSV', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'vs-large-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('50,001 rows exceed the default limit with a Dutch message', async () => {
    const file = path.join(dir, 'groot.csv');
    const line = 'A.;Groot;01-01-1980;Dorpsstraat 1;6001AA;2\n';
    await writeFile(file, 'Voorletters;Achternaam;Geboortedatum;Adres;Postcode;Maanden achterstand\n' + line.repeat(50_000));
    expect(await refusalOf(file)).toMatchObject({ code: 'too_many_rows', dutchMessage: 'Het bestand bevat meer dan 50.000 rijen. Splits de lijst in meerdere bestanden van maximaal 50.000 rijen.' });
  });
});
