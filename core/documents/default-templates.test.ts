/**
 * The default templates in `templates/`: every one validates, the manifest names exactly
 * the letters and partials the product relies on, and each letter renders to its golden
 * HTML with the sample data (no browser; `vitest -u` rewrites a golden file on purpose).
 */
import { describe, expect, test } from 'vitest';
import { readDefaultTemplates } from '../../adapters/templates/default-templates.ts';
import { LETTER_KEYS, PARTIAL_KEYS } from './letter-data.ts';
import { SAMPLE_LETTER_DATA } from './letter-samples.ts';
import { createLetterRenderer, renderLetterHtml } from './render-letter-html.ts';
import { validateTemplate } from './validate-template.ts';

const templates = await readDefaultTemplates();
const partials = templates.filter((template) => template.kind === 'partial').map((template) => template.key);

describe('default templates', () => {
  test('the manifest has the three letters and five partials, each with a Dutch name and description', () => {
    expect(templates.filter((template) => template.kind === 'letter').map((template) => template.key).sort()).toEqual([...LETTER_KEYS].sort());
    expect([...partials].sort()).toEqual([...PARTIAL_KEYS].sort());
    for (const template of templates) {
      expect(template.name.length).toBeGreaterThan(3);
      expect(template.description.length).toBeGreaterThan(20);
    }
  });

  test.each(templates.map((template) => [template.key, template] as const))('%s validates', (_key, template) => {
    expect(validateTemplate(template.source, { key: template.key, kind: template.kind, partials })).toEqual([]);
  });

  const renderer = createLetterRenderer(templates);
  test.each(LETTER_KEYS)('%s renders to its golden HTML', async (key) => {
    const html = renderLetterHtml(renderer, { key, data: SAMPLE_LETTER_DATA[key] });
    await expect(html).toMatchFileSnapshot(`./__golden__/${key}.html`);
  });

  test.each(LETTER_KEYS)('%s carries the rights, the return address and the settings footer', (key) => {
    const html = renderLetterHtml(renderer, { key, data: SAMPLE_LETTER_DATA[key] });
    for (const right of ['Informatie:', 'Inzage:', 'Verbetering en aanvulling:', 'Verwijdering:', 'Afscherming:', 'Bezwaar:']) expect(html).toContain(right);
    expect(html).toContain('Retouradres: Postbus 950, 6000 AZ Weert');
    expect(html).toContain('Bereikbaar op werkdagen');
  });

  test('the invitation asks for consent to withhold the rent, it does not announce it', () => {
    const html = renderLetterHtml(renderer, { key: 'invitation_municipality', data: SAMPLE_LETTER_DATA.invitation_municipality });
    expect(html).toContain('Wij vragen uw toestemming om de huur in te houden');
    expect(html).toContain('Wij doen dit alleen als u daar toestemming voor geeft');
    expect(html).toContain('dinsdag 15 december 2026');
    expect(html).toContain('10.30 uur');
    expect(html).toContain('P. Hendriks, regisseur schuldhulpverlening');
    expect(html).toContain('S. el Amrani, regisseur participatie');
  });

  test('the advance notice says how and until when the tenant can object', () => {
    const html = renderLetterHtml(renderer, { key: 'advance_notice_amw', data: SAMPLE_LETTER_DATA.advance_notice_amw });
    expect(html).toContain('Laat het ons uiterlijk donderdag 10 december 2026 weten');
    expect(html).toContain('bel 14 0495');
    expect(html).toContain('Geachte mevrouw &#x27;t Hart,');
    expect(html).toContain('Molenstraat 3-bis');
  });
});
