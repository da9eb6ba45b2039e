/**
 * POST /vroegsignalering/enrichment {period} | {signal} — (re)runs the BRP enrichment for
 * one period or one signal, for staff (from the admin) and the worker (npm run enrich), as
 * `enrich-signals` jobs that the worker runs. Only who may read the signals may enrich
 * them; decisions by a person are kept.
 *
 * /vroegsignalering/{signals,uploads}/:id/opnieuw-verrijken — the admin's links: GET shows
 * a confirmation page, POST (same origin only) enqueues the re-enrichment and goes back to
 * the item.
 */
import type { EndpointExtensionContext } from '@directus/extensions';
import type { Request, Response, Router } from 'express';
import type { Knex } from 'knex';
import { enqueueEnrichmentRequest, tallySignals, waitForFirstTries } from '../../../jobs/lib/enrichment-requests.ts';
import { CROSS_SITE_REFUSAL, isSameOriginRequest } from '../lib/same-origin.ts';
import { confirmPageHtml } from '../lib/confirm-page.ts';
import { describeError } from '../../../core/logging/describe-error.ts';

type DirectusRequest = { accountability?: { user?: string | null } | null; schema?: unknown; body?: Record<string, unknown>; query: Record<string, unknown> };

export function registerEnrichmentRoute(router: Router, context: EndpointExtensionContext) {
  const { services, database, env, logger } = context;

  // Links in the admin: a GET shows what will happen (it changes nothing); its button
  // POSTs, which must come from the application itself, and then goes back to the item.
  const rerun = (kind: 'signal' | 'upload') => async (req: Request, res: Response) => {
    const { accountability, schema } = req as unknown as DirectusRequest;
    const id = String(req.params.id);
    if (!accountability?.user) {
      res.status(401).type('html').send('<p>Log eerst in in Vroegsignalering.</p>');
      return;
    }
    if (req.method === 'POST' && !isSameOriginRequest({ headers: req.headers, publicUrl: env.PUBLIC_URL as string | undefined, protocol: req.protocol })) {
      logger.warn(`Cross-site re-enrichment request refused (${kind} ${id})`);
      res.status(403).type('html').send(CROSS_SITE_REFUSAL);
      return;
    }
    const backUrl = `/admin/content/${kind === 'signal' ? 'signals' : 'uploads'}/${id}`;
    try {
      let filter: Record<string, unknown> = { id: { _eq: id } };
      let period: string | null = null;
      if (kind === 'upload') {
        const uploads = new services.ItemsService('uploads', { schema: schema as never, accountability: accountability as never });
        period = ((await uploads.readOne(id, { fields: ['period'] })) as { period: string }).period;
        filter = { period: { _eq: period } };
      }
      const signals = new services.ItemsService('signals', { schema: schema as never, accountability: accountability as never });
      const ids = ((await signals.readByQuery({ filter: filter as never, fields: ['id'], limit: -1 })) as Array<{ id: string }>).map((row) => row.id);
      if (kind === 'signal' && !ids.length) throw Object.assign(new Error('not found'), { code: 'FORBIDDEN' });
      if (req.method === 'GET') {
        res.type('html').send(confirmPageHtml({
          title: 'Opnieuw verrijken',
          lines: [
            kind === 'signal'
              ? 'Dit signaal wordt opnieuw met het BRP verrijkt: koppeling aan de huurder en de gezinsfeiten.'
              : `Alle ${ids.length} signalen van periode ${period ?? ''} worden opnieuw met het BRP verrijkt: koppeling aan de huurder en de gezinsfeiten.`,
            'Een koppeling die een medewerker heeft bevestigd of afgewezen blijft staan.',
            'Een signaal met een huuradres buiten de gemeente (Instellingen: postcodegebied en woonplaatsen) wordt niet bij het BRP nagevraagd.',
          ],
          button: 'Bevestigen',
          backHref: backUrl,
        }));
        return;
      }
      const runs = await enqueueEnrichmentRequest(database as unknown as Knex, ids);
      logger.info(`Enrichment re-run from the admin: ${ids.length} signals in ${runs.length} jobs`);
      res.redirect(303, backUrl);
    } catch (error) {
      if ((error as { code?: string }).code === 'FORBIDDEN') {
        res.status(403).type('html').send('<p>U mag deze signalen niet verrijken.</p>');
        return;
      }
      logger.error(`Enrichment re-run failed: ${describeError(error)}`);
      res.status(500).type('html').send('<p>Opnieuw verrijken is mislukt.</p>');
    }
  };
  router.get('/signals/:id/opnieuw-verrijken', rerun('signal'));
  router.post('/signals/:id/opnieuw-verrijken', rerun('signal'));
  router.get('/uploads/:id/opnieuw-verrijken', rerun('upload'));
  router.post('/uploads/:id/opnieuw-verrijken', rerun('upload'));

  router.post('/enrichment', async (req, res) => {
    const { accountability, schema, body = {}, query } = req as unknown as DirectusRequest;
    if (!accountability?.user) {
      res.status(401).json({ errors: [{ message: 'Log eerst in.' }] });
      return;
    }
    if (!isSameOriginRequest({ headers: req.headers, publicUrl: env.PUBLIC_URL as string | undefined, protocol: req.protocol })) {
      res.status(403).json({ errors: [{ message: 'Dit verzoek komt niet uit Vroegsignalering zelf en is geweigerd.' }] });
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
