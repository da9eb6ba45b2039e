import { describe, expect, test } from 'vitest';
import { refusedResult, ZERO_COUNTS, type IntakeResult } from './intake-result.ts';
import { summaryText } from './summary-text.ts';

const processed = (counts: Partial<IntakeResult['counts']>, extra: Partial<IntakeResult> = {}): IntakeResult => ({
  status: 'processed', signals: [], errors: [], warnings: [], counts: { ...ZERO_COUNTS, ...counts }, dropped_columns: [], header_row: 1, columns: {}, ...extra,
});
const warning = { row: 2, column: 'Telefoon', message: 'x', code: 'phone_dropped' };

describe('summaryText', () => {
  test.each<[string, IntakeResult, string]>([
    [
      'the example from the issue',
      processed({ rows_read: 248, accepted: 240, rejected: 5, duplicates: 3 }, { dropped_columns: ['BSN', 'Inkomen'] }),
      '248 rijen gelezen: 240 geaccepteerd, 5 afgewezen, 3 dubbel. Kolommen niet overgenomen (niet toegestaan volgens art. 12.2 van het convenant): BSN, Inkomen.',
    ],
    ['one row', processed({ rows_read: 1, accepted: 1 }), '1 rij gelezen: 1 geaccepteerd, 0 afgewezen, 0 dubbel.'],
    ['thousands separator', processed({ rows_read: 12500, accepted: 12500 }), '12.500 rijen gelezen: 12.500 geaccepteerd, 0 afgewezen, 0 dubbel.'],
    [
      'ignored rows and warnings',
      processed({ rows_read: 3, accepted: 3, ignored: 2 }, { warnings: [warning] }),
      '3 rijen gelezen: 3 geaccepteerd, 0 afgewezen, 0 dubbel. 2 lege rijen en totaalregels overgeslagen. 1 waarschuwing.',
    ],
    ['no data rows', processed({}), 'Geen gegevensrijen gevonden onder de kopregel; er zijn geen signalen opgenomen.'],
    [
      'refused',
      refusedResult({ code: 'missing_required_columns', message: 'Verplichte kolom ontbreekt: Geboortedatum.', log: '' }, { dropped_columns: ['BSN'], header_row: 1, columns: {} }),
      'Bestand geweigerd: Verplichte kolom ontbreekt: Geboortedatum. Er is niets opgeslagen. Kolommen niet overgenomen (niet toegestaan volgens art. 12.2 van het convenant): BSN.',
    ],
  ])('%s', (_name, result, expected) => {
    expect(summaryText(result)).toBe(expected);
  });
});
