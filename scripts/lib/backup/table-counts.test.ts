import { describe, expect, it } from 'vitest';
import { countDifferences } from './table-counts.ts';

describe('countDifferences', () => {
  it('names every table whose count differs or that is missing on one side, in Dutch', () => {
    expect(countDifferences({ signals: 3, cases: 1, tasks: 0 }, { signals: 3, cases: 2, extra: 1 })).toEqual([
      'tabel cases: verwacht 1, gevonden 2',
      'tabel extra: verwacht geen tabel, gevonden 1',
      'tabel tasks: verwacht 0, gevonden geen tabel',
    ]);
    expect(countDifferences({ signals: 3 }, { signals: 3 })).toEqual([]);
  });
});
