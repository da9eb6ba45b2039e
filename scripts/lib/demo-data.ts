/**
 * Demo partners, one user per role and a few example records. Used by `npm run seed:demo`
 * and by the integration tests, so the tests exercise what a new user sees. Idempotent:
 * partners, users and example records are looked up by a stable key and put right, never doubled.
 */
import { createItem, createUser, readItems, readRoles, readSingleton, readUsers, updateItem, updateSingleton, updateUser } from '@directus/sdk';
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
  { code: 'amw-midden-limburg', name: 'AMW Midden-Limburg', partner_type: 'Overige', organisation_role: 'social_work', contact_email: 'aanmelding@amw.example', contact_phone: '0495 123 456', active_from: '2017-02-14', expected_monthly_signals: null },
] as const;

/** The example households' address keys (the prefix marks them as demo data). */
export const DEMO_HOUSEHOLDS = { family: 'DEMO-6001AA-12', single: 'DEMO-6002BB-3-A' } as const;

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

  const examplesCreated = await seedExamples(client, partners, today);
  return { partners, users, examplesCreated };
}

/**
 * The example records, each found by a stable key and created or put right: an upload per
 * corporation with its own signals, a household per address with its own case, signals and
 * referral. Created one by one: a batch create answers in key order (random uuids), not in
 * the order given, which once wired each case to the other household. A re-run repairs
 * records an older seed wired wrongly and leaves the work done on them (status, BRP) alone.
 */
async function seedExamples(client: ApiClient, partners: Record<string, number>, today: string): Promise<boolean> {
  const period = today.slice(0, 7);
  const wonenLimburg = partners['wonen-limburg']!;
  const stJoseph = partners['st-joseph']!;
  const amw = partners['amw-midden-limburg']!;
  let created = false;
  const upsert = async (collection: string, filter: Record<string, unknown>, onCreate: Record<string, unknown>, always: Record<string, unknown>) => {
    const [found] = (await client.request(readItems(collection as never, { filter, fields: ['id'], limit: 1 } as never))) as Array<{ id: string }>;
    if (found) {
      await client.request(updateItem(collection as never, found.id as never, always as never));
      return found.id;
    }
    created = true;
    return ((await client.request(createItem(collection as never, { ...onCreate, ...always } as never))) as { id: string }).id;
  };

  const family = { initials: 'J.', name_prefix: 'van der', surname: 'Voorbeeld', birth_date: '1985-03-14', street: 'Voorbeeldstraat', house_number: 12, house_letter: null, house_number_addition: null, postcode: '6001AA', city: 'Weert', phone: '0495-123456' };
  const single = { initials: 'M.A.', name_prefix: null, surname: 'Demo', birth_date: '1962-11-02', street: 'Proefweg', house_number: 3, house_letter: 'A', house_number_addition: null, postcode: '6002BB', city: 'Weert', phone: null };
  const stJosephTenant = { initials: 'K.', name_prefix: null, surname: 'Proef', birth_date: '1990-07-21', street: 'Testlaan', house_number: 8, house_letter: null, house_number_addition: null, postcode: '6003CC', city: 'Stramproy', phone: null };

  // Marked as examples: no file was ever read; the counts are those of the signals below.
  const exampleUpload = (partner: number, fileName: string, rows: number) => ({
    partner, file_name: fileName, status: 'processed', rows_read: rows, accepted: rows, rejected: 0, duplicates: 0, dropped_columns: [], error_report: [],
    summary: `Voorbeeldupload uit de demogegevens (er is geen echt bestand ingelezen): ${rows} ${rows === 1 ? 'rij' : 'rijen'} gelezen, ${rows} geaccepteerd, 0 afgewezen, 0 dubbel.`,
  });
  const uploadWonenLimburg = await upsert('uploads', { partner: { _eq: wonenLimburg }, file_name: { _eq: 'voorbeeld-wonen-limburg.xlsx' } }, { period }, { ...exampleUpload(wonenLimburg, 'voorbeeld-wonen-limburg.xlsx', 2), processed_at: `${today}T08:00:00.000Z` });
  const uploadStJoseph = await upsert('uploads', { partner: { _eq: stJoseph }, file_name: { _eq: 'voorbeeld-st-joseph.csv' } }, { period }, { ...exampleUpload(stJoseph, 'voorbeeld-st-joseph.csv', 1), processed_at: `${today}T08:00:00.000Z` });

  const householdFamily = await upsert('households', { address_key: { _eq: DEMO_HOUSEHOLDS.family } }, { address_key: DEMO_HOUSEHOLDS.family, facts_date: today }, { address: 'Voorbeeldstraat 12, 6001 AA Weert', has_minor_children: true, household_size: 4, living_situation: 'paar met kinderen', facts_source: 'Voorbeeldgegevens' });
  const householdSingle = await upsert('households', { address_key: { _eq: DEMO_HOUSEHOLDS.single } }, { address_key: DEMO_HOUSEHOLDS.single, facts_date: today }, { address: 'Proefweg 3A, 6002 BB Weert', has_minor_children: false, household_size: 1, living_situation: 'alleenstaand', facts_source: 'Voorbeeldgegevens' });

  // Found by their route (a route is only changed with a reason): a re-run moves a case to
  // its own household; status and owner are the user's work and stay.
  const caseFamily = await upsert('cases', { decided_by_rule: { _eq: 'voorbeeldgegevens' }, rule_route: { _eq: 'amw' } }, { period, status: 'new', date_matched: today, route: 'amw', rule_route: 'amw', decided_by_rule: 'voorbeeldgegevens', reason: 'Geen uitkering; gezin met minderjarige kinderen: AMW met voorrang.', priority: 1, has_minor_children: true, months_in_arrears: 3, arrears_amount: 1850.25 }, { household: householdFamily });
  const caseSingle = await upsert('cases', { decided_by_rule: { _eq: 'voorbeeldgegevens' }, rule_route: { _eq: 'municipality' } }, { period, status: 'new', date_matched: today, route: 'municipality', rule_route: 'municipality', decided_by_rule: 'voorbeeldgegevens', reason: 'Participatiewet-uitkering: uitnodiging regisseur, huur inhouden.', priority: 2, has_minor_children: false, months_in_arrears: 2, arrears_amount: 1120 }, { household: householdSingle });

  // Person and links only: the enrichment's results on a signal are kept on a re-run.
  await upsert('signals', { partner: { _eq: wonenLimburg }, tenant_key: { _eq: 'DEMO-1' } }, { period, signal_date: today, tenant_key: 'DEMO-1', months_in_arrears: 3, arrears_amount: 1850.25 }, { ...family, partner: wonenLimburg, upload: uploadWonenLimburg, household: householdFamily, case: caseFamily });
  await upsert('signals', { partner: { _eq: wonenLimburg }, tenant_key: { _eq: 'DEMO-2' } }, { period, signal_date: today, tenant_key: 'DEMO-2', months_in_arrears: 2, arrears_amount: 1120 }, { ...single, partner: wonenLimburg, upload: uploadWonenLimburg, household: householdSingle, case: caseSingle });
  await upsert('signals', { partner: { _eq: stJoseph }, tenant_key: { _eq: 'DEMO-3' } }, { period, signal_date: today, tenant_key: 'DEMO-3', months_in_arrears: 2.5, arrears_amount: 990.5 }, { ...stJosephTenant, partner: stJoseph, upload: uploadStJoseph, household: null, case: null });

  // Sent (date_sent), so AMW sees its referral; each on the case of its own household.
  await upsert('referrals', { target: { _eq: 'amw' }, surname: { _eq: family.surname }, birth_date: { _eq: family.birth_date } }, { period, status: 'new', date_sent: today }, { ...family, case: caseFamily, target: 'amw', partner: amw, priority: 1, living_situation: 'paar met kinderen', debt_areas: ['Huur', 'Energie'], arrears_amount: 1850.25, months_in_arrears: 3 });
  await upsert('referrals', { target: { _eq: 'sdv' }, surname: { _eq: single.surname }, birth_date: { _eq: single.birth_date } }, { period, status: 'new', date_sent: today }, { ...single, case: caseSingle, target: 'sdv', partner: null, priority: 2, living_situation: 'alleenstaand', debt_areas: ['Huur'], arrears_amount: 1120, months_in_arrears: 2 });

  // Templates are no demo data: provisioning seeds the defaults from templates/ (scripts/lib/seed-templates.ts).
  await fillDemoLetterSettings(client);
  return created;
}

/**
 * The letterhead and sender of the demo municipality, so letters can be made and previewed
 * at once (issue 11). Only empty settings are filled: what a functional admin set stays.
 */
export const DEMO_LETTER_SETTINGS = {
  sender_name: 'Team Schulddienstverlening',
  return_address: 'Postbus 950, 6000 AZ Weert',
  visiting_address: 'Wilhelminasingel 101, 6001 GS Weert',
  contact_phone: '14 0495',
  contact_email: 'schulddienstverlening@demo.vroegsignalering.nl',
  contact_website: 'www.weert.nl',
  signatory_name: 'M. Janssen',
  signatory_role: 'coördinator Schulddienstverlening',
  letter_footer: 'Bereikbaar op werkdagen van 8.30 tot 17.00 uur',
  default_talk_place: 'Stadhuis Weert, balie Werk en Inkomen',
  default_talk_address: 'Wilhelminasingel 101, 6001 GS Weert',
} as const;

async function fillDemoLetterSettings(client: ApiClient): Promise<void> {
  const current = ((await client.request(readSingleton('app_settings' as never, { fields: Object.keys(DEMO_LETTER_SETTINGS) } as never))) ?? {}) as Record<string, unknown>;
  const missing = Object.fromEntries(Object.entries(DEMO_LETTER_SETTINGS).filter(([field]) => current[field] === null || current[field] === undefined || current[field] === ''));
  if (Object.keys(missing).length > 0) await client.request(updateSingleton('app_settings' as never, missing as never));
}
