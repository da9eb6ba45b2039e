import { describe, expect, test } from 'vitest';
import { compactFold, foldText } from './fold-text.ts';

describe('foldText / compactFold', () => {
  test.each([
    ['Geb. dat.', 'geb dat', 'gebdat'],
    ['  HUISNR.  TOEV. ', 'huisnr toev', 'huisnrtoev'],
    ['Achterstand (€)', 'achterstand', 'achterstand'],
    ['Wóónplaats', 'woonplaats', 'woonplaats'],
    ['Gérard-Ëlberink', 'gerard elberink', 'gerardelberink'],
    ['', '', ''],
  ])('%j → %j / %j', (input, folded, compact) => {
    expect(foldText(input)).toBe(folded);
    expect(compactFold(input)).toBe(compact);
  });
});
