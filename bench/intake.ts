/**
 * Intake benchmark: a 10,000-row XLSX from file to stored signals through the real path
 * (REST upload as the worker → Directus hook enqueues a `process-upload` job in the upload's
 * transaction → a real worker process claims it, downloads the file into memory, runs the
 * intake core and writes in bulk). Target: under 15 s on a 2-core machine, with bounded
 * memory. Before the jobs (the hook processed the upload inside Directus): 4.9 s.
 */
import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createItem, readItem, readItems, uploadFiles } from '@directus/sdk';
import { tokenClient } from '../scripts/lib/directus-client.ts';
import { loginClient } from '../scripts/lib/directus-client.ts';
import { seedDemo } from '../scripts/lib/demo-data.ts';
import { startEphemeralInstance } from '../scripts/lib/ephemeral-instance.ts';
import { fromRoot } from '../scripts/lib/project-paths.ts';
import { startTestWorker } from '../test/support/workers.ts';
import { makeArrearsWorkbook } from './make-arrears-workbook.ts';
import { peakMemoryMiB } from './machine.ts';

export interface BenchResult {
  name: string;
  figures: Record<string, string | number>;
}

export async function benchIntake(rows = 10_000): Promise<BenchResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vs-bench-'));
  const file = path.join(dir, 'achterstanden.xlsx');
  await makeArrearsWorkbook(file, rows);
  const instance = await startEphemeralInstance({ dbClient: 'sqlite3' });
  try {
    await seedDemo(await loginClient(instance.url, instance.adminEmail, instance.adminPassword), 'Bench-Wachtwoord-2026', '2026-11-29');
    const client = tokenClient(instance.url, instance.workerToken);
    const [partner] = (await client.request(readItems('signal_partners', { filter: { code: { _eq: 'wonen-limburg' } }, limit: 1 }))) as Array<{ id: number }>;
    const worker = await startTestWorker({ db: instance.db, directusUrl: instance.url, workerToken: instance.workerToken, entry: fromRoot('scripts', 'worker.ts'), env: { PUBLIC_URL: instance.url, WORKER_POLL_INTERVAL_MS: '100' } });
    const baseline = await peakMemoryMiB(instance.server.child.pid!);
    const started = performance.now();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await readFile(file))]), 'achterstanden.xlsx');
    const uploaded = (await client.request(uploadFiles(form))) as { id: string };
    const upload = (await client.request(createItem('uploads', { partner: partner!.id, period: '2026-11', file: uploaded.id }))) as { id: string };
    let state: { status: string; accepted: number; rejected: number } = { status: 'received', accepted: 0, rejected: 0 };
    while (!['processed', 'refused', 'failed'].includes(state.status)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      state = (await client.request(readItem('uploads', upload.id, { fields: ['status', 'accepted', 'rejected'] }))) as typeof state;
    }
    const seconds = (performance.now() - started) / 1000;
    const peak = await peakMemoryMiB(instance.server.child.pid!);
    await worker.stop();
    return {
      name: `intake: ${rows.toLocaleString('en')}-row XLSX, file → stored signals through the job path (SQLite)`,
      figures: {
        status: state.status,
        accepted: state.accepted,
        rejected: state.rejected,
        seconds: Number(seconds.toFixed(2)),
        'rows/s': Math.round(rows / seconds),
        'target (s)': 15,
        'before the jobs (s)': 4.9,
        'Directus peak RSS (MiB)': peak === null ? 'n/a' : Math.round(peak),
        'Directus RSS before upload (MiB)': baseline === null ? 'n/a' : Math.round(baseline),
      },
    };
  } finally {
    await instance.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
