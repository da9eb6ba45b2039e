/**
 * A file stored but never claimed by an upload (a corporation attached its list in the form
 * and walked away) must not stay in the database nor on disk (issue 10, point 4): the
 * worker sweeps it once it is older than ORPHAN_FILE_MINUTES, every
 * ORPHAN_SWEEP_INTERVAL_SECONDS. Here the grace period is three seconds.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loginAs, type Api } from '../support/api.ts';
import { startProjectWorker } from '../support/project-worker.ts';
import { uploadFile } from '../support/uploads.ts';
import { testKnex, waitFor, type TestWorker } from '../support/workers.ts';

const directus = inject('directus');
let knex: Knex;
let corporation: Api;
let admin: Api;
let worker: TestWorker | undefined;

const onDisk = async (name: string) => access(path.join(directus.storageRoot, name)).then(() => true, () => false);
const stored = async (id: string) => (await knex('directus_files').select('filename_disk').where({ id }).first()) as { filename_disk: string } | undefined;

beforeAll(async () => {
  knex = testKnex(directus.db);
  corporation = await loginAs('corporation');
  admin = await loginAs('admin');
});
afterAll(async () => {
  await worker?.stop();
  await knex?.destroy();
});

describe(`abandoned upload files (${directus.dbClient})`, () => {
  test('an unclaimed file is gone from the database and the disk after the grace period; a claimed one stays', async () => {
    const abandoned = await uploadFile(corporation, 'achtergelaten.csv', 'Voorletters;Achternaam;Geboortedatum\nJ.;Jansen;03-05-1977\n');
    const row = await stored(abandoned);
    expect(row).toBeDefined();
    expect(await onDisk(row!.filename_disk)).toBe(true);
    // A file that an item refers to is never swept: a document of the municipality.
    const kept = await uploadFile(admin, 'brief.csv', 'a\n1\n');
    const document = await admin.post<{ id: string }>('/items/documents', { kind: 'partner_feedback', file: kept, partner: directus.demo.partners['wonen-limburg'], period: '2031-09' });
    expect(document.status, JSON.stringify(document.body)).toBe(200);

    worker = await startProjectWorker({ env: { ORPHAN_FILE_MINUTES: String(3 / 60), ORPHAN_SWEEP_INTERVAL_SECONDS: '1' } });
    await waitFor('the abandoned file to be swept', async () => !(await stored(abandoned)), 60_000, 250);
    expect(await onDisk(row!.filename_disk)).toBe(false);
    expect(await stored(kept)).toBeDefined();

    // A file younger than the grace period survives a sweep.
    const young = await uploadFile(corporation, 'net-geupload.csv', 'a\n1\n');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await stored(young)).toBeDefined();
    await waitFor('the young file to be swept once old enough', async () => !(await stored(young)), 60_000, 250);

    await admin.delete(`/items/documents/${document.body.data!.id}`);
  }, 120_000);
});
