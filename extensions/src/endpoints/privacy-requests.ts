/**
 * GET/POST /vroegsignalering/privacy-requests/:id/inzagerapport — staff make the inzage report
 * for a request of kind `inzage` from the app: the link on the request opens a Dutch
 * confirmation page, its button POSTs, the report (jobs/privacy/make-inzage-report.ts, the same
 * as `npm run privacy -- inzage`) is stored as a file and a `documents` row of kind
 * `inzage_report`, linked in the request's `report`, and the browser returns to the request.
 *
 * Who may read and update the request may make its report; the report itself is read and
 * stored by the system (staff may not create documents), after the update permission is known.
 * A report takes a few seconds (one short-lived Chromium, as the template preview does):
 * requests are rare, so no job queue is involved. Making it is recorded in the access log.
 */
import { Readable } from 'node:stream';
import type { EndpointExtensionContext } from '@directus/extensions';
import type { Request, Response, Router } from 'express';
import type { Knex } from 'knex';
import { amsterdamDate } from '../../../core/cycle/amsterdam-date.ts';
import { describeError } from '../../../core/logging/describe-error.ts';
import { personQueryFrom } from '../../../core/privacy/inzage-person.ts';
import { askedForText, inzageCountsText, makeInzageReport } from '../../../jobs/privacy/make-inzage-report.ts';
import { recordReportAccess } from '../../../jobs/privacy/record-report-access.ts';
import { confirmPageHtml } from '../lib/confirm-page.ts';
import { isSameOriginRequest } from '../lib/same-origin.ts';

type Accountability = { user?: string | null; role?: string | null };
type DirectusRequest = Request & { accountability?: Accountability | null; schema?: unknown };

interface VisibleRequest {
  id: string;
  kind: string;
  status: string | null;
  report: string | null;
  bsn: string | null;
  surname: string | null;
  birth_date: string | null;
  postcode: string | null;
  house_number: number | null;
}

const requestHref = (id: string) => `/admin/content/privacy_requests/${encodeURIComponent(id)}`;

export function registerPrivacyRequestRoutes(router: Router, { services, database, logger, env }: EndpointExtensionContext) {
  const knex = database as unknown as Knex;

  /** The request as the user may see it; null when an answer (401/403) was already sent. */
  async function readableRequest(req: DirectusRequest, res: Response): Promise<VisibleRequest | null> {
    const { accountability, schema } = req;
    if (!accountability?.user) {
      res.status(401).type('html').send(confirmPageHtml({ title: 'Niet ingelogd', lines: ['Log eerst in in Vroegsignalering.'], backHref: '/admin/login', backLabel: 'Naar inloggen' }));
      return null;
    }
    try {
      const requests = new services.ItemsService('privacy_requests', { schema: schema as never, accountability: accountability as never });
      return (await requests.readOne(String(req.params.id ?? ''), { fields: ['id', 'kind', 'status', 'report', 'bsn', 'surname', 'birth_date', 'postcode', 'house_number'] })) as VisibleRequest;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'FORBIDDEN' || code === 'ROUTE_NOT_FOUND' || code === 'INVALID_PAYLOAD') {
        res.status(403).type('html').send(confirmPageHtml({ title: 'Geen toegang', lines: ['U mag dit verzoek niet bekijken of er geen inzagerapport voor maken.'], backHref: '/admin' }));
        return null;
      }
      throw error;
    }
  }

  const queryOf = (request: VisibleRequest) => personQueryFrom({ bsn: request.bsn, surname: request.surname, birthDate: request.birth_date, postcode: request.postcode, houseNumber: request.house_number });

  /** A page that only explains why no report can be made; null when one can. */
  function refusal(request: VisibleRequest): { status: number; lines: string[] } | null {
    if (request.kind !== 'inzage') return { status: 409, lines: ['Een inzagerapport hoort bij een verzoek om inzage; dit verzoek is van een andere soort.'] };
    const query = queryOf(request);
    if (!query.ok) return { status: 409, lines: ['Vul eerst bij het verzoek in over wie het gaat.', query.message] };
    return null;
  }

  router.get('/privacy-requests/:id/inzagerapport', async (req, res) => {
    try {
      const request = await readableRequest(req as DirectusRequest, res);
      if (!request) return;
      const refused = refusal(request);
      if (refused) {
        res.status(refused.status).type('html').send(confirmPageHtml({ title: 'Inzagerapport maken', lines: refused.lines, backHref: requestHref(request.id), backLabel: 'Terug naar het verzoek' }));
        return;
      }
      res.type('html').send(
        confirmPageHtml({
          title: 'Inzagerapport maken',
          lines: [
            'Er wordt een PDF gemaakt met alles wat over deze persoon is vastgelegd: signalen met hun bron, feiten, zaken en beslissingen, doorverwijzingen, contactpogingen, verstuurde brieven, bezwaren, verstrekkingen, verzoeken, en wie de gegevens wanneer heeft bekeken.',
            'Het rapport wordt als document bij dit verzoek bewaard. Dat u het maakt, wordt vastgelegd in het inzagelog.',
            ...(request.report ? ['Er is al een rapport; het nieuwe rapport komt ervoor in de plaats (het oude document blijft bewaard).'] : []),
          ],
          button: 'Rapport maken',
          backHref: requestHref(request.id),
          backLabel: 'Annuleren',
        }),
      );
    } catch (error) {
      logger.error(`Inzage report page failed: ${describeError(error)}`);
      res.status(500).type('html').send(confirmPageHtml({ title: 'Er ging iets mis', lines: ['De pagina kon niet worden getoond. Probeer het later opnieuw.'], backHref: '/admin' }));
    }
  });

  router.post('/privacy-requests/:id/inzagerapport', async (req, res) => {
    let file: string | null = null;
    let document: string | null = null;
    try {
      if (!isSameOriginRequest({ headers: req.headers, publicUrl: typeof env.PUBLIC_URL === 'string' ? env.PUBLIC_URL : undefined, protocol: req.protocol })) {
        res.status(403).type('html').send(confirmPageHtml({ title: 'Geweigerd', lines: ['Dit verzoek kwam niet van Vroegsignalering zelf en is niet uitgevoerd.'], backHref: '/admin' }));
        return;
      }
      const directusReq = req as DirectusRequest;
      const request = await readableRequest(directusReq, res);
      if (!request) return;
      const refused = refusal(request);
      const query = queryOf(request);
      if (refused || !query.ok) {
        res.status(refused?.status ?? 409).type('html').send(confirmPageHtml({ title: 'Inzagerapport maken', lines: refused?.lines ?? [], backHref: requestHref(request.id), backLabel: 'Terug naar het verzoek' }));
        return;
      }
      const now = new Date();
      const made = await makeInzageReport(knex, query.query, {
        now,
        askedFor: askedForText({ bsn: request.bsn, surname: request.surname, birthDate: request.birth_date, postcode: request.postcode, houseNumber: request.house_number }),
        chromiumPath: process.env.CHROMIUM_PATH || undefined,
      });
      if (!made) {
        res.status(404).type('html').send(confirmPageHtml({ title: 'Geen gegevens gevonden', lines: ['Over deze persoon is niets vastgelegd (geen signalen, bezwaren, verstrekkingen of verzoeken). Controleer het BSN of de naam, geboortedatum en het adres bij het verzoek.'], backHref: requestHref(request.id), backLabel: 'Terug naar het verzoek' }));
        return;
      }
      const schema = directusReq.schema as never;
      const day = amsterdamDate(now);
      // No name in the file name or title: anyone who sees the file list reads them.
      const files = new services.FilesService({ schema, knex: database as never });
      file = String(await files.uploadOne(Readable.from(made.pdf), { filename_download: `inzagerapport-${day}.pdf`, title: `Inzagerapport ${day}`, type: 'application/pdf' } as never));
      const documents = new services.ItemsService('documents', { schema, knex: database as never });
      document = String(await documents.createOne({ kind: 'inzage_report', status: 'ready', file, summary: `Inzagerapport: ${inzageCountsText(made.counts)}.` }));
      // With the user's own permissions: who may not update the request gets no report linked.
      const requests = new services.ItemsService('privacy_requests', { schema, accountability: directusReq.accountability as never });
      await requests.updateOne(request.id, { report: document, ...(request.status === 'received' ? { status: 'in_progress' } : {}) });
      await recordReportAccess(knex, { user: directusReq.accountability?.user ?? null, role: directusReq.accountability?.role ?? null }, made.items, 'app', now);
      logger.info(`Inzage report made for privacy request ${request.id}: document ${document}`);
      res.redirect(303, requestHref(request.id));
    } catch (error) {
      // Nothing half-made stays behind: a file without its document, a document without its request.
      if (document) await new services.ItemsService('documents', { schema: (req as DirectusRequest).schema as never, knex: database as never }).deleteOne(document).catch(() => undefined);
      if (file) await new services.FilesService({ schema: (req as DirectusRequest).schema as never, knex: database as never }).deleteOne(file).catch(() => undefined);
      const code = (error as { code?: string }).code;
      if (code === 'FORBIDDEN') {
        res.status(403).type('html').send(confirmPageHtml({ title: 'Geen toegang', lines: ['U mag dit verzoek niet wijzigen; er is geen rapport gemaakt.'], backHref: requestHref(String(req.params.id ?? '')) }));
        return;
      }
      logger.error(`Inzage report failed: ${describeError(error)}`);
      res.status(500).type('html').send(confirmPageHtml({ title: 'Er ging iets mis', lines: ['Het inzagerapport kon niet worden gemaakt. Probeer het later opnieuw of neem contact op met de beheerder.'], backHref: requestHref(String(req.params.id ?? '')) }));
    }
  });
}
