import { describe, expect, test } from 'vitest';
import { deletionReportSummary, retentionMessage, type DeletionReportInput } from './deletion-report.ts';
import { DEFAULT_RETENTION_TERMS } from './retention-terms.ts';

const nothing = { signals_without_case: 0, cases_without_help: 0, cases_with_help: 0, error_reports: 0, source_facts: 0, documents: 0, access_log: 0 };
const input = (over: Partial<DeletionReportInput> = {}): DeletionReportInput => ({
  today: '2026-02-10', terms: DEFAULT_RETENTION_TERMS, categories: nothing, rows: {}, files: 0, revisions: 0, activity: 0, deletionRequests: 0, shieldingRequests: 0, ...over,
});

describe('deletion report', () => {
  const busy = input({ categories: { ...nothing, signals_without_case: 2, cases_without_help: 1 }, rows: { signals: 3, cases: 1, households: 2 }, files: 1, revisions: 7, activity: 9, deletionRequests: 1 });

  test('the summary: counts per category with its term, rows per collection, no names', () => {
    const summary = deletionReportSummary(busy);
    expect(summary).toContain('stand 10 februari 2026');
    expect(summary).toContain('- Signalen die niet tot een zaak leidden (6 maanden): 2');
    expect(summary).toContain('- Afgesloten zaken met vervolghulp (24 maanden): 0');
    expect(summary).toContain('- signalen: 3\n- zaken: 1\n- huishoudens: 2\n- bestanden: 1\n- revisies: 7\n- activiteitregels: 9');
    expect(summary).toContain('1 verwijderverzoek, 0 afschermingsverzoeken');
  });

  test.each([
    ['nothing expired', input(), false, 'Bewaartermijnen (stand 10 februari 2026): niets verlopen, niets verwijderd.'],
    ['a run that deleted', busy, false, 'Bewaartermijnen (stand 10 februari 2026): 6 rijen, 1 bestand, 7 revisies en 9 activiteitregels verwijderd (signalen die niet tot een zaak leidden: 2; afgesloten zaken zonder vervolghulp: 1). Uitgevoerd: 1 verwijderverzoek, 0 afschermingsverzoeken. Het verwijderrapport staat bij Documenten.'],
    ['a dry run', busy, true, 'Proefrun (stand 10 februari 2026): zou 6 rijen en 1 bestand verwijderen (signalen die niet tot een zaak leidden: 2; afgesloten zaken zonder vervolghulp: 1). Zou uitvoeren: 1 verwijderverzoek, 0 afschermingsverzoeken. Er is niets verwijderd.'],
  ])('message: %s', (_name, report, dryRun, expected) => expect(retentionMessage({ ...report, dryRun, errorReports: 0 })).toBe(expected));
});
