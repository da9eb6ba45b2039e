import type { CellValue } from './cell-value.ts';
import { headerScore } from './map-columns.ts';
import type { PartnerMapping } from './recognise-header.ts';

/** How many rows from the top we search; title blocks are never longer in practice. */
export const HEADER_SEARCH_ROWS = 20;

/** Fewer recognised cells than this is a title or data row, not a header. */
const MIN_SCORE = 3;

/**
 * Finds the header among the first rows: the row with the most recognised header cells
 * (earliest wins a tie). Returns its index in `rows`, or null when no row looks like a
 * header. Title rows ("Overzicht huurachterstanden januari 2026") and blank rows score 0.
 */
export function findHeaderRow(rows: readonly (readonly CellValue[])[], partnerMapping: PartnerMapping = {}): number | null {
  let best: number | null = null;
  let bestScore = MIN_SCORE - 1;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((cells, index) => {
    const score = headerScore(cells, partnerMapping);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}
