import type { EndpointConfig } from '@directus/extensions';
import { registerErrorReportRoute } from './error-report.ts';

const endpoints: EndpointConfig = {
  id: 'vroegsignalering',
  handler: (router, context) => {
    router.get('/health', (_req, res) => {
      res.json({ status: 'ok' });
    });
    registerErrorReportRoute(router, context);
  },
};

export default endpoints;
