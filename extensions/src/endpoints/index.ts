import type { EndpointConfig } from '@directus/extensions';
import { registerBrpReviewRoutes } from './brp-review.ts';
import { registerEnrichmentRoute } from './enrichment.ts';
import { registerErrorReportRoute } from './error-report.ts';
import { registerJobRunRoutes } from './job-runs.ts';

const endpoints: EndpointConfig = {
  id: 'vroegsignalering',
  handler: (router, context) => {
    router.get('/health', (_req, res) => {
      res.json({ status: 'ok' });
    });
    registerErrorReportRoute(router, context);
    registerEnrichmentRoute(router, context);
    registerBrpReviewRoutes(router, context);
    registerJobRunRoutes(router, context);
  },
};

export default endpoints;
