/**
 * What every normaliser returns. A failure carries a Dutch reason that ends up in the
 * error report the corporation reads; warnings are non-fatal Dutch notes.
 */
export type Normalised<T> = { ok: true; value: T; warnings?: string[] } | { ok: false; message: string };

export function accept<T>(value: T, warnings: string[] = []): Normalised<T> {
  return warnings.length > 0 ? { ok: true, value, warnings } : { ok: true, value };
}

export function reject<T>(message: string): Normalised<T> {
  return { ok: false, message };
}
