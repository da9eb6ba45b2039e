/**
 * pg_dump and pg_restore, PostgreSQL's own tools: a dump in one consistent snapshot with
 * schema, sequences, indexes and constraints, restorable by any PostgreSQL of the same or a
 * newer version. The tools come from PATH, or from PG_BIN_DIR when the server is newer than
 * the client on PATH (pg_dump refuses a newer server). The connection goes through libpq's
 * environment (PGHOST, PGPASSWORD…), never the command line, where other users could read it.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { DbSettings } from '../../../jobs/db-settings.ts';
import { BackupError } from './manifest.ts';

type PgSettings = Extract<DbSettings, { client: 'pg' }>;

export function pgTool(name: 'pg_dump' | 'pg_restore'): string {
  return process.env.PG_BIN_DIR ? path.join(process.env.PG_BIN_DIR, name) : name;
}

/** libpq's variables for the project database (a connection string is taken apart). */
export function libpqEnv(db: PgSettings): Record<string, string> {
  const env: Record<string, string> = {};
  if (db.connectionString) {
    const url = new URL(db.connectionString);
    if (url.hostname) env.PGHOST = decodeURIComponent(url.hostname);
    if (url.port) env.PGPORT = url.port;
    if (url.username) env.PGUSER = decodeURIComponent(url.username);
    if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
    const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
    if (database) env.PGDATABASE = database;
    const sslmode = url.searchParams.get('sslmode');
    if (sslmode) env.PGSSLMODE = sslmode;
    return env;
  }
  if (db.host) env.PGHOST = db.host;
  if (db.port) env.PGPORT = String(db.port);
  if (db.user) env.PGUSER = db.user;
  if (db.password) env.PGPASSWORD = db.password;
  if (db.database) env.PGDATABASE = db.database;
  return env;
}

export async function runPgTool(name: 'pg_dump' | 'pg_restore', args: string[], db: PgSettings): Promise<string> {
  const command = pgTool(name);
  return await new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...libpqEnv(db) }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') reject(new BackupError(`${name} is niet gevonden. Installeer de PostgreSQL-clienttools (postgresql-client) in de versie van de databaseserver, of wijs de map aan met PG_BIN_DIR.`));
      else reject(error);
    });
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new BackupError(`${name} is mislukt (code ${code}): ${stderr.trim().split('\n').slice(-3).join(' ')}`));
    });
  });
}

/** The major version of the tool ("pg_dump (PostgreSQL) 15.20" → 15). */
export async function toolMajorVersion(name: 'pg_dump' | 'pg_restore', db: PgSettings): Promise<number> {
  const output = await runPgTool(name, ['--version'], db);
  const match = /(\d+)(?:\.\d+)?/.exec(output);
  return match ? Number(match[1]) : 0;
}
