import { describe, expect, test } from 'vitest';
import { defaultEvaluationYear, defaultReportWindow, downloadHref, refusalLines } from './reporting-page.ts';

describe('the reporting page', () => {
  test.each([
    ['2026-12-07', { from: '2026-11-01', to: '2026-11-30' }],
    ['2027-01-01', { from: '2026-12-01', to: '2026-12-31' }],
    ['2028-03-15', { from: '2028-02-01', to: '2028-02-29' }],
  ])('on %s the default window is the last whole month', (today, window) => {
    expect(defaultReportWindow(today)).toEqual(window);
  });

  test('the evaluation asks for the year before', () => {
    expect(defaultEvaluationYear('2026-12-07')).toBe(2025);
  });

  test('a refusal: the message, then each field with its path', () => {
    expect(refusalLines({ message: 'Niet geldig:', errors: [{ path: '/leveringen/0/vroegsignalen/3/ID', message: 'Verplicht.' }] })).toEqual(['Niet geldig:', '/leveringen/0/vroegsignalen/3/ID: Verplicht.']);
    expect(refusalLines(null)).toEqual(['Er ging iets mis; probeer het later opnieuw.']);
  });

  test('a download link with the session', () => {
    expect(downloadHref('/', 'a b')).toBe('/assets/a%20b?download');
    expect(downloadHref('/vs/', 'f1')).toBe('/vs/assets/f1?download');
    expect(downloadHref('/', null)).toBeNull();
  });
});
