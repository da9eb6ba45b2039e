/**
 * `npm start`: one command from a fresh clone to a running system. Builds the extensions,
 * creates or migrates the database, applies the schema snapshot and provisions the access
 * model on a private port (127.0.0.1, a free port), then starts Directus on the public port
 * and the worker. The public port answers only once everything is in place. Safe to run
 * again: data is kept and nothing is provisioned twice.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { startBrpDevServer, type BrpDevServer } from '../adapters/brp/dev-server.ts';
import { BrpSettingsError, readBrpSettings } from '../adapters/brp/process-brp-client.ts';
import { ConfigError, parseAppConfig } from './lib/app-config.ts';
import { ensureDevSecrets } from './lib/dev-secrets.ts';
import { directusEnv } from './lib/directus-env.ts';
import { startDirectusServer } from './lib/directus-process.ts';
import { loadDotEnv } from './lib/load-dotenv.ts';
import { prepareAndProvisionPrivately } from './lib/provision-privately.ts';
import { fromRoot } from './lib/project-paths.ts';
import { removeInstanceRecord, writeInstanceRecord } from './lib/running-instance.ts';

loadDotEnv();
const production = process.env.NODE_ENV === 'production';
const adminPasswordFromEnv = Boolean(process.env.ADMIN_PASSWORD);
const secretsFile = fromRoot('data', '.secrets.json');
const secrets = production ? { generated: [], file: secretsFile } : ensureDevSecrets(process.env, secretsFile);

let config;
try {
  config = parseAppConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error('De configuratie is niet in orde; Vroegsignalering start niet. Pas de omgevingsvariabelen of .env aan (zie README).');
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
try {
  readBrpSettings(process.env);
} catch (error) {
  if (error instanceof BrpSettingsError) {
    console.error('De configuratie is niet in orde; Vroegsignalering start niet. Pas de omgevingsvariabelen of .env aan (zie README).');
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

// Outside production, without a real register, the official BRP test persons stand in.
let brpDev: BrpDevServer | null = null;
if (!production && !process.env.BRP_API_URL) {
  const preferred = Number(process.env.BRP_DEV_PORT ?? 5010);
  // A busy port (a second checkout, a running brp:dev) must not stop the app from starting.
  brpDev = await startBrpDevServer({ port: preferred }).catch(() => startBrpDevServer({ port: 0 }));
  process.env.BRP_API_URL = brpDev.url;
  console.log(`[start] no BRP_API_URL: using the local BRP test server with the official test persons at ${brpDev.url}`);
} else if (!process.env.BRP_API_URL) {
  console.warn('[start] BRP_API_URL is not set: signals will wait for enrichment');
}

const env = directusEnv(config);
console.log(`[start] database: ${config.DB_CLIENT === 'pg' ? `PostgreSQL ${config.DB_HOST ?? ''}/${config.DB_DATABASE ?? ''}` : env.DB_FILENAME}`);
const report = await prepareAndProvisionPrivately(config, env);
console.log(`[start] access model provisioned on a private port: ${JSON.stringify(report)}`);
const directus = await startDirectusServer(env);
// seed:demo, import, enrich and cycle find this instance here without repeating PORT/PUBLIC_URL.
writeInstanceRecord({ url: directus.url, publicUrl: config.PUBLIC_URL, pid: process.pid });
process.on('exit', () => removeInstanceRecord(process.pid));

const worker: ChildProcess = spawn(process.execPath, [fromRoot('node_modules', 'tsx', 'dist', 'cli.mjs'), fromRoot('scripts', 'worker.ts')], {
  env: { ...env, DIRECTUS_URL: directus.url },
  stdio: 'inherit',
});

const credentials = adminPasswordFromEnv ? 'wachtwoord: de waarde van ADMIN_PASSWORD' : `wachtwoord: zie ${secrets.file} (ADMIN_PASSWORD)`;
console.log('');
console.log('  Vroegsignalering draait.');
console.log(`  Open ${config.PUBLIC_URL}/admin`);
console.log(`  Inloggen als beheerder: ${config.ADMIN_EMAIL}, ${credentials}`);
console.log('  Demogegevens en gebruikers per rol: npm run seed:demo');
console.log('  Stoppen: Ctrl+C');
console.log('');

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`[start] ${signal} received, stopping worker and Directus`);
  worker.kill('SIGTERM');
  await directus.stop();
  await brpDev?.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
directus.child.on('exit', (code) => {
  if (stopping) return;
  console.error(`[start] Directus stopped unexpectedly (exit ${code})`);
  worker.kill('SIGTERM');
  process.exit(1);
});
