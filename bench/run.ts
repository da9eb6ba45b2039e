/** `npm run bench`: performance figures, printed with the machine they were measured on. */
import { benchEnrichment } from './enrichment.ts';
import { benchIntake, type BenchResult } from './intake.ts';
import { machineLine } from './machine.ts';

const rows = Number(process.env.BENCH_ROWS ?? 10_000);
const signals = Number(process.env.BENCH_SIGNALS ?? 10_000);
const rate = Number(process.env.BENCH_BRP_RATE ?? 100);

const benches: Array<() => Promise<BenchResult>> = [
  () => benchIntake(rows),
  () => benchEnrichment(signals, rate, true),
  () => benchEnrichment(Math.min(signals, 1_000), rate, false),
];

console.log(`Machine: ${machineLine()}`);
for (const bench of benches) {
  const result = await bench();
  console.log(`\n${result.name}`);
  for (const [key, value] of Object.entries(result.figures)) console.log(`  ${key}: ${value}`);
}
