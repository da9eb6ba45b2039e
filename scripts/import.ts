/**
 * `npm run import -- --partner <code> [--period YYYY-MM] [--json] <file>`: automated
 * delivery (a drop folder, a scheduled transfer). Uploads the file to Directus as the
 * worker service account; the upload becomes the same `process-upload` job as an upload in
 * the app, and the command waits for its outcome.
 * Exit 0: processed (also with rejected rows); 1: the whole file was refused; 2: usage,
 * configuration, or Directus unreachable; 3: processing failed after every try, or did not
 * finish in time (is the worker running?).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createItem, readItem, readItems, uploadFiles } from '@directus/sdk';
import { ConfigError, parseAppConfig, type AppConfig } from './lib/app-config.ts';
import { useStoredDevSecrets } from './lib/dev-secrets.ts';
import { tokenClient } from './lib/directus-client.ts';
import { parseImportArguments } from './lib/import-arguments.ts';
import { loadDotEnv } from './lib/load-dotenv.ts';
import { fromRoot } from './lib/project-paths.ts';
import { directusUrlOrExit } from './lib/running-instance.ts';
import { describeError } from '../core/logging/describe-error.ts';

interface UploadState {
  id: string;
  status: string;
  summary: string | null;
  rows_read: number | null;
  accepted: number | null;
  rejected: number | null;
  duplicates: number | null;
  dropped_columns: string[] | null;
  error_report: Array<{ row: number | null; column: string | null; message: string }> | null;
}

function stop(code: number, message: string): never {
  console.error(message);
  process.exit(code);
}

loadDotEnv();
useStoredDevSecrets(process.env, fromRoot('data', '.secrets.json'));
const parsed = parseImportArguments(process.argv.slice(2), new Date().toISOString().slice(0, 10));
if (!parsed.ok) stop(2, parsed.message);
const args = parsed.value;
let config: AppConfig;
try {
  config = parseAppConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) stop(2, `De configuratie is niet in orde (zie README):\n${error.message}`);
  throw error;
}
if (!config.WORKER_TOKEN) stop(2, 'WORKER_TOKEN ontbreekt: de opdracht gebruikt het serviceaccount van de worker.');
const url = directusUrlOrExit(process.env, 2);
const client = tokenClient(url, config.WORKER_TOKEN);

let content: Buffer;
try {
  content = await readFile(args.file);
} catch {
  stop(2, `Bestand "${args.file}" is niet te lezen.`);
}

let partnerId: number;
try {
  const [partner] = (await client.request(readItems('signal_partners', { filter: { code: { _eq: args.partner } }, fields: ['id'], limit: 1 }))) as Array<{ id: number }>;
  if (!partner) stop(2, `Signaalpartner "${args.partner}" bestaat niet. Controleer de code (bijvoorbeeld wonen-limburg).`);
  partnerId = partner.id;
} catch (error) {
  stop(2, `Kan Directus op ${url} niet bereiken (${describeError(error)}). Draait de applicatie?`);
}

let upload: { id: string };
try {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)]), path.basename(args.file));
  const file = (await client.request(uploadFiles(form))) as { id: string };
  upload = (await client.request(createItem('uploads', { partner: partnerId, period: args.period, file: file.id }))) as { id: string };
} catch (error) {
  stop(2, `Directus nam het bestand niet aan (${describeSdkError(error)}).`);
}

const FINAL = ['processed', 'refused', 'failed'];
let state: UploadState | undefined;
const deadline = Date.now() + Number(process.env.IMPORT_TIMEOUT_SECONDS ?? 600) * 1000;
while (Date.now() < deadline) {
  try {
    state = (await client.request(readItem('uploads', upload.id, { fields: ['id', 'status', 'summary', 'rows_read', 'accepted', 'rejected', 'duplicates', 'dropped_columns', 'error_report'] }))) as UploadState;
  } catch (error) {
    stop(2, `Kan Directus op ${url} niet meer bereiken (${describeSdkError(error)}); de upload ${upload.id} wordt wel verwerkt, kijk in de app bij Uploads.`);
  }
  if (FINAL.includes(state.status)) break;
  await sleep(250);
}
if (!state || !FINAL.includes(state.status)) stop(3, `De verwerking is nog niet klaar (status: ${state?.status ?? 'onbekend'}). Draait de worker? Kijk in de app bij Uploads (upload ${upload.id}).`);

const summary = {
  upload: state.id,
  partner: args.partner,
  period: args.period,
  status: state.status,
  rows_read: state.rows_read ?? 0,
  accepted: state.accepted ?? 0,
  rejected: state.rejected ?? 0,
  duplicates: state.duplicates ?? 0,
  dropped_columns: state.dropped_columns ?? [],
  errors: (state.error_report ?? []).map(({ row, column, message }) => ({ row, column, message })),
  summary: state.summary ?? '',
};
if (args.json) console.log(JSON.stringify(summary, null, 2));
else {
  console.log(summary.summary);
  for (const error of summary.errors) console.log(`  ${error.row === null ? 'bestand' : `rij ${error.row}`}${error.column ? ` · ${error.column}` : ''}: ${error.message}`);
}
process.exit(state.status === 'processed' ? 0 : state.status === 'refused' ? 1 : 3);

function describeSdkError(error: unknown): string {
  const errors = (error as { errors?: Array<{ message?: string }> }).errors;
  return errors?.[0]?.message ?? (error as Error).message ?? 'onbekende fout';
}
