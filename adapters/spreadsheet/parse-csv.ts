export interface CsvRecord {
  /** 1-based row number as Excel would show it: one per record, embedded newlines included. */
  row: number;
  cells: Array<string | null>;
}

/**
 * RFC 4180 records from text, one at a time: quoted fields with the delimiter, "" and
 * newlines inside, CRLF / LF / CR line ends. Lenient where exports are sloppy: a quote in
 * the middle of an unquoted field is kept as a character; an unclosed quote runs to the
 * end. Empty lines advance the row number but yield nothing; empty fields are null.
 */
export function* parseCsv(text: string, delimiter: string): Generator<CsvRecord> {
  let index = 0;
  let row = 0;
  const length = text.length;
  while (index < length) {
    row += 1;
    const cells: Array<string | null> = [];
    let lineEnded = false;
    // An empty line: no record.
    if (text[index] === '\n' || text[index] === '\r') {
      index += text[index] === '\r' && text[index + 1] === '\n' ? 2 : 1;
      continue;
    }
    while (!lineEnded) {
      let value = '';
      if (text[index] === '"') {
        index += 1;
        while (index < length) {
          const char = text[index];
          if (char === '"') {
            if (text[index + 1] === '"') {
              value += '"';
              index += 2;
              continue;
            }
            index += 1;
            break;
          }
          value += char;
          index += 1;
        }
        // Text after the closing quote up to the delimiter is kept ("a"b → ab).
        while (index < length && text[index] !== delimiter && text[index] !== '\n' && text[index] !== '\r') value += text[index++];
      } else {
        const start = index;
        while (index < length && text[index] !== delimiter && text[index] !== '\n' && text[index] !== '\r') index += 1;
        value = text.slice(start, index);
      }
      cells.push(value === '' ? null : value);
      if (index >= length) lineEnded = true;
      else if (text[index] === delimiter) index += 1;
      else {
        index += text[index] === '\r' && text[index + 1] === '\n' ? 2 : 1;
        lineEnded = true;
      }
    }
    yield { row, cells };
  }
}
