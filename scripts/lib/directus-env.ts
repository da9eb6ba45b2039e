/**
 * Turns the validated configuration into the environment of the Directus process.
 * Everything else in the caller's environment passes through untouched, so any of
 * Directus's own settings (REDIS, CACHE_*, STORAGE_*, AUTH_*…) keep working.
 */
import path from 'node:path';
import type { AppConfig } from './app-config.ts';
import { projectRoot } from './project-paths.ts';

const abs = (p: string) => (path.isAbsolute(p) ? p : path.resolve(projectRoot, p));

export function directusEnv(config: AppConfig, base: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(base)) if (value !== undefined) env[key] = value;
  const production = config.NODE_ENV === 'production';
  Object.assign(env, {
    NODE_ENV: config.NODE_ENV,
    HOST: config.HOST,
    PORT: String(config.PORT),
    PUBLIC_URL: config.PUBLIC_URL,
    DB_CLIENT: config.DB_CLIENT,
    ADMIN_EMAIL: config.ADMIN_EMAIL,
    STORAGE_LOCATIONS: env.STORAGE_LOCATIONS ?? 'local',
    STORAGE_LOCAL_ROOT: abs(config.STORAGE_LOCAL_ROOT),
    EXTENSIONS_PATH: abs(config.EXTENSIONS_PATH),
    EXTENSIONS_MUST_LOAD: 'true',
    EXTENSIONS_AUTO_RELOAD: 'false',
    LOG_LEVEL: config.LOG_LEVEL,
    LOG_STYLE: env.LOG_STYLE ?? (production ? 'raw' : 'pretty'),
    // Privacy by default: nothing phones home, no AI or MCP endpoints on personal data.
    TELEMETRY: 'false',
    MCP_ENABLED: 'false',
    AI_ENABLED: 'false',
    WEBSOCKETS_ENABLED: env.WEBSOCKETS_ENABLED ?? 'false',
    RATE_LIMITER_ENABLED: env.RATE_LIMITER_ENABLED ?? (production ? 'true' : 'false'),
    REFRESH_TOKEN_TTL: env.REFRESH_TOKEN_TTL ?? '1d',
    SESSION_COOKIE_TTL: env.SESSION_COOKIE_TTL ?? '1d',
    // The job engine's own tables (Sidequest) live in the same database; Directus leaves them alone.
    DB_EXCLUDE_TABLES: env.DB_EXCLUDE_TABLES ?? 'spatial_ref_sys,sysdiagrams,sidequest_jobs,sidequest_queues,sidequest_migrations,sidequest_migrations_lock',
    // Uploads are limited here and again by the intake (row and size limits with a Dutch message).
    FILES_MAX_UPLOAD_SIZE: env.FILES_MAX_UPLOAD_SIZE ?? '25mb',
  });
  if (config.DB_CLIENT === 'sqlite3') env.DB_FILENAME = abs(config.DB_FILENAME);
  for (const key of ['DB_HOST', 'DB_DATABASE', 'DB_USER', 'DB_PASSWORD', 'DB_CONNECTION_STRING'] as const) {
    const value = config[key];
    if (value !== undefined) env[key] = value;
  }
  if (config.DB_PORT !== undefined) env.DB_PORT = String(config.DB_PORT);
  if (config.SECRET) env.SECRET = config.SECRET;
  if (config.ADMIN_PASSWORD) env.ADMIN_PASSWORD = config.ADMIN_PASSWORD;
  if (config.WORKER_TOKEN) env.WORKER_TOKEN = config.WORKER_TOKEN;
  return env;
}
