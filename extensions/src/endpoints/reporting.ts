/**
 * issue 13: the DDAS delivery as an action in the app (the reporting page of the
 * Vroegsignalering module posts here), the same code as `npm run ddas`: validated against
 * the official schema before anything is stored; stored as a `ddas_export` document that
 * only staff read. Who may read cases (staff, the admin) may make it; the delivery holds
 * every case of the window.
 *
 * POST /vroegsignalering/rapportage/ddas  { from, to }  → 200 { document, file, summary }
 *   400 { message } (window), 409 { message, errors: [{ path, message }] } (refused by the
 *   schema, nothing stored), 401/403 { message }.
 *
 * The evaluation report (art. 18) holds aggregates only: whoever reads the dashboard's
 * figures (staff, the functional admin) may make it. Its file is stored as the user's own
 * upload, so the functional admin, who reads no documents, downloads it too.
 *
 * POST /vroegsignalering/rapportage/evaluatie  { from, to }  → 200 { document, file, summary }
 */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { EndpointExtensionContext } from '@directus/extensions';
import type { Request, Response, Router } from 'express';
import type { Knex } from 'knex';
import { describeError } from '../../../core/logging/describe-error.ts';
import { reportWindowProblem } from '../../../core/reporting/report-window.ts';
import { amsterdamDate } from '../../../core/cycle/amsterdam-date.ts';
import { makeDdasDelivery } from '../../../jobs/reporting/make-ddas-delivery.ts';
import { evaluationFileName, makeEvaluationReport } from '../../../jobs/reporting/make-evaluation-report.ts';
import { dbDates } from '../lib/db-dates.ts';
import { recordReportAccess } from '../../../jobs/privacy/record-report-access.ts';
import { storeDdasDocument } from '../../../jobs/reporting/store-ddas-document.ts';
import { isSameOriginRequest } from '../lib/same-origin.ts';

type DirectusRequest = Request & { accountability?: { user?: string | null; role?: string | null; admin?: boolean } | null; schema?: unknown };

export function registerReportingRoutes(router: Router, { services, database, logger, env }: EndpointExtensionContext) {
  const knex = database as unknown as Knex;

  /**
   * Whether the user may read `collection` (cases for the delivery, report_figures for the
   * evaluation) and the request comes from the app. Sends the refusal when not.
   */
  async function mayReport(req: DirectusRequest, res: Response, collection: 'cases' | 'report_figures', refusal: string): Promise<boolean> {
    const { accountability, schema } = req;
    if (!accountability?.user) {
      res.status(401).json({ message: 'Log eerst in in Vroegsignalering.' });
      return false;
    }
    if (!isSameOriginRequest({ headers: req.headers, publicUrl: typeof env.PUBLIC_URL === 'string' ? env.PUBLIC_URL : undefined, protocol: req.protocol })) {
      res.status(403).json({ message: 'Dit verzoek kwam niet van Vroegsignalering zelf en is niet uitgevoerd.' });
      return false;
    }
    try {
      await new services.ItemsService(collection, { schema: schema as never, accountability: accountability as never }).readByQuery({ fields: ['id'], limit: 1 });
      return true;
    } catch (error) {
      if ((error as { code?: string }).code !== 'FORBIDDEN') throw error;
      res.status(403).json({ message: refusal });
      return false;
    }
  }

  /** The window the page sent; null when a Dutch 400 was sent instead. */
  function windowOf(req: Request, res: Response): { from: string; to: string } | null {
    const { from, to } = (req.body ?? {}) as { from?: unknown; to?: unknown };
    const problem = reportWindowProblem(from, to);
    if (!problem) return { from: String(from), to: String(to) };
    res.status(400).json({ message: problem });
    return null;
  }

  router.post('/rapportage/ddas', async (req, res) => {
    const directusReq = req as DirectusRequest;
    try {
      if (!(await mayReport(directusReq, res, 'cases', 'Alleen medewerkers schulddienstverlening maken de DDAS-levering: zij mogen de zaken zien die erin staan.'))) return;
      const window = windowOf(req, res);
      if (!window) return;
      const now = new Date();
      const outcome = await makeDdasDelivery(knex, window, { now, supplierCode: typeof env.DDAS_SUPPLIER_CODE === 'string' && env.DDAS_SUPPLIER_CODE.trim() ? env.DDAS_SUPPLIER_CODE.trim() : null });
      if (!outcome.ok && outcome.reason === 'no-municipality-code') {
        res.status(409).json({ message: 'Bij Instellingen ontbreekt de gemeentecode (CBS). Vraag de functioneel beheerder die in te vullen; er is geen levering gemaakt.' });
        return;
      }
      if (!outcome.ok) {
        logger.warn(`DDAS delivery ${window.from}..${window.to} refused by the schema: ${outcome.errors.map((error) => error.path).join(', ')}`);
        res.status(409).json({ message: 'De levering voldoet niet aan het DDAS-schema en is niet opgeslagen. Herstel deze velden en probeer het opnieuw:', errors: outcome.errors });
        return;
      }
      const schema = directusReq.schema as never;
      const files = new services.FilesService({ schema, knex: database as never });
      const stored = await storeDdasDocument(
        {
          knex,
          // The file as the system stores it: no partner, so only staff (who read documents) download it.
          directus: {
            uploadFile: async (bytes, options) => String(await files.uploadOne(Readable.from(Buffer.from(bytes)), { filename_download: options.filename, title: options.title ?? options.filename, type: options.type } as never)),
            deleteFile: async (id) => {
              await files.deleteOne(id);
            },
          },
          log: { info: (line) => logger.info(line), warn: (line) => logger.warn(line), error: (line) => logger.error(line) },
        },
        { window, json: outcome.json, counts: outcome.counts, now },
      );
      // An export of personal data by a person: on record in the access log, ids only (issue 12).
      const signals = outcome.delivery.leveringen.flatMap((levering) => (levering.vroegsignalen ?? []).map((signal) => signal.ID));
      await recordReportAccess(knex, { user: directusReq.accountability?.user ?? null, role: directusReq.accountability?.role ?? null }, { signals }, 'app', now);
      const document = (await knex('documents').select('file', 'summary').where({ id: stored.document }).first()) as { file: string; summary: string };
      res.json({ document: stored.document, file: document.file, summary: document.summary, replaced: stored.outcome === 'replaced' });
    } catch (error) {
      logger.error(`DDAS delivery failed: ${describeError(error)}`);
      res.status(500).json({ message: 'De levering kon niet worden gemaakt. Probeer het later opnieuw of neem contact op met de beheerder.' });
    }
  });

  router.post('/rapportage/evaluatie', async (req, res) => {
    const directusReq = req as DirectusRequest;
    let file: string | null = null;
    try {
      if (!(await mayReport(directusReq, res, 'report_figures', 'Alleen wie het dashboard mag zien, maakt het evaluatierapport.'))) return;
      const window = windowOf(req, res);
      if (!window) return;
      const now = new Date();
      const report = await makeEvaluationReport(knex, window, { madeOn: amsterdamDate(now), chromiumPath: process.env.CHROMIUM_PATH || undefined });
      const schema = directusReq.schema as never;
      // As the user's own upload: who made it downloads it, whatever documents their role reads.
      const files = new services.FilesService({ schema, accountability: directusReq.accountability as never });
      file = String(await files.uploadOne(Readable.from(report.pdf), { filename_download: evaluationFileName(window), title: report.title, type: 'application/pdf' } as never));
      const { counts } = report.figures;
      const summary = `${report.title}: ${counts.signals} signalen, ${counts.households} huishoudens, ${counts.cases} vroegsignaalzaken.`;
      const document = randomUUID();
      await knex('documents').insert({ id: document, kind: 'evaluation_report', status: 'ready', file, rows: counts.signals, summary, date_created: dbDates(knex).timestamp(now) });
      logger.info(`Evaluation report ${window.from}..${window.to}: document ${document}, ${counts.signals} signals`);
      res.json({ document, file, summary });
    } catch (error) {
      if (file) await new services.FilesService({ schema: directusReq.schema as never, knex: database as never }).deleteOne(file).catch(() => undefined);
      logger.error(`Evaluation report failed: ${describeError(error)}`);
      res.status(500).json({ message: 'Het evaluatierapport kon niet worden gemaakt. Probeer het later opnieuw of neem contact op met de beheerder.' });
    }
  });
}
