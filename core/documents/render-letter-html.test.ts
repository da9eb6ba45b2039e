import { describe, expect, test } from 'vitest';
import { LETTER_DATA_SCHEMAS, LETTER_KEYS } from './letter-data.ts';
import { SAMPLE_LETTER_DATA, sampleDataFor } from './letter-samples.ts';
import { cssString } from './print-css.ts';
import { createLetterRenderer, LetterDataError, renderLetterBatchHtml, renderLetterHtml, TemplateSetError, type TemplateSource } from './render-letter-html.ts';

const partial = (key: string, source: string): TemplateSource => ({ key, kind: 'partial', source });
const MINIMAL: TemplateSource[] = [
  partial('rights', '<p class="rights">Uw rechten</p>'),
  { key: 'privacy_information', kind: 'letter', source: '<h1>{{salutation addressee}}</h1><p>{{fullName addressee}}, {{settings.website}}</p>{{> rights}}' },
  { key: 'advance_notice_amw', kind: 'letter', source: '<h1>{{amw.name}}</h1>{{> rights}}' },
];
const privacy = SAMPLE_LETTER_DATA.privacy_information;

describe('renderLetterHtml', () => {
  test.each(LETTER_KEYS)('the sample data of %s fits its data model', (key) => {
    expect(LETTER_DATA_SCHEMAS[key].safeParse(SAMPLE_LETTER_DATA[key]).success).toBe(true);
  });

  test('a partial previews with the common sample data', () => {
    expect(sampleDataFor('rights')).toMatchObject({ settings: { municipalityName: 'Gemeente Weert' } });
    expect(sampleDataFor('rights')).not.toHaveProperty('appointment');
  });

  test('escapes every value, also what a helper returns', () => {
    const renderer = createLetterRenderer(MINIMAL);
    const html = renderLetterHtml(renderer, { key: 'privacy_information', data: { ...privacy, addressee: { ...privacy.addressee, surname: '<b>Berg</b> & "Zn"', prefix: null }, settings: { ...privacy.settings, website: '<script>x</script>' } } });
    expect(html).toContain('<h1>Geachte heer &lt;b&gt;Berg&lt;/b&gt; &amp; &quot;Zn&quot;</h1>');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).not.toContain('<b>Berg');
  });

  test('refuses data that does not fit, naming the fields but never their values', () => {
    const renderer = createLetterRenderer(MINIMAL);
    const data = { ...privacy, addressee: { ...privacy.addressee, surname: '   ', postcode: undefined }, letter: { date: '7-12-2026', reference: 'K1' } };
    const error = (() => {
      try {
        renderLetterHtml(renderer, { key: 'privacy_information', data });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(LetterDataError);
    expect((error as LetterDataError).fields).toEqual(['addressee.surname', 'addressee.postcode', 'letter.date']);
    expect((error as Error).message).not.toContain('7-12-2026');
  });

  test('refuses the letter-specific data missing from a letter', () => {
    const renderer = createLetterRenderer(MINIMAL);
    expect(() => renderer.renderBody('advance_notice_amw', privacy)).toThrow(/amw, objectionDeadline/);
  });

  test('refuses a template set with a broken template, naming template, line and problem', () => {
    expect(() => createLetterRenderer([...MINIMAL, { key: 'invitation_municipality', kind: 'letter', source: '<p>\n{{appointment.dat}}</p>{{> rights}}' }])).toThrow(TemplateSetError);
    expect(() => createLetterRenderer([...MINIMAL, { key: 'invitation_municipality', kind: 'letter', source: '<p>\n{{appointment.dat}}</p>{{> rights}}' }])).toThrow(/invitation_municipality: Regel 2, kolom 3: Onbekende variabele "appointment.dat"/);
  });

  test('an unknown letter key is an error, not an empty letter', () => {
    expect(() => createLetterRenderer(MINIMAL).renderBody('invitation_municipality', SAMPLE_LETTER_DATA.invitation_municipality)).toThrow('Geen briefsjabloon met sleutel invitation_municipality.');
  });

  test('a whole document: Dutch, A4, no outside content, a title without names', () => {
    const html = renderLetterHtml(createLetterRenderer(MINIMAL), { key: 'privacy_information', data: privacy });
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(html).toContain('size: A4;');
    expect(html).toContain("default-src 'none'; img-src data:");
    expect(html).toContain('<title>Brief Gemeente Weert</title>');
    expect(html).not.toMatch(/<title>[^<]*Öztürk/);
  });

  test('a batch puts each letter in its own section, in the given order, each on a new page', () => {
    const renderer = createLetterRenderer(MINIMAL);
    const names = ['Aarts', 'Bakker', 'Claes'];
    const html = renderLetterBatchHtml(renderer, names.map((surname) => ({ key: 'privacy_information', data: { ...privacy, addressee: { ...privacy.addressee, surname } } })));
    expect([...html.matchAll(/<section class="letter" id="([^"]+)">/g)].map((match) => match[1])).toEqual(['letter-1', 'letter-2', 'letter-3']);
    // Invisible links make Chromium name each letter's first page, so the PDF can be cut per letter.
    expect(html).toContain('<nav class="letter-anchors" aria-hidden="true"><a href="#letter-1"></a><a href="#letter-2"></a><a href="#letter-3"></a></nav>');
    expect([...html.matchAll(/R\. (\w+), www/g)].map((match) => match[1])).toEqual(names);
    expect(html).toContain('.letter { break-before: page; }');
    expect(html).toContain('.letter:first-child { break-before: auto; }');
    expect(html).toContain('<title>Brieven Gemeente Weert</title>');
  });

  test('an empty batch is refused', () => {
    expect(() => renderLetterBatchHtml(createLetterRenderer(MINIMAL), [])).toThrow('Een printbestand zonder brieven kan niet.');
  });

  test('the footer from the settings cannot break out of the style sheet', () => {
    const html = renderLetterHtml(createLetterRenderer(MINIMAL), { key: 'privacy_information', data: { ...privacy, settings: { ...privacy.settings, footer: 'a"}</style><script>x</script>' } } });
    expect(html).not.toContain('</style><script>');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });
});

describe('cssString', () => {
  test.each([
    ['Gemeente Weert', '"Gemeente Weert"'],
    ['regel 1\nregel 2', '"regel 1\\A regel 2"'],
    ['a "b" \\ c', '"a \\22 b\\22  \\5c  c"'],
    ['</style>', '"\\3c /style\\3e "'],
    ['€ 1.234,56 · ë', '"€ 1.234,56 · ë"'],
  ])('%j → %s', (input, expected) => expect(cssString(input)).toBe(expected));
});
