/**
 * The month end to end (issue 11, item 7): upload → enrichment → routing → letters → feedback
 * and AMW overview, on one throwaway instance (SQLite) with the local BRP server (the official
 * test persons) and a real worker, for a Weert month (~255 signals) or a large city (10,000).
 * Goals on 2 cores: under 15 s and under 2 minutes.
 *
 * What it measures, stage by stage (wall clock):
 * - upload + intake: REST upload of the XLSX as the worker → the worker's `process-upload` job
 *   → the upload is `processed`;
 * - enrich: the `enrich` step (it enqueues the `enrich-signals` sweep) → the real worker asks
 *   the BRP server (rate-limited as configured) until no signal of the period waits;
 * - source lists: a benefits list (every third test person) and a debt-services list (every
 *   seventh) uploaded through REST and processed by the worker, after the signals, as in the
 *   month (routing waits for a benefits list that saw the signals);
 * - route, letters, feedback, amw-overview: `runCycleStep` called directly in this process
 *   (as `npm run cycle` does), not through the calendar, each acting as on its covenant day.
 *   Between routing and the letters staff plan the municipality's appointments: simulated
 *   straight in the database and left out of the total.
 *
 * The signals are the official BRP test persons as far as the test set reaches (a few hundred
 * usable ones, quirks included: some rows are refused or merged at intake, some are ambiguous
 * in the BRP and wait at routing until the feedback step settles them, without a letter in
 * this run); beyond it (the 10,000) fictitious residents of Weert that the BRP server is given
 * as well, so they are found. The period (2030-01) lies far from the demo's. Nothing is written outside the instance's
 * temporary folder, which is removed in the end.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createItem, readItem, readItems, uploadFiles } from '@directus/sdk';
import ExcelJS from 'exceljs';
import knexFactory, { type Knex } from 'knex';
import { startBrpDevServer } from '../adapters/brp/dev-server.ts';
import { loadTestset, testsetBrpPerson, type TestsetPerson } from '../adapters/brp/testset.ts';
import { DEFAULT_CHROMIUM_PATH } from '../adapters/pdf/pdf-printer.ts';
import { dbDates } from '../extensions/src/lib/db-dates.ts';
import type { BrpPerson } from '../core/brp/brp-person.ts';
import { countAwaitingEnrichment } from '../jobs/cycle/enrich-step.ts';
import { runCycleStep, type CycleStepContext } from '../jobs/cycle/run-cycle-step.ts';
import type { ParsedCycleStepArgs } from '../jobs/cycle/cycle-step-args.ts';
import { projectKnexConfig } from '../jobs/db-settings.ts';
import { enqueueJob } from '../jobs/enqueue.ts';
import type { JobOutcome } from '../jobs/job-types.ts';
import { beginSqliteTransactionsImmediately } from '../jobs/sqlite-immediate-transactions.ts';
import { createWorkerDirectusApi } from '../jobs/worker-directus-api.ts';
import { seedDemo } from '../scripts/lib/demo-data.ts';
import { loginClient, tokenClient } from '../scripts/lib/directus-client.ts';
import { startEphemeralInstance } from '../scripts/lib/ephemeral-instance.ts';
import { freePort } from '../scripts/lib/free-port.ts';
import { fromRoot } from '../scripts/lib/project-paths.ts';
import { startTestWorker } from '../test/support/workers.ts';
import type { BenchResult } from './intake.ts';

const PERIOD = '2030-01';
/** The covenant's days in the next month: inputs in by the 5th, feedback before the 10th, AMW on the 11th. */
const DAYS = { enrich: '2030-02-05', route: '2030-02-05', letters: '2030-02-06', feedback: '2030-02-09', 'amw-overview': '2030-02-11' } as const;
type TimedStep = keyof typeof DAYS;

function gbaDutch(date: string): string {
  const [year, month, day] = date.split('-');
  return `${Number(day)}-${Number(month)}-${year}`;
}

const FIRST_NAMES = ['Anna', 'Johannes', 'Maria', 'Pieter', 'Sophie', 'Willem', 'Fatima', 'Mohamed', 'Elif', 'Daan', 'Noor', 'Lucas'];
const SURNAMES = ['Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker'];
const STREETS = ['Dorpsstraat', 'Kerkstraat', 'Molenweg', 'Stationsstraat', 'Beekstraat', 'Wilhelminasingel', 'Hoogstraat', 'Maasstraat'];

/** A BSN that passes the eleven test, from a counter (about one in eleven counters has none). */
function elevenProofBsn(counter: number): string | null {
  const prefix = String(60_000_000 + counter).padStart(8, '0');
  const sum = [...prefix].reduce((total, digit, i) => total + Number(digit) * (9 - i), 0);
  const check = sum % 11;
  return check === 10 ? null : `${prefix}${check}`;
}

/**
 * Fictitious residents of Weert for the BRP server, beyond the official test set (it has a few
 * hundred usable persons): a large city's month needs tenants the BRP can find. Each has an
 * address of their own and a unique name and birth date.
 */
function syntheticPersons(count: number): TestsetPerson[] {
  const persons: TestsetPerson[] = [];
  for (let counter = 0; persons.length < count; counter++) {
    const bsn = elevenProofBsn(counter);
    if (!bsn) continue;
    const i = persons.length;
    const [surname, ...prefix] = SURNAMES[i % SURNAMES.length]!.split(' ').reverse();
    const birth = `${1940 + (i % 60)}${String(1 + (Math.floor(i / 60) % 12)).padStart(2, '0')}${String(1 + (Math.floor(i / 720) % 28)).padStart(2, '0')}`;
    const postcode = `${6000 + (i % 40)}${String.fromCharCode(65 + (Math.floor(i / 40) % 26))}${String.fromCharCode(65 + (Math.floor(i / 1040) % 26))}`;
    persons.push({
      id: `bench_${i}`, bsn, first_names: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${FIRST_NAMES[(i + 5) % FIRST_NAMES.length]}`, name_prefix: prefix.reverse().join(' ') || null, surname: surname!,
      birth_date_gba: birth, death_date_gba: null, gender: i % 2 ? 'V' : 'M', suspension_reason: null, suspension_date_gba: null, municipality_code: '0988',
      residence: { kind: 'address', street_short: STREETS[i % STREETS.length]!, street_official: STREETS[i % STREETS.length]!, house_number: 1 + (i % 150), house_letter: null, house_number_addition: null, postcode, city: 'Weert', function_code: 'W', start_date: '20100101', object_id: null, number_id: null },
    });
  }
  return persons;
}

/** A corporation's export of the given tenants (title row, Dutch headers). */
async function writeMonthWorkbook(file: string, persons: BrpPerson[], rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet('Achterstanden');
  sheet.addRow(['Overzicht huurachterstanden']).commit();
  sheet.addRow([]).commit();
  sheet.addRow(['Voorl.', 'Tussenv.', 'Achternaam', 'Geb.datum', 'Straat', 'Huisnr', 'Letter', 'Toev.', 'Postcode', 'Woonplaats', 'Mnd achterstand', 'Achterstand (€)']).commit();
  for (const [i, person] of persons.slice(0, rows).entries()) {
    const a = person.address!;
    sheet.addRow([person.initials, person.name_prefix ?? '', person.surname, gbaDutch(person.birth_date!), a.street, a.house_number, a.house_letter ?? '', a.house_number_addition ?? '', a.postcode, a.city, 2 + (i % 5), 500 + (i % 900)]).commit();
  }
  sheet.commit();
  await workbook.commit();
}

async function countRows(knex: Knex, table: string, where: Record<string, unknown>): Promise<number> {
  const row = (await knex(table).where(where).count({ n: '*' }).first()) as { n: number | string } | undefined;
  return Number(row?.n ?? 0);
}

/** On stderr as each stage ends: a long run shows where it is (counts only, no personal data). */
const progress = (stage: string, s: number) => console.error(`[bench month] ${stage}: ${s.toFixed(1)} s`);

const countsText = (outcome: JobOutcome) =>
  Object.entries(outcome.counts ?? {})
    .filter(([, n]) => n !== 0)
    .map(([key, n]) => `${key} ${n}`)
    .join(', ') || 'niets';

export async function benchMonth(signals = 255, options: { brpRate?: number } = {}): Promise<BenchResult> {
  const rate = options.brpRate ?? Number(process.env.BENCH_BRP_RATE ?? 100);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vs-bench-month-'));
  const file = path.join(dir, 'achterstanden.xlsx');
  const testset = await loadTestset();
  const official = testset
    .map(testsetBrpPerson)
    .filter((p) => !p.deceased && !p.emigrated && p.initials && p.surname && /^\d{4}-\d{2}-\d{2}$/.test(p.birth_date ?? '') && p.address?.postcode && p.address.house_number && p.address.street);
  const synthetic = syntheticPersons(Math.max(0, signals - official.length));
  const persons = [...official, ...synthetic.map(testsetBrpPerson)];
  const realRows = Math.min(signals, official.length);
  await writeMonthWorkbook(file, persons, signals);
  const brp = await startBrpDevServer({ port: await freePort(), persons: [...testset, ...synthetic] });
  const instance = await startEphemeralInstance({ dbClient: 'sqlite3' });
  const knex: Knex = knexFactory(projectKnexConfig(instance.db));
  beginSqliteTransactionsImmediately(knex);
  let worker: Awaited<ReturnType<typeof startTestWorker>> | null = null;
  try {
    const admin = await loginClient(instance.url, instance.adminEmail, instance.adminPassword);
    const demo = await seedDemo(admin, 'Bench-Wachtwoord-2026', '2026-11-29');
    const client = tokenClient(instance.url, instance.workerToken);
    const [partner] = (await client.request(readItems('signal_partners', { filter: { code: { _eq: 'wonen-limburg' } }, limit: 1 }))) as Array<{ id: number }>;
    worker = await startTestWorker({
      db: instance.db,
      directusUrl: instance.url,
      workerToken: instance.workerToken,
      entry: fromRoot('scripts', 'worker.ts'),
      env: { PUBLIC_URL: instance.url, WORKER_POLL_INTERVAL_MS: '100', BRP_API_URL: brp.url, BRP_REQUESTS_PER_SECOND: String(rate), CHROMIUM_PATH: process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH },
    });
    const seconds: Record<string, number> = {};
    const done: Record<string, string> = {};
    const clock = () => performance.now();
    const started = clock();

    // 1. Upload and intake through the job path.
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await readFile(file))]), 'achterstanden.xlsx');
    const uploaded = (await client.request(uploadFiles(form))) as { id: string };
    const upload = (await client.request(createItem('uploads', { partner: partner!.id, period: PERIOD, file: uploaded.id }))) as { id: string };
    let state = { status: 'received', accepted: 0, rejected: 0 };
    while (!['processed', 'refused', 'failed'].includes(state.status)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      state = (await client.request(readItem('uploads', upload.id, { fields: ['status', 'accepted', 'rejected'] }))) as typeof state;
    }
    seconds['upload + intake'] = (clock() - started) / 1000;
    progress('upload + intake', seconds['upload + intake']);
    done['upload + intake'] = `${state.status}: ${state.accepted} aanvaard, ${state.rejected} geweigerd`;

    const context: CycleStepContext = {
      knex,
      directus: createWorkerDirectusApi(instance.url, instance.workerToken),
      chromiumPath: process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH,
      now: () => new Date(),
      log: { info: () => {}, warn: () => {}, error: (line) => console.error(`[bench month] ${line}`) },
      enqueue: (kind, args, enqueueOptions) => enqueueJob(knex, kind, args, enqueueOptions, new Date()),
    };
    const step = async (name: TimedStep) => {
      const args: ParsedCycleStepArgs = { step: name, period: PERIOD, dryRun: false, today: DAYS[name] } as ParsedCycleStepArgs;
      const at = clock();
      const outcome = await runCycleStep(args, context);
      if (name === 'enrich') {
        // The step only starts the sweep; the worker does the work.
        for (let waiting = await countAwaitingEnrichment(knex, PERIOD), last = clock(); waiting > 0; waiting = await countAwaitingEnrichment(knex, PERIOD)) {
          if (clock() - last > 10_000) {
            console.error(`[bench month] enrich: ${waiting} signals still wait`);
            last = clock();
          }
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        const tally = (await knex('signals').where({ period: PERIOD }).select('match_status').count({ n: '*' }).groupBy('match_status')) as Array<{ match_status: string; n: number | string }>;
        done[name] = tally.map((row) => `${row.match_status} ${row.n}`).join(', ');
      } else done[name] = countsText(outcome);
      seconds[name] = (clock() - at) / 1000;
      progress(name, seconds[name]);
    };
    await step('enrich');

    // 2. The municipality's lists for the month, after the signals (a list speaks only of the
    // signals it saw): a benefits list naming every third test person, debt services every seventh.
    let at = clock();
    const used = persons.slice(0, signals);
    const benefits = ['BSN;Soort uitkering', ...used.filter((_, i) => i % 3 === 0).map((p) => `${p.bsn};Participatiewet`)].join('\n');
    const debt = ['BSN', ...used.filter((_, i) => i % 7 === 0).map((p) => p.bsn)].join('\n');
    const lists: string[] = [];
    for (const [kind, csv] of [['benefits', benefits], ['debt_services', debt]] as const) {
      const listForm = new FormData();
      listForm.append('file', new Blob([csv]), `${kind}.csv`);
      const listFile = (await admin.request(uploadFiles(listForm))) as { id: string };
      const list = (await admin.request(createItem('source_lists', { kind, reference_date: DAYS.route, file: listFile.id }))) as { id: string };
      let listState = { status: 'received', matched: 0 };
      while (!['processed', 'refused', 'failed'].includes(listState.status)) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        listState = (await admin.request(readItem('source_lists', list.id, { fields: ['status', 'matched'] }))) as typeof listState;
      }
      lists.push(`${kind} ${listState.status} (${listState.matched} gekoppeld)`);
    }
    seconds['source lists'] = (clock() - at) / 1000;
    progress('source lists', seconds['source lists']);
    done['source lists'] = lists.join(', ');

    await step('route');

    // Staff plan the municipality's appointments between routing and the letters; simulated
    // here straight in the database and not counted in the total (it is people's work).
    at = clock();
    const municipalityCases = (await knex('cases').where({ period: PERIOD, route: 'municipality' }).select('id')) as Array<{ id: string }>;
    for (const [i, item] of municipalityCases.entries()) {
      const talkAt = new Date(Date.UTC(2030, 1, 18 + (i % 10), 8 + (i % 8), 0));
      await knex('cases').where({ id: item.id }).update({ talk_at: dbDates(knex).timestamp(talkAt), talk_place: 'Stadhuis Weert, Wilhelminasingel 101', regisseur_sdv: demo.users.debt_services.id, regisseur_participatie: demo.users.functional_admin.id });
    }
    const staffSeconds = (clock() - at) / 1000;

    for (const name of ['letters', 'feedback', 'amw-overview'] as const) await step(name);
    const total = Object.values(seconds).reduce((sum, s) => sum + s, 0);

    const figures: Record<string, string | number> = {};
    for (const [name, s] of Object.entries(seconds)) figures[`${name} (s)`] = `${s.toFixed(2)} — ${done[name]}`;
    figures['total (s)'] = Number(total.toFixed(2));
    figures['appointments planned (simulated staff work, not in the total) (s)'] = `${staffSeconds.toFixed(2)} — ${municipalityCases.length} zaken`;
    figures['goal (s)'] = signals <= 1_000 ? 15 : 120;
    figures.signals = await countRows(knex, 'signals', { period: PERIOD });
    figures['rows in the XLSX'] = signals;
    figures['of which official BRP test persons'] = realRows;
    figures.cases = await countRows(knex, 'cases', { period: PERIOD });
    figures.letters = await countRows(knex, 'documents', { period: PERIOD, kind: 'letter' });
    figures['post-room PDFs'] = await countRows(knex, 'documents', { period: PERIOD, kind: 'letter_batch' });
    figures['feedback files'] = await countRows(knex, 'documents', { period: PERIOD, kind: 'partner_feedback' });
    figures['AMW overviews'] = await countRows(knex, 'documents', { period: PERIOD, kind: 'amw_overview' });
    figures['BRP rate (requests/s)'] = rate;
    figures['load average (1 min) at the end'] = os.loadavg()[0]!.toFixed(1);
    return { name: `Month end to end: ${signals.toLocaleString('en')} signals, upload → enrichment → routing → letters → feedback → AMW overview (SQLite, real worker, local BRP)`, figures };
  } finally {
    await worker?.stop();
    await knex.destroy();
    await instance.stop();
    await brp.close();
    await rm(dir, { recursive: true, force: true });
  }
}
