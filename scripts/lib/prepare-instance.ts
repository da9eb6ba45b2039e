/**
 * Brings a database to the current version: Directus's own migrations (bootstrap, which
 * creates the first admin only on an empty database), the job engine's tables (Sidequest;
 * on SQLite also WAL mode), then the project's schema snapshot. All steps are idempotent.
 */
import { mkdir } from 'node:fs/promises';
import type { AppConfig } from './app-config.ts';
import { dbSettingsFromEnv, migrateJobEngine } from '../../jobs/migrate-engine.ts';
import { buildExtensions } from './build-extensions.ts';
import { runDirectusCli } from './directus-process.ts';
import { fromRoot, snapshotFile } from './project-paths.ts';

export async function prepareInstance(config: AppConfig, env: Record<string, string>, options: { quiet?: boolean } = {}): Promise<void> {
  await mkdir(env.STORAGE_LOCAL_ROOT ?? fromRoot('data/uploads'), { recursive: true });
  if (env.DB_FILENAME) await mkdir(fromRoot(env.DB_FILENAME, '..'), { recursive: true });
  await buildExtensions(env.EXTENSIONS_PATH ?? fromRoot(config.EXTENSIONS_PATH));
  await runDirectusCli(['bootstrap'], env, options);
  await migrateJobEngine(dbSettingsFromEnv(env));
  await runDirectusCli(['schema', 'apply', '--yes', snapshotFile], env, options);
}
