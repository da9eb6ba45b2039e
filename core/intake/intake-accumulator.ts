import type { CellValue } from './cell-value.ts';
import { findHeaderRow, HEADER_SEARCH_ROWS } from './find-header-row.ts';
import { householdKey } from './household-key.ts';
import { refusedResult, type AcceptedSignal, type IntakeRefusal, type IntakeResult, type RowIssue } from './intake-result.ts';
import { mapColumns, type ColumnMapping } from './map-columns.ts';
import { parseRow } from './parse-row.ts';
import type { ColumnTarget, PartnerMapping } from './recognise-header.ts';
import { SIGNAL_FIELDS, SIGNAL_FIELD_LABELS, type SignalRecord } from './signal-record.ts';
import { tenantKey } from './tenant-key.ts';

export interface IntakeOptions {
  /**
   * Header text → target, from the partner's settings. Accepts plain strings because it
   * comes from configuration; entries with an unknown target are ignored.
   */
  partnerMapping?: Readonly<Record<string, string>>;
  /** ISO date; birth dates after it are refused. */
  today: string;
}

export interface Intake {
  push(row: number, cells: readonly CellValue[]): void;
  /** True once the file is refused; the reader may stop early. */
  readonly refused: boolean;
  /** Ends the intake with a refusal from outside (file too large, unreadable …). */
  refuse(refusal: IntakeRefusal): IntakeResult;
  finish(): IntakeResult;
}

/** Kept when a duplicate row has a value the first row lacked. */
const MERGEABLE: Array<keyof SignalRecord> = ['name_prefix', 'city', 'phone', 'arrears_amount', 'signal_date'];

/**
 * Streams rows in and builds the intake result, pure and stateful.
 *
 * - The first rows are buffered (at most HEADER_SEARCH_ROWS) until the header is found.
 * - A missing required column refuses the whole file; later rows are not even parsed.
 * - The same tenant twice in a file becomes one signal. The first row wins; empty optional
 *   fields of the first row are filled from the later row, and the later row gets a
 *   warning naming the first. The first row is kept rather than the "latest" because a
 *   list has no order in time, and keeping one row unchanged is easy to explain.
 * - A header without data rows is processed with 0 signals, not refused: a small
 *   corporation may honestly have nobody to report this month.
 */
export function createIntake(options: IntakeOptions): Intake {
  const partnerMapping = toPartnerMapping(options.partnerMapping);
  const buffered: Array<{ row: number; cells: readonly CellValue[] }> = [];
  let mapping: ColumnMapping | null = null;
  let headerRow = 0;
  let refusal: IntakeRefusal | null = null;
  let anyRow = false;
  const signals: AcceptedSignal[] = [];
  const byTenant = new Map<string, AcceptedSignal>();
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const counts = { rows_read: 0, accepted: 0, rejected: 0, duplicates: 0, ignored: 0 };

  function locateHeader(final: boolean): void {
    const index = findHeaderRow(buffered.map((b) => b.cells), partnerMapping);
    if (index === null) {
      if (final || buffered.length >= HEADER_SEARCH_ROWS) refusal = anyRow ? HEADER_NOT_FOUND : EMPTY_FILE;
      return;
    }
    // Wait for more rows while a later row could still score higher, unless the header is complete.
    const header = buffered[index];
    if (!header) return;
    const candidate = mapColumns(header.cells, partnerMapping);
    if (!final && buffered.length < HEADER_SEARCH_ROWS && candidate.missing.length > 0) return;
    mapping = candidate;
    headerRow = header.row;
    if (candidate.missing.length > 0) {
      refusal = missingColumns(candidate.missing, candidate);
      return;
    }
    for (const later of buffered.slice(index + 1)) accept(later.row, later.cells);
    buffered.length = 0;
  }

  function accept(row: number, cells: readonly CellValue[]): void {
    if (!mapping) return;
    const parsed = parseRow(row, cells, mapping, { today: options.today });
    if ('ignored' in parsed) {
      counts.ignored += 1;
      return;
    }
    counts.rows_read += 1;
    if ('errors' in parsed) {
      counts.rejected += 1;
      errors.push(...parsed.errors);
      return;
    }
    const household_key = householdKey(parsed.value);
    const tenant_key = tenantKey(parsed.value);
    const first = byTenant.get(tenant_key);
    if (first) {
      counts.duplicates += 1;
      warnings.push(...parsed.warnings, duplicateWarning(row, first, parsed.value, mapping));
      mergeInto(first, parsed.value);
      return;
    }
    const signal: AcceptedSignal = { ...parsed.value, row, tenant_key, household_key };
    byTenant.set(tenant_key, signal);
    signals.push(signal);
    counts.accepted += 1;
    warnings.push(...parsed.warnings);
  }

  const columnsOf = () => ({
    dropped_columns: mapping?.dropped ?? [],
    header_row: headerRow,
    columns: Object.fromEntries((mapping?.columns ?? []).map((c) => [c.header, c.target])),
  });

  return {
    get refused() {
      return refusal !== null;
    },
    push(row, cells) {
      if (refusal) return;
      anyRow ||= cells.some((cell) => cell !== null && String(cell).trim() !== '');
      if (mapping) return accept(row, cells);
      buffered.push({ row, cells });
      locateHeader(false);
    },
    refuse(external) {
      refusal = external;
      return refusedResult(external, columnsOf());
    },
    finish() {
      if (!mapping && !refusal) locateHeader(true);
      if (refusal) return refusedResult(refusal, columnsOf());
      return { status: 'processed', signals, errors, warnings, counts: { ...counts }, ...columnsOf() };
    },
  };
}

const EMPTY_FILE: IntakeRefusal = { code: 'empty_file', message: 'Het bestand is leeg.', log: 'file contains no data' };

const HEADER_NOT_FOUND: IntakeRefusal = {
  code: 'header_not_found',
  message: `Geen kopregel gevonden in de eerste ${HEADER_SEARCH_ROWS} rijen. Zet de kolomnamen (zoals Voorletters, Achternaam, Geboortedatum, Adres, Postcode en Maanden achterstand) samen in één rij boven de gegevens.`,
  log: `no header row recognised in the first ${HEADER_SEARCH_ROWS} rows`,
};

function missingColumns(missing: string[], mapping: ColumnMapping): IntakeRefusal {
  const found = mapping.columns.map((c) => c.target);
  const fields = SIGNAL_FIELDS.filter((f) => missing.some((m) => m.startsWith(SIGNAL_FIELD_LABELS[f])));
  return {
    code: 'missing_required_columns',
    message:
      missing.length === 1
        ? `Verplichte kolom ontbreekt: ${missing[0]}. Het bestand is niet verwerkt; voeg de kolom toe en upload het opnieuw.`
        : `Verplichte kolommen ontbreken: ${missing.join(', ')}. Het bestand is niet verwerkt; voeg de kolommen toe en upload het opnieuw.`,
    log: `missing required columns: ${fields.join(', ')} (found: ${found.join(', ')})`,
  };
}

function duplicateWarning(row: number, first: AcceptedSignal, later: SignalRecord, mapping: ColumnMapping): RowIssue {
  const differs: string[] = [];
  if (later.months_in_arrears !== first.months_in_arrears) differs.push('het aantal maanden achterstand');
  if (later.arrears_amount !== null && first.arrears_amount !== null && later.arrears_amount !== first.arrears_amount) differs.push('het bedrag');
  const note = differs.length > 0 ? ` Let op: ${differs.join(' en ')} ${differs.length === 1 ? 'verschilt' : 'verschillen'}; de waarde van rij ${first.row} is aangehouden.` : '';
  const column = mapping.columns.find((c) => c.target === 'surname')?.header ?? SIGNAL_FIELD_LABELS.surname;
  return { row, column, message: `Dubbele rij: dezelfde huurder staat al op rij ${first.row}. De rijen zijn samengevoegd.${note}`, code: 'duplicate' };
}

function mergeInto(first: AcceptedSignal, later: SignalRecord): void {
  const target = first as unknown as Record<string, unknown>;
  for (const field of MERGEABLE) {
    if (target[field] === null && later[field] !== null) target[field] = later[field];
  }
}

const TARGETS = new Set<string>([...SIGNAL_FIELDS, 'address', 'ignore']);

function toPartnerMapping(raw: Readonly<Record<string, string>> | undefined): PartnerMapping {
  const mapping: PartnerMapping = {};
  for (const [header, target] of Object.entries(raw ?? {})) {
    if (TARGETS.has(target)) mapping[header] = target as ColumnTarget | 'ignore';
  }
  return mapping;
}
