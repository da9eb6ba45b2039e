/**
 * What an upload shows its user after processing: status, counts, the columns that were
 * not taken over, every problem per row, and one summary in plain Dutch that tells a
 * corporation what was accepted and what to fix. The log line is English and carries
 * only counts, never personal data.
 */

export interface RowProblem {
  row: number | null;
  column: string | null;
  message: string;
}

/** The part of an intake result this report needs (see core/intake). */
export interface IntakeOutcome {
  status: 'processed' | 'refused';
  refusal?: { message: string; log: string };
  errors: RowProblem[];
  warnings: RowProblem[];
  counts: { rows_read: number; accepted: number; rejected: number; duplicates: number; ignored: number };
  dropped_columns: string[];
}

export interface WriteOutcome {
  inserted: number;
  updated: number;
  removed: number;
  keptInProgress: number;
  repeats: number;
  /** The earlier upload for this partner and period that this one corrects. */
  replaces: string | null;
}

export interface UploadReport {
  fields: {
    status: 'processed' | 'refused' | 'failed';
    file_name?: string | null;
    content_hash?: string | null;
    rows_read: number;
    accepted: number;
    rejected: number;
    duplicates: number;
    dropped_columns: string[];
    error_report: RowProblem[];
    summary: string;
    replaces?: string | null;
  };
  log: string;
}

/** A report lists at most this many problems; the rest is counted in the summary. */
export const MAX_REPORTED_PROBLEMS = 5000;

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('nl-NL')} ${n === 1 ? one : many}`;

function droppedColumnsLine(columns: string[]): string | null {
  if (!columns.length) return null;
  return `Niet overgenomen kolommen: ${columns.join(', ')}. Deze gegevens mogen volgens art. 12.2 van het convenant niet worden aangeleverd en zijn niet opgeslagen; laat ze voortaan weg uit de export.`;
}

export function uploadReport(
  result: IntakeOutcome,
  context: { fileName: string | null; contentHash: string; errorReportUrl: string; outcome: WriteOutcome | null },
): UploadReport {
  const problems = [...result.errors, ...result.warnings.map((w) => ({ ...w, message: `Waarschuwing: ${w.message}` }))];
  const base = {
    file_name: context.fileName,
    content_hash: context.contentHash,
    rows_read: result.counts.rows_read,
    accepted: result.status === 'refused' ? 0 : result.counts.accepted,
    rejected: result.counts.rejected,
    duplicates: result.counts.duplicates,
    dropped_columns: result.dropped_columns,
    error_report: problems.slice(0, MAX_REPORTED_PROBLEMS),
  };
  if (result.status === 'refused' || !context.outcome) {
    const reason = result.refusal?.message ?? 'Het bestand kon niet worden gelezen.';
    const refusalProblem = { row: null, column: null, message: reason };
    return {
      fields: { ...base, status: 'refused', accepted: 0, error_report: [refusalProblem, ...base.error_report], summary: [`Geweigerd: ${reason}`, 'Er is niets opgeslagen. Pas het bestand aan en upload het opnieuw.', droppedColumnsLine(result.dropped_columns)].filter(Boolean).join('\n') },
      log: `refused (${result.refusal?.log ?? 'unreadable file'})`,
    };
  }
  const { outcome } = context;
  const lines = [
    `Verwerkt: ${plural(result.counts.rows_read, 'rij', 'rijen')} gelezen. ${plural(result.counts.accepted, 'signaal', 'signalen')} geaccepteerd, ${plural(result.counts.rejected, 'rij', 'rijen')} afgewezen, ${plural(result.counts.duplicates, 'dubbele rij', 'dubbele rijen')} samengevoegd.`,
  ];
  if (outcome.replaces || outcome.updated || outcome.removed) {
    lines.push(`Dit is een correctie op een eerdere upload voor dezelfde periode: ${plural(outcome.inserted, 'signaal', 'signalen')} nieuw, ${plural(outcome.updated, 'signaal', 'signalen')} bijgewerkt, ${plural(outcome.removed, 'signaal', 'signalen')} verwijderd.${outcome.keptInProgress ? ` ${plural(outcome.keptInProgress, 'signaal staat', 'signalen staan')} niet meer in het bestand maar ${outcome.keptInProgress === 1 ? 'is' : 'zijn'} al in behandeling en ${outcome.keptInProgress === 1 ? 'blijft' : 'blijven'} bewaard.` : ''}`);
  }
  if (outcome.repeats) lines.push(`${plural(outcome.repeats, 'huurder is', 'huurders zijn')} in een eerdere maand ook gemeld (herhaald signaal).`);
  const dropped = droppedColumnsLine(result.dropped_columns);
  if (dropped) lines.push(dropped);
  if (result.errors.length) {
    lines.push(`Afgewezen rijen staan hieronder bij "Fouten per rij" met rijnummer, kolom en reden. Verbeter deze rijen en upload het hele bestand opnieuw: de gemeente werkt de bestaande signalen dan bij.`);
    lines.push(`Foutenrapport als Excel-bestand: ${context.errorReportUrl}`);
  }
  if (result.warnings.length) lines.push(`${plural(result.warnings.length, 'waarschuwing', 'waarschuwingen')}: de rij is wel opgenomen, maar een waarde is niet overgenomen.`);
  if (problems.length > MAX_REPORTED_PROBLEMS) lines.push(`Alleen de eerste ${MAX_REPORTED_PROBLEMS.toLocaleString('nl-NL')} meldingen worden getoond.`);
  return {
    fields: { ...base, status: 'processed', summary: lines.join('\n'), replaces: outcome.replaces },
    log: `processed: ${result.counts.rows_read} rows, ${result.counts.accepted} accepted (${outcome.inserted} new, ${outcome.updated} updated, ${outcome.removed} removed, ${outcome.repeats} repeats), ${result.counts.rejected} rejected, ${result.counts.duplicates} duplicates, ${result.dropped_columns.length} dropped columns`,
  };
}

/** Reports for uploads that never reach the intake core. */
export const describeIntake = {
  noFile: (): UploadReport => ({
    fields: { status: 'refused', rows_read: 0, accepted: 0, rejected: 0, duplicates: 0, dropped_columns: [], error_report: [{ row: null, column: null, message: 'Er is geen bestand toegevoegd.' }], summary: 'Geweigerd: er is geen bestand toegevoegd. Voeg een Excel- of CSV-bestand toe en sla opnieuw op.' },
    log: 'refused (no file attached)',
  }),
  sameFile: (context: { fileName: string | null; contentHash: string; earlierUpload: string }): UploadReport => ({
    fields: {
      status: 'refused', file_name: context.fileName, content_hash: context.contentHash, rows_read: 0, accepted: 0, rejected: 0, duplicates: 0, dropped_columns: [],
      error_report: [{ row: null, column: null, message: 'Precies dit bestand is al eerder verwerkt.' }],
      summary: 'Geweigerd: precies dit bestand is al eerder verwerkt. Er is niets toegevoegd of gewijzigd. Wilt u iets verbeteren, upload dan het gecorrigeerde bestand.',
    },
    log: `refused (same content as upload ${context.earlierUpload})`,
  }),
  /**
   * Processing broke down after every try (not the file's fault as far as we know). While the
   * stored file still exists the run can be retried from the app; once it is gone (it is
   * deleted after the last try: minimisation), the partner uploads the file again.
   */
  failed: (context: { fileKept: boolean }): UploadReport => ({
    fields: {
      status: 'failed', rows_read: 0, accepted: 0, rejected: 0, duplicates: 0, dropped_columns: [],
      error_report: [{ row: null, column: null, message: 'Er ging iets mis bij het verwerken.' }],
      summary: [
        'Mislukt: er ging iets mis bij het verwerken van het bestand, ook na enkele nieuwe pogingen. Er is niets opgeslagen.',
        context.fileKept
          ? 'Het bestand is nog aanwezig: een medewerker kan de verwerking opnieuw starten bij Taken (Mislukte taken → Opnieuw proberen).'
          : 'Het bestand is verwijderd. Upload het bestand opnieuw; lukt het dan weer niet, neem contact op met de gemeente.',
      ].join('\n'),
    },
    log: `failed (processing error, see previous log lines; file ${context.fileKept ? 'kept' : 'deleted'})`,
  }),
};
