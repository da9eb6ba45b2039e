import { describe, expect, test } from 'vitest';
import type { BrpAddress, BrpPerson } from '../brp/brp-person.ts';
import type { MatchResult } from '../matching/match-signal.ts';
import { parseMunicipalityArea, UNRESTRICTED_AREA, type MunicipalityArea } from '../routing/municipality-area.ts';
import { enrichmentOutcome, type MatchedTenant } from './enrichment-outcome.ts';

const home: BrpAddress = { street: 'Markt', house_number: 12, house_letter: null, house_number_addition: null, postcode: '6001GS', city: 'Weert' };
const person = (bsn: string, birth_date: string, over: Partial<BrpPerson> = {}): BrpPerson => ({
  bsn, first_names: 'Anna', initials: 'A.', name_prefix: null, surname: 'Jansen', birth_date, gender: 'V', deceased: false, emigrated: false, age: null, address: home, ...over,
});
const tenant = person('111111110', '1980-01-01');
const child = person('222222220', '2015-01-01');
const matched: MatchResult = { status: 'matched', confidence: 0.95, bsn: tenant.bsn, reasons: ['Eén kandidaat komt duidelijk overeen'], candidates: [{ bsn: tenant.bsn, score: 0.95, reasons: ['Achternaam gelijk'] }] };
const ambiguous: MatchResult = { status: 'ambiguous', confidence: 0.7, bsn: null, reasons: ['Beste kandidaat is overleden; handmatig controleren'], candidates: [{ bsn: tenant.bsn, score: 0.7, reasons: ['Achternaam gelijk'] }] };
const rented = { postcode: '6001GS', house_number: 12, house_letter: null, house_number_addition: null };
const weert = (parseMunicipalityArea('6000-6009', []) as { ok: true; area: MunicipalityArea }).area;
const context = (area: MunicipalityArea = UNRESTRICTED_AREA) => ({ today: '2026-11-01', rented, area });

describe('enrichmentOutcome', () => {
  test.each([
    ['matched at the rented address: situation and household facts', matched, { person: tenant, residents: [tenant, child] }, weert, 'at_address', { has_minor_children: true, household_size: 2, living_situation: 'alleenstaande ouder' }],
    ['matched by name elsewhere in the area', matched, { person: { ...tenant, address: { ...home, house_number: 40 } }, residents: [tenant] }, weert, 'moved', { household_size: 1 }],
    ['matched, registered outside the area', matched, { person: { ...tenant, address: { ...home, postcode: '3077AW', city: 'Rotterdam' } }, residents: [tenant] }, weert, 'moved_out_of_area', { household_size: 1 }],
    ['matched, emigrated: no household at a Dutch address', matched, { person: { ...tenant, emigrated: true, address: null }, residents: null }, weert, 'emigrated', null],
    ['matched, no Dutch address', matched, { person: { ...tenant, address: null }, residents: null }, UNRESTRICTED_AREA, 'address_unknown', null],
    ['not matched: nothing about where the person lives', ambiguous, null, weert, null, null],
    ['a tenant that is not the matched BSN is ignored', matched, { person: child, residents: [child] }, weert, null, null],
  ] as const)('%s', (_name, match, given, area, situation, household) => {
    const outcome = enrichmentOutcome(match, given as MatchedTenant | null, context(area));
    expect(outcome.signal.brp_situation).toBe(situation);
    if (household === null) expect(outcome.household).toBeNull();
    else expect(outcome.household).toMatchObject({ ...household, facts_source: 'BRP', facts_date: '2026-11-01' });
  });

  test('a tenant registered elsewhere gets that fact first among the reasons; the candidates keep no BSN', () => {
    const outcome = enrichmentOutcome(matched, { person: { ...tenant, address: { ...home, postcode: '3077AW', city: 'Rotterdam' } }, residents: [] }, context(weert));
    expect(outcome.signal.match_reasons).toEqual(['Volgens het BRP: verhuisd buiten de gemeente', 'Eén kandidaat komt duidelijk overeen']);
    expect(outcome.signal).toMatchObject({ match_status: 'matched', bsn: tenant.bsn, match_candidates: [{ rank: 1, score: 0.95, reasons: ['Achternaam gelijk'] }] });
    expect(JSON.stringify(outcome.signal.match_candidates)).not.toContain(tenant.bsn);
    expect(enrichmentOutcome(matched, { person: tenant, residents: [tenant] }, context()).signal.match_reasons).toEqual(['Eén kandidaat komt duidelijk overeen']);
  });
});
