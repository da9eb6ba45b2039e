/**
 * Every column of the two exports, compared with what the covenant allows (issue 11,
 * acceptance): the corporation's feedback holds art. 12.2 (plus the flow chart's arrears
 * amount) and the decision; AMW's overview holds art. 12.3. The allowed sets are written out
 * here from the covenant's text, not derived from the code under test.
 */
import { describe, expect, test } from 'vitest';
import { REFERRAL_DATA_FOR_SOCIAL_WORK } from '../../directus/access/access-model.ts';
import { collections, LIVING_SITUATIONS } from '../../directus/schema/model.ts';
import { SIGNAL_FIELD_LABELS, SIGNAL_FIELDS } from '../intake/signal-record.ts';
import { AMW_OVERVIEW_COLUMNS } from './amw-overview-rows.ts';
import { ART_12_3_FIELDS, CORPORATION_FIELDS } from './covenant-fields.ts';
import { FEEDBACK_COLUMNS } from './feedback-rows.ts';
import { LIVING_SITUATION_LABELS } from './living-situation-label.ts';

/** Art. 12.2: "initialen, tussenvoegsel, achternaam, geboortedatum, volledig adres (straat, huisnummer, postcode, plaats), telefoonnummer en aantal maanden huurachterstand"; the flow chart adds the amount. */
const ART_12_2 = [
  ['initials', 'Voorletters'],
  ['name_prefix', 'Tussenvoegsel'],
  ['surname', 'Achternaam'],
  ['birth_date', 'Geboortedatum'],
  ['street', 'Straat'],
  ['house_number', 'Huisnummer'],
  ['house_letter', 'Huisletter'],
  ['house_number_addition', 'Huisnummertoevoeging'],
  ['postcode', 'Postcode'],
  ['city', 'Woonplaats'],
  ['phone', 'Telefoonnummer'],
  ['months_in_arrears', 'Maanden achterstand'],
  ['arrears_amount', 'Achterstandsbedrag'],
];
const DECISION = ['decision', 'Beslissing'];
/** Art. 12.3: the same name and address, "telefoonnummer, leefsituatie en schuldgebieden". */
const ART_12_3 = [...ART_12_2.slice(0, 11), ['living_situation', 'Leefsituatie'], ['debt_areas', 'Schuldgebieden']];

/** What the municipality adds to a signal; none of it may go back to a corporation. */
const ENRICHMENT = ['bsn', 'match_status', 'match_confidence', 'match_reasons', 'match_candidates', 'has_benefit', 'benefit_kind', 'known_at_debt_services', 'debt_areas', 'brp_situation', 'route_trace', 'household', 'case', 'facts'];

const columns = (list: ReadonlyArray<{ key: string; header: string }>) => list.map((column) => [column.key, column.header]);

describe('export columns against the covenant', () => {
  test("the corporation's feedback: art. 12.2 plus the decision, nothing else", () => {
    expect(columns(FEEDBACK_COLUMNS)).toEqual([...ART_12_2, DECISION]);
  });

  test("AMW's overview: exactly art. 12.3", () => {
    expect(columns(AMW_OVERVIEW_COLUMNS)).toEqual(ART_12_3);
  });

  test('no column of either export repeats', () => {
    for (const list of [FEEDBACK_COLUMNS, AMW_OVERVIEW_COLUMNS]) {
      expect(new Set(list.map((column) => column.key)).size).toBe(list.length);
      expect(new Set(list.map((column) => column.header)).size).toBe(list.length);
    }
  });

  test('the feedback is what intake accepts from a corporation (less the signal date, which intake may fill in), and no enrichment field', () => {
    expect([...CORPORATION_FIELDS]).toEqual(SIGNAL_FIELDS.filter((field) => field !== 'signal_date'));
    for (const field of CORPORATION_FIELDS) expect(SIGNAL_FIELD_LABELS[field]).toBe(FEEDBACK_COLUMNS.find((column) => column.key === field)!.header);
    const signalFields = collections.find((collection) => collection.collection === 'signals')!.fields.map((field) => field.field);
    for (const field of ENRICHMENT) {
      expect(signalFields).toContain(field);
      expect(FEEDBACK_COLUMNS.map((column) => column.key)).not.toContain(field);
    }
  });

  test('every AMW column is a referral field AMW may read in the app (directus/access/access-model.ts)', () => {
    for (const field of ART_12_3_FIELDS) expect(REFERRAL_DATA_FOR_SOCIAL_WORK).toContain(field);
    const referralFields = collections.find((collection) => collection.collection === 'referrals')!.fields.map((field) => field.field);
    for (const field of ART_12_3_FIELDS) expect(referralFields).toContain(field);
    expect(ART_12_3_FIELDS).not.toContain('months_in_arrears');
    expect(ART_12_3_FIELDS).not.toContain('arrears_amount');
  });

  test('the living situations read as in the app', () => {
    expect(Object.entries(LIVING_SITUATION_LABELS)).toEqual(LIVING_SITUATIONS.map(([value, label]) => [value, label]));
  });
});
