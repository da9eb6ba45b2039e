/**
 * `npm run report -- --year JJJJ --out <bestand.pdf>` (or `--from JJJJ-MM-DD --to JJJJ-MM-DD`):
 * the covenant's evaluation report (art. 18) of a window as a PDF for the covenant partners:
 * key figures, a chart and a short explanation per indicator, aggregates only. Works directly
 * on the database, like `npm run ddas`; the same figures as the dashboard and the delivery.
 *
 * Exit codes: 0 the PDF is written; 2 wrong arguments, bad configuration, the database
 * unreachable or the PDF could not be made. Dutch for the person; English log lines start
 * with [report] and hold counts only.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { amsterdamDate } from '../core/cycle/amsterdam-date.ts';
import { describeError } from '../core/logging/describe-error.ts';
import { makeEvaluationReport } from '../jobs/reporting/make-evaluation-report.ts';
import { parseWorkerConfig } from '../jobs/worker-config.ts';
import { useStoredDevSecrets } from './lib/dev-secrets.ts';
import { loadDotEnv } from './lib/load-dotenv.ts';
import { openProjectDatabase } from './lib/open-project-database.ts';
import { fromRoot, projectRoot } from './lib/project-paths.ts';
import { parseReportArguments } from './lib/report-arguments.ts';

const EXIT_FAILED = 2;

loadDotEnv();
useStoredDevSecrets(process.env, fromRoot('data', '.secrets.json'));
const parsed = parseReportArguments(process.argv.slice(2));
if (!parsed.ok) {
  console.error(parsed.message);
  process.exit(EXIT_FAILED);
}
const { from, to, out } = parsed.value;
// Only the database settings are needed; the worker's other settings get harmless stand-ins.
const config = parseWorkerConfig({ ...process.env, DIRECTUS_URL: process.env.DIRECTUS_URL || 'http://127.0.0.1:8055', WORKER_TOKEN: process.env.WORKER_TOKEN || 'not-used' }, projectRoot);
if (!config.ok) {
  console.error('De instellingen zijn niet in orde; er is geen rapport gemaakt. Pas de omgevingsvariabelen of .env aan (zie README).');
  for (const problem of config.problems) console.error(`  - ${problem}`);
  process.exit(EXIT_FAILED);
}
const { db, chromiumPath } = config.config;
const opened = await openProjectDatabase(db, ['signals', 'report_figures'], 'geen rapport gemaakt');
if (!opened.ok) {
  console.error(opened.message);
  console.error(`[report] ${opened.logLine}`);
  process.exit(EXIT_FAILED);
}
const { knex } = opened;

async function run(): Promise<number> {
  let report: Awaited<ReturnType<typeof makeEvaluationReport>>;
  try {
    report = await makeEvaluationReport(knex, { from, to }, { madeOn: amsterdamDate(new Date()), chromiumPath });
  } catch (error) {
    console.error('Het rapport kon niet worden gemaakt; zie het logboek of neem contact op met de beheerder.');
    console.error(`[report] ${from}..${to} failed: ${describeError(error)}`);
    return EXIT_FAILED;
  }
  // npm runs scripts in the project's folder; INIT_CWD is where the person typed the command.
  const target = path.resolve(process.env.INIT_CWD || process.cwd(), out);
  try {
    await writeFile(target, report.pdf);
  } catch (error) {
    console.error(`Het bestand ${target} kon niet worden geschreven. Bestaat de map en mag u erin schrijven?`);
    console.error(`[report] writing failed: ${describeError(error)}`);
    return EXIT_FAILED;
  }
  const { counts } = report.figures;
  console.log(`${report.title}: opgeslagen in ${target} (${counts.signals} signalen, ${counts.households} huishoudens, ${counts.cases} vroegsignaalzaken).`);
  return 0;
}

const code = await run();
await knex.destroy();
process.exit(code);
