import { processUpload } from '../intake/process-upload.ts';
import type { HookContext, Register } from '../lib/hook-types.ts';

/** Every new upload, from the app or from `npm run import`, goes through the same intake. */
export function registerIntakeHooks({ action }: Register, context: HookContext) {
  action('uploads.items.create', ({ key }) => {
    // Not awaited: the user gets the saved upload at once and sees its status change.
    processUpload(String(key), context, new Date()).catch((error: Error) => {
      context.logger.error(`Intake of upload ${String(key)} failed: ${error.name}: ${error.message}`);
    });
  });
}
