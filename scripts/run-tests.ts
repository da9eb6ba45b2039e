/**
 * `npm test` after lint and typecheck: the unit tests, then three Vitest processes at the same
 * time — the SQLite integration tests, the browser tests (their own SQLite instance) and the
 * PostgreSQL integration tests. Each integration project keeps one Directus and runs its files
 * one after the other (they share that instance); inside a single Vitest process the projects'
 * files also ran one after the other (one fork for all), which made CI the sum of them. Much of
 * an integration test is waiting for Directus, the worker or the browser, so three at once
 * finish well before one after the other.
 *
 * Arguments after `--` go to each (e.g. a file filter). Exit code: the first failing one's.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { postgresAnswers } from '../test/setup/postgres.ts';
import { fromRoot } from './lib/project-paths.ts';

// With a file filter some of them may have nothing to run; that is not a failure.
const extra = process.argv.length > 2 ? [...process.argv.slice(2), '--passWithNoTests'] : [];
const vitest = fromRoot('node_modules', '.bin', 'vitest');
/**
 * The unit files share their worker's modules instead of each importing them again: that
 * import was nine tenths of the unit run (140 s → 40 s on two cores). Unit tests keep no
 * state between files; one that changes a global (fake timers, TMPDIR) puts it back itself.
 * A flag, not the unit project's `isolate`: Vitest 3 takes isolation from the root config
 * only, which the integration projects share. `npm run test:unit` passes it too.
 */
const UNIT_OPTIONS = ['--no-isolate'];

function run(label: string, projects: string[], options: string[] = []): Promise<number> {
  const child = spawn(vitest, ['run', ...projects.flatMap((project) => ['--project', project]), ...options, ...extra], { cwd: fromRoot(), env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => process.stdout.write(`[${label}] ${line}\n`));
  }
  return new Promise((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

// The unit tests first and alone: they run in threads on every core, and beside three booting
// instances they took ten times as long and starved the integration process's own RPC.
const unit = await run('unit', ['unit'], UNIT_OPTIONS);
const withPostgres = await postgresAnswers();
const runs = [run('sqlite', ['integration-sqlite']), run('e2e', ['e2e-sqlite'])];
if (withPostgres) runs.push(run('pg', ['integration-pg']));
else console.warn('PostgreSQL does not answer on 127.0.0.1:5432: integration tests run on SQLite only');
const codes = [unit, ...(await Promise.all(runs))];
process.exit(codes.find((code) => code !== 0) ?? 0);
