import { describe, expect, test } from 'vitest';
import { readDefaultTemplates } from '../../adapters/templates/default-templates.ts';
import { PARTIAL_KEYS } from './letter-data.ts';
import { previewTemplate } from './preview-template.ts';

const stored = await readDefaultTemplates();
const source = (key: string) => stored.find((template) => template.key === key)?.source ?? '';

describe('previewTemplate', () => {
  test('an edited letter previews with the sample data and the stored partials', () => {
    const edited = source('invitation_municipality').replace('Wij zien u graag bij het gesprek.', 'Tot ziens op {{weekdayDate appointment.date}}!');
    const preview = previewTemplate(stored, { key: 'invitation_municipality', kind: 'letter', source: edited });
    expect(preview.ok).toBe(true);
    expect(preview.ok && preview.html).toContain('Tot ziens op dinsdag 15 december 2026!');
    expect(preview.ok && preview.html).toContain('<h2>Uw rechten</h2>');
  });

  test('a broken template gives its problems with line and Dutch message, no preview', () => {
    const preview = previewTemplate(stored, { key: 'invitation_municipality', kind: 'letter', source: '<p>Beste {{addressee.surnaam}}</p>' });
    expect(preview).toEqual({
      ok: false,
      problems: [
        { line: 1, column: 1, code: 'missing_rights', message: 'De rechten van de huurder ontbreken (convenant art. 10.2): neem {{> rights}} op in de brief.' },
        { line: 1, column: 12, code: 'unknown_variable', message: 'Onbekende variabele "addressee.surnaam". Bedoelt u "addressee.surname"? Deze brief kent alleen de gegevens uit het voorbeeld.' },
      ],
    });
  });

  test('an edited partial shows in the letters that use it', () => {
    const preview = previewTemplate(stored, { key: 'signature', kind: 'partial', source: '<p>Hartelijke groet, {{settings.signatoryName}}</p>' });
    expect(preview.ok && preview.html).toContain('<p>Hartelijke groet, M. Janssen</p>');
  });

  test.each(PARTIAL_KEYS)('partial %s previews on its own, matching its golden HTML', async (key) => {
    const preview = previewTemplate(stored, { key, kind: 'partial', source: source(key) });
    expect(preview.ok).toBe(true);
    if (preview.ok) await expect(preview.html).toMatchFileSnapshot(`./__golden__/partial-${key}.html`);
  });
});
