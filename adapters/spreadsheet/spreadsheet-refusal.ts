import type { IntakeRefusal } from '../../core/intake/intake-result.ts';

/**
 * The file as a whole cannot be read as a spreadsheet. Carries a Dutch message for the
 * partner and an English log line without personal data; the intake turns it into a
 * refused result.
 */
export class SpreadsheetRefusal extends Error {
  override readonly name = 'SpreadsheetRefusal';

  constructor(
    readonly code: string,
    readonly dutchMessage: string,
    readonly log: string,
  ) {
    super(log);
  }

  get refusal(): IntakeRefusal {
    return { code: this.code, message: this.dutchMessage, log: this.log };
  }
}

const SAVE_AS = 'Sla de lijst op als Excel-werkmap (.xlsx) of als CSV-bestand en upload die opnieuw.';

export const refusals = {
  legacyXls: () => new SpreadsheetRefusal('legacy_xls', `Dit is een oud Excel-bestand (.xls) of een ander Office-bestand dat niet kan worden gelezen. ${SAVE_AS}`, 'refused: OLE2 compound file (legacy .xls)'),
  notASpreadsheet: (kind: string) => new SpreadsheetRefusal('unsupported_file_type', `Dit bestand is geen Excel- of CSV-bestand. ${SAVE_AS}`, `refused: unsupported content (${kind})`),
  unreadableXlsx: (reason: string) => new SpreadsheetRefusal('unreadable_xlsx', `Het Excel-bestand kon niet worden gelezen; mogelijk is het beschadigd. ${SAVE_AS}`, `refused: xlsx could not be parsed (${reason})`),
  unsafeZip: (reason: string) => new SpreadsheetRefusal('unsafe_xlsx', `Het Excel-bestand pakt uit tot een onredelijk grote hoeveelheid gegevens (meer dan ${formatSize(200 * 1024 * 1024)} of een verdacht hoge compressie) en is daarom niet gelezen. Sla de lijst opnieuw op in Excel, of als CSV-bestand, en upload die opnieuw.`, `refused: unsafe zip (${reason})`),
  noWorksheet: () => new SpreadsheetRefusal('no_worksheet', `Het bestand bevat geen werkblad. ${SAVE_AS}`, 'refused: zip without worksheets'),
  tooLarge: (maxBytes: number, size: number) =>
    new SpreadsheetRefusal('file_too_large', `Het bestand is groter dan ${formatSize(maxBytes)}. Verwijder overbodige kolommen en tabbladen of splits de lijst in meerdere bestanden.`, `refused: ${size} bytes exceeds limit of ${maxBytes}`),
  tooManyRows: (maxRows: number) =>
    new SpreadsheetRefusal('too_many_rows', `Het bestand bevat meer dan ${maxRows.toLocaleString('nl-NL')} rijen. Splits de lijst in meerdere bestanden van maximaal ${maxRows.toLocaleString('nl-NL')} rijen.`, `refused: more than ${maxRows} rows`),
};

function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${mb.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
  return `${Math.ceil(bytes / 1024).toLocaleString('nl-NL')} kB`;
}
