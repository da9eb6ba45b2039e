import { describe, expect, test } from 'vitest';
import { parseDelimited } from './delimited-text.ts';

describe('parseDelimited', () => {
  test.each([
    ['a;b\nc;d', [['a', 'b'], ['c', 'd']]],
    ['\uFEFFa;b\r\n', [['a', 'b']]],
    ['"""Onbekend""";x', [['"Onbekend"', 'x']]],
    ['"Kim ;oo";y', [['Kim ;oo', 'y']]],
    ['"two\nlines";z', [['two\nlines', 'z']]],
    [';;\n', [['', '', '']]],
    ["Woonboot \"'t Lelijk Eentje\";", [["Woonboot \"'t Lelijk Eentje\"", '']]],
  ])('%j', (input, expected) => {
    expect(parseDelimited(input)).toEqual(expected);
  });
});
