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

  test('stores several files in one request, each id with its own bytes, and deletes them together', async () => {
    const api = createWorkerDirectusApi(directus.url, directus.workerToken);
    const names = ['brief-a.pdf', 'brief-b.pdf', 'brief-c.pdf', 'brief-d.pdf'].map((name) => `${Date.now()}-${name}`);
    // Sizes differ a lot, so Directus finishes them out of order.
    const contents = names.map((name, i) => `${name}\n${'x'.repeat(i % 2 ? 10 : 400_000)}`);
    const ids = await api.uploadFiles(names.map((name, i) => ({ bytes: new TextEncoder().encode(contents[i]), options: { filename: name, type: 'text/plain' } })));
    expect(new Set(ids).size).toBe(4);
    for (const [i, id] of ids.entries()) {
      const file = await api.downloadFile(id);
      expect(new TextDecoder().decode(file.bytes)).toBe(contents[i]);
      expect(file.fileName).toBe(names[i]);
    }
    await expect(api.uploadFiles([{ bytes: new Uint8Array(1), options: { filename: 'x.pdf', type: 'text/plain' } }, { bytes: new Uint8Array(1), options: { filename: 'x.pdf', type: 'text/plain' } }])).rejects.toThrow(/distinct/);

    // One id already gone does not stop the others from going.
    await api.deleteFile(ids[0]!);
    await api.deleteFiles(ids);
    const admin = await loginAs('admin');
    for (const id of ids) expect((await admin.get(`/files/${id}`)).status).toBe(403);
  });

  test('a wrong token is refused with a clear error', async () => {
    const api = createWorkerDirectusApi(directus.url, 'not-the-worker-token');
    await expect(api.downloadFile('00000000-0000-4000-8000-000000000000')).rejects.toThrow(/HTTP 401/);
  });
});
