import type { EndpointConfig } from '@directus/extensions';
import { registerBrpReviewRoutes } from './brp-review.ts';
import { registerDiscardFileRoute } from './discard-file.ts';
import { registerEnrichmentRoute } from './enrichment.ts';
import { registerErrorReportRoute } from './error-report.ts';
import { registerJobRunRoutes } from './job-runs.ts';
import { registerLoginThrottleRoutes } from './login-throttle.ts';
import { registerPrivacyRequestRoutes } from './privacy-requests.ts';
import { registerProfileRoute } from './profile.ts';
import { registerReportingRoutes } from './reporting.ts';
import { registerTemplatePreviewRoutes } from './template-preview.ts';

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
    registerLoginThrottleRoutes(router, context);
    registerPrivacyRequestRoutes(router, context);
    registerProfileRoute(router, context);
    registerDiscardFileRoute(router, context);
    registerTemplatePreviewRoutes(router, context);
    // issue 13: the DDAS delivery and the evaluation report from the app.
    registerReportingRoutes(router, context);
  },
};

export default endpoints;
