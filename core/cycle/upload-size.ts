/**
 * Is an upload far below what the partner usually sends? Then staff check with the partner:
 * a half-exported list looks exactly like a good month. Small partners (St. Joseph: ~4 a
 * month) are not checked: at that size a month with 1 signal is ordinary chance, not a sign.
 */
export const SMALL_UPLOAD_RATIO = 0.5;
export const MIN_EXPECTED_FOR_SIZE_CHECK = 10;

export function isFarBelowExpected(received: number, expectedMonthly: number | null | undefined): boolean {
  if (!expectedMonthly || expectedMonthly < MIN_EXPECTED_FOR_SIZE_CHECK) return false;
  return received < expectedMonthly * SMALL_UPLOAD_RATIO;
}
