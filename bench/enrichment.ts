/**
 * Enrichment benchmark: signals against the local BRP server (official test persons)
 * through the real client (rate limit, retries) and the matching core, as runEnrichment
 * does it (ENRICHMENT_PARALLEL at a time, one address cache per run). The database write is left out: it
 * is one small update per signal. Requests are counted at the server.
 */
import { createServer } from 'node:http';
import { createBrpClient } from '../adapters/brp/brp-client.ts';
import { startBrpDevServer } from '../adapters/brp/dev-server.ts';
import { loadTestset, testsetBrpPerson } from '../adapters/brp/testset.ts';
import { enrichSignal, type AddressCache } from '../adapters/enrichment/enrich-signal.ts';
import { ENRICHMENT_PARALLEL } from '../jobs/lib/run-enrichment.ts';
import type { BrpPerson } from '../core/brp/brp-person.ts';
import type { MatchableSignal } from '../core/matching/score-candidate.ts';
import { freePort } from '../scripts/lib/free-port.ts';
import type { BenchResult } from './intake.ts';

function asSignal(p: BrpPerson): MatchableSignal | null {
  if (!p.initials || !p.surname || !/^\d{4}-\d{2}-\d{2}$/.test(p.birth_date ?? '') || !p.address?.postcode || !p.address.house_number) return null;
  return { initials: p.initials, name_prefix: p.name_prefix, surname: p.surname, birth_date: p.birth_date!, postcode: p.address.postcode, house_number: p.address.house_number, house_letter: p.address.house_letter, house_number_addition: p.address.house_number_addition };
}

export async function benchEnrichment(count: number, requestsPerSecond: number, shareCache: boolean, options: { batchDetails?: boolean } = {}): Promise<BenchResult> {
  const batchDetails = options.batchDetails ?? true;
  const persons = (await loadTestset()).map(testsetBrpPerson).filter((p) => !p.deceased);
  const signals = persons.map(asSignal).filter((s): s is MatchableSignal => s !== null);
  const brp = await startBrpDevServer({ port: await freePort() });
  // A counting proxy in front of the BRP server: how many requests did enrichment need?
  let requests = 0;
  const proxyPort = await freePort();
  const proxy = createServer((req, res) => {
    requests++;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const upstream = await fetch(`${brp.url.replace(/\/haalcentraal.*$/, '')}${req.url}`, { method: req.method, headers: { 'content-type': req.headers['content-type'] ?? 'application/json' }, body: Buffer.concat(chunks) });
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
      res.end(Buffer.from(await upstream.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => proxy.listen(proxyPort, '127.0.0.1', resolve));
  try {
    const client = createBrpClient({ baseUrl: `http://127.0.0.1:${proxyPort}/haalcentraal/api/brp`, timeoutMs: 10_000, maxRetries: 2, requestsPerSecond, ...(batchDetails ? {} : { detailsBatchWaitMs: 0 }) });
    const outcomes = { matched: 0, ambiguous: 0, not_found: 0 };
    const cache: AddressCache = new Map();
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: ENRICHMENT_PARALLEL }, async () => {
        while (next < count) {
          const signal = signals[next++ % signals.length]!;
          const outcome = await enrichSignal(client, signal, '2026-11-29', shareCache ? cache : new Map());
          outcomes[outcome.signal.match_status]++;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    return {
      name: `enrichment: ${count.toLocaleString('en')} signals, BRP limited to ${requestsPerSecond} requests/s, ${shareCache ? 'one address cache per run (as in production)' : 'no address cache (every signal asks the BRP)'}, ${batchDetails ? 'details of side-by-side searches asked together' : 'details asked per search (before batching)'}`,
      figures: { seconds: Number(seconds.toFixed(1)), 'signals/s': Math.round(count / seconds), 'BRP requests': requests, 'requests/signal': Number((requests / count).toFixed(2)), ...outcomes },
    };
  } finally {
    proxy.close();
    await brp.close();
  }
}
