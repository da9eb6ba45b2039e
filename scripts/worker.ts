/**
 * The worker: runs the scheduled jobs of the monthly cycle against Directus through the
 * REST API with its own service token. For now it proves it can reach Directus and says
 * it is alive; the jobs arrive with the routing and documents work.
 */
import cron from 'node-cron';
import { readMe } from '@directus/sdk';
import { tokenClient } from './lib/directus-client.ts';
import { describeError } from '../core/logging/describe-error.ts';

const url = process.env.DIRECTUS_URL ?? process.env.PUBLIC_URL ?? 'http://127.0.0.1:8055';
const token = process.env.WORKER_TOKEN;
if (!token) {
  console.error('[worker] WORKER_TOKEN is not set; the worker cannot reach Directus');
  process.exit(1);
}
const client = tokenClient(url, token);

async function heartbeat() {
  try {
    await client.request(readMe({ fields: ['id'] }));
    console.log(`[worker] alive, connected to Directus at ${url}`);
  } catch (error) {
    console.error(`[worker] cannot reach Directus at ${url}: ${describeError(error)}`);
  }
}

await heartbeat();
const task = cron.schedule('0 * * * *', heartbeat, { noOverlap: true, name: 'heartbeat' });
process.on('SIGTERM', () => {
  void task.stop();
  process.exit(0);
});
