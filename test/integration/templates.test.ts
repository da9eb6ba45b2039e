/**
 * Templates over the real REST API (issue 11): provisioning seeded the defaults from
 * templates/; a functional admin edits one, a broken text is refused with a Dutch message
 * naming the line, every change raises the version and is a revision that can be rolled
 * back, and seeding never overwrites what the functional admin changed.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readDefaultTemplates } from '../../adapters/templates/default-templates.ts';
import { loginClient } from '../../scripts/lib/directus-client.ts';
import { seedTemplates, sourceHash } from '../../scripts/lib/seed-templates.ts';
import { Api, loginAs } from '../support/api.ts';

const directus = inject('directus');
const defaults = await readDefaultTemplates();
const shipped = (key: string) => defaults.find((template) => template.key === key)!;

interface Template { id: number; key: string; kind: string; source: string; version: number; default_hash: string | null }
let admin: Api;
let functionalAdmin: Api;

const read = async (key: string) => (await admin.get<Template[]>(`/items/templates?filter[key][_eq]=${key}&fields=id,key,kind,source,version,default_hash`)).body.data![0]!;
const errorOf = (response: { body: { errors?: Array<{ message: string }> } }) => response.body.errors?.[0]?.message ?? '';
const seedAsAdmin = async () => seedTemplates(await loginClient(directus.url, directus.adminEmail, directus.adminPassword));

beforeAll(async () => {
  admin = await loginAs('admin');
  functionalAdmin = await loginAs('functional_admin');
});

afterAll(async () => {
  // Back to the shipped texts, so other tests render the defaults.
  for (const key of ['invitation_municipality', 'salutation']) {
    const current = await read(key);
    if (current.source !== shipped(key).source) await admin.patch(`/items/templates/${current.id}`, { source: shipped(key).source });
    await admin.patch(`/items/templates/${current.id}`, { default_hash: sourceHash(shipped(key).source) });
  }
});

describe(`templates (${directus.dbClient})`, () => {
  test('provisioning seeded every default with the hash of its text', async () => {
    for (const template of defaults) {
      const stored = await read(template.key);
      expect(stored, template.key).toMatchObject({ kind: template.kind, source: template.source, default_hash: sourceHash(template.source) });
      expect(stored.version).toBeGreaterThanOrEqual(1);
    }
    // Seeding again changes nothing.
    const again = await seedAsAdmin();
    expect({ created: again.created, updated: again.updated }).toEqual({ created: [], updated: [] });
  });

  test.each([
    ['an unclosed {{#if}}', (source: string) => source.replace('{{> rights}}', '{{#if settings.website}}\n{{> rights}}'), /^Het sjabloon is niet opgeslagen\. Regel \d+, kolom \d+: .*blok/],
    ['an unknown variable', (source: string) => source.replace('{{> rights}}', '<p>{{addressee.achternaam}}</p>\n{{> rights}}'), /Regel \d+, kolom \d+: Onbekende variabele "addressee\.achternaam"/],
    ['no rights paragraph', (source: string) => source.replace('{{> rights}}', ''), /De rechten van de huurder ontbreken/],
  ])('the functional admin saves the invitation with %s: refused with a Dutch message naming the line', async (_name, breakIt, message) => {
    const before = await read('invitation_municipality');
    const response = await functionalAdmin.patch(`/items/templates/${before.id}`, { source: breakIt(before.source) });
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatch(message);
    const after = await read('invitation_municipality');
    expect({ source: after.source, version: after.version }).toEqual({ source: before.source, version: before.version });
  });

  test('a valid edit raises the version; the revision can be rolled back, which raises it again', async () => {
    const before = await read('invitation_municipality');
    const edited = before.source.replace('{{> rights}}', '<p>U kunt ook langskomen zonder afspraak.</p>\n{{> rights}}');
    const saved = await functionalAdmin.patch<Template>(`/items/templates/${before.id}`, { source: edited, version: 1 });
    expect(saved.status, errorOf(saved)).toBe(200);
    expect((await read('invitation_municipality')).version).toBe(before.version + 1);

    // The app's revisions sidebar: the functional admin reads the template's revisions.
    const revisions = await functionalAdmin.get<Array<{ id: number; data: { source: string } | null }>>(`/revisions?filter[collection][_eq]=templates&filter[item][_eq]=${before.id}&sort=-id&fields=id,data&limit=-1`);
    expect(revisions.status).toBe(200);
    const earlier = revisions.body.data!.find((revision) => revision.data?.source === before.source);
    expect(earlier, 'a revision holding the text before the edit').toBeDefined();
    const reverted = await functionalAdmin.post(`/utils/revert/${earlier!.id}`, {});
    expect(reverted.status, errorOf(reverted as never)).toBeLessThan(300);
    const after = await read('invitation_municipality');
    expect(after.source).toBe(before.source);
    expect(after.version).toBe(before.version + 2);
  });

  test('seeding never overwrites a template a functional admin changed', async () => {
    const current = await read('invitation_municipality');
    const edited = current.source.replace('{{> rights}}', '<p>Neem uw laatste loonstrook mee.</p>\n{{> rights}}');
    expect((await functionalAdmin.patch(`/items/templates/${current.id}`, { source: edited })).status).toBe(200);
    const report = await seedAsAdmin();
    expect(report.edited).toContain('invitation_municipality');
    expect(report.updated).not.toContain('invitation_municipality');
    expect((await read('invitation_municipality')).source).toBe(edited);
  });

  test('seeding brings an unedited template from an older release up to the new default', async () => {
    const current = await read('salutation');
    // As an older release left it: another default text, and its hash.
    const older = `${shipped('salutation').source}\n<!-- vorige standaardtekst -->`;
    expect((await admin.patch(`/items/templates/${current.id}`, { source: older, default_hash: sourceHash(older) })).status).toBe(200);
    const report = await seedAsAdmin();
    expect(report.updated).toEqual(['salutation']);
    const after = await read('salutation');
    expect({ source: after.source, default_hash: after.default_hash }).toEqual({ source: shipped('salutation').source, default_hash: sourceHash(shipped('salutation').source) });
    expect(after.version).toBe(current.version + 2);
  });

  test('the functional admin may not set the version, and other roles may not change templates', async () => {
    const current = await read('signature');
    expect((await functionalAdmin.patch(`/items/templates/${current.id}`, { version: 42 })).status).toBe(200);
    expect((await read('signature')).version).toBe(current.version);
    const staff = await loginAs('debt_services');
    expect((await staff.patch(`/items/templates/${current.id}`, { source: 'x' })).status).toBe(403);
  });
});
