/**
 * The worker's view of Directus (jobs/worker-directus-api.ts) with the worker's own service
 * token: download a stored file into memory, delete it, and deleting it again is no error.
 */
import { describe, expect, inject, test } from 'vitest';
import { createWorkerDirectusApi } from '../../jobs/worker-directus-api.ts';
import { loginAs } from '../support/api.ts';

const directus = inject('directus');

describe(`the worker's Directus API (${directus.dbClient})`, () => {
  test('downloads a file into memory, deletes it, and a second delete is not an error', async () => {
    const admin = await loginAs('admin');
    const form = new FormData();
    const content = 'kolom;waarde\nproef;1\n';
    form.append('file', new Blob([content], { type: 'text/csv' }), 'proef-bestand.csv');
    const uploaded = await fetch(`${directus.url}/files`, { method: 'POST', headers: { authorization: `Bearer ${admin.token}` }, body: form });
    expect(uploaded.status).toBe(200);
    const fileId = ((await uploaded.json()) as { data: { id: string } }).data.id;

    const api = createWorkerDirectusApi(directus.url, directus.workerToken);
    const file = await api.downloadFile(fileId);
    expect(new TextDecoder().decode(file.bytes)).toBe(content);
    expect(file.fileName).toBe('proef-bestand.csv');

    await api.deleteFile(fileId);
    expect((await admin.get(`/files/${fileId}`)).status).toBe(403);
    await expect(api.deleteFile(fileId)).resolves.toBeUndefined();
  });

  test('a wrong token is refused with a clear error', async () => {
    const api = createWorkerDirectusApi(directus.url, 'not-the-worker-token');
    await expect(api.downloadFile('00000000-0000-4000-8000-000000000000')).rejects.toThrow(/HTTP 401/);
  });
});
