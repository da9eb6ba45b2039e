/**
 * The template editor's preview for functional admins (issue 11):
 *   POST /vroegsignalering/sjablonen/voorbeeld      { key, kind, source } → { html, problems }
 *   POST /vroegsignalering/sjablonen/voorbeeld.pdf  { key, kind, source } → the PDF
 * The edited text is rendered with the sample data among the stored templates, read with
 * the caller's own permissions: only who may read templates gets a preview. The PDF comes
 * from a short-lived Chromium per request (previews are rare; no browser idles in Directus).
 * Nothing is stored; the sample data is invented.
 */
import type { EndpointExtensionContext } from '@directus/extensions';
import type { Router } from 'express';
import { PdfPrinter } from '../../../adapters/pdf/pdf-printer.ts';
import { describeError } from '../../../core/logging/describe-error.ts';
import { previewTemplate, type TemplatePreview } from '../../../core/documents/preview-template.ts';
import type { TemplateSource } from '../../../core/documents/render-letter-html.ts';
import { pointAtUnclosedBlock } from '../../../core/documents/unclosed-block.ts';
import { describeTemplateProblem } from '../../../core/documents/validate-template.ts';

type RequestWithDirectus = { accountability?: { user?: string | null } | null; schema?: unknown; body?: unknown };
type Response = import('express').Response;

/** Longest template text accepted for a preview (the defaults are a few kB). */
const MAX_SOURCE_LENGTH = 200_000;

export interface PreviewAnswer {
  html: string | null;
  problems: Array<{ line: number; column: number; message: string; text: string }>;
}

function editedFrom(body: unknown): TemplateSource | null {
  const { key, kind, source } = (body ?? {}) as Record<string, unknown>;
  if (typeof key !== 'string' || !key.trim() || typeof source !== 'string' || source.length > MAX_SOURCE_LENGTH) return null;
  return { key: key.trim(), kind: kind === 'letter' ? 'letter' : 'partial', source };
}

export function answerOf(preview: TemplatePreview, source: string): PreviewAnswer {
  if (preview.ok) return { html: preview.html, problems: [] };
  return { html: null, problems: pointAtUnclosedBlock(source, preview.problems).map((problem) => ({ line: problem.line, column: problem.column, message: problem.message, text: describeTemplateProblem(problem) })) };
}

export function registerTemplatePreviewRoutes(router: Router, { services, logger }: EndpointExtensionContext) {
  /** The preview, or null when an answer (401/403/400) was already sent. */
  async function preview(req: unknown, res: Response): Promise<{ result: TemplatePreview; source: string } | null> {
    const { accountability, schema, body } = req as RequestWithDirectus;
    if (!accountability?.user) {
      res.status(401).json({ errors: [{ message: 'Log eerst in om een voorbeeld te zien.' }] });
      return null;
    }
    const edited = editedFrom(body);
    if (!edited) {
      res.status(400).json({ errors: [{ message: 'Geef een sleutel en de tekst van het sjabloon mee.' }] });
      return null;
    }
    let stored: TemplateSource[];
    try {
      const templates = new services.ItemsService('templates', { schema: schema as never, accountability: accountability as never });
      const rows = (await templates.readByQuery({ fields: ['key', 'kind', 'source', 'active'], limit: -1 })) as Array<{ key: string; kind: string; source: string | null; active: boolean | null }>;
      stored = rows.filter((row) => row.active !== false && (row.kind === 'letter' || row.kind === 'partial')).map((row) => ({ key: row.key, kind: row.kind as TemplateSource['kind'], source: row.source ?? '' }));
    } catch (error) {
      if ((error as { code?: string }).code === 'FORBIDDEN') {
        res.status(403).json({ errors: [{ message: 'Alleen wie sjablonen mag lezen, kan een voorbeeld zien.' }] });
        return null;
      }
      throw error;
    }
    return { result: previewTemplate(stored, edited), source: edited.source };
  }

  router.post('/sjablonen/voorbeeld', async (req, res) => {
    try {
      const answer = await preview(req, res);
      if (answer) res.json({ data: answerOf(answer.result, answer.source) });
    } catch (error) {
      logger.error(`Template preview failed: ${describeError(error)}`);
      res.status(500).json({ errors: [{ message: 'Het voorbeeld kon niet worden gemaakt.' }] });
    }
  });

  router.post('/sjablonen/voorbeeld.pdf', async (req, res) => {
    let printer: PdfPrinter | null = null;
    try {
      const answer = await preview(req, res);
      if (!answer) return;
      if (!answer.result.ok) {
        res.status(400).json({ errors: [{ message: `Het sjabloon bevat fouten; los die eerst op. ${answerOf(answer.result, answer.source).problems.map((p) => p.text).join(' ')}` }] });
        return;
      }
      printer = await PdfPrinter.launch({ executablePath: process.env.CHROMIUM_PATH || undefined, timeoutMs: 30_000 });
      const pdf = await printer.print(answer.result.html);
      res.setHeader('content-type', 'application/pdf');
      res.setHeader('content-disposition', 'inline; filename="voorbeeld.pdf"');
      res.setHeader('cache-control', 'no-store');
      res.send(pdf);
    } catch (error) {
      logger.error(`Template PDF preview failed: ${describeError(error)}`);
      if (!res.headersSent) res.status(500).json({ errors: [{ message: 'Het PDF-voorbeeld kon niet worden gemaakt.' }] });
    } finally {
      await printer?.close().catch(() => undefined);
    }
  });
}
