import { describe, expect, test } from 'vitest';
import { summaryText, errorReportFileName, isAcceptedFileName, isSettled, periodChoices, periodLabel, periodOf, problemRows, uploadCounts, uploadErrorMessage, uploadStatusText } from './upload-screen.ts';

describe('periods', () => {
  test('the current month is the default, written in Dutch', () => {
    expect(periodOf(new Date(2026, 11, 2))).toBe('2026-12');
    expect(periodLabel('2026-12')).toBe('december 2026');
    expect(periodLabel('2026-13')).toBe('2026-13');
  });

  test('choices start at this month and go back across the new year', () => {
    const choices = periodChoices(new Date(2027, 0, 15), 3);
    expect(choices).toEqual([
      { text: 'januari 2027', value: '2027-01' },
      { text: 'december 2026', value: '2026-12' },
      { text: 'november 2026', value: '2026-11' },
    ]);
  });
});

describe('uploadStatusText', () => {
  test.each([
    [{ status: 'received', summary: null }, 'In behandeling', 'info'],
    [{ status: 'processing', summary: null }, 'In behandeling', 'info'],
    [{ status: 'processed', summary: 'Verwerkt: 3 signalen geaccepteerd' }, 'Verwerkt', 'success'],
    [{ status: 'refused', summary: 'Geweigerd: de kolom Postcode ontbreekt.\nEr is niets opgeslagen.' }, 'Geweigerd: de kolom Postcode ontbreekt.', 'danger'],
    [{ status: 'refused', summary: null }, 'Geweigerd', 'danger'],
    [{ status: 'failed', summary: 'Mislukt: de verwerking lukte niet. Upload het bestand opnieuw.' }, 'Mislukt: de verwerking lukte niet. Upload het bestand opnieuw.', 'danger'],
    [{ status: 'superseded', summary: 'x' }, 'Vervangen door een latere upload van dezelfde periode', 'warning'],
    [{ status: 'weird', summary: null }, 'Onbekende status', 'warning'],
  ])('%j → %s', (upload, text, tone) => {
    expect(uploadStatusText(upload)).toEqual({ text, tone });
  });

  test('settled once processing ended', () => {
    expect([null, 'received', 'processing', 'processed', 'refused', 'failed', 'superseded'].map(isSettled)).toEqual([false, false, false, true, true, true, true]);
  });
});

describe('counts and problems', () => {
  const upload = { status: 'processed', summary: '', rows_read: 1234, accepted: 1200, rejected: 30, duplicates: 4, error_report: [{ row: 4, column: 'Geboortedatum', message: 'bestaat niet' }, { row: null, column: null, message: 'hele bestand' }] };

  test('counts in Dutch number format, none while processing', () => {
    expect(uploadCounts(upload)).toEqual([
      { label: 'Rijen gelezen', value: '1.234' },
      { label: 'Signalen overgenomen', value: '1.200' },
      { label: 'Rijen afgewezen', value: '30' },
      { label: 'Dubbele rijen', value: '4' },
      { label: 'Meldingen in het foutenrapport', value: '2' },
    ]);
    expect(uploadCounts({ ...upload, status: 'processing' })).toEqual([]);
  });

  test('problems as table rows, no raw nulls', () => {
    expect(problemRows(upload.error_report)).toEqual([
      { row: '4', column: 'Geboortedatum', message: 'bestaat niet' },
      { row: 'Hele bestand', column: '—', message: 'hele bestand' },
    ]);
    expect(problemRows(null)).toEqual([]);
  });
});

describe('files and messages', () => {
  test.each([['lijst.csv', true], ['Lijst.XLSX', true], ['oud.xls', false], ['foto.png', false]])('%s accepted: %s', (name, accepted) => {
    expect(isAcceptedFileName(name)).toBe(accepted);
  });

  test('the report file name carries the period', () => {
    expect(errorReportFileName('2026-12')).toBe('foutenrapport-2026-12.xlsx');
    expect(errorReportFileName('../x')).toBe('foutenrapport-upload.xlsx');
  });

  test.each([
    [413, null, 'Het bestand is te groot. Splits de lijst of neem contact op met de gemeente.'],
    [400, 'Dit bestand is al gebruikt. Upload het bestand opnieuw om het nog eens te laten verwerken.', 'Dit bestand is al gebruikt. Upload het bestand opnieuw om het nog eens te laten verwerken.'],
    [400, 'Value for field "period" in collection "uploads" has to match regex', 'De upload is niet aangenomen: controleer de periode en het bestand.'],
    [403, "You don't have permission to access this.", 'U mag deze upload niet doen. Neem contact op met de gemeente als dit niet klopt.'],
    [null, null, 'Het versturen is mislukt. Probeer het over een paar minuten opnieuw.'],
  ])('%s %s → Dutch', (status, server, expected) => {
    expect(uploadErrorMessage(status, server)).toBe(expected);
  });
});

test('the summary loses the report address line, which the page shows as a button', () => {
  expect(summaryText('Verwerkt: 2 rijen.\nFoutenrapport als Excel-bestand: http://x/foutenrapport.xlsx\nNog iets.')).toBe('Verwerkt: 2 rijen.\nNog iets.');
  expect(summaryText(null)).toBe('');
});
