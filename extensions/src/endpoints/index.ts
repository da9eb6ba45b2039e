import type { EndpointConfig } from '@directus/extensions';

const endpoints: EndpointConfig = {
  id: 'vroegsignalering',
  handler: (router) => {
    router.get('/health', (_req, res) => {
      res.json({ status: 'ok' });
    });
  },
};

export default endpoints;
