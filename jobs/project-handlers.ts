/**
 * The handlers of the project's own background work (helper E's part of issue 8), with the
 * settings they read once at worker start. Registered in jobs/handlers.ts.
 */
import { z } from 'zod';
import { enrichSignalsHandler } from './handlers/enrich-signals.ts';
import { processSourceListHandler } from './handlers/process-source-list.ts';
import { processUploadHandler } from './handlers/process-upload.ts';
import { sweepOrphanFilesHandler } from './handlers/sweep-orphan-files.ts';
import type { JobHandler, JobKind } from './job-types.ts';

export const projectJobEnvSchema = z.object({
  PUBLIC_URL: z.string().default(''),
  /**
   * Grace period before a file nothing refers to is deleted (the app stores a file before
   * the upload is saved). Short: an abandoned file may hold a whole list of tenants.
   */
  ORPHAN_FILE_MINUTES: z.coerce.number().min(0).max(7 * 24 * 60).default(15),
  /** How often the worker sweeps orphan files; well below the grace period. */
  ORPHAN_SWEEP_INTERVAL_SECONDS: z.coerce.number().min(1).max(24 * 3600).default(300),
  /** How often the worker looks for uploads, source lists and signals without a live job. */
  RECONCILE_INTERVAL_SECONDS: z.coerce.number().min(1).max(24 * 3600).default(300),
});
export type ProjectJobSettings = z.infer<typeof projectJobEnvSchema>;

export function projectJobSettings(env: Record<string, string | undefined>): ProjectJobSettings {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  return projectJobEnvSchema.parse(present);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function projectHandlers(settings: ProjectJobSettings): Partial<Record<JobKind, JobHandler<any>>> {
  return {
    'process-upload': processUploadHandler({ publicUrl: settings.PUBLIC_URL }),
    'process-source-list': processSourceListHandler,
    'enrich-signals': enrichSignalsHandler,
    'sweep-orphan-files': sweepOrphanFilesHandler({ minAgeMinutes: settings.ORPHAN_FILE_MINUTES }),
  };
}
