/** `npm run bench`: performance figures, printed with the machine they were measured on. */
import { benchIntake } from './intake.ts';
import { machineLine } from './machine.ts';

console.log(`Machine: ${machineLine()}`);
const rows = Number(process.env.BENCH_ROWS ?? 10_000);
for (const bench of [() => benchIntake(rows)]) {
  const result = await bench();
  console.log(`\n${result.name}`);
  for (const [key, value] of Object.entries(result.figures)) console.log(`  ${key}: ${value}`);
}
