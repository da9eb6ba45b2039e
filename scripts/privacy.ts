/**
 * `npm run privacy -- inzage --bsn <bsn> --out <bestand.pdf>` (or by surname, birth date,
 * postcode and house number): the inzage report of one person as a PDF, the same report as the
 * action on a request in the app (jobs/privacy/make-inzage-report.ts). Works directly on the
 * database, like `npm run cycle`; Directus need not run. Chromium prints the PDF.
 *
 * Exit codes: 0 the report is written; 1 nothing found for this person, or wrong arguments;
 * 2 bad configuration, the database unreachable, or printing failed.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeError } from '../core/logging/describe-error.ts';
import { askedForText, inzageCountsText, makeInzageReport } from '../jobs/privacy/make-inzage-report.ts';
import { parseWorkerConfig } from '../jobs/worker-config.ts';
import { useStoredDevSecrets } from './lib/dev-secrets.ts';
import { loadDotEnv } from './lib/load-dotenv.ts';
import { openProjectDatabase } from './lib/open-project-database.ts';
import { parsePrivacyArguments } from './lib/privacy-arguments.ts';
import { fromRoot, projectRoot } from './lib/project-paths.ts';

const EXIT_NOT_FOUND = 1;
const EXIT_TECHNICAL = 2;

loadDotEnv();
useStoredDevSecrets(process.env, fromRoot('data', '.secrets.json'));
const parsed = parsePrivacyArguments(process.argv.slice(2));
if (!parsed.ok) {
  console.error(parsed.message);
  process.exit(EXIT_NOT_FOUND);
}
const { query, asked, out } = parsed.value;
// The database settings as the worker reads them; this command needs no Directus URL or token.
const config = parseWorkerConfig({ ...process.env, DIRECTUS_URL: process.env.DIRECTUS_URL || 'http://127.0.0.1:8055', WORKER_TOKEN: process.env.WORKER_TOKEN || 'not-used' }, projectRoot);
if (!config.ok) {
  console.error('De instellingen zijn niet in orde; er is geen rapport gemaakt. Pas de omgevingsvariabelen of .env aan (zie README).');
  for (const problem of config.problems) console.error(`  - ${problem}`);
  process.exit(EXIT_TECHNICAL);
}
const { db, chromiumPath } = config.config;
const opened = await openProjectDatabase(db, ['signals'], 'geen rapport gemaakt');
if (!opened.ok) {
  console.error(opened.message);
  console.error(`[privacy] ${opened.logLine}`);
  process.exit(EXIT_TECHNICAL);
}
const { knex } = opened;
async function exit(code: number): Promise<never> {
  await knex.destroy();
  process.exit(code);
}

try {
  const report = await makeInzageReport(knex, query, { now: new Date(), askedFor: askedForText(asked), chromiumPath });
  if (!report) {
    console.error('Over deze persoon zijn geen gegevens gevonden (geen signalen, bezwaren, verstrekkingen of verzoeken). Controleer het BSN of de naam, geboortedatum en het adres.');
    await exit(EXIT_NOT_FOUND);
  }
  // npm runs scripts in the project's folder; INIT_CWD is where the person typed the command.
  const target = path.resolve(process.env.INIT_CWD || process.cwd(), out);
  // Readable by the owner only: the file holds everything about one person.
  await writeFile(target, report!.pdf, { mode: 0o600 });
  console.log(`Inzagerapport opgeslagen in ${target}: ${inzageCountsText(report!.counts)}.`);
  await exit(0);
} catch (error) {
  console.error('Het inzagerapport kon niet worden gemaakt. Is Chromium geïnstalleerd (CHROMIUM_PATH)? Zie het logboek of neem contact op met de beheerder.');
  console.error(`[privacy] inzage report failed: ${describeError(error)}`);
  await exit(EXIT_TECHNICAL);
}
