/**
 * The real worker (scripts/worker.ts, every project handler) against the test instance, in
 * its own process group. Test files that upload start one in beforeAll and stop it in
 * afterAll: uploads, source lists and enrichment are jobs that only a worker runs.
 *
 * The covenant's calendar is off unless a test asks for it: in a full run it would enqueue
 * cycle steps (letters, exports) for every period other tests left behind, and a test's
 * upload would wait behind them. Tests run the steps they need themselves.
 */
import { inject } from 'vitest';
import { fromRoot } from '../../scripts/lib/project-paths.ts';
import { TEST_JOB_POLICY_OVERRIDES } from './test-job-policies.ts';
import { startTestWorker, type TestWorker } from './workers.ts';

export async function startProjectWorker(options: { env?: Record<string, string> } = {}): Promise<TestWorker> {
  const directus = inject('directus');
  return startTestWorker({
    db: directus.db,
    directusUrl: directus.url,
    workerToken: directus.workerToken,
    entry: fromRoot('scripts', 'worker.ts'),
    env: {
      PUBLIC_URL: directus.url,
      BRP_API_URL: directus.brpUrl,
      BRP_REQUESTS_PER_SECOND: '50',
      BRP_MAX_RETRIES: '2',
      RECONCILE_INTERVAL_SECONDS: '5',
      JOB_POLICY_OVERRIDES: TEST_JOB_POLICY_OVERRIDES,
      WORKER_CALENDAR: 'off',
      ...options.env,
    },
  });
}
