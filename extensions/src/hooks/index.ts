import type { HookConfig } from '@directus/extensions';
import { registerContactAttemptHooks } from './contact-attempts.ts';

const hooks: HookConfig = (register, context) => {
  registerContactAttemptHooks(register, context);
  register.init('app.after', () => {
    context.logger.info('Vroegsignalering hooks loaded');
  });
};

export default hooks;
