import type { HookConfig } from '@directus/extensions';
import { registerContactAttemptHooks } from './contact-attempts.ts';
import { registerIntakeHooks } from './intake.ts';

const hooks: HookConfig = (register, context) => {
  registerContactAttemptHooks(register, context);
  registerIntakeHooks(register, context);
  register.init('app.after', () => {
    context.logger.info('Vroegsignalering hooks loaded');
  });
};

export default hooks;
