import type { HookConfig } from '@directus/extensions';
import { registerContactAttemptHooks } from './contact-attempts.ts';
import { registerIntakeHooks } from './intake.ts';
import { registerSourceListHooks } from './sources.ts';
import { sweepTempLeftovers } from '../lib/sweep-temp-leftovers.ts';

const hooks: HookConfig = (register, context) => {
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
