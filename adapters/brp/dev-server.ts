import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PersonenQuerySource } from '../../core/brp/brp-source.types.ts';
import { pickFields } from './dev-server-fields.ts';
import { automaticFields, renderPersoon } from './dev-server-persoon.ts';
import { validateQuery, type InvalidParam } from './dev-server-query.ts';
import { loadTestset, type TestsetPerson } from './testset.ts';

export const BRP_DEV_PATH = '/haalcentraal/api/brp/personen';

export interface BrpDevServerOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** Defaults to the official test set in reference/brp. */
  persons?: TestsetPerson[];
  /** When set, requests must carry it in X-API-KEY. */
  apiKey?: string;
  /** YYYY-MM-DD for `leeftijd`; defaults to the real date. */
  today?: string;
}

export interface BrpDevServer {
  /** Base URL up to and including /haalcentraal/api/brp, ready for BRP_API_URL. */
  url: string;
  close(): Promise<void>;
}

/**
 * A local stand-in for the Haal Centraal BRP Personen API v2 serving the official test
 * persons: POST /personen with RaadpleegMetBurgerservicenummer, ZoekMetPostcodeEnHuisnummer
 * and ZoekMetGeslachtsnaamEnGeboortedatum, `fields` honoured, errors as problem+json.
 */
export async function startBrpDevServer(options: BrpDevServerOptions): Promise<BrpDevServer> {
  const persons = options.persons ?? (await loadTestset());
  const server = createServer((request, response) => {
    handle(request, response, persons, options).catch(() => {
      if (!response.headersSent) sendProblem(response, request, 500, 'Interne fout.', 'serverError');
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}/haalcentraal/api/brp`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function handle(request: IncomingMessage, response: ServerResponse, persons: TestsetPerson[], options: BrpDevServerOptions): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname.replace(/\/+$/, '');
  if (path !== BRP_DEV_PATH) return sendProblem(response, request, 404, 'Opgevraagde resource bestaat niet.', 'notFound');
  if (request.method !== 'POST') return sendProblem(response, request, 405, 'Gebruikte bevragingsmethode is niet toegestaan.', 'methodNotAllowed');
  if (options.apiKey && request.headers['x-api-key'] !== options.apiKey) {
    return sendProblem(response, request, 401, 'Niet correct geauthenticeerd.', 'authentication');
  }
  if (!/^application\/json/i.test(request.headers['content-type'] ?? '')) {
    return sendProblem(response, request, 415, 'Media Type wordt niet ondersteund.', 'unsupportedMediaType');
  }
  let body: unknown;
  try {
    body = JSON.parse(await readBody(request));
  } catch {
    return sendProblem(response, request, 400, 'Ten minste een parameter moet worden opgegeven.', 'paramsRequired');
  }
  const validation = validateQuery(body);
  if (!validation.ok) return sendProblem(response, request, 400, 'Een of meerdere parameters zijn niet correct.', 'paramsValidation', validation.invalidParams);
  const query = validation.query;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const found = search(persons, query);
  const personen = found.map((person) => ({ ...pickFields(renderPersoon(person, today), query.fields), ...automaticFields(person) }));
  send(response, 200, 'application/json; charset=utf-8', { type: query.type, personen });
}

function search(persons: TestsetPerson[], query: PersonenQuerySource & Record<string, unknown>): TestsetPerson[] {
  const includeDeceased = query.type === 'RaadpleegMetBurgerservicenummer' || query.inclusiefOverledenPersonen === true;
  const alive = (person: TestsetPerson) => includeDeceased || (person.death_date_gba === null && person.suspension_reason !== 'O');
  switch (query.type) {
    case 'RaadpleegMetBurgerservicenummer':
      return query.burgerservicenummer.flatMap((bsn) => persons.filter((person) => person.bsn === bsn));
    case 'ZoekMetPostcodeEnHuisnummer': {
      const postcode = query.postcode.replace(/\s+/g, '').toUpperCase();
      const extra = query as Record<string, unknown>;
      return persons.filter((person) => {
        const residence = person.residence;
        if (residence?.kind !== 'address' || residence.postcode !== postcode || residence.house_number !== query.huisnummer) return false;
        // Optional filters narrow the result; left out, everyone at the number is found.
        if (query.huisletter !== undefined && !sameText(residence.house_letter, query.huisletter)) return false;
        if (query.huisnummertoevoeging !== undefined && !sameText(residence.house_number_addition, query.huisnummertoevoeging)) return false;
        if (typeof extra.geslachtsnaam === 'string' && !matchesName(person.surname, extra.geslachtsnaam)) return false;
        if (typeof extra.geboortedatum === 'string' && !sameBirthDate(person, extra.geboortedatum)) return false;
        return alive(person);
      });
    }
    case 'ZoekMetGeslachtsnaamEnGeboortedatum': {
      const extra = query as Record<string, unknown>;
      return persons.filter(
        (person) =>
          matchesName(person.surname, query.geslachtsnaam) &&
          sameBirthDate(person, query.geboortedatum) &&
          (query.voorvoegsel === undefined || sameText(person.name_prefix, query.voorvoegsel)) &&
          (typeof extra.voornamen !== 'string' || matchesName(person.first_names, extra.voornamen)) &&
          (typeof extra.geslacht !== 'string' || sameText(person.gender, extra.geslacht)) &&
          alive(person),
      );
    }
  }
}

/** Case-insensitive, with the spec's wildcard `*` at the end of the search text. */
function matchesName(value: string | null, pattern: string): boolean {
  if (!value) return false;
  const text = value.toLowerCase();
  const wanted = pattern.toLowerCase();
  return wanted.endsWith('*') ? text.startsWith(wanted.slice(0, -1)) : text === wanted;
}

function sameText(value: string | null, wanted: string): boolean {
  return (value ?? '').toLowerCase() === wanted.toLowerCase();
}

function sameBirthDate(person: TestsetPerson, isoDate: string): boolean {
  return person.birth_date_gba === isoDate.replace(/-/g, '');
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 1_000_000) reject(new Error('request body too large'));
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendProblem(response: ServerResponse, request: IncomingMessage, status: number, title: string, code: string, invalidParams?: InvalidParam[]): void {
  const instance = `http://${request.headers.host ?? 'localhost'}${(request.url ?? '/').split('?')[0]}`;
  send(response, status, 'application/problem+json', {
    type: `https://www.rfc-editor.org/rfc/rfc9110.html#status.${status}`,
    title,
    status,
    instance,
    code,
    ...(invalidParams ? { invalidParams } : {}),
  });
}

function send(response: ServerResponse, status: number, contentType: string, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(text) });
  response.end(text);
}
