/**
 * Starts real worker processes (test/support/probe-worker.ts) against the test instance's
 * database, each in its own process group so a test can kill one outright.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import knexFactory, { type Knex } from 'knex';
import { projectKnexConfig, type DbSettings } from '../../jobs/db-settings.ts';
import { fromRoot } from '../../scripts/lib/project-paths.ts';

export interface TestWorker {
  child: ChildProcess;
  /** The pid of the worker itself (tsx runs it in a child process). */
  pid: number;
  output(): string;
  /** SIGTERM and wait for the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL the whole process group, as when a machine dies. */
  kill(): Promise<void>;
}

export function dbEnv(db: DbSettings): Record<string, string> {
  if (db.client === 'sqlite3') return { DB_CLIENT: 'sqlite3', DB_FILENAME: db.filename };
  const env: Record<string, string> = { DB_CLIENT: 'pg' };
  if (db.connectionString) env.DB_CONNECTION_STRING = db.connectionString;
  if (db.host) env.DB_HOST = db.host;
  if (db.port) env.DB_PORT = String(db.port);
  if (db.database) env.DB_DATABASE = db.database;
  if (db.user) env.DB_USER = db.user;
  if (db.password) env.DB_PASSWORD = db.password;
  return env;
}

/** `entry`: the test worker (with the `probe` handler) by default; the benchmark runs scripts/worker.ts. */
export async function startTestWorker(options: { db: DbSettings; directusUrl: string; workerToken: string; env?: Record<string, string>; entry?: string }): Promise<TestWorker> {
  const child = spawn(process.execPath, [fromRoot('node_modules', 'tsx', 'dist', 'cli.mjs'), options.entry ?? fromRoot('test', 'support', 'probe-worker.ts')], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      ...dbEnv(options.db),
      DIRECTUS_URL: options.directusUrl,
      WORKER_TOKEN: options.workerToken,
      WORKER_POLL_INTERVAL_MS: '50',
      WORKER_LEASE_CHECK_INTERVAL_MS: '500',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start in time:\n${output.slice(-2000)}`)), 60_000);
    const check = () => {
      if (output.includes('[worker] running jobs')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`worker exited with ${code} before it started:\n${output.slice(-2000)}`));
    });
  });
  // tsx runs the script in a child of its own: the worker's pid is the one it reports.
  const pid = Number(/\[worker\] running jobs .*pid (\d+)/.exec(output)?.[1] ?? child.pid ?? 0);
  const groupId = child.pid ?? 0;
  return {
    child,
    pid,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      return await exited;
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(-groupId, 'SIGKILL');
      await exited;
    },
  };
}

/** A knex to the test instance's database (the same settings the worker uses). */
export function testKnex(db: DbSettings): Knex {
  return knexFactory(projectKnexConfig(db, 10));
}

export async function ensureProbeTable(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable('probe_effects')) return;
  await knex.schema.createTable('probe_effects', (table) => {
    table.increments('id');
    table.string('job_run_id').notNullable().index();
    table.string('event').notNullable();
    table.integer('attempt').notNullable();
    table.integer('pid').notNullable();
  });
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 30_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
