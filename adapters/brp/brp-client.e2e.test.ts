import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createBrpClient, type BrpClientOptions } from './brp-client.ts';
import { BRP_UNAVAILABLE_USER_MESSAGE, BrpRequestError, BrpUnavailableError } from './brp-errors.ts';
import { startBrpDevServer, type BrpDevServer } from './dev-server.ts';

// Real HTTP on random ports: the client against the dev server, and against small
// servers that misbehave on purpose. Waiting is replaced so the tests stay fast.
const FAST: Pick<BrpClientOptions, 'timeoutMs' | 'maxRetries' | 'requestsPerSecond' | 'random'> = { timeoutMs: 2000, maxRetries: 3, requestsPerSecond: 1000, random: () => 0 };

let dev: BrpDevServer;
beforeAll(async () => {
  dev = await startBrpDevServer({ port: 0, apiKey: 'test-key', today: '2025-06-15' });
});
afterAll(() => dev.close());

async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ url: string; server: Server }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/haalcentraal/api/brp`, server };
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

describe('client against the dev server', () => {
  const client = () => createBrpClient({ baseUrl: dev.url, apiKey: 'test-key', ...FAST });

  test('searchByAddress returns everyone at the address with full details', async () => {
    const residents = await client().searchByAddress({ postcode: '3225 td', house_number: 555 });
    expect(residents.length).toBeGreaterThan(5);
    expect(residents.every((p) => p.address?.postcode === '3225TD' && p.address.house_number === 555)).toBe(true);
    expect(residents.every((p) => !p.deceased)).toBe(true);
    const withDeceased = await client().searchByAddress({ postcode: '3225TD', house_number: 555 }, { includeDeceased: true });
    expect(withDeceased.some((p) => p.deceased)).toBe(true);
  });

  test('letter and addition narrow the address search', async () => {
    const residents = await client().searchByAddress({ postcode: '3225TD', house_number: 555, house_letter: 'b', house_number_addition: '73C' }, { includeDeceased: true });
    expect(residents.map((p) => p.bsn)).toEqual(['999991693']);
  });

  test('searchBySurnameAndBirthDate maps the person', async () => {
    const [person, ...rest] = await client().searchBySurnameAndBirthDate({ surname: 'Meijden', name_prefix: 'van der', birth_date: '1959-04-17' });
    expect(rest).toEqual([]);
    expect(person).toMatchObject({ bsn: '999993872', name_prefix: 'van der', surname: 'Meijden', birth_date: '1959-04-17', deceased: false, address: { postcode: '3011KD', house_number: 72 } });
  });

  test('searches side by side share one details request, and each gets only its own persons', async () => {
    const bodies: Array<{ type: string; burgerservicenummer?: string[] }> = [];
    const counting: typeof fetch = async (input, init) => {
      bodies.push(JSON.parse(String(init?.body)) as { type: string; burgerservicenummer?: string[] });
      return await fetch(input, init);
    };
    const batched = createBrpClient({ baseUrl: dev.url, apiKey: 'test-key', ...FAST, fetch: counting });
    const [first, second] = await Promise.all([batched.searchByAddress({ postcode: '3225TD', house_number: 555 }), batched.searchBySurnameAndBirthDate({ surname: 'Moulin', birth_date: '1985-12-01' })]);
    const alone = client();
    expect(first.map((p) => p.bsn).sort()).toEqual((await alone.searchByAddress({ postcode: '3225TD', house_number: 555 })).map((p) => p.bsn).sort());
    expect(second.map((p) => p.bsn)).toEqual(['999993653']);
    const details = bodies.filter((body) => body.type === 'RaadpleegMetBurgerservicenummer');
    expect(details).toHaveLength(1);
    expect(details[0]!.burgerservicenummer).toContain('999993653');

    // Without batching each search asks its own details.
    bodies.length = 0;
    const unbatched = createBrpClient({ baseUrl: dev.url, apiKey: 'test-key', ...FAST, fetch: counting, detailsBatchWaitMs: 0 });
    await Promise.all([unbatched.searchByAddress({ postcode: '3225TD', house_number: 555 }), unbatched.searchBySurnameAndBirthDate({ surname: 'Moulin', birth_date: '1985-12-01' })]);
    expect(bodies.filter((body) => body.type === 'RaadpleegMetBurgerservicenummer')).toHaveLength(2);
  });

  test('getByBsn asks in chunks and keeps deceased persons', async () => {
    const persons = await client().getByBsn(['999993653', '999995108', '999993653']);
    expect(persons.map((p) => [p.bsn, p.deceased])).toEqual([['999993653', false], ['999995108', true]]);
    expect(persons[0]).toMatchObject({ first_names: 'Suzanne', initials: 'S.', surname: 'Moulin', birth_date: '1985-12-01', gender: 'V', age: 39 });
  });

  test('a wrong API key is a request error, not retried', async () => {
    const retries: number[] = [];
    const wrong = createBrpClient({ baseUrl: dev.url, apiKey: 'nope', ...FAST, onRetry: ({ attempt }) => retries.push(attempt) });
    await expect(wrong.getByBsn(['999993653'])).rejects.toBeInstanceOf(BrpRequestError);
    expect(retries).toEqual([]);
  });
});

describe('resilience', () => {
  test('retries a server that fails twice, then answers', async () => {
    let calls = 0;
    const { url, server } = await listen((request, response) => {
      calls += 1;
      request.resume();
      if (calls <= 2) {
        response.writeHead(503, { 'content-type': 'application/problem+json' }).end('{"status":503}');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ type: 'RaadpleegMetBurgerservicenummer', personen: [{ burgerservicenummer: '999993653' }] }));
    });
    try {
      const reasons: string[] = [];
      const client = createBrpClient({ baseUrl: url, ...FAST, onRetry: ({ reason }) => reasons.push(reason) });
      expect((await client.getByBsn(['999993653'])).map((p) => p.bsn)).toEqual(['999993653']);
      expect(calls).toBe(3);
      expect(reasons).toEqual(['status 503', 'status 503']);
    } finally {
      await close(server);
    }
  });

  test('honours Retry-After on 429', async () => {
    let calls = 0;
    const { url, server } = await listen((request, response) => {
      calls += 1;
      request.resume();
      if (calls === 1) return void response.writeHead(429, { 'retry-after': '2' }).end();
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"type":"RaadpleegMetBurgerservicenummer","personen":[]}');
    });
    try {
      const waits: number[] = [];
      const client = createBrpClient({ baseUrl: url, ...FAST, sleep: async (ms) => void waits.push(ms) });
      await client.getByBsn(['999993653']);
      expect(waits).toContain(2000);
    } finally {
      await close(server);
    }
  });

  test('times out a server that never answers', async () => {
    const { url, server } = await listen(() => undefined);
    try {
      const client = createBrpClient({ baseUrl: url, ...FAST, timeoutMs: 150, maxRetries: 1 });
      const error = await client.getByBsn(['999993653']).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BrpUnavailableError);
      expect(error).toMatchObject({ attempts: 2, message: 'BRP unavailable after 2 attempt(s): timeout' });
    } finally {
      await close(server);
    }
  });

  test('BrpUnavailableError when nothing listens', async () => {
    const { url, server } = await listen(() => undefined);
    await close(server); // the port is now free and closed
    const client = createBrpClient({ baseUrl: url, ...FAST, maxRetries: 2 });
    const error = await client.searchByAddress({ postcode: '3077AW', house_number: 31 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BrpUnavailableError);
    expect(error).toMatchObject({ attempts: 3, status: null, userMessage: BRP_UNAVAILABLE_USER_MESSAGE });
    expect((error as Error).message).toMatch(/^BRP unavailable after 3 attempt\(s\): network error/);
  });

  test('a 400 is not retried and carries the invalid parameters', async () => {
    const client = createBrpClient({ baseUrl: dev.url, apiKey: 'test-key', ...FAST });
    const error = await client.getByBsn(['12']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BrpRequestError);
    expect((error as Error).message).toBe('BRP rejected the request with status 400 (paramsValidation): burgerservicenummer: pattern');
  });
});
