import { expect, test } from 'vitest';
import { inzageFixture } from './inzage-fixture.ts';
import { buildInzageReport } from './inzage-report.ts';
import { dutchDateTime, renderInzageHtml } from './render-inzage-html.ts';

const options = { municipalityName: 'Gemeente Weert', generatedAt: '2043-07-15T08:05:00.000Z', askedFor: 'BSN 999993653' };

test('the report as HTML (golden file)', async () => {
  const html = renderInzageHtml(buildInzageReport({ bsn: '999993653', identities: [] }, inzageFixture())!, options);
  await expect(html).toMatchFileSnapshot('./__golden__/inzage-report.html');
  expect(html).toContain('Wonen Voorbeeld');
  expect(html).toContain('Vooraankondiging AMW');
  expect(html).toContain('Sanne Medewerker');
  expect(html).toContain('Onbekende gebruiker (verwijderd)');
  for (const other of ['Hartpartner', 'Vreemdeling', 'Uitnodiging gemeente', 'Over Hartpartner']) expect(html).not.toContain(other);
  expect(/<title>[^<]*<\/title>/.exec(html)?.[0]).toBe('<title>Inzagerapport Gemeente Weert</title>');
});

test('values are escaped', () => {
  const source = inzageFixture();
  source.signals[0]!.partner_name = '<script>x</script>';
  const html = renderInzageHtml(buildInzageReport({ bsn: '999993653', identities: [] }, source)!, options);
  expect(html).not.toContain('<script>');
  expect(html).toContain('&lt;script&gt;');
});

test.each([
  ['2043-07-15T08:05:00.000Z', '15 juli 2043 om 10.05 uur'],
  ['2043-01-15T23:30:00.000Z', '16 januari 2043 om 00.30 uur'],
  [null, ''],
])('dutchDateTime %s', (instant, expected) => {
  expect(dutchDateTime(instant)).toBe(expected);
});
