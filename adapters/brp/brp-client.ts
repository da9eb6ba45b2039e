import type { BrpPerson } from '../../core/brp/brp-person.ts';
import type { FoutberichtSource, PersonenQueryResponseSource, PersonenQuerySource } from '../../core/brp/brp-source.types.ts';
import { mapPersoon } from '../../core/brp/map-persoon.ts';
import { backoffDelayMs, retryAfterMs } from './backoff.ts';
import type { BrpConfig } from './brp-config.ts';
import { BrpRequestError, BrpUnavailableError } from './brp-errors.ts';
import { createBsnBatcher } from './bsn-batcher.ts';
import { addressQuery, MAX_BSNS_PER_REQUEST, nameQuery, raadpleegQuery, type AddressSearch, type NameSearch, type SearchOptions } from './brp-queries.ts';
import { createTokenBucket, delay } from './token-bucket.ts';

/** The configured settings (brp-config.ts) plus what tests may replace. */
export interface BrpClientOptions extends BrpConfig {
  fetch?: typeof fetch;
  /** For tests: replace waiting and randomness. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** How long a search waits for others to share its details request (0: ask at once, alone). */
  detailsBatchWaitMs?: number;
  /** Called before each retry; the info holds no personal data, so it may be logged. */
  onRetry?: (info: { attempt: number; delayMs: number; reason: string }) => void;
}

export interface BrpClient {
  /** Everyone registered at the address, with full details. */
  searchByAddress(search: AddressSearch, options?: SearchOptions): Promise<BrpPerson[]>;
  searchBySurnameAndBirthDate(search: NameSearch, options?: SearchOptions): Promise<BrpPerson[]>;
  getByBsn(bsns: string[]): Promise<BrpPerson[]>;
}

/** How long a search's BSNs wait for other searches' BSNs before their details are asked (bsn-batcher.ts). */
export const DETAILS_BATCH_WAIT_MS = 40;

/**
 * Client for the Haal Centraal BRP Personen API v2. The search types answer with
 * `PersoonBeperkt` (no verblijfplaats, no overlijden), so a search asks only for BSNs and
 * a RaadpleegMetBurgerservicenummer fetches the fields matching needs — for the BSNs of
 * searches running side by side together, up to 20 per request.
 */
export function createBrpClient(options: BrpClientOptions): BrpClient {
  const doFetch = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? delay;
  const bucket = createTokenBucket({ ratePerSecond: options.requestsPerSecond, sleep });
  const url = `${options.baseUrl.replace(/\/+$/, '')}/personen`;
  const headers: Record<string, string> = {
    ...options.headers,
    'content-type': 'application/json; charset=utf-8',
    accept: 'application/json; charset=utf-8, application/problem+json',
    ...(options.apiKey ? { 'X-API-KEY': options.apiKey } : {}),
  };

  async function post(query: PersonenQuerySource): Promise<PersonenQueryResponseSource> {
    const attempts = options.maxRetries + 1;
    let lastReason = 'no attempt made';
    let lastStatus: number | null = null;
    let lastCause: unknown;
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      await bucket.take();
      let retryAfter: number | null = null;
      try {
        const response = await doFetch(url, { method: 'POST', headers, body: JSON.stringify(query), signal: AbortSignal.timeout(options.timeoutMs) });
        if (response.ok) return await readResponse(response);
        lastStatus = response.status;
        lastReason = `status ${response.status}`;
        if (response.status !== 429 && response.status < 500) throw new BrpRequestError(response.status, await readProblem(response));
        retryAfter = retryAfterMs(response.headers.get('retry-after'), Date.now());
        await response.body?.cancel().catch(() => undefined);
      } catch (error) {
        if (error instanceof BrpRequestError) throw error;
        lastCause = error;
        lastStatus = null;
        lastReason = describeFailure(error);
      }
      if (attempt < attempts) {
        const delayMs = Math.max(retryAfter ?? 0, backoffDelayMs(attempt, { random: options.random }));
        options.onRetry?.({ attempt, delayMs, reason: lastReason });
        await sleep(delayMs);
      }
    }
    throw new BrpUnavailableError(`BRP unavailable after ${attempts} attempt(s): ${lastReason}`, attempts, lastStatus, { cause: lastCause });
  }

  async function getByBsn(bsns: string[]): Promise<BrpPerson[]> {
    const unique = [...new Set(bsns)];
    const persons: BrpPerson[] = [];
    for (let start = 0; start < unique.length; start += MAX_BSNS_PER_REQUEST) {
      const answer = await post(raadpleegQuery(unique.slice(start, start + MAX_BSNS_PER_REQUEST)));
      persons.push(...(answer.personen ?? []).map(mapPersoon));
    }
    return persons;
  }

  const waitMs = options.detailsBatchWaitMs ?? DETAILS_BATCH_WAIT_MS;
  const detailsOf = waitMs > 0 ? createBsnBatcher({ fetchBatch: getByBsn, bsnOf: (person) => person.bsn, maxPerBatch: MAX_BSNS_PER_REQUEST, waitMs }) : getByBsn;

  async function searchThenFetch(query: PersonenQuerySource): Promise<BrpPerson[]> {
    const answer = await post(query);
    const bsns = (answer.personen ?? []).map((persoon) => persoon.burgerservicenummer).filter((bsn): bsn is string => !!bsn);
    return bsns.length > 0 ? detailsOf(bsns) : [];
  }

  return {
    searchByAddress: (search, searchOptions) => searchThenFetch(addressQuery(search, searchOptions)),
    searchBySurnameAndBirthDate: (search, searchOptions) => searchThenFetch(nameQuery(search, searchOptions)),
    getByBsn,
  };
}

async function readResponse(response: Response): Promise<PersonenQueryResponseSource> {
  const body = (await response.json()) as unknown;
  if (typeof body !== 'object' || body === null || !('type' in body) || ('personen' in body && !Array.isArray(body.personen))) {
    throw new Error('BRP answered with an unexpected body');
  }
  return body as PersonenQueryResponseSource;
}

async function readProblem(response: Response): Promise<FoutberichtSource | null> {
  try {
    return (await response.json()) as FoutberichtSource;
  } catch {
    return null;
  }
}

/** Error names and codes only: messages of fetch errors may echo the URL, never the body. */
function describeFailure(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError' || error.name === 'AbortError') return 'timeout';
    const code = (error.cause as { code?: unknown } | undefined)?.code;
    return typeof code === 'string' ? `network error ${code}` : `network error ${error.name}`;
  }
  return 'network error';
}
