/** `npm run bench`: performance figures, printed with the machine they were measured on. */
import { benchEnrichment } from './enrichment.ts';
import { benchIntake, type BenchResult } from './intake.ts';
import { benchJobs } from './jobs.ts';
import { machineLine } from './machine.ts';
import { benchRouting } from './routing.ts';

const rows = Number(process.env.BENCH_ROWS ?? 10_000);
const signals = Number(process.env.BENCH_SIGNALS ?? 10_000);
const rate = Number(process.env.BENCH_BRP_RATE ?? 100);
const jobs = Number(process.env.BENCH_JOBS ?? 1_000);

const benches: Array<() => Promise<BenchResult | BenchResult[]>> = [
  () => benchIntake(rows),
  () => benchEnrichment(signals, rate, true),
  () => benchEnrichment(Math.min(signals, 1_000), rate, false),
  () => benchJobs(jobs),
  () => benchRouting(signals),
];
// BENCH_ONLY=jobs runs one benchmark (intake, enrichment, jobs or routing).
const only = process.env.BENCH_ONLY;
const selected = only ? benches.filter((_, i) => ({ intake: [0], enrichment: [1, 2], jobs: [3], routing: [4] })[only as 'jobs']?.includes(i)) : benches;

console.log(`Machine: ${machineLine()}`);
for (const bench of selected) {
  for (const result of [await bench()].flat()) {
    console.log(`\n${result.name}`);
    for (const [key, value] of Object.entries(result.figures)) console.log(`  ${key}: ${value}`);
  }
}
