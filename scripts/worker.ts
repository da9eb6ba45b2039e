/**
 * The worker: runs every piece of background work as a durable job (Sidequest, in this
 * process) and, from the calendar, enqueues the month's steps. Settings are validated at
 * start; a bad setting stops it with a Dutch message and exit code 2.
 *
 * Environment: DB_CLIENT, DB_FILENAME / DB_HOST, DB_PORT, DB_DATABASE, DB_USER, DB_PASSWORD
 * (as Directus), DIRECTUS_URL, WORKER_TOKEN, WORKER_CONCURRENCY; BRP_* (see README).
 */
import { runWorker } from '../jobs/worker-main.ts';
import { loadDotEnv } from './lib/load-dotenv.ts';

loadDotEnv();
await runWorker();
