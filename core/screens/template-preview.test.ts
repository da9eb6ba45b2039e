import { describe, expect, test } from 'vitest';
import { problemsHeading, templatePreviewPlan } from './template-preview.ts';

describe('templatePreviewPlan', () => {
  test.each([
    [{ key: ' invitation_municipality ', kind: 'letter', source: '<p>x</p>' }, { ok: true, request: { key: 'invitation_municipality', kind: 'letter', source: '<p>x</p>' } }],
    [{ key: 'rights', kind: 'partial', source: '<p>x</p>' }, { ok: true, request: { key: 'rights', kind: 'partial', source: '<p>x</p>' } }],
    [{ key: 'csv', kind: 'export', source: 'x' }, { ok: false, reason: 'Voor een exportsjabloon is er geen voorbeeld.' }],
    [{ key: 'nieuw', source: 'x' }, { ok: false, reason: 'Kies eerst de soort: brief of onderdeel.' }],
    [{ key: '', kind: 'letter', source: 'x' }, { ok: false, reason: 'Vul eerst een sleutel en de tekst van het sjabloon in.' }],
    [{ key: 'a', kind: 'letter', source: '  ' }, { ok: false, reason: 'Vul eerst een sleutel en de tekst van het sjabloon in.' }],
    [null, { ok: false, reason: 'Kies eerst de soort: brief of onderdeel.' }],
  ])('%o → %o', (values, expected) => {
    expect(templatePreviewPlan(values)).toEqual(expected);
  });
});

describe('problemsHeading', () => {
  test.each([
    [0, 'Geen problemen gevonden.'],
    [1, '1 probleem: zo kan het sjabloon niet worden opgeslagen.'],
    [3, '3 problemen: zo kan het sjabloon niet worden opgeslagen.'],
  ])('%i → %s', (count, heading) => {
    expect(problemsHeading(count)).toBe(heading);
  });
});
