import { cellText } from './cell-text.ts';
import type { CellValue } from './cell-value.ts';
import { recogniseHeader, type ColumnTarget, type PartnerMapping } from './recognise-header.ts';
import { SIGNAL_FIELD_LABELS, type SignalField } from './signal-record.ts';

export interface MappedColumn {
  /** 0-based position in the row. */
  index: number;
  /** Header text as written in the file. */
  header: string;
  target: ColumnTarget;
}

export interface ColumnMapping {
  columns: MappedColumn[];
  /** Header texts of columns that are not taken over (art. 12.2); values never leave the reader loop. */
  dropped: string[];
  /** Dutch names of required columns that are absent; non-empty means the file is refused. */
  missing: string[];
}

const REQUIRED: SignalField[] = ['initials', 'surname', 'birth_date', 'postcode', 'months_in_arrears'];

/**
 * Maps a header row onto signal fields. When two columns map to the same field, the first
 * wins and the second is dropped, so one value per field is ever read.
 */
export function mapColumns(headerCells: readonly CellValue[], partnerMapping: PartnerMapping = {}): ColumnMapping {
  const columns: MappedColumn[] = [];
  const dropped: string[] = [];
  const seen = new Set<ColumnTarget>();
  headerCells.forEach((cell, index) => {
    const header = cellText(cell);
    if (header === '') return;
    const target = recogniseHeader(header, partnerMapping);
    if (target === null || seen.has(target)) {
      if (!dropped.includes(header)) dropped.push(header);
      return;
    }
    seen.add(target);
    columns.push({ index, header, target });
  });
  return { columns, dropped, missing: missingRequired(seen) };
}

function missingRequired(seen: Set<ColumnTarget>): string[] {
  const missing = REQUIRED.filter((field) => !seen.has(field)).map((field) => SIGNAL_FIELD_LABELS[field]);
  const hasAddress = seen.has('address');
  if (!hasAddress && !seen.has('street')) missing.push(`${SIGNAL_FIELD_LABELS.street} (of Adres)`);
  if (!hasAddress && !seen.has('house_number')) missing.push(`${SIGNAL_FIELD_LABELS.house_number} (of Adres)`);
  return missing;
}

/** How many cells of a row are recognised headers: the score used to find the header row. */
export function headerScore(cells: readonly CellValue[], partnerMapping: PartnerMapping = {}): number {
  const targets = new Set<ColumnTarget>();
  for (const cell of cells) {
    const header = cellText(cell);
    // A header is short text; long sentences (title rows) and numbers never count.
    if (typeof cell !== 'string' || header === '' || header.length > 60) continue;
    const target = recogniseHeader(header, partnerMapping);
    if (target !== null) targets.add(target);
  }
  return targets.size;
}
