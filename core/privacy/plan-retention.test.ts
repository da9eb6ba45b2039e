import { describe, expect, test } from 'vitest';
import { EMPTY_GRAPH, type GraphCase, type GraphSignal, type PrivacyGraph } from './privacy-graph.ts';
import { addMonthsToDate, latestDate, planRetention } from './plan-retention.ts';
import { DEFAULT_RETENTION_TERMS, retentionTerms } from './retention-terms.ts';

const graph = (over: Partial<PrivacyGraph>): PrivacyGraph => ({ ...EMPTY_GRAPH, ...over });
const signal = (id: string, over: Partial<GraphSignal> = {}): GraphSignal => ({ id, case: null, household: null, period: '2024-01', signal_date: '2024-01-20', created: '2024-01-25', ...over });
const aCase = (id: string, over: Partial<GraphCase> = {}): GraphCase => ({ id, household: `h-${id}`, status: 'closed', date_closed: '2024-03-01', result: 'Definitief geen contact kunnen krijgen', created: '2024-02-01', updated: '2024-03-01', ...over });
const plan = (today: string, g: PrivacyGraph, terms = DEFAULT_RETENTION_TERMS) => planRetention({ today, terms, graph: g });

describe('dates', () => {
  test.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-01-15', 6, '2024-07-15'],
    ['2024-11-30', 3, '2025-02-28'],
    ['2026-02-10', -24, '2024-02-10'],
  ])('%s + %i months = %s', (date, months, expected) => expect(addMonthsToDate(date, months)).toBe(expected));
  test('latest known date', () => {
    expect(latestDate(null, '2024-01-02', undefined, '2023-12-31')).toBe('2024-01-02');
    expect(latestDate(null, 'not a date')).toBeNull();
  });
});

describe('terms from the settings', () => {
  test.each([
    ['no row', undefined, DEFAULT_RETENTION_TERMS],
    ['empty fields', { retention_signal_no_case_months: null }, DEFAULT_RETENTION_TERMS],
    ['own terms', { retention_signal_no_case_months: 9, retention_access_log_months: 36 }, { ...DEFAULT_RETENTION_TERMS, signals_without_case: 9, access_log: 36 }],
    ['zero or negative falls back', { retention_case_with_help_months: 0, retention_documents_months: -3 }, DEFAULT_RETENTION_TERMS],
  ])('%s', (_name, row, expected) => expect(retentionTerms(row)).toEqual(expected));
});

describe('signals that led to no case (6 months)', () => {
  // Latest date known: the period's last day (2024-01-31), the signal date, the date stored.
  test.each([
    ['the day before the term ends', '2024-07-30', []],
    ['the day the term ends', '2024-07-31', ['s1']],
    ['two years later', '2026-02-01', ['s1']],
  ])('%s', (_name, today, expected) => expect(plan(today, graph({ signals: [signal('s1')] })).erase.items.signals ?? []).toEqual(expected));

  test('a late upload of an old period counts from the day it was stored', () => {
    expect(plan('2024-08-01', graph({ signals: [signal('s1', { created: '2024-06-01' })] })).erase.items.signals).toBeUndefined();
  });

  test('the household goes along when nothing else points at it, with its facts', () => {
    const g = graph({
      households: [{ id: 'h1', created: '2024-01-25' }, { id: 'h2', created: '2024-01-25' }],
      signals: [signal('s1', { household: 'h1' }), signal('s2', { household: 'h2' }), signal('s3', { household: 'h2', period: '2025-12', signal_date: '2025-12-01', created: '2025-12-02' })],
      signalFacts: [{ id: 'f1', signal: 's1', source_list: null, source_date: '2024-01-01', created: '2024-01-26' }],
    });
    const result = plan('2025-12-10', g);
    expect(result.erase.items).toEqual({ signals: ['s1', 's2'], signal_facts: ['f1'], households: ['h1'] });
    expect(result.counts.signals_without_case).toBe(2);
  });
});

describe('closed cases: 12 months without help, 24 with help', () => {
  const withHelp = aCase('c-help', { result: 'Vervolghulp en/of verwijzing financieel' });
  const helpByReferral = aCase('c-amw', { result: 'Niet opgepakt: andere reden' });
  const without = aCase('c-none');
  const open = aCase('c-open', { status: 'in_contact', date_closed: null });
  const g = graph({
    households: ['c-help', 'c-amw', 'c-none', 'c-open'].map((id) => ({ id: `h-${id}`, created: '2024-01-25' })),
    cases: [withHelp, helpByReferral, without, open],
    signals: [signal('s-help', { case: 'c-help', household: 'h-c-help' }), signal('s-none', { case: 'c-none', household: 'h-c-none' }), signal('s-open', { case: 'c-open', household: 'h-c-open' })],
    referrals: [{ id: 'r-amw', case: 'c-amw', status: 'closed', outcome: 'Vervolghulp en/of verwijzing niet financieel', date_outcome: '2024-02-20', created: '2024-02-01' }],
    contactAttempts: [{ id: 'a-none', case: 'c-none', referral: null, date: '2024-02-10' }, { id: 'a-amw', case: null, referral: 'r-amw', date: '2024-02-15' }, { id: 'a-open', case: 'c-open', referral: null, date: '2024-02-15' }],
    tasks: [{ id: 't-none', case: 'c-none' }, { id: 't-open', case: 'c-open' }],
    documents: [
      { id: 'd-letter-none', kind: 'letter', case: 'c-none', household: 'h-c-none', file: 'file-none', created: '2024-02-02' },
      { id: 'd-letter-open', kind: 'letter', case: 'c-open', household: 'h-c-open', file: 'file-open', created: '2024-02-02' },
    ],
  });

  test('after 12 months only the case without help goes, with everything hanging off it', () => {
    const result = plan('2025-03-01', g);
    expect(result.erase.items).toEqual({
      cases: ['c-none'], signals: ['s-none'], contact_attempts: ['a-none'], tasks: ['t-none'], documents: ['d-letter-none'], households: ['h-c-none'],
    });
    expect(result.erase.files).toEqual(['file-none']);
    expect(result.counts).toMatchObject({ cases_without_help: 1, cases_with_help: 0 });
  });

  test('after 24 months the cases with help (by end result or by the referral\'s outcome) go too; the open case never', () => {
    const result = plan('2026-03-01', g);
    expect(result.erase.items.cases).toEqual(['c-amw', 'c-help', 'c-none']);
    expect(result.erase.items.referrals).toEqual(['r-amw']);
    expect(result.erase.items.contact_attempts).toEqual(['a-amw', 'a-none']);
    expect(result.erase.items.households).toEqual(['h-c-amw', 'h-c-help', 'h-c-none']);
    expect(JSON.stringify(result.erase)).not.toMatch(/open/);
    expect(result.counts).toMatchObject({ cases_without_help: 1, cases_with_help: 2 });
  });

  test('a closed case whose referral AMW still works on stays', () => {
    const working = graph({ ...g, referrals: [{ ...g.referrals[0]!, status: 'in_progress', outcome: null }] });
    expect(plan('2030-01-01', working).erase.items.cases).toEqual(['c-help', 'c-none']);
  });

  test('counted from the latest activity: a contact attempt after closing moves the term', () => {
    const late = graph({ ...g, contactAttempts: [{ id: 'a-late', case: 'c-none', referral: null, date: '2024-09-01' }] });
    expect(plan('2025-03-01', late).erase.items.cases).toBeUndefined();
    expect(plan('2025-09-01', late).erase.items.cases).toEqual(['c-none']);
  });

  test('a household shared with an open case stays', () => {
    const shared = graph({ ...g, cases: [without, { ...open, household: 'h-c-none' }], signals: [signal('s-none', { case: 'c-none', household: 'h-c-none' })] });
    const result = plan('2030-01-01', shared);
    expect(result.erase.items.cases).toEqual(['c-none']);
    expect(result.erase.items.households).not.toContain('h-c-none');
  });
});

describe('error reports, source facts, documents and the access log', () => {
  test('an upload\'s error report is cleared after 3 months; an empty one is left alone', () => {
    const g = graph({ uploads: [{ id: 'u1', created: '2024-01-25', has_error_report: true }, { id: 'u2', created: '2024-01-25', has_error_report: false }, { id: 'u3', created: '2024-03-01', has_error_report: true }] });
    const result = plan('2024-04-25', g);
    expect(result.clearErrorReports).toEqual(['u1']);
    expect(result.counts.error_reports).toBe(1);
  });

  test('source lists with their file after 3 months; their facts follow the signal', () => {
    const g = graph({
      cases: [aCase('c-open', { status: 'new', date_closed: null })],
      signals: [signal('s-open', { case: 'c-open' })],
      signalFacts: [{ id: 'f-open', signal: 's-open', source_list: 'l1', source_date: '2024-01-01', created: '2024-01-26' }],
      sourceLists: [{ id: 'l1', reference_date: '2024-01-01', created: '2024-01-02', file: 'file-l1' }, { id: 'l2', reference_date: '2024-04-01', created: '2024-04-10', file: null }],
    });
    const result = plan('2024-07-03', g);
    expect(result.erase.items).toEqual({ source_lists: ['l1'] });
    expect(result.erase.files).toEqual(['file-l1']);
    expect(result.counts.source_facts).toBe(1);
  });

  test('documents without a case after 12 months (error report documents after 3); deletion reports stay', () => {
    const g = graph({
      documents: [
        { id: 'batch', kind: 'letter_batch', case: null, household: null, file: 'f-batch', created: '2024-02-01' },
        { id: 'export', kind: 'partner_feedback', case: null, household: null, file: 'f-export', created: '2024-06-01' },
        { id: 'errors', kind: 'error_report', case: null, household: null, file: null, created: '2024-06-01' },
        { id: 'report', kind: 'deletion_report', case: null, household: null, file: null, created: '2020-01-01' },
      ],
    });
    const result = plan('2025-02-01', g);
    expect(result.erase.items.documents).toEqual(['batch', 'errors']);
    expect(result.erase.files).toEqual(['f-batch']);
    expect(result.counts).toMatchObject({ documents: 1, error_reports: 1 });
  });

  test('the access log: entries older than 24 months', () => {
    expect(plan('2026-02-10', graph({})).accessLogBefore).toBe('2024-02-10');
    expect(plan('2026-02-10', graph({}), { ...DEFAULT_RETENTION_TERMS, access_log: 36 }).accessLogBefore).toBe('2023-02-10');
  });

  test('a household nothing points at any more goes after the signal term', () => {
    const g = graph({ households: [{ id: 'h-old', created: '2024-01-01' }, { id: 'h-new', created: '2025-12-01' }] });
    expect(plan('2026-01-01', g).erase.items).toEqual({ households: ['h-old'] });
  });
});
