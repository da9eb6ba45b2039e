import type { IntakeResult } from './intake-result.ts';

const count = (n: number, one: string, many: string): string => `${n.toLocaleString('nl-NL')} ${n === 1 ? one : many}`;

/**
 * A short Dutch summary of an intake for the admin UI, e.g.
 * "248 rijen gelezen: 240 geaccepteerd, 5 afgewezen, 3 dubbel. Kolommen niet overgenomen
 * (niet toegestaan volgens art. 12.2 van het convenant): BSN, Inkomen."
 */
export function summaryText(result: IntakeResult): string {
  const dropped =
    result.dropped_columns.length > 0
      ? `Kolommen niet overgenomen (niet toegestaan volgens art. 12.2 van het convenant): ${result.dropped_columns.join(', ')}.`
      : null;
  if (result.status === 'refused') {
    return [`Bestand geweigerd: ${result.refusal?.message ?? 'het bestand kon niet worden gelezen.'} Er is niets opgeslagen.`, dropped].filter(Boolean).join(' ');
  }
  const { rows_read, accepted, rejected, duplicates, ignored } = result.counts;
  const parts = [
    rows_read === 0
      ? 'Geen gegevensrijen gevonden onder de kopregel; er zijn geen signalen opgenomen.'
      : `${count(rows_read, 'rij', 'rijen')} gelezen: ${accepted.toLocaleString('nl-NL')} geaccepteerd, ${rejected.toLocaleString('nl-NL')} afgewezen, ${duplicates.toLocaleString('nl-NL')} dubbel.`,
    ignored > 0 ? `${count(ignored, 'lege rij of totaalregel', 'lege rijen en totaalregels')} overgeslagen.` : null,
    result.warnings.length > 0 ? `${count(result.warnings.length, 'waarschuwing', 'waarschuwingen')}.` : null,
    dropped,
  ];
  return parts.filter(Boolean).join(' ');
}
