/**
 * An invented household for the inzage tests: K. 't Hartbrief (the person asking) and
 * L. Hartpartner share an address and one case routed to AMW. The referral is made out to
 * Hartpartner, the one with the higher arrears. Nothing here is real.
 */
import type { InzageSource, SourceSignal } from './inzage-report.ts';

const signal = (over: Partial<SourceSignal> & Pick<SourceSignal, 'id'>): SourceSignal => ({
  partner_name: 'Wonen Voorbeeld',
  period: '2043-05',
  status: 'Nog niet opgepakt',
  bsn: null,
  initials: 'K.',
  name_prefix: "'t",
  surname: 'Hartbrief',
  birth_date: '1975-03-02',
  street: 'Molenstraat',
  house_number: 3,
  house_letter: null,
  house_number_addition: null,
  postcode: '6001AA',
  city: 'Weert',
  phone: null,
  months_in_arrears: 2,
  arrears_amount: 900,
  signal_date: '2043-05-30',
  household: 'h1',
  case: 'c1',
  match_status: 'matched',
  brp_situation: 'at_address',
  has_benefit: false,
  benefit_kind: null,
  known_at_debt_services: false,
  debt_areas: ['Water'],
  route_trace: 'Geen uitkering volgens de uitkeringslijst van 1 juni 2043 → AMW',
  routed_at: '2043-06-02T08:00:00.000Z',
  date_created: '2043-06-01T07:30:00.000Z',
  ...over,
});

export function inzageFixture(): InzageSource {
  return {
    signals: [
      signal({ id: 's-own', bsn: '999993653', phone: '06 12345678' }),
      signal({ id: 's-own-other-partner', partner_name: 'Waterbedrijf Voorbeeld', bsn: null, name_prefix: null, surname: "'t Hartbrief", months_in_arrears: 1, arrears_amount: 120 }),
      signal({ id: 's-partner', bsn: '999990019', initials: 'L.', name_prefix: null, surname: 'Hartpartner', birth_date: '1977-08-09', months_in_arrears: 3, arrears_amount: 1500, route_trace: 'Trace van Hartpartner' }),
      signal({ id: 's-stranger', bsn: '999990020', initials: 'Q.', name_prefix: null, surname: 'Vreemdeling', birth_date: '1980-01-01', household: 'h2', case: 'c2', postcode: '6002BB' }),
    ],
    facts: [
      { signal: 's-own', fact: 'debt_area', value: 'Water', source_kind: 'water', source_date: '2043-06-01' },
      { signal: 's-partner', fact: 'debt_services', value: 'ja', source_kind: 'debt_services', source_date: '2043-06-01' },
    ],
    households: [
      { id: 'h1', address: 'Molenstraat 3, 6001 AA Weert', has_minor_children: false, household_size: 2, living_situation: 'paar zonder kinderen', facts_source: 'BRP', facts_date: '2043-06-01' },
      { id: 'h2', address: 'Elders 1, 6002 BB Weert', has_minor_children: true, household_size: 4, living_situation: 'paar met kinderen', facts_source: 'BRP', facts_date: '2043-06-01' },
    ],
    cases: [
      { id: 'c1', household: 'h1', period: '2043-05', status: 'in_contact', route: 'amw', reason: 'Geen uitkering → AMW', decided_by_rule: 'huurschuld-convenant@1', rule_route: 'amw', override_reason: null, overridden_at: null, date_matched: '2043-06-02', date_picked_up: '2043-06-12', date_first_contact: '2043-06-13', date_first_talk: null, date_closed: null, result: null, talk_at: null, talk_place: null, rent_withholding_consent: false, consent_date: null },
      { id: 'c2', household: 'h2', period: '2043-05', status: 'new', route: 'municipality', reason: 'Uitkering', decided_by_rule: 'huurschuld-convenant@1', rule_route: 'municipality', override_reason: null, overridden_at: null, date_matched: '2043-06-02', date_picked_up: null, date_first_contact: null, date_first_talk: null, date_closed: null, result: null, talk_at: null, talk_place: null, rent_withholding_consent: false, consent_date: null },
    ],
    referrals: [
      { id: 'r1', case: 'c1', target: 'amw', partner_name: 'AMW Voorbeeld', status: 'in_progress', period: '2043-05', date_sent: '2043-06-11', outcome: null, date_outcome: null, date_referred_back: null, date_created: '2043-06-02T08:00:00.000Z' },
      { id: 'r2', case: 'c2', target: 'sdv', partner_name: null, status: 'new', period: '2043-05', date_sent: null, outcome: null, date_outcome: null, date_referred_back: null, date_created: '2043-06-02T08:00:00.000Z' },
    ],
    contactAttempts: [
      { id: 'a1', case: 'c1', referral: 'r1', kind: 'Telefonisch', reached: true, date: '2043-06-13', part_of_day: 'Ochtend', organisation: 'amw', note: null },
      { id: 'a2', case: 'c2', referral: null, kind: 'Brief', reached: false, date: '2043-06-13', part_of_day: null, organisation: 'municipality', note: 'Vreemdeling niet thuis' },
    ],
    letters: [
      { id: 'd1', case: 'c1', template_name: 'Vooraankondiging AMW', status: 'ready', date_created: '2043-06-03T06:00:00.000Z', reissue_reason: null },
      { id: 'd2', case: 'c2', template_name: 'Uitnodiging gemeente', status: 'ready', date_created: '2043-06-03T06:00:00.000Z', reissue_reason: null },
    ],
    objections: [
      { id: 'o1', surname: 'Hartbrief', name_prefix: "'t", birth_date: '1975-03-02', postcode: '6001 aa', house_number: 3, bsn: null, scope: 'amw', date_received: '2043-06-20', date_end: null },
      { id: 'o2', surname: 'Hartpartner', birth_date: '1977-08-09', postcode: '6001AA', house_number: 3, bsn: null, scope: 'all', date_received: '2043-06-21', date_end: null },
    ],
    disclosures: [
      { id: 'x1', bsn: '999993653', date: '2043-07-01', recipient: 'Belastingdienst', legal_ground: 'Art. 53 AWR', description: 'Gevraagd adres', surname: null, birth_date: null, postcode: null, house_number: null },
      { id: 'x2', bsn: '999990019', date: '2043-07-01', recipient: 'Belastingdienst', legal_ground: 'Art. 53 AWR', description: 'Over Hartpartner', surname: null, birth_date: null, postcode: null, house_number: null },
    ],
    privacyRequests: [
      { id: 'p1', kind: 'inzage', status: 'in_progress', date_received: '2043-07-10', deadline: '2043-08-10', date_done: null, bsn: '999993653', surname: 'Hartbrief', birth_date: '1975-03-02', postcode: '6001AA', house_number: 3 },
    ],
    access: [
      { id: 1, user_name: 'Sanne Medewerker', role: 'Schulddienstverlening', collection: 'signals', item: 's-own', action: 'read', route: 'app', timestamp: '2043-06-05T09:15:00.000Z' },
      { id: 2, user_name: 'Sanne Medewerker', role: 'Schulddienstverlening', collection: 'signals', item: 's-partner', action: 'read', route: 'app', timestamp: '2043-06-05T09:16:00.000Z' },
      { id: 3, user_name: 'Ahmed AMW', role: 'AMW', collection: 'referrals', item: 'r1', action: 'read', route: 'app', timestamp: '2043-06-12T10:00:00.000Z' },
      { id: 4, user_name: null, role: 'Schulddienstverlening', collection: 'signals', item: 's-stranger,s-own-other-partner', action: 'list', route: 'api', timestamp: '2043-06-04T12:00:00.000Z' },
      { id: 5, user_name: 'Sanne Medewerker', role: 'Schulddienstverlening', collection: 'signals', item: 's-stranger', action: 'read', route: 'app', timestamp: '2043-06-05T09:17:00.000Z' },
      { id: 6, user_name: 'Sanne Medewerker', role: 'Schulddienstverlening', collection: 'cases', item: 'c10', action: 'read', route: 'app', timestamp: '2043-06-05T09:18:00.000Z' },
    ],
  };
}
