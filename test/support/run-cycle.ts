/**
 * `npm run cycle -- …` as a person runs it, against the test instance. Asynchronous on
 * purpose: a blocking spawnSync froze the test process, which then missed Directus closing an
 * idle keep-alive connection and sent its next request on the dead socket ("other side
 * closed") — seen under load.
 */
import { execFile } from 'node:child_process';
import { inject } from 'vitest';
import { fromRoot } from '../../scripts/lib/project-paths.ts';
import { dbEnv } from './workers.ts';

export interface CycleRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCycle(args: string[], env: Record<string, string> = {}, timeoutMs = 120_000): Promise<CycleRun> {
  const directus = inject('directus');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [fromRoot('node_modules/tsx/dist/cli.mjs'), fromRoot('scripts/cycle.ts'), ...args],
      {
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'test', ...dbEnv(directus.db), DIRECTUS_URL: directus.url, WORKER_TOKEN: directus.workerToken, ...env },
        encoding: 'utf8',
        timeout: timeoutMs,
      },
      (error, stdout, stderr) => resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}
