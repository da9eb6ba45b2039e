import { expect, test } from 'vitest';
import { letterSettingsFrom } from '../../core/documents/letter-settings-from.ts';
import { DEMO_LETTER_SETTINGS } from './demo-data.ts';

test('the demo letterhead and sender are complete enough to make a letter', () => {
  const result = letterSettingsFrom({ ...DEMO_LETTER_SETTINGS, municipality_name: 'Gemeente Weert', retention_case_no_help_months: 12, retention_case_with_help_months: 18 }, null);
  expect(result.ok ? [] : result.problems).toEqual([]);
});
