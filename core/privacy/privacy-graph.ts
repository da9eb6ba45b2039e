/**
 * The facts the retention engine and the erasure of a person read: every row that holds or
 * points at personal data, reduced to ids, links and dates (calendar dates, "2026-11-30").
 * `created` is the date the row was stored; the planners count from the latest date they know,
 * so a late upload of an old period is not deleted the day it arrives.
 */

export interface GraphHousehold {
  id: string;
  created: string | null;
}

export interface GraphCase {
  id: string;
  household: string | null;
  status: string | null;
  date_closed: string | null;
  /** The DDAS end result (`cases.result`). */
  result: string | null;
  created: string | null;
  updated: string | null;
}

export interface GraphSignal {
  id: string;
  case: string | null;
  household: string | null;
  period: string | null;
  signal_date: string | null;
  created: string | null;
}

export interface GraphReferral {
  id: string;
  case: string | null;
  status: string | null;
  outcome: string | null;
  date_outcome: string | null;
  created: string | null;
}

export interface GraphContactAttempt {
  id: string;
  case: string | null;
  referral: string | null;
  date: string | null;
}

export interface GraphTask {
  id: string;
  case: string | null;
}

export interface GraphSignalFact {
  id: string;
  signal: string;
  source_list: string | null;
  source_date: string | null;
  created: string | null;
}

export interface GraphDocument {
  id: string;
  kind: string;
  case: string | null;
  household: string | null;
  file: string | null;
  created: string | null;
}

export interface GraphUpload {
  id: string;
  /** processed_at, else date_created. */
  created: string | null;
  /** Whether `error_report` still holds rows (it may quote cell values). */
  has_error_report: boolean;
}

export interface GraphSourceList {
  id: string;
  reference_date: string | null;
  created: string | null;
  file: string | null;
}

export interface PrivacyGraph {
  households: GraphHousehold[];
  cases: GraphCase[];
  signals: GraphSignal[];
  referrals: GraphReferral[];
  contactAttempts: GraphContactAttempt[];
  tasks: GraphTask[];
  signalFacts: GraphSignalFact[];
  documents: GraphDocument[];
  uploads: GraphUpload[];
  sourceLists: GraphSourceList[];
}

export const EMPTY_GRAPH: PrivacyGraph = { households: [], cases: [], signals: [], referrals: [], contactAttempts: [], tasks: [], signalFacts: [], documents: [], uploads: [], sourceLists: [] };

/** Referral statuses in which AMW or debt services still work on the household. */
export const OPEN_REFERRAL_STATUSES = ['new', 'in_progress'];

/** A case is live while it is not closed, or while one of its referrals is still being worked on. */
export function liveCaseIds(graph: Pick<PrivacyGraph, 'cases' | 'referrals'>): Set<string> {
  const live = new Set(graph.cases.filter((row) => row.status !== 'closed').map((row) => row.id));
  for (const referral of graph.referrals) if (referral.case && referral.status && OPEN_REFERRAL_STATUSES.includes(referral.status)) live.add(referral.case);
  return live;
}
