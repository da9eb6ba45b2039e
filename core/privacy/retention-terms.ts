/**
 * The retention terms of art. 12.5, in months, as the municipality sets them in `app_settings`
 * (fields `retention_*_months`). The defaults are proposals the municipality confirms with its
 * privacy officer (FG); an empty or invalid field falls back to its default.
 */

export const RETENTION_CATEGORIES = ['signals_without_case', 'cases_without_help', 'cases_with_help', 'error_reports', 'source_facts', 'documents', 'access_log'] as const;
export type RetentionCategory = (typeof RETENTION_CATEGORIES)[number];

export type RetentionTerms = Record<RetentionCategory, number>;

/** The settings field of each category. */
export const RETENTION_SETTING_FIELDS: Record<RetentionCategory, string> = {
  signals_without_case: 'retention_signal_no_case_months',
  cases_without_help: 'retention_case_no_help_months',
  cases_with_help: 'retention_case_with_help_months',
  error_reports: 'retention_error_report_months',
  source_facts: 'retention_source_facts_months',
  documents: 'retention_documents_months',
  access_log: 'retention_access_log_months',
};

export const DEFAULT_RETENTION_TERMS: RetentionTerms = {
  signals_without_case: 6,
  cases_without_help: 12,
  cases_with_help: 24,
  error_reports: 3,
  source_facts: 3,
  documents: 12,
  access_log: 24,
};

/** What staff read in the deletion report and the step's message. */
export const RETENTION_CATEGORY_LABELS: Record<RetentionCategory, string> = {
  signals_without_case: 'Signalen die niet tot een zaak leidden',
  cases_without_help: 'Afgesloten zaken zonder vervolghulp',
  cases_with_help: 'Afgesloten zaken met vervolghulp',
  error_reports: 'Foutenrapporten van uploads',
  source_facts: 'Bronlijsten met hun foutenrapporten',
  documents: 'Documenten (exports en brievenbundels)',
  access_log: 'Inzagelog',
};

/**
 * The terms from the settings row; a missing row or field gives the default, and so does 0 or
 * less: a term of nothing would delete every closed case the day it closes.
 */
export function retentionTerms(row: Record<string, unknown> | null | undefined): RetentionTerms {
  const terms = { ...DEFAULT_RETENTION_TERMS };
  for (const category of RETENTION_CATEGORIES) {
    const value = row?.[RETENTION_SETTING_FIELDS[category]];
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1) terms[category] = value;
  }
  return terms;
}
