import { describe, expect, test } from 'vitest';
import { detectFileKind } from './detect-file-kind.ts';
import { SpreadsheetRefusal } from './spreadsheet-refusal.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);

describe('detectFileKind', () => {
  test.each<[string, Uint8Array, string]>([
    ['zip (xlsx)', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0), 'xlsx'],
    ['csv text', text('Voorletters;Achternaam\n'), 'text'],
    ['utf-8 BOM', bytes(0xef, 0xbb, 0xbf, 0x41), 'text'],
    ['utf-16 LE BOM with NUL bytes', bytes(0xff, 0xfe, 0x41, 0x00), 'text'],
    ['empty file', bytes(), 'text'],
  ])('%s → %s', (_name, head, kind) => {
    expect(detectFileKind(head)).toBe(kind);
  });

  test.each<[string, Uint8Array, string, string]>([
    ['legacy xls', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0), 'legacy_xls', 'refused: OLE2 compound file (legacy .xls)'],
    ['png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'unsupported_file_type', 'refused: unsupported content (png)'],
    ['pdf', text('%PDF-1.7'), 'unsupported_file_type', 'refused: unsupported content (pdf)'],
    ['NUL bytes', bytes(0x41, 0x00, 0x42), 'unsupported_file_type', 'refused: unsupported content (binary)'],
  ])('%s is refused', (_name, head, code, log) => {
    let thrown: unknown;
    try {
      detectFileKind(head);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SpreadsheetRefusal);
    expect(thrown).toMatchObject({ code, log });
  });
});
