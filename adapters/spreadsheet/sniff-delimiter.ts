import { parseCsv } from './parse-csv.ts';

export type Delimiter = ';' | ',' | '\t';

/** Preference on a tie: Dutch Excel writes ';', because ',' is the decimal separator. */
const CANDIDATES: Delimiter[] = [';', ',', '\t'];
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_RECORDS = 30;

/**
 * Picks the delimiter that splits the first records most consistently: for each candidate
 * the most common number of fields (above one) and how many records have exactly that
 * many. Quotes are respected, so "Jansen, P." inside quotes does not vote for ','. Title
 * rows above the header have one field for every candidate and so do not disturb the
 * vote. When nothing splits, ',' (a one-column file reads the same either way).
 */
export function sniffDelimiter(text: string): Delimiter {
  const sample = text.slice(0, SAMPLE_CHARS);
  let best: { delimiter: Delimiter; hits: number; fields: number } | null = null;
  for (const delimiter of CANDIDATES) {
    const frequency = new Map<number, number>();
    let seen = 0;
    for (const record of parseCsv(sample, delimiter)) {
      if (++seen > SAMPLE_RECORDS) break;
      const fields = record.cells.length;
      if (fields > 1) frequency.set(fields, (frequency.get(fields) ?? 0) + 1);
    }
    for (const [fields, hits] of frequency) {
      if (!best || hits > best.hits || (hits === best.hits && fields > best.fields)) best = { delimiter, hits, fields };
    }
  }
  return best?.delimiter ?? ',';
}
