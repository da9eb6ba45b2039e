/**
 * The plain records the reporting layer works on: what a reader can fetch from the project
 * database (jobs/reporting/read-report-records.ts), nothing more. Field names follow the
 * collections (directus/schema/model.ts); stored DDAS values (partner type, signal status,
 * end result, contact kind, part of day) are already the standard's literals
 * (core/ddas/vocabulary.ts), so no indicator and no delivery translates them.
 *
 * Dates are calendar dates ("2026-11-30"). Every figure and the DDAS delivery are computed
 * from one `ReportRecords`, which is what makes the dashboard and the delivery agree.
 */
import type { ContactKind, EndResult, PartOfDay, SignalPartnerType, SignalStatus } from '../ddas/vocabulary.ts';

/** Inclusive calendar dates: a signal of `to` is inside the window. */
export interface ReportWindow {
  from: string;
  to: string;
}

export interface ReportSignal {
  id: string;
  partner: { id: number; name: string; type: SignalPartnerType };
  /** The month the partner's list is for ("2026-11"). */
  period: string;
  /** The date the municipality received the signal (signals.signal_date): decides the window. */
  signalDate: string;
  /** In euros, as stored (signals.arrears_amount, two decimals); null when not supplied. */
  amountEuros: number | null;
  monthsInArrears: number | null;
  /** Not stored today; DDAS's ontstaansdatum is derived when absent (core/ddas/derived-values.ts). */
  arrearsStartDate: string | null;
  status: SignalStatus;
  /** Who counts as one household: the households row, else the tenant key, else the signal itself. */
  householdKey: string;
  hasMinorChildren: boolean | null;
  caseId: string | null;
  /** Client identification as DDAS allows it: the tenant's BSN when matched, else the address. */
  client: { bsn: string | null; postcode: string; houseNumber: string; houseNumberAddition: string | null };
}

export type ReportRoute = 'municipality' | 'amw' | 'none';
export type ReportCaseStatus = 'new' | 'picked_up' | 'in_contact' | 'closed';

export interface ReportCase {
  id: string;
  householdKey: string | null;
  route: ReportRoute | null;
  status: ReportCaseStatus;
  /** The day the case began: date_matched, else the day it was created. */
  opened: string;
  /** date_closed; a case with status closed and no date counts as closed from `opened`. */
  closed: string | null;
  result: EndResult | null;
  /** The DDAS dates the case stores (vroegsignaalzaak.matchingsdatum, datumOpgepakt). */
  dateMatched: string | null;
  datePickedUp: string | null;
}

export interface ReportContactAttempt {
  id: string;
  caseId: string;
  date: string;
  kind: ContactKind;
  partOfDay: PartOfDay | null;
  reached: boolean;
}

/** A corporation's evictions in one month, as an aggregate (no names). */
export interface ReportEvictions {
  partner: { id: number; name: string };
  period: string;
  total: number;
  withMinorChildren: number;
}

export interface ReportRecords {
  /**
   * The window's signals and, for repeat signals, those of the 12 months before it: the
   * indicators select the window themselves (report-selection.ts).
   */
  signals: ReportSignal[];
  /** Every case a window signal belongs to, and every case open at some time in the window. */
  cases: ReportCase[];
  /** Every attempt of those cases. */
  contactAttempts: ReportContactAttempt[];
  evictions: ReportEvictions[];
  /** The municipality's number of inhabitants (a setting); null when not set. */
  inhabitants: number | null;
}
