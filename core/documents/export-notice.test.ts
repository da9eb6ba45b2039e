import { describe, expect, test } from 'vitest';
import { exportFileName, exportReadyNotice, exportTitle, feedbackSummary, overviewSummary } from './export-notice.ts';

describe('export texts', () => {
  test('title and file name carry the period and the organisation, in Dutch', () => {
    expect(exportTitle('partner_feedback', '2026-11')).toBe('Terugkoppeling november 2026');
    expect(exportTitle('amw_overview', '2027-01')).toBe('Overzicht AMW januari 2027');
    expect(exportFileName('partner_feedback', '2026-11', 'Wonen Limburg')).toBe('terugkoppeling-2026-11-wonen-limburg.xlsx');
    expect(exportFileName('amw_overview', '2026-11', 'Stichting Méér Welzijn / Weert')).toBe('overzicht-amw-2026-11-stichting-meer-welzijn-weert.xlsx');
    expect(exportFileName('partner_feedback', '2026-11', '***')).toBe('terugkoppeling-2026-11.xlsx');
  });

  test.each([
    [[], 0, '0 signalen: 0 uitgenodigd door gemeente, 0 uitgenodigd door AMW, 0 niet uitgenodigd.'],
    [['Uitgenodigd door gemeente'], 0, '1 signaal: 1 uitgenodigd door gemeente, 0 uitgenodigd door AMW, 0 niet uitgenodigd.'],
    [['Uitgenodigd door AMW', 'Niet uitgenodigd', 'Uitgenodigd door AMW'], 2, '3 signalen: 0 uitgenodigd door gemeente, 2 uitgenodigd door AMW, 1 niet uitgenodigd. 2 signalen hebben nog geen beslissing en staan er niet in.'],
  ] as const)('feedback summary %#', (decisions, undecided, expected) => {
    expect(feedbackSummary(decisions, undecided)).toBe(expected);
  });

  test('overview summary counts what was left out, by reason', () => {
    expect(overviewSummary(1, [])).toBe('1 huishouden op prioriteit.');
    expect(overviewSummary(7, [{ code: 'no_advance_notice' }, { code: 'objection' }, { code: 'no_advance_notice' }])).toBe('7 huishoudens op prioriteit. Niet opgenomen: 2 zonder verstuurde vooraankondiging, 1 met bezwaar.');
  });

  test('the notification names the period and where to look, nothing else', () => {
    expect(exportReadyNotice('partner_feedback', '2026-11', false)).toEqual({
      subject: 'Terugkoppeling november 2026 staat klaar',
      message: 'De terugkoppeling over november 2026 (per signaal de beslissing van de gemeente) staat klaar. U downloadt het bestand op uw startpagina in Vroegsignalering.',
    });
    expect(exportReadyNotice('amw_overview', '2026-11', true).subject).toBe('Overzicht AMW november 2026 staat klaar (bijgewerkt)');
  });
});
