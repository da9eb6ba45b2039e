import { describe, expect, test } from 'vitest';
import { cellFromExcelJs } from './cell-from-exceljs.ts';

const date = new Date(Date.UTC(1959, 3, 17));

describe('cellFromExcelJs', () => {
  test.each<[string, unknown, unknown]>([
    ['empty', undefined, null],
    ['null', null, null],
    ['text', 'Jansen', 'Jansen'],
    ['number', 21657, 21657],
    ['boolean', true, true],
    ['date', date, date],
    ['formula → result, never the formula', { formula: 'HYPERLINK("http://x","klik")', result: 'klik' }, 'klik'],
    ['formula without cached result', { formula: 'A1+1' }, null],
    ['shared formula', { sharedFormula: 'A1', result: 3 }, 3],
    ['rich text', { richText: [{ text: 'Meij' }, { font: { bold: true }, text: 'den' }] }, 'Meijden'],
    ['hyperlink', { text: 'Jansen', hyperlink: 'mailto:x@example.org' }, 'Jansen'],
    ['hyperlink with rich text', { text: { richText: [{ text: 'A' }, { text: 'B' }] }, hyperlink: 'x' }, 'AB'],
    ['error', { error: '#N/A' }, null],
  ])('%s', (_name, input, expected) => {
    expect(cellFromExcelJs(input)).toEqual(expected);
  });
});
