/**
 * Demo partners, one user per role and a few example records. Used by `npm run seed:demo`
 * and by the integration tests, so the tests exercise what a new user sees. Idempotent:
 * partners and users are looked up by code and e-mail; example records only on first run.
 */
import { createItem, createItems, createUser, readItems, readRoles, readUsers, updateUser } from '@directus/sdk';
import type { AccessKey } from '../../directus/access/access-model.ts';
import type { ApiClient } from './directus-client.ts';

type DemoRole = Extract<AccessKey, 'functional_admin' | 'debt_services' | 'corporation' | 'social_work'>;
const DEMO_ROLE_NAMES: Record<DemoRole, string> = { functional_admin: 'Functioneel beheerder', debt_services: 'Medewerker schulddienstverlening', corporation: 'Woningcorporatie', social_work: 'AMW' };

/** The access model is not (completely) provisioned: demo users would get no role. */
export class MissingRolesError extends Error {
  constructor(readonly missing: string[]) {
    super(`De rollen ${missing.join(', ')} ontbreken: het toegangsmodel is niet (volledig) ingericht. Start de applicatie met npm start en wacht tot die "Vroegsignalering draait" meldt; er zijn geen demogebruikers aangemaakt.`);
    this.name = 'MissingRolesError';
  }
}

/**
 * The ids of the roles the demo users get, as provisioned in this instance: found by their
 * stable key (ids are random per installation). Before the schema has the key field, no
 * role can be found either.
 */
export async function resolveDemoRoles(client: ApiClient): Promise<Record<DemoRole, string>> {
  const wanted = Object.keys(DEMO_ROLE_NAMES) as DemoRole[];
  const found = (await client
    .request(readRoles({ filter: { key: { _in: wanted } }, fields: ['id', 'key'], limit: -1 } as never))
    .catch(() => [])) as Array<{ id: string; key: string }>;
  const idOf = (key: DemoRole) => found.find((role) => role.key === key)?.id;
  const missing = wanted.filter((key) => !idOf(key));
  if (missing.length) throw new MissingRolesError(missing.map((key) => `"${DEMO_ROLE_NAMES[key]}"`));
  return Object.fromEntries(wanted.map((key) => [key, idOf(key)!])) as Record<DemoRole, string>;
}

// Expected sizes from annex 1 of the covenant; the covenant was signed on 13 February 2017.
export const DEMO_PARTNERS = [
  { code: 'wonen-limburg', name: 'Wonen Limburg', partner_type: 'Huur', organisation_role: 'signal_partner', contact_email: 'vroegsignalering@wonenlimburg.example', active_from: '2017-02-14', expected_monthly_signals: 250 },
  { code: 'st-joseph', name: 'Woningstichting St. Joseph', partner_type: 'Huur', organisation_role: 'signal_partner', contact_email: 'huurincasso@stjoseph.example', active_from: '2017-02-14', expected_monthly_signals: 4 },
  { code: 'amw-midden-limburg', name: 'AMW Midden-Limburg', partner_type: 'Overige', organisation_role: 'social_work', contact_email: 'aanmelding@amw.example', active_from: '2017-02-14', expected_monthly_signals: null },
] as const;

export type DemoUserKey = 'functional_admin' | 'debt_services' | 'corporation' | 'corporation_b' | 'social_work';

export const DEMO_USERS: Array<{ key: DemoUserKey; email: string; first_name: string; last_name: string; role: DemoRole; partner: string | null }> = [
  { key: 'functional_admin', email: 'functioneel.beheer@demo.vroegsignalering.nl', first_name: 'Femke', last_name: 'Beheer', role: 'functional_admin', partner: null },
  { key: 'debt_services', email: 'medewerker.sdv@demo.vroegsignalering.nl', first_name: 'Sanne', last_name: 'Schuldhulp', role: 'debt_services', partner: null },
  { key: 'corporation', email: 'wonen-limburg@demo.vroegsignalering.nl', first_name: 'Wim', last_name: 'Wonen Limburg', role: 'corporation', partner: 'wonen-limburg' },
  { key: 'corporation_b', email: 'st-joseph@demo.vroegsignalering.nl', first_name: 'Jos', last_name: 'St. Joseph', role: 'corporation', partner: 'st-joseph' },
  { key: 'social_work', email: 'amw@demo.vroegsignalering.nl', first_name: 'Anouk', last_name: 'AMW', role: 'social_work', partner: 'amw-midden-limburg' },
];

export interface DemoSeedResult {
  partners: Record<string, number>;
  users: Record<DemoUserKey, { id: string; email: string }>;
  examplesCreated: boolean;
}

export async function seedDemo(client: ApiClient, password: string, today: string): Promise<DemoSeedResult> {
  // Before anything is written: without the roles, users would be created without one.
  const roleIds = await resolveDemoRoles(client);
  const partners: Record<string, number> = {};
  for (const partner of DEMO_PARTNERS) {
    const [found] = (await client.request(readItems('signal_partners', { filter: { code: { _eq: partner.code } }, fields: ['id'], limit: 1 }))) as Array<{ id: number }>;
    partners[partner.code] = found ? found.id : ((await client.request(createItem('signal_partners', partner))) as { id: number }).id;
  }

  const users = {} as DemoSeedResult['users'];
  for (const user of DEMO_USERS) {
    const payload = { email: user.email, first_name: user.first_name, last_name: user.last_name, role: roleIds[user.role], partner: user.partner ? partners[user.partner] : null, status: 'active' };
    const [found] = (await client.request(readUsers({ filter: { email: { _eq: user.email } }, fields: ['id'], limit: 1 }))) as Array<{ id: string }>;
    const id = found
      ? ((await client.request(updateUser(found.id, { ...payload, password } as never))) as { id: string }).id
      : ((await client.request(createUser({ ...payload, password } as never))) as { id: string }).id;
    users[user.key] = { id, email: user.email };
  }

  const existing = (await client.request(readItems('households', { filter: { address_key: { _starts_with: 'DEMO-' } }, fields: ['id'], limit: 1 }))) as unknown[];
  if (existing.length) return { partners, users, examplesCreated: false };

  const period = today.slice(0, 7);
  const wonenLimburg = partners['wonen-limburg'];
  const stJoseph = partners['st-joseph'];
  const amw = partners['amw-midden-limburg'];
  const [uploadA, uploadB] = (await client.request(
    createItems('uploads', [
      { partner: wonenLimburg, period, file_name: 'voorbeeld-wonen-limburg.xlsx', status: 'processed', rows_read: 2, accepted: 2, rejected: 0, duplicates: 0, summary: 'Voorbeeldupload: 2 rijen gelezen, 2 geaccepteerd.' },
      { partner: stJoseph, period, file_name: 'voorbeeld-st-joseph.csv', status: 'processed', rows_read: 1, accepted: 1, rejected: 0, duplicates: 0, summary: 'Voorbeeldupload: 1 rij gelezen, 1 geaccepteerd.' },
    ]),
  )) as Array<{ id: string }>;
  const [family, single] = (await client.request(
    createItems('households', [
      { address_key: 'DEMO-6001AA-12', has_minor_children: true, household_size: 4, living_situation: 'paar met kinderen', facts_source: 'Voorbeeldgegevens', facts_date: today },
      { address_key: 'DEMO-6002BB-3-A', has_minor_children: false, household_size: 1, living_situation: 'alleenstaand', facts_source: 'Voorbeeldgegevens', facts_date: today },
    ]),
  )) as Array<{ id: string }>;
  const [caseAmw, caseMunicipality] = (await client.request(
    createItems('cases', [
      { household: family!.id, period, status: 'new', route: 'amw', rule_route: 'amw', decided_by_rule: 'voorbeeldgegevens', reason: 'Geen uitkering; gezin met minderjarige kinderen: AMW met voorrang.', priority: 1, has_minor_children: true, months_in_arrears: 3, arrears_amount: 1850.25, date_matched: today },
      { household: single!.id, period, status: 'new', route: 'municipality', rule_route: 'municipality', decided_by_rule: 'voorbeeldgegevens', reason: 'Participatiewet-uitkering: uitnodiging regisseur, huur inhouden.', priority: 2, has_minor_children: false, months_in_arrears: 2, arrears_amount: 1120, date_matched: today },
    ]),
  )) as Array<{ id: string }>;
  const person = { initials: 'J.', name_prefix: 'van der', surname: 'Voorbeeld', birth_date: '1985-03-14', street: 'Voorbeeldstraat', house_number: 12, house_letter: null, house_number_addition: null, postcode: '6001AA', city: 'Weert', phone: '0495-123456' };
  const person2 = { initials: 'M.A.', name_prefix: null, surname: 'Demo', birth_date: '1962-11-02', street: 'Proefweg', house_number: 3, house_letter: 'A', house_number_addition: null, postcode: '6002BB', city: 'Weert', phone: null };
  await client.request(
    createItems('signals', [
      { ...person, partner: wonenLimburg, period, upload: uploadA!.id, household: family!.id, case: caseAmw!.id, months_in_arrears: 3, arrears_amount: 1850.25, signal_date: today, tenant_key: 'DEMO-1' },
      { ...person2, partner: wonenLimburg, period, upload: uploadA!.id, household: single!.id, case: caseMunicipality!.id, months_in_arrears: 2, arrears_amount: 1120, signal_date: today, tenant_key: 'DEMO-2' },
      { initials: 'K.', name_prefix: null, surname: 'Proef', birth_date: '1990-07-21', street: 'Testlaan', house_number: 8, postcode: '6003CC', city: 'Stramproy', partner: stJoseph, period, upload: uploadB!.id, months_in_arrears: 2.5, arrears_amount: 990.5, signal_date: today, tenant_key: 'DEMO-3' },
    ]),
  );
  await client.request(
    createItems('referrals', [
      { ...person, case: caseAmw!.id, period, target: 'amw', partner: amw, status: 'new', priority: 1, date_sent: today, living_situation: 'paar met kinderen', debt_areas: ['Huur', 'Energie'], arrears_amount: 1850.25, months_in_arrears: 3 },
      { ...person2, case: caseMunicipality!.id, period, target: 'sdv', status: 'new', priority: 2, date_sent: today, living_situation: 'alleenstaand', debt_areas: ['Huur'], arrears_amount: 1120, months_in_arrears: 2 },
    ]),
  );
  await client.request(
    createItem('templates', { key: 'brief-vooraankondiging-amw', name: 'Vooraankondiging AMW', kind: 'letter', active: true, description: 'Brief aan de huurder: AMW neemt contact op (art. 10.4: bezwaar mogelijk).', source: '<p>Beste {{initials}} {{name_prefix}} {{surname}},</p>\n<p>Het Algemeen Maatschappelijk Werk neemt binnenkort contact met u op.</p>' }),
  );
  return { partners, users, examplesCreated: true };
}
