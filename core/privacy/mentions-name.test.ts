import { describe, expect, test } from 'vitest';
import { foldedNames, mentionsAny } from './mentions-name.ts';

describe('a saved search that names a person', () => {
  const names = foldedNames(['Jánsen', "d'Ancona", 'Li', null, 'jansen']);
  test('names are folded, short ones and doubles dropped', () => expect(names).toEqual(['jansen', 'd ancona']));
  test.each([
    ['jansen', true],
    ['{"surname":{"_contains":"JANSEN"}}', true],
    ['D’Ancona', true],
    ['Pietersen', false],
    [null, false],
  ])('%s → %s', (text, expected) => expect(mentionsAny(text, names)).toBe(expected));
});
