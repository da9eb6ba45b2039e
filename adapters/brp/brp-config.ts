import { z } from 'zod';

/**
 * BRP connection settings, validated once at start: a misconfigured worker must fail
 * when it boots, not halfway through the monthly enrichment.
 */
const headersSchema = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'BRP_API_HEADERS is not valid JSON' });
      return z.NEVER;
    }
  })
  .pipe(z.record(z.string(), z.string(), { error: 'BRP_API_HEADERS must be a JSON object of string values' }));

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

export const brpEnvSchema = z.object({
  BRP_API_URL: z.url({ error: 'BRP_API_URL must be a URL up to and including /haalcentraal/api/brp' }).transform((url) => url.replace(/\/+$/, '')),
  BRP_API_KEY: optionalText,
  BRP_API_HEADERS: z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), headersSchema.optional()),
  BRP_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  BRP_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  BRP_REQUESTS_PER_SECOND: z.coerce.number().positive().max(1000).default(5),
});

export interface BrpConfig {
  baseUrl: string;
  apiKey?: string;
  headers?: Record<string, string>;
  timeoutMs: number;
  maxRetries: number;
  requestsPerSecond: number;
}

export type BrpConfigResult = { ok: true; config: BrpConfig } | { ok: false; errors: string[] };

/** Reads the BRP settings from an env object (process.env in production). */
export function parseBrpConfig(env: Record<string, string | undefined>): BrpConfigResult {
  const parsed = brpEnvSchema.safeParse(env);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'env'}: ${issue.message}`) };
  const value = parsed.data;
  return {
    ok: true,
    config: {
      baseUrl: value.BRP_API_URL,
      ...(value.BRP_API_KEY ? { apiKey: value.BRP_API_KEY } : {}),
      ...(value.BRP_API_HEADERS ? { headers: value.BRP_API_HEADERS } : {}),
      timeoutMs: value.BRP_TIMEOUT_MS,
      maxRetries: value.BRP_MAX_RETRIES,
      requestsPerSecond: value.BRP_REQUESTS_PER_SECOND,
    },
  };
}

/** As parseBrpConfig, but throws one readable error for start-up code. */
export function loadBrpConfig(env: Record<string, string | undefined>): BrpConfig {
  const result = parseBrpConfig(env);
  if (!result.ok) throw new Error(`Invalid BRP configuration: ${result.errors.join('; ')}`);
  return result.config;
}
