import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ValidateFunction } from 'ajv';
import { BRP_PERSON_FIELDS } from '../../core/brp/map-persoon.ts';
import { createBrpClient } from './brp-client.ts';
import { startBrpDevServer, type BrpDevServer } from './dev-server.ts';
import { loadTestset, type TestsetPerson } from './testset.ts';
import { loadOpenApiValidator } from './test-support/openapi-validator.ts';

// Contract tests against the official OpenAPI document (reference/brp/personen-openapi-v2.yaml).
let schema: (name: string) => ValidateFunction;
let persons: TestsetPerson[];
let server: BrpDevServer;

beforeAll(async () => {
  schema = await loadOpenApiValidator();
  persons = await loadTestset();
  server = await startBrpDevServer({ port: 0, persons, today: '2025-06-15' });
});
afterAll(() => server.close());

function errorsOf(name: string, value: unknown): string[] {
  const validate = schema(name);
  return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

async function post(body: unknown): Promise<{ status: number; contentType: string | null; json: Record<string, unknown> }> {
  const response = await fetch(`${server.url}/personen`, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) });
  return { status: response.status, contentType: response.headers.get('content-type'), json: (await response.json()) as Record<string, unknown> };
}

describe('requests the client sends', () => {
  const sent: Array<Record<string, unknown>> = [];
  const client = createBrpClient({
    baseUrl: 'http://brp.invalid/haalcentraal/api/brp',
    timeoutMs: 1000,
    maxRetries: 0,
    requestsPerSecond: 1000,
    fetch: async (_url, init) => {
      const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
      sent.push(body);
      const personen = body.type === 'RaadpleegMetBurgerservicenummer' ? [] : [{ burgerservicenummer: '999993653' }];
      return new Response(JSON.stringify({ type: body.type, personen }), { status: 200, headers: { 'content-type': 'application/json' } });
    },
  });

  test.each([
    ['address', () => client.searchByAddress({ postcode: '3077 aw', house_number: 31 })],
    ['address with letter and addition', () => client.searchByAddress({ postcode: '3225TD', house_number: 555, house_letter: 'B', house_number_addition: '73c' })],
    ['address with an addition the API cannot take', () => client.searchByAddress({ postcode: '3225TD', house_number: 555, house_letter: 'bis', house_number_addition: '2-hoog' })],
    ['address including deceased', () => client.searchByAddress({ postcode: '3011KD', house_number: 72 }, { includeDeceased: true })],
    ['name with tussenvoegsel', () => client.searchBySurnameAndBirthDate({ surname: 'Meijden', name_prefix: 'van der', birth_date: '1959-04-17' })],
    ['name with curly apostrophe', () => client.searchBySurnameAndBirthDate({ surname: 'Veld', name_prefix: 'in ’t', birth_date: '1990-09-20' })],
    ['name with characters outside the pattern', () => client.searchBySurnameAndBirthDate({ surname: 'Bronwaßer–Ŋÿ', name_prefix: 'vún', birth_date: '1979-06-07' })],
    ['many BSNs (chunked by 20)', () => client.getByBsn(persons.slice(0, 45).map((p) => p.bsn))],
  ])('%s', async (_label, call) => {
    sent.length = 0;
    await call();
    expect(sent.length).toBeGreaterThan(0);
    for (const body of sent) {
      expect(errorsOf(String(body.type), body)).toEqual([]);
      expect(errorsOf('PersonenQuery', body)).toEqual([]);
    }
  });
});

describe('dev server responses', () => {
  // Persons of the official test set whose register data itself breaks the API's patterns
  // (stress cases: "@" and "?" in names, a 200+ character surname, 27 first names giving
  // more than 40 characters of voorletters). The dev server serves them as they are.
  const KNOWN_NONCONFORMING = ['999991139', '999991449', '999990524', '999990913', '999994128', '999991000'];

  test('RaadpleegMetBurgerservicenummer for every test person matches Persoon', async () => {
    const failing = new Set<string>();
    const allFields = ['burgerservicenummer', 'geslacht', 'leeftijd', 'naam', 'geboorte', 'overlijden', 'verblijfplaats', 'adressering', 'gemeenteVanInschrijving'];
    for (const fields of [[...BRP_PERSON_FIELDS], allFields]) {
      for (let start = 0; start < persons.length; start += 20) {
        const bsns = persons.slice(start, start + 20).map((p) => p.bsn);
        const answer = await post({ type: 'RaadpleegMetBurgerservicenummer', fields, burgerservicenummer: bsns });
        expect(answer.status).toBe(200);
        expect(answer.json.type).toBe('RaadpleegMetBurgerservicenummer');
        for (const persoon of answer.json.personen as Array<{ burgerservicenummer: string }>) {
          if (errorsOf('Persoon', persoon).length > 0) failing.add(persoon.burgerservicenummer);
        }
        expect(errorsOf('PersonenQueryResponse', { ...answer.json, personen: [] })).toEqual([]);
      }
    }
    expect([...failing].sort()).toEqual([...KNOWN_NONCONFORMING].sort());
  });

  test('ZoekMetPostcodeEnHuisnummer for every address matches the response schema', async () => {
    const addresses = new Set(persons.flatMap((p) => (p.residence?.kind === 'address' && p.residence.postcode && p.residence.house_number ? [`${p.residence.postcode}|${p.residence.house_number}`] : [])));
    const failing = new Set<string>();
    for (const address of addresses) {
      const [postcode, number] = address.split('|');
      const body = { type: 'ZoekMetPostcodeEnHuisnummer', fields: ['burgerservicenummer', 'naam', 'geboorte', 'geslacht', 'leeftijd', 'adressering'], postcode, huisnummer: Number(number), inclusiefOverledenPersonen: true };
      const answer = await post(body);
      expect(answer.status).toBe(200);
      for (const persoon of answer.json.personen as Array<{ burgerservicenummer: string }>) {
        if (errorsOf('PersoonBeperkt', persoon).length > 0) failing.add(persoon.burgerservicenummer);
      }
      expect(errorsOf('ZoekMetPostcodeEnHuisnummerResponse', { ...answer.json, personen: [] })).toEqual([]);
    }
    expect(addresses.size).toBeGreaterThan(250);
    expect([...failing].filter((bsn) => !KNOWN_NONCONFORMING.includes(bsn))).toEqual([]);
  });

  test('ZoekMetGeslachtsnaamEnGeboortedatum answers match the response schema', async () => {
    const answer = await post({ type: 'ZoekMetGeslachtsnaamEnGeboortedatum', fields: ['burgerservicenummer', 'naam', 'geboorte'], geslachtsnaam: 'thurs*', voorvoegsel: 'VON', geboortedatum: '2002-05-05' });
    expect(answer.status).toBe(200);
    expect((answer.json.personen as unknown[]).length).toBe(2);
    expect(errorsOf('ZoekMetGeslachtsnaamEnGeboortedatumResponse', answer.json)).toEqual([]);
  });

  test.each([
    [{ type: 'ZoekMetPostcodeEnHuisnummer', fields: ['burgerservicenummer'], postcode: '0000XX', huisnummer: 'one' }, ['postcode', 'huisnummer']],
    [{ type: 'ZoekMetPostcodeEnHuisnummer', fields: ['verblijfplaats'], postcode: '3077AW', huisnummer: 31 }, ['fields']],
    [{ type: 'RaadpleegMetBurgerservicenummer', fields: ['opschortingBijhouding'], burgerservicenummer: ['999993653'] }, ['fields']],
    [{ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: ['12'] }, ['fields', 'burgerservicenummer']],
    [{ type: 'ZoekMetGeslachtsnaamEnGeboortedatum', fields: ['naam'], geslachtsnaam: 'Mo*', geboortedatum: '1985-13-01', postcode: '3077AW' }, ['postcode', 'geslachtsnaam', 'geboortedatum']],
    [{ type: 'ZoekMetIets', fields: ['naam'] }, ['type']],
  ])('400 problem+json for %j', async (body, names) => {
    const answer = await post(body);
    expect(answer.status).toBe(400);
    expect(answer.contentType).toBe('application/problem+json');
    expect(errorsOf('BadRequestFoutbericht', answer.json)).toEqual([]);
    expect(new Set((answer.json.invalidParams as Array<{ name: string }>).map((p) => p.name))).toEqual(new Set(names));
  });

  test('fields are honoured: only what was asked, plus automatic fields', async () => {
    const answer = await post({ type: 'RaadpleegMetBurgerservicenummer', fields: ['naam.voornamen', 'verblijfplaats.verblijfadres.postcode'], burgerservicenummer: ['999993653'] });
    expect(answer.json.personen).toEqual([{ naam: { voornamen: 'Suzanne' }, verblijfplaats: { type: 'Adres', verblijfadres: { postcode: '3077AW' } } }]);
  });

  test('what the client reads with BRP_PERSON_FIELDS: deceased, emigrated and address as the test set has them', async () => {
    const client = createBrpClient({ baseUrl: server.url, timeoutMs: 5000, maxRetries: 0, requestsPerSecond: 1000 });
    const mapped = new Map((await client.getByBsn(persons.map((p) => p.bsn))).map((person) => [person.bsn, person]));
    const wrong: string[] = [];
    for (const p of persons) {
      const person = mapped.get(p.bsn);
      const emigrated = p.suspension_reason === 'E' || p.residence?.kind === 'abroad';
      // One test person has "05" as death date: no date, so the register delivers no overlijden.
      const deceased = /^\d{8}$/.test(p.death_date_gba ?? '') || p.suspension_reason === 'O';
      const hasAddress = p.residence?.kind === 'address' && !!p.residence.postcode;
      if (!person || person.emigrated !== emigrated || person.deceased !== deceased || (person.address?.postcode != null) !== hasAddress) wrong.push(p.id);
    }
    expect(wrong).toEqual([]);
    // The test set holds every kind, so the comparison above says something.
    expect([...mapped.values()].filter((p) => p.emigrated && p.address === null).length).toBeGreaterThan(10);
    expect([...mapped.values()].filter((p) => p.deceased).length).toBeGreaterThan(5);
  });

  test('a missing API key is a 401 problem', async () => {
    const guarded = await startBrpDevServer({ port: 0, persons: persons.slice(0, 5), apiKey: 'k' });
    try {
      const response = await fetch(`${guarded.url}/personen`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(response.status).toBe(401);
      expect(errorsOf('Foutbericht', await response.json())).toEqual([]);
    } finally {
      await guarded.close();
    }
  });
});
