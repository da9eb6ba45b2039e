import type { HookConfig } from '@directus/extensions';
import { registerContactAttemptHooks } from './contact-attempts.ts';
import { registerIntakeHooks } from './intake.ts';
import { registerSourceListHooks } from './sources.ts';
import { sweepTempLeftovers } from '../lib/sweep-temp-leftovers.ts';
import { waitOnLockedSqlite } from '../lib/sqlite-busy-timeout.ts';

const hooks: HookConfig = (register, context) => {
  // Job engine (issue 8): Directus and the worker share the SQLite file; wait on a lock, do not fail.
  waitOnLockedSqlite(context.database as never);
  registerContactAttemptHooks(register, context);
  registerIntakeHooks(register, context);
  registerSourceListHooks(register, context);
  register.init('app.after', async () => {
    context.logger.info('Vroegsignalering hooks loaded');
    const { removed } = await sweepTempLeftovers();
    if (removed) context.logger.warn(`Removed ${removed} upload copies left in the temp folder by an earlier version`);
  });
};

export default hooks;
