import { refusals } from './spreadsheet-refusal.ts';

export type FileKind = 'xlsx' | 'text';

/** Magic numbers of files people upload by mistake; named in the log, never trusted by extension. */
const BINARY_SIGNATURES: Array<[string, number[]]> = [
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['pdf', [0x25, 0x50, 0x44, 0x46]],
  ['gzip', [0x1f, 0x8b]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf]],
  ['rar', [0x52, 0x61, 0x72, 0x21]],
];

const startsWith = (head: Uint8Array, signature: number[]) => signature.every((byte, index) => head[index] === byte);

/**
 * Decides from the first bytes what a file is, whatever its name says: a zip is read as
 * XLSX, an OLE2 file (legacy .xls, .doc) and known binary formats are refused, text is
 * read as CSV. Text with NUL bytes (outside UTF-16) is binary too.
 */
export function detectFileKind(head: Uint8Array): FileKind {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return 'xlsx';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) throw refusals.legacyXls();
  for (const [kind, signature] of BINARY_SIGNATURES) if (startsWith(head, signature)) throw refusals.notASpreadsheet(kind);
  const utf16 = startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff]);
  if (!utf16 && head.includes(0)) throw refusals.notASpreadsheet('binary');
  return 'text';
}
