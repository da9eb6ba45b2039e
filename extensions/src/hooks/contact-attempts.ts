import { resolveContactAttemptLinks, type ReferralLink } from '../../../core/casework/contact-attempt-links.ts';
import type { HookContext, Register } from '../lib/hook-types.ts';
import { UserFacingError } from '../lib/user-facing-error.ts';

/** Links every new contact attempt to its case; the referral is looked up as the user sees it. */
export function registerContactAttemptHooks({ filter }: Register, { services, getSchema, logger }: HookContext) {
  filter('contact_attempts.items.create', async (input, _meta, context) => {
    const payload = input as Record<string, unknown>;
    let visible: ReferralLink | null = null;
    if (typeof payload.referral === 'string') {
      const asUser = new services.ItemsService('referrals', { schema: await getSchema(), knex: context.database, accountability: context.accountability });
      let found: { id: string } | undefined;
      try {
        [found] = (await asUser.readByQuery({ filter: { id: { _eq: payload.referral } }, fields: ['id'], limit: 1 })) as Array<{ id: string }>;
      } catch (error) {
        // No read access to referrals at all: Directus's own permission check refuses the create.
        if ((error as { code?: string }).code === 'FORBIDDEN') return payload;
        throw error;
      }
      if (found) {
        // The case link itself is not among AMW's readable fields; read it without the user's limits.
        const internal = new services.ItemsService('referrals', { schema: await getSchema(), knex: context.database });
        const full = (await internal.readOne(found.id, { fields: ['id', 'case'] })) as ReferralLink;
        visible = full;
      }
    }
    const links = resolveContactAttemptLinks(payload, visible);
    if (!links.ok) {
      logger.warn(`Refused contact attempt: ${links.log}`);
      throw new UserFacingError({ message: links.message });
    }
    return payload;
  });
  // The link to the case itself is set in the create's transaction (hooks/casework.ts).
}
