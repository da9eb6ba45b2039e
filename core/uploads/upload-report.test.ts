import { describe, expect, test } from 'vitest';
import { describeIntake, MAX_REPORTED_PROBLEMS, uploadReport, type IntakeOutcome } from './upload-report.ts';

const processed = (over: Partial<IntakeOutcome> = {}): IntakeOutcome => ({
  status: 'processed',
  errors: [{ row: 6, column: 'Geb.datum', message: 'De datum „31-02-1980” bestaat niet.' }],
  warnings: [{ row: 7, column: 'Achternaam', message: 'Dubbele rij: dezelfde huurder staat al op rij 4.' }],
  counts: { rows_read: 4, accepted: 2, rejected: 1, duplicates: 1, ignored: 2 },
  dropped_columns: ['BSN', 'Inkomen'],
  ...over,
});
const context = { fileName: 'export.csv', contentHash: 'abc', errorReportUrl: 'https://vs.example/vroegsignalering/uploads/u1/foutenrapport.xlsx' };
const written = { inserted: 2, updated: 0, removed: 0, keptInProgress: 0, repeats: 1, replaces: null };

describe('uploadReport', () => {
  test('a processed upload: counts, problems (warnings marked) and a Dutch summary that says what to fix', () => {
    const report = uploadReport(processed(), { ...context, outcome: written });
    expect(report.fields).toMatchObject({ status: 'processed', rows_read: 4, accepted: 2, rejected: 1, duplicates: 1, dropped_columns: ['BSN', 'Inkomen'] });
    expect(report.fields.error_report).toEqual([
      { row: 6, column: 'Geb.datum', message: 'De datum „31-02-1980” bestaat niet.' },
      { row: 7, column: 'Achternaam', message: 'Waarschuwing: Dubbele rij: dezelfde huurder staat al op rij 4.' },
    ]);
    expect(report.fields.summary).toContain('Verwerkt: 4 rijen gelezen. 2 signalen geaccepteerd, 1 rij afgewezen, 1 dubbele rij samengevoegd.');
    expect(report.fields.summary).toContain('Niet overgenomen kolommen: BSN, Inkomen.');
    expect(report.fields.summary).toContain('1 huurder is in een eerdere maand ook gemeld');
    expect(report.fields.summary).toContain(context.errorReportUrl);
  });

  test('the log line has counts only, never personal data', () => {
    const { log } = uploadReport(processed(), { ...context, outcome: written });
    expect(log).toBe('processed: 4 rows, 2 accepted (2 new, 0 updated, 0 removed, 1 repeats), 1 rejected, 1 duplicates, 2 dropped columns');
  });

  test('a correction says what changed', () => {
    const report = uploadReport(processed({ errors: [], warnings: [] }), { ...context, outcome: { ...written, inserted: 0, updated: 2, removed: 1, keptInProgress: 1, replaces: 'u0' } });
    expect(report.fields.replaces).toBe('u0');
    expect(report.fields.summary).toContain('Dit is een correctie op een eerdere upload voor dezelfde periode: 0 signalen nieuw, 2 signalen bijgewerkt, 1 signaal verwijderd. 1 signaal staat niet meer in het bestand maar is al in behandeling en blijft bewaard.');
  });

  test('a refused file stores nothing and names the reason first', () => {
    const report = uploadReport(
      { status: 'refused', refusal: { message: 'De kolom Geboortedatum ontbreekt.', log: 'missing column birth_date' }, errors: [], warnings: [], counts: { rows_read: 0, accepted: 0, rejected: 0, duplicates: 0, ignored: 0 }, dropped_columns: ['BSN'] },
      { ...context, outcome: null },
    );
    expect(report.fields).toMatchObject({ status: 'refused', accepted: 0, error_report: [{ row: null, column: null, message: 'De kolom Geboortedatum ontbreekt.' }] });
    expect(report.fields.summary.split('\n')[0]).toBe('Geweigerd: De kolom Geboortedatum ontbreekt.');
    expect(report.log).toBe('refused (missing column birth_date)');
  });

  test('at most MAX_REPORTED_PROBLEMS problems are listed, and the summary says so', () => {
    const errors = Array.from({ length: MAX_REPORTED_PROBLEMS + 3 }, (_, i) => ({ row: i + 2, column: 'Postcode', message: 'Ongeldig.' }));
    const report = uploadReport(processed({ errors, warnings: [] }), { ...context, outcome: written });
    expect(report.fields.error_report).toHaveLength(MAX_REPORTED_PROBLEMS);
    expect(report.fields.summary).toContain('Alleen de eerste 5.000 meldingen worden getoond.');
  });

  test('uploads that never reach the intake', () => {
    expect(describeIntake.noFile().fields.summary).toContain('er is geen bestand toegevoegd');
    expect(describeIntake.sameFile({ fileName: 'a.csv', contentHash: 'h', earlierUpload: 'u0' }).fields).toMatchObject({ status: 'refused', accepted: 0 });
  });
});
