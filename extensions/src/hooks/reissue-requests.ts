/**
 * A request to make a letter again (a `letter` document in status `requested`) needs a
 * reason of at least five characters and its case or earlier letter
 * (core/documents/reissue-request.ts); refused with a Dutch message otherwise. Runs before
 * Directus adds the staff permission's presets (kind letter, status requested), so a
 * request is recognised by its reason or earlier letter too. Logs name no reason text.
 */
import { checkReissueRequest, isReissueRequest } from '../../../core/documents/reissue-request.ts';
import type { HookContext, Register } from '../lib/hook-types.ts';
import { UserFacingError } from '../lib/user-facing-error.ts';

export function registerReissueRequestHooks({ filter }: Register, { logger }: HookContext) {
  filter('documents.items.create', (input, _meta, context) => {
    const payload = (input ?? {}) as Record<string, unknown>;
    const accountability = context.accountability as { admin?: boolean } | null;
    if (!isReissueRequest(payload, { admin: accountability === null || accountability.admin === true })) return input;
    const check = checkReissueRequest(payload);
    if (!check.ok) {
      logger.warn('Refused a request to make a letter again: reason or case missing');
      throw new UserFacingError({ message: check.message });
    }
    return input;
  });
}
