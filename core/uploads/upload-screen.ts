/**
 * What the module's upload screen and upload summary page show (issue 10, points 3 and 4):
 * the periods a corporation can choose, the columns it is asked for, and an upload's
 * status, counts and problems in plain Dutch. Pure: the caller passes "now".
 */
import { SIGNAL_FIELD_LABELS } from '../intake/signal-record.ts';
import type { RowProblem } from './upload-report.ts';
import { dutchPeriod } from '../routing/dutch-date.ts';


/** "2026-12" for a date in December 2026 (the calendar month in local time). */
export function periodOf(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/** "2026-12" → "december 2026"; anything else is shown as it is. */
export const periodLabel = dutchPeriod;

/** The periods to choose from: this month first, then the months before it. */
export function periodChoices(now: Date, count = 13): Array<{ text: string; value: string }> {
  return Array.from({ length: count }, (_, i) => {
    const value = periodOf(new Date(now.getFullYear(), now.getMonth() - i, 1));
    return { text: periodLabel(value), value };
  });
}

/** What the upload screen says about the file's columns (core/intake/map-columns.ts decides). */
export const EXPECTED_COLUMNS = {
  required: [
    SIGNAL_FIELD_LABELS.initials,
    SIGNAL_FIELD_LABELS.surname,
    SIGNAL_FIELD_LABELS.birth_date,
    `${SIGNAL_FIELD_LABELS.street} en ${SIGNAL_FIELD_LABELS.house_number.toLowerCase()} (of één kolom Adres)`,
    SIGNAL_FIELD_LABELS.postcode,
    SIGNAL_FIELD_LABELS.months_in_arrears,
  ],
  optional: [
    SIGNAL_FIELD_LABELS.name_prefix,
    SIGNAL_FIELD_LABELS.house_letter,
    SIGNAL_FIELD_LABELS.house_number_addition,
    SIGNAL_FIELD_LABELS.city,
    SIGNAL_FIELD_LABELS.phone,
    SIGNAL_FIELD_LABELS.arrears_amount,
    SIGNAL_FIELD_LABELS.signal_date,
  ],
};

/** The file types the intake reads. */
export const ACCEPTED_FILE_TYPES = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Whether a chosen file's name looks like something the intake reads (it checks the content itself). */
export function isAcceptedFileName(name: string): boolean {
  return /\.(csv|xlsx)$/i.test(name);
}

export interface UploadView {
  status: string | null;
  summary: string | null;
  rows_read: number | null;
  accepted: number | null;
  rejected: number | null;
  duplicates: number | null;
  error_report: RowProblem[] | null;
}

/** Processing has ended: the page stops asking for news. */
export function isSettled(status: string | null): boolean {
  return status !== null && !['received', 'processing'].includes(status);
}

export type StatusTone = 'info' | 'success' | 'warning' | 'danger';

/** The status as a corporation reads it; a refusal or failure carries its reason. */
export function uploadStatusText(upload: Pick<UploadView, 'status' | 'summary'>): { text: string; tone: StatusTone } {
  const firstLine = (upload.summary ?? '').split('\n')[0]!.trim();
  const reason = (prefix: string) => firstLine.replace(new RegExp(`^${prefix}:\\s*`, 'i'), '').trim();
  switch (upload.status) {
    case 'received':
    case 'processing':
    case null:
      return { text: 'In behandeling', tone: 'info' };
    case 'processed':
      return { text: 'Verwerkt', tone: 'success' };
    case 'refused': {
      const why = reason('Geweigerd');
      return { text: why ? `Geweigerd: ${why}` : 'Geweigerd', tone: 'danger' };
    }
    case 'failed': {
      const why = reason('Mislukt');
      return { text: why ? `Mislukt: ${why}` : 'Mislukt', tone: 'danger' };
    }
    case 'superseded':
      return { text: 'Vervangen door een latere upload van dezelfde periode', tone: 'warning' };
    default:
      return { text: 'Onbekende status', tone: 'warning' };
  }
}

/** The counts in the order a corporation checks them; empty while processing. */
export function uploadCounts(upload: UploadView): Array<{ label: string; value: string }> {
  if (!isSettled(upload.status)) return [];
  const problems = upload.error_report?.length ?? 0;
  const n = (value: number | null) => (value ?? 0).toLocaleString('nl-NL');
  return [
    { label: 'Rijen gelezen', value: n(upload.rows_read) },
    { label: 'Signalen overgenomen', value: n(upload.accepted) },
    { label: 'Rijen afgewezen', value: n(upload.rejected) },
    { label: 'Dubbele rijen', value: n(upload.duplicates) },
    { label: 'Meldingen in het foutenrapport', value: n(problems) },
  ];
}

/**
 * The summary as the page shows it: without the line with the report's web address,
 * which the page replaces by a button.
 */
export function summaryText(summary: string | null): string {
  return (summary ?? '').split('\n').filter((line) => !/^Foutenrapport als Excel-bestand:/.test(line.trim())).join('\n').trim();
}

/** One problem as a table row: "—" where the whole file is meant. */
export function problemRows(problems: RowProblem[] | null): Array<{ row: string; column: string; message: string }> {
  return (problems ?? []).map((problem) => ({
    row: problem.row === null ? 'Hele bestand' : String(problem.row),
    column: problem.column ?? '—',
    message: problem.message,
  }));
}

/** The name the downloaded error report is saved under. */
export function errorReportFileName(period: string): string {
  return `foutenrapport-${/^\d{4}-\d{2}$/.test(period) ? period : 'upload'}.xlsx`;
}

/** Dutch message for a failed call, from Directus's `{errors:[{message}]}` when it is ours. */
export function uploadErrorMessage(status: number | null, serverMessage: string | null): string {
  if (status === 413) return 'Het bestand is te groot. Splits de lijst of neem contact op met de gemeente.';
  if (status === 401) return 'Uw sessie is verlopen. Log opnieuw in en probeer het nog eens.';
  // Our hooks answer in Dutch; Directus's own validation messages are English.
  if (serverMessage && /[ëéïü]|\b(de|het|een|niet|bestand|periode|kies|upload)\b/i.test(serverMessage) && !/\b(the|you|permission|value|field)\b/i.test(serverMessage)) return serverMessage;
  if (status === 400) return 'De upload is niet aangenomen: controleer de periode en het bestand.';
  if (status === 403) return 'U mag deze upload niet doen. Neem contact op met de gemeente als dit niet klopt.';
  return 'Het versturen is mislukt. Probeer het over een paar minuten opnieuw.';
}
