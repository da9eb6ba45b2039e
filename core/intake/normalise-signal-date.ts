import type { CellValue } from './cell-value.ts';
import { accept, reject, type Normalised } from './normalised.ts';
import { isBlankCell } from './cell-text.ts';
import { parseDateCell } from './parse-date.ts';

/** Optional signal date as ISO; null when absent (the upload date is used downstream). */
export function normaliseSignalDate(cell: CellValue, today: string): Normalised<string | null> {
  if (isBlankCell(cell)) return accept(null);
  const parsed = parseDateCell(cell);
  if (!parsed.ok) return parsed;
  if (parsed.value > today) return reject('Signaaldatum ligt in de toekomst.');
  return parsed;
}
