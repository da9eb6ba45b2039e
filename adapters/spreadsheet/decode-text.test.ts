import { describe, expect, test } from 'vitest';
import { decodeText } from './decode-text.ts';

describe('decodeText', () => {
  test.each<[string, number[], string, string]>([
    ['plain ascii', [0x41, 0x3b, 0x42], 'A;B', 'utf-8'],
    ['utf-8 with BOM', [0xef, 0xbb, 0xbf, 0xc3, 0xa9], 'é', 'utf-8'],
    ['utf-8 without BOM', [0xc3, 0xab, 0xe2, 0x82, 0xac], 'ë€', 'utf-8'],
    ['windows-1252 é ë €', [0xe9, 0xeb, 0x20, 0x80], 'éë €', 'windows-1252'],
    ['utf-16 LE', [0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00], 'Aé', 'utf-16le'],
    ['utf-16 BE', [0xfe, 0xff, 0x00, 0x41], 'A', 'utf-16be'],
    ['empty', [], '', 'utf-8'],
  ])('%s', (_name, bytes, text, encoding) => {
    expect(decodeText(new Uint8Array(bytes))).toEqual({ text, encoding });
  });
});
