/**
 * The work behind "Opnieuw verrijken" in the admin: one call, so it can become the
 * enqueueing of a job without touching the endpoints.
 */
import type { EndpointExtensionContext } from '@directus/extensions';
import { brpFromEnvironment, runEnrichment } from './run-enrichment.ts';

export async function reEnrichSignals({ database, logger }: Pick<EndpointExtensionContext, 'database' | 'logger'>, signalIds: string[]): Promise<void> {
  const summary = await runEnrichment(database as never, { signalIds }, { now: new Date(), brp: brpFromEnvironment, log: (line) => logger.warn(line) });
  logger.info(`Enrichment re-run from the admin: ${JSON.stringify(summary)}`);
}
