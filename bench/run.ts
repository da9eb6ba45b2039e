/** `npm run bench`: performance figures, printed with the machine they were measured on. */
import { benchEnrichment } from './enrichment.ts';
import { benchFeedbackXlsx } from './feedback-xlsx.ts';
import { benchIntake, type BenchResult } from './intake.ts';
import { benchJobs } from './jobs.ts';
import { benchLetterRuns } from './letter-runs.ts';
import { machineLine } from './machine.ts';
import { benchMonth } from './month.ts';
import { benchRouting } from './routing.ts';

const rows = Number(process.env.BENCH_ROWS ?? 10_000);
const signals = Number(process.env.BENCH_SIGNALS ?? 10_000);
const rate = Number(process.env.BENCH_BRP_RATE ?? 100);
const jobs = Number(process.env.BENCH_JOBS ?? 1_000);
// Letters: a Weert month, and a large city measured on a sample (BENCH_LETTERS_LARGE=10000 for all of it).
const lettersMonth = Number(process.env.BENCH_LETTERS ?? 255);
const lettersLarge = Number(process.env.BENCH_LETTERS_LARGE ?? 1_000);
const lettersCity = Number(process.env.BENCH_LETTERS_CITY ?? 10_000);
// The month end to end: a Weert month; BENCH_MONTH_SIGNALS=10000 (with BENCH_ONLY=month) for the large city.
const monthSignals = Number(process.env.BENCH_MONTH_SIGNALS ?? 255);

const benches: Array<() => Promise<BenchResult | BenchResult[]>> = [
  () => benchIntake(rows),
  () => benchEnrichment(signals, rate, true),
  () => benchEnrichment(Math.min(signals, 1_000), rate, false),
  // The same without batching the details requests, measured in the same run.
  () => benchEnrichment(Math.min(signals, 1_000), rate, false, { batchDetails: false }),
  () => benchJobs(jobs),
  () => benchRouting(signals),
  () => benchLetterRuns([lettersMonth, lettersLarge], { projectTo: lettersCity }),
  () => benchFeedbackXlsx(signals),
  // The large city takes minutes (the BRP limit of 100 requests/s alone: ≈ 200 s), so the
  // default run measures the Weert month and says how to run the large one.
  () =>
    benchMonth(monthSignals).then((result) =>
      monthSignals >= 10_000 ? result : { ...result, figures: { ...result.figures, 'large city (10,000 signals)': 'not in the default run (≈ 8 min): BENCH_ONLY=month BENCH_MONTH_SIGNALS=10000 npm run bench' } },
    ),
];
// BENCH_ONLY=jobs runs one benchmark (intake, enrichment, jobs, routing, letters, exports or month).
const only = process.env.BENCH_ONLY;
const selected = only ? benches.filter((_, i) => ({ intake: [0], enrichment: [1, 2, 3], jobs: [4], routing: [5], letters: [6], exports: [7], month: [8] })[only as 'jobs']?.includes(i)) : benches;

console.log(`Machine: ${machineLine()}`);
for (const bench of selected) {
  for (const result of [await bench()].flat()) {
    console.log(`\n${result.name}`);
    for (const [key, value] of Object.entries(result.figures)) console.log(`  ${key}: ${value}`);
  }
}
