import { brpFromEnvironment, runEnrichment } from '../enrichment/run-enrichment.ts';
import { processUpload } from '../intake/process-upload.ts';
import type { HookContext, Register } from '../lib/hook-types.ts';
import { describeError } from '../../../core/logging/describe-error.ts';

/**
 * Every new upload, from the app or from `npm run import`, goes through the same intake;
 * the signals it wrote are then enriched against the BRP (covenant step 3).
 */
export function registerIntakeHooks({ action }: Register, context: HookContext) {
  action('uploads.items.create', ({ key }) => {
    // Not awaited: the user gets the saved upload at once and sees its status change.
    void (async () => {
      const { signalIds } = await processUpload(String(key), context, new Date());
      if (!signalIds.length) return;
      const summary = await runEnrichment(context.database as never, { signalIds }, { now: new Date(), brp: brpFromEnvironment, log: (line) => context.logger.warn(line) });
      context.logger.info(`Enrichment after upload ${String(key)}: ${JSON.stringify(summary)}`);
    })().catch((error: Error) => {
      context.logger.error(`Intake or enrichment of upload ${String(key)} failed: ${describeError(error)}`);
    });
  });
}
