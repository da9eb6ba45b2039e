/**
 * Creates or updates the job engine's tables (Sidequest) in the project database. `npm start`
 * does this itself (scripts/lib/prepare-instance.ts); docker-compose.yml runs it once, before
 * Directus starts, because the official Directus image does not carry the engine.
 * Exit 0 when done, 2 on bad settings, 1 when the database refused.
 */
import { dbSettingsFromEnv, migrateJobEngine } from '../jobs/migrate-engine.ts';
import { loadDotEnv } from './lib/load-dotenv.ts';
import { describeError } from '../core/logging/describe-error.ts';

loadDotEnv();
let settings;
try {
  settings = dbSettingsFromEnv(process.env);
} catch (error) {
  console.error('De database-instellingen zijn niet in orde (DB_CLIENT, DB_FILENAME of DB_HOST…); zie README.');
  console.error(`  - ${(error as Error).message}`);
  process.exit(2);
}
try {
  await migrateJobEngine(settings);
  console.log('[migrate-jobs] job engine tables are up to date');
} catch (error) {
  console.error(`[migrate-jobs] failed: ${describeError(error)}`);
  process.exit(1);
}
