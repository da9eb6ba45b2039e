/**
 * Background work as durable jobs, against the real Directus and real worker processes:
 * a worker killed in the middle of an 8,000-row upload, a BRP that goes away during
 * enrichment, two uploads for the same partner and period at once, and files nobody refers
 * to. After each: no trace of an upload in the temp folder or the storage folder.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { startBrpDevServer, type BrpDevServer } from '../../adapters/brp/dev-server.ts';
import { loadTestset, testsetBrpPerson } from '../../adapters/brp/testset.ts';
import type { BrpPerson } from '../../core/brp/brp-person.ts';
import { ageOn } from '../../core/household/age-on.ts';
import { freePort } from '../../scripts/lib/free-port.ts';
import { Api, loginAs } from '../support/api.ts';
import { startProjectWorker } from '../support/project-worker.ts';
import { TEST_JOB_POLICY_OVERRIDES } from '../support/test-job-policies.ts';
import { submitUpload, uploadFile, waitForUpload, type StoredUpload } from '../support/uploads.ts';
import { testKnex, waitFor, type TestWorker } from '../support/workers.ts';

const directus = inject('directus');
// Built at run time, so the test's own source (and caches of it) never holds the marker.
// Per database, so the SQLite and PostgreSQL runs (at the same time, each with its own
// instance under the same temp folder) never mistake each other's files for a leak.
const MARKER = (directus.dbClient === 'pg' ? ['Pelgrom', 'hof'] : ['Zwijsen', 'kamp']).join('');
const HEADER = 'Voorl.;Tussenv.;Achternaam;Geb.datum;Adres;Postcode;Woonplaats;Telefoon;Mnd achterstand;Achterstand (€)';
const testStarted = Date.now();
let corporation: Api;
let admin: Api;
let knex: Knex;
const workers: TestWorker[] = [];

/** Letters only (surnames with digits are refused): 0 → a, 25 → z, 26 → ba … */
const letters = (n: number) => {
  let out = '';
  do {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26);
  } while (n > 0);
  return out;
};

/** A corporation list of `rows` distinct tenants; every `badEvery`-th row has an impossible birth date. */
function arrearsCsv(rows: number, options: { tag: string; badEvery?: number; first?: number }) {
  const lines = [HEADER];
  const first = options.first ?? 0;
  for (let i = first; i < first + rows; i++) {
    const birth = options.badEvery && i % options.badEvery === options.badEvery - 1 ? '31-02-1980' : `${String((i % 28) + 1).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}-${1940 + (i % 60)}`;
    lines.push(['J.', '', `${MARKER}${options.tag}${letters(i)}`, birth, `Kerkstraat ${(i % 5000) + 1}`, `${6000 + Math.floor(i / 5000)}AB`, 'Weert', '', '3', '1200,50'].join(';'));
  }
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

/** What the last worker said, to see why a wait timed out. */
const lastWorkerOutput = () => workers.at(-1)?.output().slice(-4000) ?? '(no worker)';

async function worker(env: Record<string, string> = {}) {
  const started = await startProjectWorker({ env });
  workers.push(started);
  return started;
}

async function stopWorkers() {
  while (workers.length) await workers.pop()!.stop();
}

async function signalCount(upload: string) {
  const row = (await knex('signals').count({ n: '*' }).where({ upload }).first()) as { n: number | string };
  return Number(row.n);
}

/** Every file below `dir` changed since the test began whose bytes contain the marker. */
async function tracesIn(dir: string, skip: (file: string) => boolean = () => false): Promise<string[]> {
  const found: string[] = [];
  const walk = async (current: string, depth: number) => {
    let entries;
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (depth < 6 && entry.name !== 'node_modules' && !entry.name.startsWith('.')) await walk(full, depth + 1);
        continue;
      }
      if (!entry.isFile() || skip(full)) continue;
      try {
        const info = await stat(full);
        if (info.mtimeMs < testStarted - 1000 || info.size > 100 * 1024 * 1024) continue;
        if ((await readFile(full)).includes(MARKER)) found.push(full);
      } catch {
        // Gone while we looked: not a trace.
      }
    }
  };
  await walk(dir, 0);
  return found;
}

/** The database is where signals belong; anything else holding the marker is a leak. */
const isDatabaseFile = (file: string) => /\.sqlite(-wal|-shm|-journal)?$/.test(file);

async function expectNoTraces() {
  expect(await tracesIn(directus.storageRoot)).toEqual([]);
  expect(await tracesIn(os.tmpdir(), isDatabaseFile)).toEqual([]);
}

beforeAll(async () => {
  corporation = await loginAs('corporation');
  admin = await loginAs('admin');
  knex = testKnex(directus.db);
});

afterAll(async () => {
  await stopWorkers();
  await knex?.destroy();
});

describe(`durable intake jobs (${directus.dbClient})`, () => {
  test('a worker killed in the middle of an 8,000-row upload: after a restart the upload ends processed, every valid row stored once', async () => {
    // The test instance's lease for uploads is 30 s (test/support/test-job-policies.ts).
    const first = await worker();
    const csv = arrearsCsv(8_000, { tag: 'k', badEvery: 1000 });
    const file = await uploadFile(corporation, 'groot.csv', csv);
    const created = await corporation.post<{ id: string }>('/items/uploads', { file, period: '2031-01' });
    expect(created.status).toBe(200);
    const id = created.body.data!.id;
    try {
      await killedAndRestarted(id, file, first);
    } finally {
      // 7,992 made-up tenants would keep the enrichment queue busy for the tests after this one, also when it failed.
      await knex('signals').where({ upload: id }).delete();
    }
  }, 300_000);

  async function killedAndRestarted(id: string, file: string, first: TestWorker) {
    await waitFor('the upload to be processing', async () => (await knex('uploads').select('status').where({ id }).first())?.status === 'processing', 60_000, 20);
    await first.kill();
    const midway = (await knex('uploads').select('status').where({ id }).first()) as { status: string };
    expect(['processing', 'processed']).toContain(midway.status);

    await worker();
    const upload = await waitForUpload(corporation, id, 180_000, ['processed', 'refused', 'failed']);
    if (upload.status === 'failed') {
      expect(upload.summary).toMatch(/Mislukt: .*opnieuw/s);
    } else {
      expect(upload).toMatchObject({ status: 'processed', rows_read: 8_000, accepted: 7_992, rejected: 8, file: null });
      expect(await signalCount(id)).toBe(7_992);
      const distinct = (await knex('signals').countDistinct({ n: 'tenant_key' }).where({ upload: id }).first()) as { n: number | string };
      expect(Number(distinct.n)).toBe(7_992);
    }
    expect(await knex('uploads').where({ status: 'processing' }).first()).toBeUndefined();
    expect(await knex('directus_files').where({ id: file }).first()).toBeUndefined();
    await expectNoTraces();
  }

  test('two uploads for the same partner and period at the same moment are processed one after the other', async () => {
    await stopWorkers();
    await worker({ WORKER_CONCURRENCY: '4' });
    // B corrects A: 50 tenants in both, 25 only in A, 25 only in B.
    const a = arrearsCsv(75, { tag: 'p', first: 0 });
    const b = arrearsCsv(75, { tag: 'p', first: 25 });
    const [fileA, fileB] = await Promise.all([uploadFile(corporation, 'a.csv', a), uploadFile(corporation, 'b.csv', b)]);
    const [createdA, createdB] = await Promise.all([
      corporation.post<{ id: string; file_name: string | null }>('/items/uploads', { file: fileA, period: '2031-02' }),
      corporation.post<{ id: string; file_name: string | null }>('/items/uploads', { file: fileB, period: '2031-02' }),
    ]);
    // Both creates must be accepted while the worker writes (SQLite: transactions begin IMMEDIATE, see jobs/sqlite-immediate-transactions.ts).
    expect([createdA.status, createdB.status], JSON.stringify([createdA.body, createdB.body])).toEqual([200, 200]);
    // The list names the file at once, before the worker has read it.
    expect([createdA.body.data!.file_name, createdB.body.data!.file_name]).toEqual(['a.csv', 'b.csv']);
    const ids = [createdA.body.data!.id, createdB.body.data!.id];
    const done = await Promise.all(ids.map((id) => waitForUpload(corporation, id, 120_000, ['processed', 'superseded', 'refused', 'failed'])));
    await waitFor('both uploads settled', async () => {
      const rows = (await knex('uploads').select('id', 'status').whereIn('id', ids)) as Array<{ status: string }>;
      return rows.every((row) => ['processed', 'superseded'].includes(row.status)) && rows.filter((row) => row.status === 'processed').length === 1;
    }, 60_000);
    const rows = (await knex('uploads').select('id', 'status', 'replaces', 'accepted').whereIn('id', ids)) as Array<{ id: string; status: string; replaces: string | null; accepted: number }>;
    const last = rows.find((row) => row.status === 'processed')!;
    const earlier = rows.find((row) => row.status === 'superseded')!;
    expect(last.replaces).toBe(earlier.id);
    expect(done.every((u) => u.accepted === 75)).toBe(true);
    // The period holds exactly the tenants of the upload processed last, once each.
    const signals = (await knex('signals').select('tenant_key', 'upload').where({ partner: directus.demo.partners['wonen-limburg'], period: '2031-02' })) as Array<{ tenant_key: string; upload: string }>;
    expect(signals).toHaveLength(75);
    expect(new Set(signals.map((s) => s.tenant_key)).size).toBe(75);
    expect(new Set(signals.map((s) => s.upload))).toEqual(new Set([last.id]));
    // Made-up tenants: keep them out of the enrichment queue of the tests after this one.
    await knex('signals').where({ partner: directus.demo.partners['wonen-limburg'], period: '2031-02' }).delete();
  }, 180_000);

  test('a refused upload and a refused upload item leave nothing behind; the orphan file is swept', async () => {
    const refused = await submitUpload(corporation, 'zonder-kolom.csv', Buffer.from(`Voorl.;Achternaam\r\nJ.;${MARKER}refused\r\n`, 'utf8'), '2031-03');
    expect(refused.status).toBe('refused');
    // A wrong period: Directus refuses the upload item, but the file was already stored.
    const orphan = await uploadFile(corporation, 'verkeerde-periode.csv', arrearsCsv(3, { tag: 'o' }));
    const wrong = await corporation.post('/items/uploads', { file: orphan, period: '2026-13' });
    expect(wrong.status).toBe(400);
    expect(await knex('directus_files').where({ id: orphan }).first()).toBeDefined();

    await stopWorkers();
    // A worker that treats every unreferenced file as old sweeps at start.
    await worker({ ORPHAN_FILE_MINUTES: '0' });
    await waitFor('the orphan file to be swept', async () => !(await knex('directus_files').where({ id: orphan }).first()), 60_000);
    await expectNoTraces();
  }, 180_000);
});

describe(`the worker's reconciler (${directus.dbClient})`, () => {
  test('an upload without a job gets one; an upload left processing after its last try failed ends failed, in Dutch, its file deleted', async () => {
    await stopWorkers();
    const partner = directus.demo.partners['wonen-limburg'];
    const now = directus.dbClient === 'sqlite3' ? Date.now() : new Date().toISOString();
    // Created by code without accountability: no job was enqueued with it.
    const orphanFile = await uploadFile(corporation, 'zonder-taak.csv', arrearsCsv(5, { tag: 'r' }));
    const withoutJob = '0f6e2b8a-1c3d-4e5f-8a9b-0c1d2e3f4a5b';
    await knex('uploads').insert({ id: withoutJob, partner, period: '2031-05', file: orphanFile, status: 'received', date_created: now });
    // Its worker died during the last try: the run failed, the upload still says processing.
    const stuckFile = await uploadFile(corporation, 'vastgelopen.csv', arrearsCsv(5, { tag: 's' }));
    const stuck = '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d';
    await knex('uploads').insert({ id: stuck, partner, period: '2031-06', file: stuckFile, status: 'processing', date_created: now });
    await knex('job_runs').insert({ id: '2b3c4d5e-6f7a-4b9c-8d1e-2f3a4b5c6d7e', kind: 'process-upload', status: 'failed', attempts: 5, max_attempts: 5, unique_key: `process-upload:${stuck}`, active_key: null, args: JSON.stringify({ upload: stuck }), message: 'Het proces dat deze taak uitvoerde is gestopt.', date_created: now });

    await worker();
    const processed = await waitForUpload(corporation, withoutJob, 60_000);
    expect(processed).toMatchObject({ status: 'processed', accepted: 5, file: null });
    const failed = await waitForUpload(corporation, stuck, 60_000);
    expect(failed).toMatchObject({ status: 'failed', file: null });
    expect(failed.summary).toContain('Upload het bestand opnieuw');
    expect(await knex('uploads').where({ status: 'processing' }).first()).toBeUndefined();
    await knex('signals').where({ upload: withoutJob }).delete();
  }, 120_000);
});

describe(`enrichment jobs survive a BRP outage (${directus.dbClient})`, () => {
  let brp: BrpDevServer;
  let port: number;
  let persons: BrpPerson[];
  const today = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    await stopWorkers();
    persons = (await loadTestset()).map(testsetBrpPerson).filter((p) => !p.deceased && p.initials && p.surname && /^[\p{L} '-]+$/u.test(p.surname) && /^\d{4}-\d{2}-\d{2}$/.test(p.birth_date ?? '') && /^[1-9]\d{3}[A-Z]{2}$/.test(p.address?.postcode ?? '') && p.address?.house_number && p.address.street && (ageOn(p.birth_date, today) ?? 0) >= 18);
    port = await freePort();
    brp = await startBrpDevServer({ port });
  });

  afterAll(async () => {
    await brp?.close();
  });

  test('a BRP that refuses the question (not an outage): the signals are marked failed and the run fails visibly, never silently pending', async () => {
    await stopWorkers();
    const refusing = createServer((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/problem+json' });
      res.end(JSON.stringify({ type: 'about:blank', title: 'Bad request', status: 400, code: 'paramsValidation' }));
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    const address = refusing.address() as AddressInfo;
    try {
      await worker({
        BRP_API_URL: `http://127.0.0.1:${address.port}/haalcentraal/api/brp`,
        JOB_POLICY_OVERRIDES: JSON.stringify({ ...JSON.parse(TEST_JOB_POLICY_OVERRIDES), 'enrich-signals': { maxAttempts: 1 } }),
      });
      const upload = await submitUpload(corporation, 'weigert.csv', arrearsCsv(3, { tag: 'w' }), '2031-07');
      expect(upload.status).toBe('processed');
      const settled = await waitFor('the enrichment run to fail', async () => {
        const signals = (await knex('signals').select('match_status', 'match_reasons').where({ upload: upload.id })) as Array<{ match_status: string; match_reasons: unknown }>;
        const run = (await knex('job_runs').select('status', 'message').where({ kind: 'enrich-signals', upload: upload.id }).first()) as { status: string; message: string } | undefined;
        return signals.length && signals.every((s) => s.match_status === 'failed') && run?.status === 'failed' ? { signals, run } : null;
      }, 60_000, 200).catch((error: Error) => {
        throw new Error(`${error.message}\n${lastWorkerOutput()}`);
      });
      expect(settled.run.message).toContain('Verrijken is mislukt');
      expect(JSON.stringify(settled.signals[0]!.match_reasons)).toContain('Verrijken is mislukt');
      await knex('signals').where({ upload: upload.id }).delete();
    } finally {
      await stopWorkers();
      await new Promise((resolve) => refusing.close(resolve));
    }
  }, 120_000);

  test('the BRP stops during enrichment and starts again: every waiting signal is enriched without anyone pressing a button', async () => {
    await worker({
      BRP_API_URL: brp.url,
      BRP_REQUESTS_PER_SECOND: '4',
      BRP_MAX_RETRIES: '0',
      BRP_TIMEOUT_MS: '1000',
      // Short back-off through configuration (production waits minutes to hours between tries).
      JOB_POLICY_OVERRIDES: JSON.stringify({ ...JSON.parse(TEST_JOB_POLICY_OVERRIDES), 'enrich-signals': { backoffBaseMs: 500, backoffMaxMs: 2_000, maxAttempts: 50 } }),
      RECONCILE_INTERVAL_SECONDS: '2',
    });
    const chosen = persons.slice(0, 40);
    const csv = [HEADER, ...chosen.map((p) => {
      const [y, m, d] = p.birth_date!.split('-');
      const number = `${p.address!.house_number}${p.address!.house_letter ?? ''}${p.address!.house_number_addition ? `-${p.address!.house_number_addition}` : ''}`;
      return [p.initials, p.name_prefix ?? '', p.surname, `${d}-${m}-${y}`, `${p.address!.street} ${number}`, p.address!.postcode, p.address!.city ?? 'Weert', '', '2', '900'].join(';');
    })].join('\r\n');
    const upload: StoredUpload = await submitUpload(corporation, 'brp.csv', Buffer.from(csv, 'utf8'), '2031-04');
    expect(upload.status).toBe('processed');
    const statuses = async () => (await knex('signals').select('match_status').where({ upload: upload.id })) as Array<{ match_status: string }>;
    await waitFor('the first signals to be enriched', async () => (await statuses()).some((s) => ['matched', 'ambiguous', 'not_found'].includes(s.match_status)), 60_000, 50).catch((error: Error) => {
      throw new Error(`${error.message}\n${lastWorkerOutput()}`);
    });
    await brp.close();
    await waitFor('signals to wait for the BRP', async () => (await statuses()).some((s) => s.match_status === 'waiting'), 60_000, 100);
    const waiting = (await statuses()).filter((s) => s.match_status === 'waiting').length;
    expect(waiting).toBeGreaterThan(0);

    brp = await startBrpDevServer({ port });
    await waitFor('every signal to be enriched', async () => (await statuses()).every((s) => ['matched', 'ambiguous', 'not_found'].includes(s.match_status)), 120_000, 250).catch((error: Error) => {
      throw new Error(`${error.message}\n${lastWorkerOutput()}`);
    });
    const signals = (await admin.get<Array<{ match_status: string }>>(`/items/signals?filter[upload][_eq]=${upload.id}&limit=-1&fields=match_status`)).body.data!;
    expect(signals).toHaveLength(upload.accepted);
    expect(signals.filter((s) => s.match_status === 'matched').length).toBeGreaterThan(upload.accepted / 2);
    // These test persons may share an address with the ones other test files use.
    await knex('signals').where({ upload: upload.id }).delete();
  }, 300_000);
});
