/**
 * GET /vroegsignalering/uploads/:id/foutenrapport.xlsx — the problems of one upload as a
 * spreadsheet. Read with the caller's own permissions: a corporation gets only its own.
 */
import type { EndpointExtensionContext } from '@directus/extensions';
import type { Router } from 'express';
import { writeErrorReport } from '../../../adapters/spreadsheet/write-error-report.ts';
import type { RowProblem } from '../../../core/uploads/upload-report.ts';
import { describeError } from '../../../core/logging/describe-error.ts';

type RequestWithDirectus = { accountability?: unknown; schema?: unknown; params: Record<string, string> };

export function registerErrorReportRoute(router: Router, { services, logger }: EndpointExtensionContext) {
  router.get('/uploads/:id/foutenrapport.xlsx', async (req, res) => {
    const { accountability, schema, params } = req as unknown as RequestWithDirectus;
    if (!accountability || !(accountability as { user?: string | null }).user) {
      res.status(401).json({ errors: [{ message: 'Log eerst in om het foutenrapport te downloaden.' }] });
      return;
    }
    try {
      const uploads = new services.ItemsService('uploads', { schema: schema as never, accountability: accountability as never });
      const upload = (await uploads.readOne(params.id!, { fields: ['id', 'period', 'file_name', 'error_report'] })) as { period: string; file_name: string | null; error_report: RowProblem[] | null };
      const buffer = await writeErrorReport((upload.error_report ?? []).map((p) => ({ row: p.row, column: p.column ?? '', message: p.message })));
      res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader('content-disposition', `attachment; filename="foutenrapport-${upload.period}.xlsx"`);
      res.send(buffer);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'FORBIDDEN') {
        res.status(403).json({ errors: [{ message: 'Dit foutenrapport bestaat niet of is niet van uw organisatie.' }] });
        return;
      }
      logger.error(`Error report download failed: ${describeError(error)}`);
      res.status(500).json({ errors: [{ message: 'Het foutenrapport kon niet worden gemaakt.' }] });
    }
  });
}
