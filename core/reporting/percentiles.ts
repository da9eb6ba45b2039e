/**
 * Median and percentiles as spreadsheets compute them (PERCENTILE.INC / linear
 * interpolation between the closest ranks), so a staff member who checks a figure in Excel
 * finds the same number. The median of an even count is the mean of the middle two.
 * An empty list has no percentile: null, shown as "–".
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (p < 0 || p > 1) throw new RangeError(`percentile out of range: ${p}`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const low = sorted[lower]!;
  const high = sorted[upper]!;
  // Rounded to two decimals: days and months read as "12,5", never as 12.499999999.
  return Math.round((low + (high - low) * (rank - lower)) * 100) / 100;
}

export const median = (values: readonly number[]): number | null => percentile(values, 0.5);
