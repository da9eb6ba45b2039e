/**
 * POST /vroegsignalering/enrichment {period} | {signal} — (re)runs the BRP enrichment for
 * one period or one signal, for staff (from the admin) and the worker (npm run enrich), as
 * `enrich-signals` jobs that the worker runs. Only who may read the signals may enrich
 * them; decisions by a person are kept.
 */
import type { EndpointExtensionContext } from '@directus/extensions';
import type { Router } from 'express';
import type { Knex } from 'knex';
import { enqueueEnrichmentRequest, tallySignals, waitForFirstTries } from '../../../jobs/lib/enrichment-requests.ts';

type DirectusRequest = { accountability?: { user?: string | null } | null; schema?: unknown; body?: Record<string, unknown>; query: Record<string, unknown> };

export function registerEnrichmentRoute(router: Router, { services, database, logger }: EndpointExtensionContext) {
  // Buttons in the admin (GET links): re-run for one signal, or for the period of an upload, then go back.
  const rerun = (kind: 'signal' | 'upload') => async (req: unknown, res: import('express').Response) => {
    const { accountability, schema, params } = req as DirectusRequest & { params: Record<string, string> };
    if (!accountability?.user) {
      res.status(401).type('html').send('<p>Log eerst in in Vroegsignalering.</p>');
      return;
    }
    try {
      let filter: Record<string, unknown> = { id: { _eq: params.id } };
      if (kind === 'upload') {
        const uploads = new services.ItemsService('uploads', { schema: schema as never, accountability: accountability as never });
        const upload = (await uploads.readOne(params.id!, { fields: ['period'] })) as { period: string };
        filter = { period: { _eq: upload.period } };
      }
      const signals = new services.ItemsService('signals', { schema: schema as never, accountability: accountability as never });
      const ids = ((await signals.readByQuery({ filter: filter as never, fields: ['id'], limit: -1 })) as Array<{ id: string }>).map((row) => row.id);
      const runs = await enqueueEnrichmentRequest(database as unknown as Knex, ids);
      logger.info(`Enrichment re-run from the admin: ${ids.length} signals in ${runs.length} jobs`);
      res.redirect(303, `/admin/content/${kind === 'signal' ? 'signals' : 'uploads'}/${params.id}`);
    } catch (error) {
      if ((error as { code?: string }).code === 'FORBIDDEN') {
        res.status(403).type('html').send('<p>U mag deze signalen niet verrijken.</p>');
        return;
      }
      logger.error(`Enrichment re-run failed: ${(error as Error).name}: ${(error as Error).message}`);
      res.status(500).type('html').send('<p>Opnieuw verrijken is mislukt.</p>');
    }
  };
  router.get('/signals/:id/opnieuw-verrijken', rerun('signal'));
  router.get('/uploads/:id/opnieuw-verrijken', rerun('upload'));

  router.post('/enrichment', async (req, res) => {
    const { accountability, schema, body = {}, query } = req as unknown as DirectusRequest;
    if (!accountability?.user) {
      res.status(401).json({ errors: [{ message: 'Log eerst in.' }] });
      return;
    }
    const period = typeof body.period === 'string' ? body.period : null;
    const signal = typeof body.signal === 'string' ? body.signal : null;
    if ((!period && !signal) || (period && !/^20\d{2}-(0[1-9]|1[0-2])$/.test(period))) {
      res.status(400).json({ errors: [{ message: 'Geef een periode (JJJJ-MM) of één signaal op.' }] });
      return;
    }
    let signalIds: string[];
    try {
      const signals = new services.ItemsService('signals', { schema: schema as never, accountability: accountability as never });
      const rows = (await signals.readByQuery({ filter: signal ? { id: { _eq: signal } } : { period: { _eq: period } }, fields: ['id'], limit: -1 })) as Array<{ id: string }>;
      signalIds = rows.map((row) => row.id);
    } catch (error) {
      if ((error as { code?: string }).code === 'FORBIDDEN') {
        res.status(403).json({ errors: [{ message: 'U mag deze signalen niet verrijken.' }] });
        return;
      }
      throw error;
    }
    const knex = database as unknown as Knex;
    const runs = await enqueueEnrichmentRequest(knex, signalIds, { period });
    if (query.wait === 'true') {
      // npm run enrich: wait until every job had its first try, then report from the signals.
      const settled = await waitForFirstTries(knex, runs);
      res.json({ data: { ...(await tallySignals(knex, signalIds)), jobs: runs.length, settled } });
      return;
    }
    res.status(202).json({ data: { started: signalIds.length, jobs: runs, message: `Verrijking ingepland voor ${signalIds.length} signalen; de worker voert ze uit.` } });
  });
}
