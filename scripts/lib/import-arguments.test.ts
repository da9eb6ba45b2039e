import { describe, expect, test } from 'vitest';
import { parseImportArguments } from './import-arguments.ts';

const today = '2026-11-29';

describe('parseImportArguments', () => {
  test('partner, period, json and file', () => {
    expect(parseImportArguments(['--partner', 'wonen-limburg', '--period', '2026-10', '--json', 'lijst.xlsx'], today)).toEqual({
      ok: true, value: { partner: 'wonen-limburg', period: '2026-10', json: true, file: 'lijst.xlsx' },
    });
  });

  test('the period defaults to the current month; --flag=value works', () => {
    expect(parseImportArguments(['--partner=st-joseph', 'lijst.csv'], today)).toEqual({ ok: true, value: { partner: 'st-joseph', period: '2026-11', json: false, file: 'lijst.csv' } });
  });

  test.each([
    [['lijst.csv'], 'Geef de signaalpartner op met --partner.'],
    [['--partner', 'x'], 'Geef precies één bestand op.'],
    [['--partner', 'x', '--period', '2026-13', 'a.csv'], 'Periode "2026-13" is ongeldig; gebruik JJJJ-MM, bijvoorbeeld 2026-11.'],
    [['--partner', 'x', '--force', 'a.csv'], 'Onbekende optie --force.'],
  ])('%j is refused in Dutch', (argv, message) => {
    const parsed = parseImportArguments(argv, today);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });
});
