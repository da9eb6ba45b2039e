/**
 * The template editor's preview over the real REST API (issue 11): the functional admin
 * sends the text being edited and gets the letter with sample data (HTML) or the problems
 * with their line; the PDF is printed by a real Chromium. Only who may read templates.
 */
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { pdfPageCount, pdfPageTexts } from '../../adapters/pdf/pdf-text.ts';
import { readDefaultTemplates } from '../../adapters/templates/default-templates.ts';
import { Api, loginAs } from '../support/api.ts';

const directus = inject('directus');
const invitation = (await readDefaultTemplates()).find((template) => template.key === 'invitation_municipality')!;
const edited = invitation.source.replace('{{> rights}}', '<p>Neem uw bankafschriften van de laatste maand mee.</p>\n{{> rights}}');
const PREVIEW = '/vroegsignalering/sjablonen/voorbeeld';

interface Answer { html: string | null; problems: Array<{ line: number; column: number; message: string; text: string }> }
let functionalAdmin: Api;

const pdfOf = async (api: Api, body: unknown) =>
  fetch(`${api.url}${PREVIEW}.pdf`, { method: 'POST', headers: { authorization: `Bearer ${api.token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

beforeAll(async () => {
  functionalAdmin = await loginAs('functional_admin');
});

describe(`template preview (${directus.dbClient})`, () => {
  test('the edited invitation previews as the whole letter with sample data and the new sentence', async () => {
    const response = await functionalAdmin.post<Answer>(PREVIEW, { key: 'invitation_municipality', kind: 'letter', source: edited });
    expect(response.status).toBe(200);
    expect(response.body.data!.problems).toEqual([]);
    const html = response.body.data!.html!;
    expect(html).toContain('Neem uw bankafschriften van de laatste maand mee.');
    // Sample data and the stored partials (letterhead, rights) are in it.
    expect(html).toContain('Van der Berg');
    expect(html).toContain('Bezwaar:');
  });

  test('a broken text gives the problems with their line, in Dutch, and no HTML', async () => {
    const broken = edited.replace('<p>Neem uw', '{{#if settings.website}}<p>Neem uw').replace('{{> rights}}', '{{addressee.achternaam}}\n{{> rights}}');
    const response = await functionalAdmin.post<Answer>(PREVIEW, { key: 'invitation_municipality', kind: 'letter', source: broken });
    expect(response.status).toBe(200);
    expect(response.body.data!.html).toBeNull();
    const [first] = response.body.data!.problems;
    expect(first!.line).toBeGreaterThan(1);
    expect(first!.text).toMatch(/^Regel \d+, kolom \d+: /);
  });

  test('the PDF preview is a printed A4 letter with the new sentence', async () => {
    const response = await pdfOf(functionalAdmin, { key: 'invitation_municipality', kind: 'letter', source: edited });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
    expect(pdfPageTexts(pdf).join(' ').replace(/\s+/g, ' ')).toContain('Neem uw bankafschriften van de laatste maand mee.');
  });

  test('the PDF of a broken text is refused with the problems in Dutch', async () => {
    const response = await pdfOf(functionalAdmin, { key: 'invitation_municipality', kind: 'letter', source: invitation.source.replace('{{> rights}}', '') });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ message: string }> };
    expect(body.errors[0]!.message).toMatch(/rechten van de huurder ontbreken/);
  });

  test('only who may read templates gets a preview', async () => {
    for (const role of ['corporation', 'social_work'] as const) {
      const api = await loginAs(role);
      expect((await api.post(PREVIEW, { key: 'invitation_municipality', kind: 'letter', source: edited })).status).toBe(403);
      expect((await pdfOf(api, { key: 'invitation_municipality', kind: 'letter', source: edited })).status).toBe(403);
    }
    const anonymous = await fetch(`${directus.url}${PREVIEW}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(anonymous.status).toBe(401);
  });
});
