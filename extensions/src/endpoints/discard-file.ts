/**
 * DELETE /vroegsignalering/bestanden/:id — the upload screen throws away the file it just
 * stored when the upload itself is refused (issue 10, point 4), so personal data does not
 * wait for the orphan sweep. A corporation may not delete files through Directus (it could
 * destroy a file an upload is still reading); this route deletes only the caller's own
 * file that nothing refers to yet (core/uploads/discard-own-file.ts decides).
 */
import type { EndpointExtensionContext } from '@directus/extensions';
import type { Router } from 'express';
import type { Knex } from 'knex';
import { discardOwnFileVerdict } from '../../../core/uploads/discard-own-file.ts';
import { describeError } from '../../../core/logging/describe-error.ts';
import { referencedFileIds } from '../../../jobs/handlers/sweep-orphan-files.ts';
import { isSameOriginRequest } from '../lib/same-origin.ts';

type DirectusRequest = { accountability?: { user?: string | null } | null; schema?: unknown; params: Record<string, string> };

export function registerDiscardFileRoute(router: Router, { services, database, env, logger }: EndpointExtensionContext) {
  router.delete('/bestanden/:id', async (req, res) => {
    const { accountability, schema, params } = req as unknown as DirectusRequest;
    const user = accountability?.user ?? null;
    if (!user) {
      res.status(401).json({ errors: [{ message: 'Log eerst in.' }] });
      return;
    }
    if (!isSameOriginRequest({ headers: req.headers, publicUrl: typeof env.PUBLIC_URL === 'string' ? env.PUBLIC_URL : undefined, protocol: req.protocol })) {
      logger.warn('Cross-site file discard refused');
      res.status(403).json({ errors: [{ message: 'Dit verzoek kwam niet van Vroegsignalering zelf en is niet uitgevoerd.' }] });
      return;
    }
    try {
      const knex = database as unknown as Knex;
      const id = String(params.id);
      const row = (await knex('directus_files').select('uploaded_by').where({ id }).first()) as { uploaded_by: string | null } | undefined;
      const references = row && (await referencedFileIds(knex)).has(id) ? 1 : 0;
      const verdict = discardOwnFileVerdict({ userId: user, stored: row ? { uploadedBy: row.uploaded_by } : null, references });
      if (!verdict.discard) {
        res.status(verdict.status).json({ errors: [{ message: verdict.message }] });
        return;
      }
      // Without accountability: the caller may not delete files through Directus itself.
      const files = new services.FilesService({ schema: schema as never, knex: database as never });
      await files.deleteOne(id);
      logger.info(`Discarded an unclaimed upload file right after a refused upload (user ${user})`);
      res.status(204).end();
    } catch (error) {
      logger.error(`Discarding an upload file failed: ${describeError(error)}`);
      res.status(500).json({ errors: [{ message: 'Het bestand kon niet worden verwijderd; het wordt later automatisch opgeruimd.' }] });
    }
  });
}
