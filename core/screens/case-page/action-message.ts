/**
 * The Dutch sentence a case page shows when an action is refused. The casework hook's own
 * refusals (code VROEGSIGNALERING) are already Dutch and shown as they are; Directus's
 * English errors become a plain Dutch sentence.
 */
export interface ApiErrorBody {
  errors?: Array<{ message?: string; extensions?: { code?: string } }>;
}

export function actionMessage(status: number | null, body: ApiErrorBody | null | undefined, fallback: string, forbidden = 'U hebt geen rechten voor deze handeling, of de zaak bestaat niet (meer).'): string {
  const first = body?.errors?.[0];
  const code = first?.extensions?.code;
  if (code === 'VROEGSIGNALERING' && first?.message) return first.message;
  if (code === 'FORBIDDEN' || status === 403) return forbidden;
  if (code === 'FAILED_VALIDATION' || code === 'INVALID_PAYLOAD') return 'Niet alle gegevens zijn goed ingevuld. Controleer het formulier en probeer het opnieuw.';
  if (status === 401 || code === 'TOKEN_EXPIRED' || code === 'INVALID_CREDENTIALS') return 'Uw sessie is verlopen. Log opnieuw in.';
  if (status === null) return 'De server is niet bereikbaar. Probeer het zo opnieuw.';
  return fallback;
}
