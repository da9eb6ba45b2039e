/**
 * Every login lands on the user's own start page (the Vroegsignalering module), not on
 * whatever page Directus last saw: the app opens `last_page` after a login. The filter
 * runs before the password check and is awaited, so the app reads the start page when it
 * loads the user; on a failed attempt it only resets a page preference.
 */
import type { Knex } from 'knex';
import { describeError } from '../../../core/logging/describe-error.ts';
import type { HookContext, Register } from '../lib/hook-types.ts';

export const START_PAGE = '/vroegsignalering';

export function registerStartPageHooks({ filter }: Register, context: HookContext) {
  filter('auth.login', async (payload, meta) => {
    const user = (meta as { user?: string }).user;
    if (!user) return payload;
    try {
      await (context.database as unknown as Knex)('directus_users').update({ last_page: START_PAGE }).where({ id: user });
    } catch (error) {
      // A page preference never blocks a login.
      context.logger.warn(`Setting the start page at login failed: ${describeError(error)}`);
    }
    return payload;
  });
}
