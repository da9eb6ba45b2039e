import { describe, expect, test } from 'vitest';
import { problemsOn } from './page-problems.ts';

const context = { rawCodes: new Set(['missing_upload']), englishPhrases: new Set(['Save']) };
const problems = (text: string) => problemsOn({ where: 'p', text }, context);

describe('what a Dutch user must never see on a page', () => {
  test.each([
    ['M.A. -- Jansen', 'placeholder "--"'],
    ['· -- · december 2026', 'placeholder "--"'],
    ['--', 'raw value "--"'],
    ['Zaak · · december 2026', 'empty part in title'],
    ['2026-12-07', 'ISO date'],
    ['2.5', 'decimal point'],
    ['missing_upload', 'raw code "missing_upload"'],
    ['Save', 'English "Save"'],
    ['9731HM|60||', 'internal key'],
    ['Pagina niet gevonden', 'error'],
  ])('%s → %s', (text, expected) => {
    expect(problems(text).join('\n')).toContain(expected);
  });

  test.each([['M.A. Jansen · december 2026'], ['· december 2026'], ['Upload ontbreekt · december 2026'], ['Hoofdstraat 1, 6001 AA Weert ·'], ['€ 1.250,00'], ['7 december 2026'], ['Open']])('%s is fine', (text) => {
    expect(problems(text)).toEqual([]);
  });
});
