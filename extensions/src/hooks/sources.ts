import { processSourceList } from '../sources/process-source-list.ts';
import type { HookContext, Register } from '../lib/hook-types.ts';
import { describeError } from '../../../core/logging/describe-error.ts';

/** A source list uploaded by staff is read at once; its facts land on the matching signals. */
export function registerSourceListHooks({ action }: Register, context: HookContext) {
  action('source_lists.items.create', ({ key }) => {
    processSourceList(String(key), context, new Date()).catch((error: Error) => {
      context.logger.error(`Source list ${String(key)} failed: ${describeError(error)}`);
    });
  });
}
