/**
 * Delay before retry number `attempt` (1-based): exponential back-off with "full
 * jitter" (a random delay between 0 and base·2^(attempt-1), capped), so that several
 * workers that failed together do not retry together.
 */
export function backoffDelayMs(attempt: number, { baseMs = 250, maxMs = 10_000, random = Math.random } = {}): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
  return Math.round(random() * ceiling);
}

/**
 * Retry-After as delay in ms: either seconds ("120") or an HTTP date. Null when absent
 * or unreadable; capped so a hostile or broken header cannot park the worker for hours.
 */
export function retryAfterMs(header: string | null, nowMs: number, maxMs = 60_000): number | null {
  if (!header) return null;
  const text = header.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.min(maxMs, Math.round(Number(text) * 1000));
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.min(maxMs, Math.max(0, at - nowMs));
}
