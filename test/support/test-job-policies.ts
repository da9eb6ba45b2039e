/**
 * Job policies for the test instance, set through JOB_POLICY_OVERRIDES (the same setting an
 * operator would use), shared by the test Directus (which enqueues, and so sets the lease)
 * and the test workers: a lease short enough that a test which kills a worker sees the
 * upload picked up again within seconds.
 */
export const TEST_JOB_POLICY_OVERRIDES = JSON.stringify({ 'process-upload': { timeoutMs: 30_000 } });
