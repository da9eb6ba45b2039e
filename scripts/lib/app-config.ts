/**
 * The start-up configuration, validated once. Names are Directus's own where Directus has
 * one (PORT, PUBLIC_URL, DB_*, ADMIN_*, SECRET, STORAGE_LOCAL_ROOT, EXTENSIONS_PATH).
 * A misconfigured production instance must refuse to start, not fail at 03:00 on the 10th.
 */
import { z } from 'zod';
import { secretProblem } from './secret-strength.ts';

/** Values that appear in examples and tutorials; never acceptable in production. */
export const KNOWN_DEFAULT_SECRETS = ['secret', 'changeme', 'change-me', 'vervang-mij', 'vervang-dit-geheim', 'directus', 'replace-with-random-value'];
export const KNOWN_DEFAULT_PASSWORDS = ['admin', 'password', 'changeme', 'change-me', 'vervang-mij', 'd1r3ctu5', 'directus', 'welkom01', 'welkom'];

const port = z.coerce.number().int().min(1).max(65535);

export const appConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('0.0.0.0'),
    PORT: port.default(8055),
    PUBLIC_URL: z.url().optional(),
    DB_CLIENT: z.enum(['sqlite3', 'pg']).default('sqlite3'),
    DB_FILENAME: z.string().default('data/database.sqlite'),
    DB_HOST: z.string().optional(),
    DB_PORT: port.optional(),
    DB_DATABASE: z.string().optional(),
    DB_USER: z.string().optional(),
    DB_PASSWORD: z.string().optional(),
    DB_CONNECTION_STRING: z.string().optional(),
    ADMIN_EMAIL: z.email().default('admin@example.com'),
    ADMIN_PASSWORD: z.string().min(1).optional(),
    SECRET: z.string().min(1).optional(),
    WORKER_TOKEN: z.string().min(1).optional(),
    STORAGE_LOCAL_ROOT: z.string().default('data/uploads'),
    EXTENSIONS_PATH: z.string().default('build/extensions'),
    // Directus logs every request URL at 'info', filters and searches included (names,
    // birth dates): personal data never goes to logs, so requests stay out by default.
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  })
  .superRefine((config, ctx) => {
    if (config.DB_CLIENT === 'pg' && !config.DB_CONNECTION_STRING && !(config.DB_HOST && config.DB_DATABASE && config.DB_USER)) {
      ctx.addIssue({ code: 'custom', path: ['DB_HOST'], message: 'DB_CLIENT=pg needs DB_HOST, DB_DATABASE and DB_USER (or DB_CONNECTION_STRING)' });
    }
    if (config.NODE_ENV !== 'production') return;
    if (!config.SECRET) ctx.addIssue({ code: 'custom', path: ['SECRET'], message: 'SECRET is required in production' });
    else if (isWeakSecret(config.SECRET)) ctx.addIssue({ code: 'custom', path: ['SECRET'], message: 'SECRET is a default or shorter than 32 characters' });
    else addStrengthIssue(ctx, 'SECRET', config.SECRET);
    if (!config.ADMIN_PASSWORD) ctx.addIssue({ code: 'custom', path: ['ADMIN_PASSWORD'], message: 'ADMIN_PASSWORD is required in production' });
    else if (isWeakPassword(config.ADMIN_PASSWORD)) ctx.addIssue({ code: 'custom', path: ['ADMIN_PASSWORD'], message: 'ADMIN_PASSWORD is a default or shorter than 12 characters' });
    else addStrengthIssue(ctx, 'ADMIN_PASSWORD', config.ADMIN_PASSWORD);
    if (!config.WORKER_TOKEN) ctx.addIssue({ code: 'custom', path: ['WORKER_TOKEN'], message: 'WORKER_TOKEN is required in production' });
    else if (config.WORKER_TOKEN.length < 32) ctx.addIssue({ code: 'custom', path: ['WORKER_TOKEN'], message: 'WORKER_TOKEN is shorter than 32 characters' });
    else addStrengthIssue(ctx, 'WORKER_TOKEN', config.WORKER_TOKEN);
    if (!config.PUBLIC_URL) ctx.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'PUBLIC_URL is required in production' });
  });

/** Repeated, sequential or dictionary-like values are refused by their estimated entropy (secret-strength.ts). */
function addStrengthIssue(ctx: z.RefinementCtx, name: 'SECRET' | 'ADMIN_PASSWORD' | 'WORKER_TOKEN', value: string) {
  const problem = secretProblem(name, value);
  if (problem) ctx.addIssue({ code: 'custom', path: [name], message: problem });
}

export type AppConfig = z.infer<typeof appConfigSchema> & { PUBLIC_URL: string };

export function isWeakSecret(secret: string): boolean {
  return KNOWN_DEFAULT_SECRETS.includes(secret.toLowerCase()) || secret.length < 32;
}

export function isWeakPassword(password: string): boolean {
  return KNOWN_DEFAULT_PASSWORDS.includes(password.toLowerCase()) || password.length < 12;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Validates the environment; never echoes values (they may be secrets). */
export function parseAppConfig(env: Record<string, string | undefined>): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = appConfigSchema.safeParse(present);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`));
  }
  const config = result.data;
  return { ...config, PUBLIC_URL: config.PUBLIC_URL ?? `http://localhost:${config.PORT}` };
}
