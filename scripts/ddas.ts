/**
 * `npm run ddas -- --from JJJJ-MM-DD --to JJJJ-MM-DD --out <bestand.json> [--supplier-code CODE]`:
 * the DDAS vroegsignalering v1.2 delivery of a window for CBS. Works directly on the database,
 * like `npm run cycle`. The delivery is validated against the official schema before anything
 * is written; a valid one is written to the file and, when Directus runs, also stored in
 * Documenten (kind ddas_export) for staff.
 *
 * Exit codes: 0 valid, the file is written; 1 refused by the schema (the failing fields are
 * printed, nothing is written); 2 wrong arguments, bad configuration or the database unreachable.
 * Dutch for the person on stdout/stderr; English log lines start with [ddas] and hold counts,
 * field paths and ids only, never personal data.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeError } from '../core/logging/describe-error.ts';
import type { JobLog } from '../jobs/job-types.ts';
import { makeDdasDelivery } from '../jobs/reporting/make-ddas-delivery.ts';
import { storeDdasDocument } from '../jobs/reporting/store-ddas-document.ts';
import { parseWorkerConfig } from '../jobs/worker-config.ts';
import { createWorkerDirectusApi } from '../jobs/worker-directus-api.ts';
import { useStoredDevSecrets } from './lib/dev-secrets.ts';
import { parseDdasArguments } from './lib/ddas-arguments.ts';
import { loadDotEnv } from './lib/load-dotenv.ts';
import { openProjectDatabase } from './lib/open-project-database.ts';
import { fromRoot, projectRoot } from './lib/project-paths.ts';
import { processIsRunning, readInstanceRecord, resolveDirectusUrl } from './lib/running-instance.ts';

const EXIT_REFUSED = 1;
const EXIT_USAGE = 2;

loadDotEnv();
useStoredDevSecrets(process.env, fromRoot('data', '.secrets.json'));
const parsed = parseDdasArguments(process.argv.slice(2));
if (!parsed.ok) {
  console.error(parsed.message);
  process.exit(EXIT_USAGE);
}
const { from, to, out } = parsed.value;
const supplierCode = parsed.value.supplierCode ?? (process.env.DDAS_SUPPLIER_CODE?.trim() || null);
const resolved = resolveDirectusUrl(process.env, readInstanceRecord(), processIsRunning);
const config = parseWorkerConfig({ ...process.env, DIRECTUS_URL: resolved.ok ? resolved.url : 'http://127.0.0.1:8055', WORKER_TOKEN: process.env.WORKER_TOKEN || 'not-used' }, projectRoot);
if (!config.ok) {
  console.error('De instellingen zijn niet in orde; er is geen levering gemaakt. Pas de omgevingsvariabelen of .env aan (zie README).');
  for (const problem of config.problems) console.error(`  - ${problem}`);
  process.exit(EXIT_USAGE);
}
const { db, directusUrl, workerToken } = config.config;
const log: JobLog = { info: (line) => console.error(`[ddas] ${line}`), warn: (line) => console.error(`[ddas] ${line}`), error: (line) => console.error(`[ddas] ${line}`) };

const opened = await openProjectDatabase(db, ['signals', 'contact_attempts'], 'geen levering gemaakt');
if (!opened.ok) {
  console.error(opened.message);
  log.error(opened.logLine);
  process.exit(EXIT_USAGE);
}
const { knex } = opened;
async function exit(code: number): Promise<never> {
  await knex.destroy();
  process.exit(code);
}

await exit(await deliver(new Date()));

async function deliver(now: Date): Promise<number> {
  let outcome: Awaited<ReturnType<typeof makeDdasDelivery>>;
  try {
    outcome = await makeDdasDelivery(knex, { from, to }, { now, supplierCode });
  } catch (error) {
    console.error('De levering kon niet worden gemaakt; zie het logboek of neem contact op met de beheerder.');
    log.error(`delivery ${from}..${to} failed: ${describeError(error)}`);
    return EXIT_USAGE;
  }

  if (!outcome.ok) {
    if (outcome.reason === 'no-municipality-code') {
      console.error('De gemeentecode (CBS) ontbreekt in de instellingen. Vul bij Instellingen de "Gemeentecode (CBS)" in, bijvoorbeeld 0988, en probeer het opnieuw.');
      log.error(`delivery ${from}..${to} refused: no municipality code`);
      return EXIT_USAGE;
    }
    const { errors } = outcome;
    console.error(`De levering voldoet niet aan het DDAS-schema (v1.2) en is niet geschreven. ${errors.length === 1 ? 'Dit veld klopt' : `Deze ${errors.length} velden kloppen`} niet:`);
    for (const error of errors) console.error(`  ${error.path || '/'}: ${error.message}`);
    log.error(`delivery ${from}..${to} refused by the schema: ${errors.length} errors at ${errors.map((error) => error.path || '/').join(', ')}`);
    return EXIT_REFUSED;
  }

  // npm runs scripts in the project's folder; INIT_CWD is where the person typed the command.
  const target = path.resolve(process.env.INIT_CWD || process.cwd(), out);
  try {
    // Readable by the owner only: the delivery holds BSNs and addresses.
    await writeFile(target, outcome.json, { mode: 0o600 });
  } catch (error) {
    console.error(`Het bestand ${target} kon niet worden geschreven. Bestaat de map en mag u erin schrijven?`);
    log.error(`writing the delivery failed: ${describeError(error)}`);
    return EXIT_USAGE;
  }
  const { signals, cases, contactAttempts, households } = outcome.counts;
  console.log(`DDAS-levering ${from} t/m ${to} is geldig en opgeslagen in ${target}: ${signals} signalen (${households} huishoudens), ${cases} vroegsignaalzaken, ${contactAttempts} contactpogingen.`);
  log.info(`delivery ${from}..${to} valid: ${signals} signals, ${cases} cases, ${contactAttempts} attempts`);

  // Also in Documenten for staff, when Directus runs; the file is there either way.
  try {
    const response = await fetch(`${directusUrl}/users/me?fields=id`, { headers: { authorization: `Bearer ${workerToken}` } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const stored = await storeDdasDocument({ knex, directus: createWorkerDirectusApi(directusUrl, workerToken), log }, { window: { from, to }, json: outcome.json, counts: outcome.counts, now });
    console.log(stored.outcome === 'created' ? 'De levering staat ook bij Documenten (DDAS-levering).' : 'De eerdere levering voor deze periode bij Documenten is vervangen door deze.');
  } catch (error) {
    console.log('Let op: de levering staat niet bij Documenten (Directus is niet bereikbaar of weigert het WORKER_TOKEN). Het bestand is wel geschreven.');
    log.warn(`storing the delivery as a document failed: ${describeError(error)}`);
  }
  return 0;
}
