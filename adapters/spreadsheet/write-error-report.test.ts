import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { inertText, writeErrorReport } from './write-error-report.ts';

describe('inertText', () => {
  test.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+31', `'+31`],
    ['-1', `'-1`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['Geb.datum', 'Geb.datum'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(inertText(input)).toBe(expected);
  });
});

describe('writeErrorReport', () => {
  test('Dutch headers, one line per problem, formula-like text made inert', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vs-report-'));
    try {
      const file = path.join(dir, 'foutenrapport.xlsx');
      const buffer = await writeErrorReport(
        [
          { row: 6, column: 'Geb.datum', message: 'De datum „31-02-1980” bestaat niet.' },
          { row: 9, column: '=Achternaam', message: '=HYPERLINK("http://kwaad.example","klik")' },
          { row: null, column: null, message: 'Verplichte kolom ontbreekt: Geboortedatum.' },
        ],
        file,
      );
      expect(await readFile(file)).toEqual(buffer);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(buffer as never);
      const sheet = workbook.worksheets[0]!;
      expect(sheet.name).toBe('Foutenrapport');
      const rows = [1, 2, 3, 4].map((n) => (sheet.getRow(n).values as unknown[]).slice(1));
      expect(rows).toEqual([
        ['Rij', 'Kolom', 'Melding'],
        [6, 'Geb.datum', 'De datum „31-02-1980” bestaat niet.'],
        [9, `'=Achternaam`, `'=HYPERLINK("http://kwaad.example","klik")`],
        ['', '', 'Verplichte kolom ontbreekt: Geboortedatum.'],
      ]);
      sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
