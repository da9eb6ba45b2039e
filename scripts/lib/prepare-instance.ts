/**
 * Brings a database to the current version: Directus's own migrations (bootstrap, which
 * creates the first admin only on an empty database), the job engine's tables (Sidequest;
 * on SQLite also WAL mode), then the project's schema snapshot for this database vendor.
 * All steps are idempotent: a second run applies no changes.
 */
import { mkdir } from 'node:fs/promises';
import type { AppConfig } from './app-config.ts';
import { dbSettingsFromEnv, migrateJobEngine } from '../../jobs/migrate-engine.ts';
import { buildExtensions } from './build-extensions.ts';
import { cachedExtensionBuild } from './extension-build-cache.ts';
import { runDirectusCli } from './directus-process.ts';
import { fromRoot, snapshotFileFor } from './project-paths.ts';

export async function prepareInstance(config: AppConfig, env: Record<string, string>, options: { quiet?: boolean } = {}): Promise<void> {
  await mkdir(env.STORAGE_LOCAL_ROOT ?? fromRoot('data/uploads'), { recursive: true });
  if (env.DB_FILENAME) await mkdir(fromRoot(env.DB_FILENAME, '..'), { recursive: true });
  const extensions = env.EXTENSIONS_PATH ?? fromRoot(config.EXTENSIONS_PATH);
  // A kept build of the same sources is copied; where the cache cannot be written (a read-only
  // image), the extensions are simply built.
  await cachedExtensionBuild(extensions, buildExtensions).catch(() => buildExtensions(extensions));
  await runDirectusCli(['bootstrap'], env, options);
  await migrateJobEngine(dbSettingsFromEnv(env));
  await runDirectusCli(['schema', 'apply', '--yes', snapshotFileFor(config.DB_CLIENT)], env, options);
}
