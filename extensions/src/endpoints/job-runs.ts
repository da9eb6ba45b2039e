/**
 * GET/POST /vroegsignalering/job-runs/:id/opnieuw — staff start a failed background task
 * again from the app: the link on the run opens a Dutch confirmation page, its button POSTs,
 * the run is queued again (same run, tries start over) and the browser returns to the run.
 * Who may read the run (staff, functional admin, admin) may retry it; others get 403.
 */
import type { EndpointExtensionContext } from '@directus/extensions';
import type { Request, Response, Router } from 'express';
import { JOB_KIND_LABELS, JOB_RUN_STATUSES } from '../../../jobs/job-kind-labels.ts';
import { retryJobRun } from '../../../jobs/enqueue.ts';
import type { JobKind } from '../../../jobs/job-types.ts';
import { confirmPageHtml } from '../lib/confirm-page.ts';
import { isSameOriginRequest } from '../lib/same-origin.ts';

type DirectusRequest = Request & { accountability?: { user?: string | null } | null; schema?: unknown };

interface VisibleRun {
  id: string;
  kind: JobKind;
  status: string;
  message: string | null;
}

const runHref = (id: string) => `/admin/content/job_runs/${encodeURIComponent(id)}`;
const statusLabel = (status: string) => JOB_RUN_STATUSES.find(([value]) => value === status)?.[1] ?? status;

export function registerJobRunRoutes(router: Router, { services, database, logger, env }: EndpointExtensionContext) {
  /** The run as the user may see it; null when it does not exist or the user may not read it. */
  async function readableRun(req: DirectusRequest, res: Response): Promise<VisibleRun | null> {
    const { accountability, schema } = req;
    const id = String(req.params.id ?? '');
    if (!accountability?.user) {
      res.status(401).type('html').send(confirmPageHtml({ title: 'Niet ingelogd', lines: ['Log eerst in in Vroegsignalering.'], backHref: '/admin/login', backLabel: 'Naar inloggen' }));
      return null;
    }
    try {
      const runs = new services.ItemsService('job_runs', { schema: schema as never, accountability: accountability as never });
      return (await runs.readOne(id, { fields: ['id', 'kind', 'status', 'message'] })) as VisibleRun;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'FORBIDDEN' || code === 'ROUTE_NOT_FOUND' || code === 'INVALID_PAYLOAD') {
        res.status(403).type('html').send(confirmPageHtml({ title: 'Geen toegang', lines: ['U mag deze taak niet bekijken of opnieuw starten.'], backHref: '/admin' }));
        return null;
      }
      throw error;
    }
  }

  router.get('/job-runs/:id/opnieuw', async (req, res) => {
    try {
      const run = await readableRun(req as DirectusRequest, res);
      if (!run) return;
      const kind = JOB_KIND_LABELS[run.kind] ?? run.kind;
      if (run.status !== 'failed') {
        res.type('html').send(confirmPageHtml({ title: 'Taak opnieuw starten', lines: [`${kind}: status „${statusLabel(run.status)}”.`, 'Alleen een mislukte taak kan opnieuw worden gestart.'], backHref: runHref(run.id), backLabel: 'Terug naar de taak' }));
        return;
      }
      res.type('html').send(
        confirmPageHtml({
          title: 'Taak opnieuw starten',
          lines: [`${kind}: mislukt.`, ...(run.message ? [`Melding: ${run.message}`] : []), 'De taak wordt opnieuw in de wachtrij gezet en begint weer bij de eerste poging.'],
          button: 'Opnieuw starten',
          backHref: runHref(run.id),
          backLabel: 'Annuleren',
        }),
      );
    } catch (error) {
      logger.error(`Job run retry page failed: ${(error as Error).name}`);
      res.status(500).type('html').send(confirmPageHtml({ title: 'Er ging iets mis', lines: ['De pagina kon niet worden getoond. Probeer het later opnieuw.'], backHref: '/admin' }));
    }
  });

  router.post('/job-runs/:id/opnieuw', async (req, res) => {
    try {
      if (!isSameOriginRequest({ headers: req.headers, publicUrl: typeof env.PUBLIC_URL === 'string' ? env.PUBLIC_URL : undefined, protocol: req.protocol })) {
        res.status(403).type('html').send(confirmPageHtml({ title: 'Geweigerd', lines: ['Dit verzoek kwam niet van Vroegsignalering zelf en is niet uitgevoerd.'], backHref: '/admin' }));
        return;
      }
      const run = await readableRun(req as DirectusRequest, res);
      if (!run) return;
      const result = await retryJobRun(database as never, run.id);
      if (result.result === 'requeued' || result.result === 'duplicate') {
        logger.info(`Job run ${run.id} (${run.kind}) retried from the app: ${result.result}`);
        res.redirect(303, runHref(result.jobRunId));
        return;
      }
      const status = result.result === 'not-failed' ? result.status : 'onbekend';
      res.status(409).type('html').send(confirmPageHtml({ title: 'Taak niet opnieuw gestart', lines: [`De taak heeft status „${statusLabel(status)}”; alleen een mislukte taak kan opnieuw worden gestart.`], backHref: runHref(run.id), backLabel: 'Terug naar de taak' }));
    } catch (error) {
      logger.error(`Job run retry failed: ${(error as Error).name}`);
      res.status(500).type('html').send(confirmPageHtml({ title: 'Er ging iets mis', lines: ['De taak kon niet opnieuw worden gestart. Probeer het later opnieuw.'], backHref: '/admin' }));
    }
  });
}
