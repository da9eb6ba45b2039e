/**
 * Hand-made XLSX files for tests: part order, missing parts and lying zip headers that
 * Excel never writes but an attacker can.
 */
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  data: Uint8Array | string;
  /** Store instead of deflate. */
  stored?: boolean;
  /** Pre-deflated data with its real uncompressed size (for bombs). */
  deflated?: { bytes: Uint8Array; size: number; crc: number };
  /** Uncompressed size written in the headers, when it should lie. */
  declaredSize?: number;
}

export function buildZip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const raw = typeof part.data === 'string' ? Buffer.from(part.data, 'utf8') : Buffer.from(part.data);
    const body = part.deflated ? Buffer.from(part.deflated.bytes) : part.stored ? raw : deflateRawSync(raw);
    const size = part.declaredSize ?? part.deflated?.size ?? raw.length;
    const crc = part.deflated?.crc ?? crc32(raw);
    const method = part.stored && !part.deflated ? 0 : 8;
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const column = (index: number) => String.fromCharCode(65 + index);

export const workbookParts: ZipPart[] = [
  { name: '[Content_Types].xml', data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>' },
  { name: '_rels/.rels', data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>' },
  { name: 'xl/workbook.xml', data: '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Lijst" sheetId="1" r:id="rId1"/></sheets></workbook>' },
  { name: 'xl/_rels/workbook.xml.rels', data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' },
];

/** A worksheet whose text cells are shared strings (index into `strings`) or inline strings. */
export function worksheetXml(rows: Array<Array<string | number>>, mode: 'shared' | 'inline'): { sheet: string; strings: string[] } {
  const strings: string[] = [];
  const cells = rows.map((row, r) => `<row r="${r + 1}">${row.map((value, c) => {
    const ref = `${column(c)}${r + 1}`;
    if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
    if (mode === 'inline') return `<c r="${ref}" t="inlineStr"><is><t>${escape(value)}</t></is></c>`;
    strings.push(value);
    return `<c r="${ref}" t="s"><v>${strings.length - 1}</v></c>`;
  }).join('')}</row>`).join('');
  return { sheet: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${cells}</sheetData></worksheet>`, strings };
}

export function sharedStringsXml(strings: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${escape(s)}</t></si>`).join('')}</sst>`;
}

/** An XLSX whose worksheet is stored before its shared strings (Excel stores them after). */
export function worksheetBeforeSharedStrings(rows: Array<Array<string | number>>): Buffer {
  const { sheet, strings } = worksheetXml(rows, 'shared');
  return buildZip([...workbookParts, { name: 'xl/worksheets/sheet1.xml', data: sheet }, { name: 'xl/sharedStrings.xml', data: sharedStringsXml(strings) }]);
}

/** An XLSX with inline strings and no shared strings part at all. */
export function withoutSharedStrings(rows: Array<Array<string | number>>): Buffer {
  return buildZip([...workbookParts, { name: 'xl/worksheets/sheet1.xml', data: worksheetXml(rows, 'inline').sheet }]);
}

/**
 * Raw deflate of `size` bytes of a repeated worksheet row: about a thousandth of the size,
 * made by streaming so the test never holds the inflated gigabyte.
 */
export async function deflatedRepeat(size: number): Promise<{ bytes: Uint8Array; size: number; crc: number }> {
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  const block = Buffer.alloc(1024 * 1024, ' ');
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise<void>((resolve, reject) => { deflate.on('end', resolve); deflate.on('error', reject); });
  let crc = crc32(head);
  deflate.write(head);
  let written = head.length;
  while (written + block.length <= size) {
    crc = crc32(block, crc);
    if (!deflate.write(block)) await new Promise((resolve) => deflate.once('drain', resolve));
    written += block.length;
  }
  deflate.end();
  await done;
  return { bytes: Buffer.concat(out), size: written, crc };
}

/** A zip bomb: a worksheet that inflates to `size` bytes. `declaredSize` lets the headers lie. */
export async function zipBomb(size: number, declaredSize?: number): Promise<Buffer> {
  return buildZip([...workbookParts, { name: 'xl/worksheets/sheet1.xml', data: '', deflated: await deflatedRepeat(size), declaredSize }]);
}
