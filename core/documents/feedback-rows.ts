/**
 * The feedback to one corporation for one period (flow chart step 4, before the 10th): one
 * row per signal that corporation sent for the period, with only what it sent itself
 * (art. 12.2, covenant-fields.ts) plus the decision — exactly one of "Uitgenodigd door
 * gemeente", "Uitgenodigd door AMW", "Niet uitgenodigd" (decision-label.ts).
 *
 * The input type has room for the signal's own fields and the decision state only, so
 * enrichment (BSN, benefit, debts, household facts) cannot reach a row by accident.
 * A signal that is not decided yet gets no row: it is listed in `undecided` and the feedback
 * step must settle it first (routing with the deadline passed) — a file never says
 * "unknown". Rows follow the address (postcode, house number, letter, addition), then name.
 */
import { CORPORATION_FIELDS, type CorporationField } from './covenant-fields.ts';
import { decisionLabel, type DecisionLabel, type SignalDecisionState } from './decision-label.ts';
import type { ExportColumn, ExportRow } from './export-column.ts';
import { fieldColumn } from './export-layout.ts';
import { comparePostalAddress } from './postcode-order.ts';

export type FeedbackColumnKey = CorporationField | 'decision';

/** The columns of the corporation's feedback, in order. */
export const FEEDBACK_COLUMNS: ReadonlyArray<ExportColumn<FeedbackColumnKey>> = [
  ...CORPORATION_FIELDS.map((key) => fieldColumn(key)),
  { key: 'decision', header: 'Beslissing', kind: 'text', width: 28 },
];

export interface FeedbackSignal extends SignalDecisionState {
  id: string;
  partner: number;
  period: string;
  initials: string;
  name_prefix: string | null;
  surname: string;
  /** ISO date. */
  birth_date: string;
  street: string;
  house_number: number;
  house_letter: string | null;
  house_number_addition: string | null;
  postcode: string;
  city: string | null;
  phone: string | null;
  months_in_arrears: number;
  arrears_amount: number | null;
}

export type FeedbackRow = ExportRow<FeedbackColumnKey> & { decision: DecisionLabel };

export interface FeedbackRows {
  rows: FeedbackRow[];
  /** Signals of this corporation and period without a decision yet (ids only). */
  undecided: string[];
}

export function buildFeedbackRows(input: { partner: number; period: string; signals: readonly FeedbackSignal[] }): FeedbackRows {
  const own = input.signals.filter((signal) => signal.partner === input.partner && signal.period === input.period);
  own.sort((a, b) => comparePostalAddress(a, b) || a.surname.localeCompare(b.surname, 'nl') || a.initials.localeCompare(b.initials, 'nl') || a.id.localeCompare(b.id));
  const rows: FeedbackRow[] = [];
  const undecided: string[] = [];
  for (const signal of own) {
    const decision = decisionLabel(signal);
    if (decision === null) {
      undecided.push(signal.id);
      continue;
    }
    const row = { decision } as FeedbackRow;
    for (const field of CORPORATION_FIELDS) row[field] = signal[field];
    rows.push(row);
  }
  return { rows, undecided };
}
