/**
 * Reads the page count and the text per page of a PDF that Chromium (Skia) printed, so
 * tests can check a printed letter without a PDF library. It understands what Skia
 * writes: a classic xref table, Flate streams, Type0 fonts with a ToUnicode map and
 * hex-string text operators. It is not a general PDF reader; swap in pdfjs-dist or unpdf
 * behind the same two functions when the project adds one.
 */
import { decodedStream, pageNumbers, readPdfObjects, refNumber, refNumbers, resolveDict, valueOf } from './pdf-objects.ts';

export function pdfPageCount(pdf: Buffer): number {
  return pageNumbers(readPdfObjects(pdf)).length;
}

/** The text of each page, lines separated by "\n", in page order. */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = readPdfObjects(pdf);
  const unicodeMaps = new Map<number, Map<number, string>>();
  return pageNumbers(objects).map((pageNumber) => {
    const page = objects.get(pageNumber)?.dict ?? '';
    const resources = resolveDict(objects, valueOf(page, 'Resources'));
    const fonts = new Map<string, Map<number, string>>();
    for (const [name, ref] of entries(resolveDict(objects, valueOf(resources, 'Font')))) {
      const fontNumber = refNumber(ref);
      if (fontNumber === null) continue;
      if (!unicodeMaps.has(fontNumber)) {
        const toUnicode = refNumber(valueOf(objects.get(fontNumber)?.dict ?? '', 'ToUnicode'));
        unicodeMaps.set(fontNumber, parseToUnicode(toUnicode === null ? '' : (decodedStream(objects.get(toUnicode))?.toString('latin1') ?? '')));
      }
      fonts.set(name, unicodeMaps.get(fontNumber) ?? new Map());
    }
    return refNumbers(valueOf(page, 'Contents'))
      .map((number) => contentText(decodedStream(objects.get(number))?.toString('latin1') ?? '', fonts))
      .join('\n');
  });
}

function entries(dict: string): Array<[string, string]> {
  return [...dict.matchAll(/\/([^\s/<>[\]()]+)\s+(\d+ \d+ R)/g)].map((match) => [match[1] ?? '', match[2] ?? '']);
}

function hexCodes(hex: string): number[] {
  const digits = hex.replace(/[^0-9A-Fa-f]/g, '');
  return Array.from({ length: Math.floor(digits.length / 4) }, (_, i) => parseInt(digits.slice(i * 4, i * 4 + 4), 16));
}

function utf16(hex: string): string {
  return String.fromCharCode(...hexCodes(hex));
}

function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(pair[1] ?? '0', 16), utf16(pair[2] ?? ''));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      const [low, high, target] = [parseInt(range[1] ?? '0', 16), parseInt(range[2] ?? '0', 16), range[3] ?? ''];
      const targets = target.startsWith('[') ? [...target.matchAll(/<([0-9A-Fa-f]+)>/g)].map((match) => utf16(match[1] ?? '')) : null;
      const base = targets ? [] : hexCodes(target);
      for (let code = low; code <= high; code += 1) {
        if (targets) map.set(code, targets[code - low] ?? '');
        else map.set(code, String.fromCharCode(...base.slice(0, -1), (base.at(-1) ?? 0) + code - low));
      }
    }
  }
  return map;
}

const TOKEN = /\/[^\s/[\]<>()]+|<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)|\[|\]|[-+]?(?:\d+\.?\d*|\.\d+)|[A-Za-z'"*]+/g;

/**
 * The text operators of one content stream. A run that moves to another height starts a
 * new line; runs on the same line are joined as they are (Skia prints spaces as glyphs,
 * and splits a run anywhere, even inside a word).
 */
function contentText(content: string, fonts: Map<string, Map<number, string>>): string {
  let font = new Map<number, string>();
  let operands: string[] = [];
  let lastY: number | null = null;
  let output = '';
  const decode = (token: string) => (token.startsWith('<') ? hexCodes(token).map((code) => font.get(code) ?? '').join('') : token.startsWith('(') ? token.slice(1, -1) : '');
  const newLine = () => {
    if (output && !output.endsWith('\n')) output += '\n';
  };
  for (const [token] of content.matchAll(TOKEN)) {
    if (/^[A-Za-z'"*]+$/.test(token)) {
      switch (token) {
        case 'Tf':
          font = fonts.get((operands[0] ?? '').slice(1)) ?? new Map();
          break;
        case 'Tm': {
          const y = Number(operands[5]);
          if (lastY !== null && y !== lastY) newLine();
          lastY = y;
          break;
        }
        case 'Td':
        case 'TD':
          if (Number(operands[1]) !== 0) newLine();
          break;
        case 'T*':
          newLine();
          break;
        case 'Tj':
        case "'":
        case '"':
          output += decode(operands.at(-1) ?? '');
          break;
        case 'TJ':
          output += operands.filter((operand) => operand.startsWith('<') || operand.startsWith('(')).map(decode).join('');
          break;
      }
      operands = [];
    } else if (token !== '[' && token !== ']') operands.push(token);
  }
  return output;
}
