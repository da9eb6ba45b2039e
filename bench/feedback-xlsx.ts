/**
 * Feedback XLSX benchmark (issue 11): a large city's corporation feedback — 10,000 signals —
 * from plain rows to the bytes of the workbook: the decision label and the row builder
 * (core/documents/feedback-rows.ts) and the writer with formula neutralisation
 * (adapters/xlsx/write-sheet.ts). No database and no Directus: this measures the export
 * itself, the part the feedback step adds to reading the rows.
 *
 * Run on its own: `npx tsx bench/feedback-xlsx.ts [rows]` (default 10,000), or call
 * `benchFeedbackXlsx` from bench/run.ts. The tenants are made up; a few carry formula-like
 * text so the neutralisation does real work.
 */
import { pathToFileURL } from 'node:url';
import { buildFeedbackRows, FEEDBACK_COLUMNS, type FeedbackSignal } from '../core/documents/feedback-rows.ts';
import type { Route } from '../core/routing/routing-input.ts';
import { readExportSheet } from '../adapters/xlsx/read-export-sheet.ts';
import { writeSheet } from '../adapters/xlsx/write-sheet.ts';
import type { BenchResult } from './intake.ts';
import { machineLine, peakMemoryMiB } from './machine.ts';

const ROUTES: Route[] = ['municipality', 'amw', 'amw', 'none'];
const STREETS = ['Markt', 'Beekstraat', 'Wilhelminasingel', 'Stationsplein', 'Sint-Jansstraat', 'Hegstraat'];

export function makeFeedbackSignals(count: number): FeedbackSignal[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `bench-${String(i).padStart(6, '0')}`,
    partner: 1,
    period: '2031-05',
    initials: i % 3 === 0 ? 'P.J.' : 'A.',
    name_prefix: i % 4 === 0 ? 'van der' : null,
    // One in 500 looks like a formula: the writer must neutralise it.
    surname: i % 500 === 0 ? `=HYPERLINK("http://kwaad.example/${i}")` : `Bench${i}`,
    birth_date: `19${String(50 + (i % 50)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    street: STREETS[i % STREETS.length]!,
    house_number: 1 + (i % 300),
    house_letter: i % 17 === 0 ? 'A' : null,
    house_number_addition: i % 23 === 0 ? 'bis' : null,
    postcode: `${6000 + (i % 40)}${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + ((i * 7) % 26))}`,
    city: 'Weert',
    phone: i % 2 === 0 ? '+31 6 12345678' : '0495-575000',
    months_in_arrears: 1 + (i % 6) / 2,
    arrears_amount: i % 10 === 0 ? null : 300 + (i % 97) * 11.25,
    status: 'Opgepakt',
    case: { route: ROUTES[i % ROUTES.length]! },
    objection: null,
  }));
}

export async function benchFeedbackXlsx(rows = 10_000): Promise<BenchResult> {
  const signals = makeFeedbackSignals(rows);
  // Warm-up on a small file: the first run pays for loading exceljs and JIT.
  await writeSheet({ sheetName: 'warm-up', columns: FEEDBACK_COLUMNS, rows: buildFeedbackRows({ partner: 1, period: '2031-05', signals: signals.slice(0, 200) }).rows });

  const started = performance.now();
  const built = buildFeedbackRows({ partner: 1, period: '2031-05', signals });
  const afterBuild = performance.now();
  const bytes = await writeSheet({ sheetName: 'Terugkoppeling 2031-05', columns: FEEDBACK_COLUMNS, rows: built.rows });
  const finished = performance.now();
  const peak = await peakMemoryMiB(process.pid);

  // A check, not part of the timing: the file holds every row and no formula.
  const back = await readExportSheet(bytes, FEEDBACK_COLUMNS);
  if (back.rows.length !== rows || back.formulaCells.length > 0 || built.undecided.length > 0) throw new Error('feedback bench: the file does not hold what was written');

  const seconds = (finished - started) / 1000;
  return {
    name: `Feedback XLSX (${rows.toLocaleString('en')} signals, one corporation)`,
    figures: {
      'rows/s': Math.round(rows / seconds).toLocaleString('en'),
      'total (s)': seconds.toFixed(2),
      'build rows (ms)': Math.round(afterBuild - started),
      'write xlsx (ms)': Math.round(finished - afterBuild),
      'file size (KiB)': Math.round(bytes.length / 1024),
      'peak memory of the process, before the read-back check (MiB)': peak === null ? 'n/a' : peak.toFixed(0),
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = Number(process.argv[2] ?? process.env.BENCH_ROWS ?? 10_000);
  console.log(`Machine: ${machineLine()}`);
  const result = await benchFeedbackXlsx(rows);
  console.log(`\n${result.name}`);
  for (const [key, value] of Object.entries(result.figures)) console.log(`  ${key}: ${value}`);
}
