import { describe, expect, test } from 'vitest';
import { parseCsv } from './parse-csv.ts';

const records = (text: string, delimiter = ';') => [...parseCsv(text, delimiter)];

describe('parseCsv', () => {
  test.each<[string, string, Array<{ row: number; cells: Array<string | null> }>]>([
    ['simple', 'a;b\nc;d\n', [{ row: 1, cells: ['a', 'b'] }, { row: 2, cells: ['c', 'd'] }]],
    ['CRLF and no final newline', 'a;b\r\nc;d', [{ row: 1, cells: ['a', 'b'] }, { row: 2, cells: ['c', 'd'] }]],
    ['old Mac CR', 'a;b\rc;d\r', [{ row: 1, cells: ['a', 'b'] }, { row: 2, cells: ['c', 'd'] }]],
    ['empty fields are null', ';b;\n', [{ row: 1, cells: [null, 'b', null] }]],
    ['quoted delimiter', '"Meijden; van der";b\n', [{ row: 1, cells: ['Meijden; van der', 'b'] }]],
    ['doubled quotes', '"zei ""hallo""";b\n', [{ row: 1, cells: ['zei "hallo"', 'b'] }]],
    ['embedded newline keeps one Excel row', '"Dorpsstraat 1\nWeert";b\nc;d\n', [{ row: 1, cells: ['Dorpsstraat 1\nWeert', 'b'] }, { row: 2, cells: ['c', 'd'] }]],
    ['empty lines count as rows but yield nothing', 'a\n\n\nb\n', [{ row: 1, cells: ['a'] }, { row: 4, cells: ['b'] }]],
    ['a quote inside an unquoted field is literal', "O'Brien;5\"\n", [{ row: 1, cells: ["O'Brien", '5"'] }]],
    ['unclosed quote runs to the end', '"abc;d\ne', [{ row: 1, cells: ['abc;d\ne'] }]],
    ['quoted empty field', '"";x\n', [{ row: 1, cells: [null, 'x'] }]],
    ['only separators', ';;;\n', [{ row: 1, cells: [null, null, null, null] }]],
  ])('%s', (_name, text, expected) => {
    expect(records(text)).toEqual(expected);
  });

  test('comma delimiter with a quoted Dutch amount', () => {
    expect(records('K.,Proef,"990,50"\n', ',')).toEqual([{ row: 1, cells: ['K.', 'Proef', '990,50'] }]);
  });
});
