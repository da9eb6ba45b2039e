import { createIntake } from '../../core/intake/intake-accumulator.ts';
import type { IntakeResult } from '../../core/intake/intake-result.ts';
import { readSpreadsheet, type SpreadsheetLimits } from '../spreadsheet/read-spreadsheet.ts';
import { SpreadsheetRefusal } from '../spreadsheet/spreadsheet-refusal.ts';

export interface IntakeFileOptions {
  /** Header text → signal field, 'address' or 'ignore' (partner settings). */
  partnerMapping?: Readonly<Record<string, string>>;
  /** ISO date "YYYY-MM-DD". */
  today: string;
  limits?: SpreadsheetLimits;
}

/**
 * Reads a partner's file (its bytes, in memory: an upload never touches the disk) row by row into the pure intake. A file that cannot be read as a
 * spreadsheet becomes a refused result (nothing stored), not an exception; other errors
 * (disk, bugs) are thrown to the caller. Reading stops as soon as the intake is refused,
 * e.g. when a required column is missing.
 */
export async function intakeFile(bytes: Uint8Array, options: IntakeFileOptions): Promise<IntakeResult> {
  const intake = createIntake({ partnerMapping: options.partnerMapping, today: options.today });
  try {
    for await (const { row, cells } of readSpreadsheet(bytes, options.limits)) {
      intake.push(row, cells);
      if (intake.refused) break;
    }
  } catch (error) {
    if (error instanceof SpreadsheetRefusal) return intake.refuse(error.refusal);
    throw error;
  }
  return intake.finish();
}
