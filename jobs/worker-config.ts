/**
 * The worker's settings, validated once at start (database settings under Directus's own
 * names, so one .env serves both). A misconfigured worker stops at start with a Dutch message.
 */
import path from 'node:path';
import { z } from 'zod';
import type { DbSettings } from './db-settings.ts';

const port = z.coerce.number().int().min(1).max(65535);

export const workerEnvSchema = z
  .object({
    DB_CLIENT: z.enum(['sqlite3', 'pg']).default('sqlite3'),
    DB_FILENAME: z.string().default('data/database.sqlite'),
    DB_HOST: z.string().optional(),
    DB_PORT: port.default(5432),
    DB_DATABASE: z.string().optional(),
    DB_USER: z.string().optional(),
    DB_PASSWORD: z.string().optional(),
    DB_CONNECTION_STRING: z.string().optional(),
    DIRECTUS_URL: z.url({ error: 'DIRECTUS_URL must be the URL of the Directus API, e.g. http://127.0.0.1:8055' }).transform((url) => url.replace(/\/+$/, '')),
    WORKER_TOKEN: z.string({ error: 'WORKER_TOKEN is required' }).min(1, { error: 'WORKER_TOKEN is required' }),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(4),
    WORKER_POLL_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(250),
    WORKER_LEASE_CHECK_INTERVAL_MS: z.coerce.number().int().min(200).max(600_000).default(5_000),
    /** The system Chromium that prints the PDF letters (puppeteer-core). */
    CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  })
  .superRefine((env, ctx) => {
    if (env.DB_CLIENT === 'pg' && !env.DB_CONNECTION_STRING && !(env.DB_HOST && env.DB_DATABASE && env.DB_USER)) {
      ctx.addIssue({ code: 'custom', path: ['DB_HOST'], message: 'DB_CLIENT=pg needs DB_HOST, DB_DATABASE and DB_USER (or DB_CONNECTION_STRING)' });
    }
  });

export interface WorkerConfig {
  db: DbSettings;
  directusUrl: string;
  workerToken: string;
  concurrency: number;
  pollIntervalMs: number;
  leaseCheckIntervalMs: number;
  chromiumPath: string;
}

export type WorkerConfigResult = { ok: true; config: WorkerConfig } | { ok: false; problems: string[] };

/** Never echoes values (the token and password are secrets). `root` resolves a relative DB_FILENAME. */
export function parseWorkerConfig(env: Record<string, string | undefined>, root: string): WorkerConfigResult {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = workerEnvSchema.safeParse({ DIRECTUS_URL: env.PUBLIC_URL, ...present });
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`) };
  const v = parsed.data;
  const db: DbSettings =
    v.DB_CLIENT === 'sqlite3'
      ? { client: 'sqlite3', filename: path.resolve(root, v.DB_FILENAME) }
      : { client: 'pg', connectionString: v.DB_CONNECTION_STRING, host: v.DB_HOST, port: v.DB_PORT, database: v.DB_DATABASE, user: v.DB_USER, password: v.DB_PASSWORD };
  return {
    ok: true,
    config: { db, directusUrl: v.DIRECTUS_URL, workerToken: v.WORKER_TOKEN, concurrency: v.WORKER_CONCURRENCY, pollIntervalMs: v.WORKER_POLL_INTERVAL_MS, leaseCheckIntervalMs: v.WORKER_LEASE_CHECK_INTERVAL_MS, chromiumPath: v.CHROMIUM_PATH },
  };
}
