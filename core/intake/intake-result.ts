import type { SignalRecord } from './signal-record.ts';

/** One problem in one row; `column` is the header as written in the file (or a Dutch field label). */
export interface RowIssue {
  /** 1-based row number as the user sees it in Excel. */
  row: number;
  column: string;
  /** Dutch, for the partner who has to fix the row. */
  message: string;
  /** Stable machine code, e.g. "birth_date_invalid", "phone_dropped", "duplicate". */
  code: string;
}

export interface IntakeRefusal {
  code: string;
  /** Dutch, shown to the partner. */
  message: string;
  /** English, for the server log; never contains personal data. */
  log: string;
}

export type AcceptedSignal = SignalRecord & { row: number; tenant_key: string; household_key: string };

export interface IntakeCounts {
  /** Data rows below the header (accepted + rejected + duplicates); blank and totals rows excluded. */
  rows_read: number;
  accepted: number;
  rejected: number;
  duplicates: number;
  /** Blank rows, totals rows and repeated header rows. */
  ignored: number;
}

export interface IntakeResult {
  status: 'processed' | 'refused';
  refusal?: IntakeRefusal;
  signals: AcceptedSignal[];
  /** Problems of rejected rows. */
  errors: RowIssue[];
  /** Non-fatal notes on accepted rows (dropped optional values, merged duplicates …). */
  warnings: RowIssue[];
  counts: IntakeCounts;
  /** Header texts of columns that were not taken over (art. 12.2). */
  dropped_columns: string[];
  /** 1-based row number of the header; 0 when none was found. */
  header_row: number;
  /** Original header text → signal field (or "address"). */
  columns: Record<string, string>;
}

export const ZERO_COUNTS: IntakeCounts = { rows_read: 0, accepted: 0, rejected: 0, duplicates: 0, ignored: 0 };

/**
 * A refused intake stores nothing: no signals, no row problems, zero counts. What was
 * learned about the columns is kept, so the partner still hears which columns were
 * not allowed.
 */
export function refusedResult(refusal: IntakeRefusal, columns: Pick<IntakeResult, 'dropped_columns' | 'header_row' | 'columns'> = { dropped_columns: [], header_row: 0, columns: {} }): IntakeResult {
  return { status: 'refused', refusal, signals: [], errors: [], warnings: [], counts: { ...ZERO_COUNTS }, ...columns };
}
