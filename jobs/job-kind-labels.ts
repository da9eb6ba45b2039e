/** What staff read for each kind of job (the `kind` dropdown on a run). */
import type { JobKind } from './job-types.ts';

export const JOB_KIND_LABELS: Record<JobKind, string> = {
  'process-upload': 'Upload verwerken',
  'process-source-list': 'Bronlijst verwerken',
  'enrich-signals': 'Signalen verrijken (BRP)',
  'cycle-step': 'Stap van de maandcyclus',
  'sweep-orphan-files': 'Achtergebleven bestanden opruimen',
  noop: 'Proeftaak (doet niets)',
  probe: 'Testtaak (alleen voor tests)',
};

export const JOB_RUN_STATUSES = [
  ['queued', 'In de wachtrij'],
  ['running', 'Bezig'],
  ['done', 'Klaar'],
  ['failed', 'Mislukt'],
] as const;

export type JobRunStatus = (typeof JOB_RUN_STATUSES)[number][0];
