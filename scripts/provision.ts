/**
 * `npx tsx scripts/provision.ts`: provisions the access model against a running Directus, as
 * `npm start` does after starting it (roles, policies, permissions, presets, the worker account).
 * Used by the one-shot `provision` service in docker-compose.yml; safe to run again.
 * DIRECTUS_URL is where this process reaches Directus (in Compose: http://directus:8055);
 * without it, PUBLIC_URL.
 *
 * `--check-only` validates the configuration and stops: the `config-check` service runs it before
 * Directus starts, because the official Directus image does not know our rules (a placeholder such
 * as `vervang-mij` from .env.example must never become the SECRET or the first admin's password).
 */
import { ConfigError, parseAppConfig } from './lib/app-config.ts';
import { loadDotEnv } from './lib/load-dotenv.ts';
import { provision } from './lib/provision.ts';

loadDotEnv();
let config;
try {
  config = parseAppConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error('De configuratie is niet in orde (zie .env.example); Vroegsignalering start niet.');
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
if (process.argv.includes('--check-only')) {
  console.log(`[provision] configuration is valid (NODE_ENV=${config.NODE_ENV})`);
  process.exit(0);
}

const url = (process.env.DIRECTUS_URL || config.PUBLIC_URL).replace(/\/+$/, '');
// In Compose this job starts together with Directus (which turns healthy only after it): wait for
// Directus to answer, up to PROVISION_WAIT_SECONDS (default 300).
const deadline = Date.now() + Number(process.env.PROVISION_WAIT_SECONDS ?? 300) * 1000;
while (!(await fetch(`${url}/server/ping`).then((response) => response.ok, () => false))) {
  if (Date.now() > deadline) {
    console.error(`Directus op ${url} antwoordt niet; het toegangsmodel is niet ingericht.`);
    process.exit(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 2000));
}
// scripts/lib/provision.ts logs in with loginClient and runs provisionAccess, exactly as scripts/start.ts.
const report = await provision({ url, adminEmail: config.ADMIN_EMAIL, adminPassword: config.ADMIN_PASSWORD ?? '', workerToken: config.WORKER_TOKEN });
console.log(`[provision] access model provisioned at ${url}: ${JSON.stringify(report)}`);
