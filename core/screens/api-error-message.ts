/**
 * What a screen tells the user when a request fails: our own refusals carry a Dutch
 * message (code VROEGSIGNALERING…), Directus's own errors are English and technical, so
 * those become the screen's plain Dutch fallback.
 */
export function apiErrorMessage(error: unknown, fallback: string): string {
  const first = (error as { response?: { data?: { errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }> } } })?.response?.data?.errors?.[0];
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : '';
  return code.startsWith('VROEGSIGNALERING') && typeof first?.message === 'string' && first.message ? first.message : fallback;
}

/** Directus refuses a read of an item the user may not see with 403 (and a missing one too). */
export function isForbiddenOrMissing(error: unknown): boolean {
  const status = (error as { response?: { status?: unknown } })?.response?.status;
  return status === 403 || status === 404;
}
