import type { HookConfig } from '@directus/extensions';

const hooks: HookConfig = ({ init }, { logger }) => {
  init('app.after', () => {
    logger.info('Vroegsignalering hooks loaded');
  });
};

export default hooks;
