import type { HookConfig } from '@directus/extensions';
import { registerAccessGuards } from './access-guards.ts';
import { registerContactAttemptHooks } from './contact-attempts.ts';
import { registerIntakeHooks } from './intake.ts';
import { registerSourceListHooks } from './sources.ts';

const hooks: HookConfig = (register, context) => {
  registerAccessGuards(register, context);
  registerContactAttemptHooks(register, context);
  registerIntakeHooks(register, context);
  registerSourceListHooks(register, context);
  register.init('app.after', () => {
    context.logger.info('Vroegsignalering hooks loaded');
  });
};

export default hooks;
