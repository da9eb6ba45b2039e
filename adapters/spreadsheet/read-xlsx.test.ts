import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { readSpreadsheet, type CellValue } from './read-spreadsheet.ts';
import { SpreadsheetRefusal } from './spreadsheet-refusal.ts';
import { buildZip, deflatedRepeat, workbookParts, worksheetBeforeSharedStrings, withoutSharedStrings, worksheetXml, zipBomb } from './test-support/crafted-xlsx.ts';

const rows: Array<Array<string | number>> = [
  ['Voorletters', 'Achternaam', 'Geboortedatum', 'Adres', 'Postcode', 'Maanden achterstand'],
  ['A.', 'Ĳzerman', '01-02-1980', 'Markt 1', '6001AA', 2],
  ['B.', 'de Vries', '03-04-1975', 'Markt 2', '6001AA', 3],
];

async function read(bytes: Uint8Array): Promise<Array<{ row: number; cells: CellValue[] }>> {
  const out = [];
  for await (const row of readSpreadsheet(bytes)) out.push(row);
  return out;
}

async function refusalOf(bytes: Uint8Array): Promise<SpreadsheetRefusal> {
  try {
    await read(bytes);
  } catch (error) {
    if (error instanceof SpreadsheetRefusal) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

// Every write to the system temp folder during a test lands in this private folder, so
// "nothing written" is checked exactly, whatever else runs on the machine.
let privateTmp = '';
const realTmp = process.env.TMPDIR;
beforeEach(async () => {
  privateTmp = await mkdtemp(path.join(os.tmpdir(), 'vs-test-tmp-'));
  process.env.TMPDIR = privateTmp;
  expect(os.tmpdir()).toBe(privateTmp);
});
afterEach(async () => {
  if (realTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = realTmp;
  const left = await readdir(privateTmp);
  await rm(privateTmp, { recursive: true, force: true });
  expect(left).toEqual([]);
});

describe('readXlsx: in memory, whatever the part order', () => {
  const expected = rows.map((cells, index) => ({ row: index + 1, cells }));

  test.each([
    ['worksheet stored before the shared strings', () => worksheetBeforeSharedStrings(rows)],
    ['no shared strings part, inline strings', () => withoutSharedStrings(rows)],
    ['shared strings first (as Excel writes)', () => {
      const { sheet, strings } = worksheetXml(rows, 'shared');
      return buildZip([...workbookParts, { name: 'xl/sharedStrings.xml', data: `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>` }, { name: 'xl/worksheets/sheet1.xml', data: sheet }]);
    }],
    ['stored (not deflated) parts', () => buildZip([...workbookParts, { name: 'xl/worksheets/sheet1.xml', data: worksheetXml(rows, 'inline').sheet, stored: true }])],
  ])('%s: rows read, nothing written to the temp folder', async (_name, make) => {
    expect(await read(make())).toEqual(expected);
    expect(await readdir(privateTmp)).toEqual([]);
  });

  test('a character split across decoding chunks stays whole', async () => {
    const long = 'é'.repeat(70_000);
    const result = await read(withoutSharedStrings([['Naam'], [long]]));
    expect(result[1]?.cells[0]).toBe(long);
  });

  test('a zip without worksheet is refused', async () => {
    expect((await refusalOf(buildZip(workbookParts))).code).toBe('no_worksheet');
  });
});

describe('readXlsx: zip bombs are refused before or while inflating', () => {
  let honest: Buffer;
  let lying: Buffer;
  beforeAll(async () => {
    honest = await zipBomb(1100 * 1024 * 1024);
    lying = buildZip([...workbookParts, { name: 'xl/worksheets/sheet1.xml', data: '', deflated: await deflatedRepeat(1100 * 1024 * 1024), declaredSize: 900_000 }]);
  }, 60_000);
  afterAll(() => {
    honest = Buffer.alloc(0);
    lying = Buffer.alloc(0);
  });

  const unsafe = {
    code: 'unsafe_xlsx',
    dutchMessage: 'Het Excel-bestand pakt uit tot een onredelijk grote hoeveelheid gegevens (meer dan 200 MB of een verdacht hoge compressie) en is daarom niet gelezen. Sla de lijst opnieuw op in Excel, of als CSV-bestand, en upload die opnieuw.',
  };

  test('a few MB that declares more than 1 GB: refused from the declared sizes, at once', async () => {
    expect(honest.length).toBeLessThan(5 * 1024 * 1024);
    const started = performance.now();
    expect(await refusalOf(honest)).toMatchObject(unsafe);
    expect(performance.now() - started).toBeLessThan(500);
  });

  test('the same bomb declaring a small size: refused by the inflate cap, quickly', async () => {
    const started = performance.now();
    expect(await refusalOf(lying)).toMatchObject(unsafe);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  test('too many entries', async () => {
    const parts = [...workbookParts, { name: 'xl/worksheets/sheet1.xml', data: worksheetXml(rows, 'inline').sheet }];
    for (let i = 0; i < 1_001; i += 1) parts.push({ name: `xl/media/x${i}.bin`, data: 'x' });
    expect(await refusalOf(buildZip(parts))).toMatchObject(unsafe);
  });
});
