import { expect, test } from 'vitest';
import { letterRunSummary } from './letter-run-summary.ts';
import { SKIP_CODES, type LetterRunPlan, type SkipCode } from './plan-letter-run.ts';

const plan = (counts: Partial<LetterRunPlan['counts']>, skipped: Partial<Record<SkipCode, number>> = {}): LetterRunPlan => ({
  letters: [],
  skipped: [],
  counts: { letters: 0, invitation_municipality: 0, advance_notice_amw: 0, privacy_information: 0, reissued: 0, households: 0, ...counts, skipped: { ...(Object.fromEntries(SKIP_CODES.map((code) => [code, 0])) as Record<SkipCode, number>), ...skipped } },
});

test.each<[string, LetterRunPlan, string]>([
  ['nothing to do', plan({}), 'Geen nieuwe brieven voor november 2026.'],
  ['a re-run', plan({}, { already_produced: 255 }), 'Geen nieuwe brieven voor november 2026. Niet gemaakt: 255 al gemaakt.'],
  [
    'a month',
    plan({ letters: 12, invitation_municipality: 3, advance_notice_amw: 8, privacy_information: 1 }, { undecided: 2, appointment_missing: 1 }),
    '12 brieven voor november 2026: 3 uitnodigingen gemeente, 8 vooraankondigingen AMW, 1 informatiebrief. Niet gemaakt: 2 nog niet beslist, 1 afspraak nog niet ingepland.',
  ],
  ['one re-issue', plan({ letters: 1, advance_notice_amw: 1, reissued: 1 }), '1 brief voor november 2026: 1 vooraankondiging AMW (waarvan 1 heruitgave).'],
])('%s', (_name, input, expected) => {
  expect(letterRunSummary(input, '2026-11')).toBe(expected);
});
