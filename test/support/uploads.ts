/** Uploading a file as a given user, exactly as the app does: POST /files, then an upload item. */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Api } from './api.ts';

export interface StoredUpload {
  id: string;
  partner: number;
  period: string;
  status: string;
  summary: string;
  rows_read: number;
  accepted: number;
  rejected: number;
  duplicates: number;
  dropped_columns: string[];
  error_report: Array<{ row: number | null; column: string | null; message: string }>;
  file: string | null;
  file_name: string | null;
  replaces: string | null;
}

export async function uploadFile(api: Api, name: string, content: Buffer | string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), name);
  const response = await fetch(`${api.url}/files`, { method: 'POST', headers: { authorization: `Bearer ${api.token}` }, body: form });
  const body = (await response.json()) as { data: { id: string } };
  if (!response.ok) throw new Error(`file upload failed: HTTP ${response.status}`);
  return body.data.id;
}

/** Waits until the worker's job has settled the upload (processed, refused, or failed after every try). */
export async function waitForUpload(api: Api, id: string, timeoutMs = 60_000, statuses = ['processed', 'refused', 'failed']): Promise<StoredUpload> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { body } = await api.get<StoredUpload>(`/items/uploads/${id}`);
    // The original is deleted right after the outcome is committed: settled means both.
    if (body.data && statuses.includes(body.data.status) && (body.data.file === null || !['processed', 'refused'].includes(body.data.status))) return body.data;
    await sleep(200);
  }
  throw new Error(`upload ${id} was not processed in time`);
}

export async function submitUpload(api: Api, name: string, content: Buffer | string, period: string, extra: Record<string, unknown> = {}): Promise<StoredUpload> {
  const file = await uploadFile(api, name, content);
  const created = await api.post<{ id: string }>('/items/uploads', { file, period, ...extra });
  if (created.status !== 200) throw new Error(`creating the upload failed: HTTP ${created.status} ${JSON.stringify(created.body)}`);
  return waitForUpload(api, created.body.data!.id);
}
