import { describe, expect, test } from 'vitest';
import { readDefaultTemplates } from '../../adapters/templates/default-templates.ts';
import { decideTemplateSave, type StoredTemplateRow } from './template-save.ts';

const defaults = await readDefaultTemplates();
const partials = defaults.filter((t) => t.kind === 'partial').map((t) => t.key);
const invitation = defaults.find((t) => t.key === 'invitation_municipality')!;
const stored: StoredTemplateRow = { key: invitation.key, kind: 'letter', source: invitation.source, version: 3 };

describe('decideTemplateSave', () => {
  test('a valid change of the text raises the version by one', () => {
    const source = invitation.source.replace('</p>', ' Wij zien u graag.</p>');
    expect(decideTemplateSave(stored, { source }, partials)).toEqual({ ok: true, payload: { source, version: 4 } });
  });

  test('the same text again, or another field, leaves the version alone', () => {
    expect(decideTemplateSave(stored, { source: invitation.source }, partials)).toEqual({ ok: true, payload: { source: invitation.source } });
    expect(decideTemplateSave(stored, { name: 'Nieuwe naam' }, partials)).toEqual({ ok: true, payload: { name: 'Nieuwe naam' } });
  });

  test('a version sent by the app or the API is ignored; a new template starts at 1', () => {
    expect(decideTemplateSave(stored, { name: 'x', version: 99 }, partials)).toEqual({ ok: true, payload: { name: 'x' } });
    expect(decideTemplateSave(null, { key: 'footer_note', kind: 'partial', name: 'Noot', source: '<p>{{settings.phone}}</p>', version: 7 }, partials)).toEqual({
      ok: true,
      payload: { key: 'footer_note', kind: 'partial', name: 'Noot', source: '<p>{{settings.phone}}</p>', version: 1 },
    });
  });

  test.each([
    ['an unclosed block, with its line', `${invitation.source}\n{{#if settings.website}}`, /^Het sjabloon is niet opgeslagen\. Regel \d+, kolom \d+: /],
    ['an unknown variable, with its line', invitation.source.replace('{{> rights}}', '{{> rights}}\n<p>{{addressee.surnam}}</p>'), /Regel \d+, kolom \d+: .*addressee\.surnam/],
    ['no rights partial', invitation.source.replace('{{> rights}}', ''), /Regel 1, kolom 1: De rechten van de huurder ontbreken/],
  ])('refused: %s', (_name, source, message) => {
    const decision = decideTemplateSave(stored, { source }, partials);
    expect(decision.ok).toBe(false);
    expect(decision.ok ? '' : decision.message).toMatch(message);
  });

  test('a letter may use a partial only once it exists', () => {
    const source = invitation.source.replace('{{> rights}}', '{{> rights}}{{> extra}}');
    expect(decideTemplateSave(stored, { source }, partials).ok).toBe(false);
    expect(decideTemplateSave(stored, { source }, [...partials, 'extra']).ok).toBe(true);
  });

  test('many problems: the message names five and counts the rest', () => {
    const source = `${invitation.source}${Array.from({ length: 7 }, (_, i) => `{{onbekend${i}}}`).join('\n')}`;
    const decision = decideTemplateSave(stored, { source }, partials);
    expect(decision.ok ? '' : decision.message).toMatch(/En nog 2 problemen: zie het voorbeeld\.$/);
  });

  test('an export template is checked for syntax only', () => {
    expect(decideTemplateSave(null, { key: 'csv', kind: 'export', name: 'Export', source: '{{row.whatever}}' }, partials).ok).toBe(true);
    expect(decideTemplateSave(null, { key: 'csv', kind: 'export', name: 'Export', source: '{{#if x}}' }, partials).ok).toBe(false);
  });
});
