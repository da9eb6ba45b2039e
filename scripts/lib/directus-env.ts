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
    // Directus bundles the app extensions into TEMP_PATH (default ./node_modules/.directus) and
    // serves the bundle from there: instances that share node_modules (worktrees, parallel test
    // runs) would serve each other's screens. Next to this instance's extensions it is its own.
    TEMP_PATH: env.TEMP_PATH ?? path.join(path.dirname(abs(config.EXTENSIONS_PATH)), '.directus-temp'),
    LOG_LEVEL: config.LOG_LEVEL,
    LOG_STYLE: env.LOG_STYLE ?? (production ? 'raw' : 'pretty'),
    // Privacy by default: nothing phones home, no AI or MCP endpoints on personal data.
    TELEMETRY: 'false',
    MCP_ENABLED: 'false',
    AI_ENABLED: 'false',
    WEBSOCKETS_ENABLED: env.WEBSOCKETS_ENABLED ?? 'false',
    // Directus trusts X-Forwarded-For from anyone by default, so a client could pick its
    // own address for every login attempt (login throttling is keyed on it). An https
    // PUBLIC_URL means a TLS proxy in front (Directus speaks plain http): trust that one
    // hop, so the address is the client's and not the proxy's for everyone. Otherwise
    // trust nothing. Operators with more hops set IP_TRUST_PROXY themselves.
    IP_TRUST_PROXY: env.IP_TRUST_PROXY ?? (new URL(config.PUBLIC_URL).protocol === 'https:' ? '1' : 'false'),
    RATE_LIMITER_ENABLED: env.RATE_LIMITER_ENABLED ?? (production ? 'true' : 'false'),
    REFRESH_TOKEN_TTL: env.REFRESH_TOKEN_TTL ?? '1d',
    SESSION_COOKIE_TTL: env.SESSION_COOKIE_TTL ?? '1d',
    // The job engine's own tables (Sidequest) live in the same database; Directus leaves them alone.
    DB_EXCLUDE_TABLES: env.DB_EXCLUDE_TABLES ?? 'spatial_ref_sys,sysdiagrams,sidequest_jobs,sidequest_queues,sidequest_migrations,sidequest_migrations_lock',
    // Uploads are limited here and again by the intake (row and size limits with a Dutch message).
    FILES_MAX_UPLOAD_SIZE: env.FILES_MAX_UPLOAD_SIZE ?? '25mb',
  });
  // HSTS when the public address is https: browsers then never fall back to plain http.
  // One year, this host only (a municipality's other hosts are not ours to pin).
  if (new URL(config.PUBLIC_URL).protocol === 'https:') {
    env.HSTS_ENABLED = env.HSTS_ENABLED ?? 'true';
    env.HSTS_MAX_AGE = env.HSTS_MAX_AGE ?? '31536000';
    env.HSTS_INCLUDE_SUB_DOMAINS = env.HSTS_INCLUDE_SUB_DOMAINS ?? 'false';
    env.HSTS_PRELOAD = env.HSTS_PRELOAD ?? 'false';
  }
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
