/** Directus's REST API as jobs need it, with the worker's service token. */
import { PermanentJobError, type WorkerDirectusApi } from './job-types.ts';
import { uploadDocumentFile, uploadDocumentFiles } from './lib/upload-document-file.ts';

/**
 * Directus refuses uploads over FILES_MAX_UPLOAD_SIZE (25 MB); a stored file larger than this
 * did not come through our upload path, and is not read into the worker's memory.
 */
export const MAX_DOWNLOAD_BYTES = 32 * 1024 * 1024;

export class DirectusApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'DirectusApiError';
  }
}

function fileNameFrom(disposition: string | null): string | null {
  const match = disposition ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition) : null;
  const raw = match?.[1];
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The body in memory, refused once it grows past the cap (a declared length can lie). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () =>
    new PermanentJobError(`Het bestand is groter dan ${Math.round(maxBytes / 1024 / 1024)} MB en wordt niet gelezen.`, `Stored file larger than ${maxBytes} bytes; not read`);
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let next = await reader?.read(); reader && next && !next.done; next = await reader.read()) {
    size += next.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(next.value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export function createWorkerDirectusApi(baseUrl: string, token: string, maxBytes = MAX_DOWNLOAD_BYTES): WorkerDirectusApi {
  const headers = { authorization: `Bearer ${token}` };
  const deleteFile = async (fileId: string): Promise<void> => {
    const response = await fetch(`${baseUrl}/files/${encodeURIComponent(fileId)}`, { method: 'DELETE', headers });
    // Already gone (404, or 403: Directus answers 403 for an id that does not exist).
    if (response.ok || response.status === 404 || response.status === 403) return;
    throw new DirectusApiError(response.status, `Deleting a file failed with HTTP ${response.status}`);
  };
  return {
    async downloadFile(fileId) {
      const response = await fetch(`${baseUrl}/assets/${encodeURIComponent(fileId)}?download`, { headers });
      if (!response.ok) throw new DirectusApiError(response.status, `Downloading a file failed with HTTP ${response.status}`);
      return { bytes: await readCapped(response, maxBytes), fileName: fileNameFrom(response.headers.get('content-disposition')) };
    },
    deleteFile,
    async uploadFile(bytes, options) {
      return await uploadDocumentFile(baseUrl, token, bytes, options);
    },
    async uploadFiles(files) {
      return await uploadDocumentFiles(baseUrl, token, files);
    },
    async deleteFiles(fileIds) {
      if (fileIds.length === 0) return;
      // Directus deletes a list of keys in one request; an id already gone is left out first.
      const response = await fetch(`${baseUrl}/files`, { method: 'DELETE', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(fileIds) });
      if (response.ok) return;
      await response.body?.cancel();
      // One missing id makes Directus refuse the list (403): then one by one, where a missing one is fine.
      if (response.status !== 403 && response.status !== 404) throw new DirectusApiError(response.status, `Deleting ${fileIds.length} files failed with HTTP ${response.status}`);
      for (const id of fileIds) await deleteFile(id);
    },
    async notify(notifications) {
      if (notifications.length === 0) return;
      const response = await fetch(`${baseUrl}/notifications`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(notifications) });
      if (!response.ok) {
        await response.body?.cancel();
        throw new DirectusApiError(response.status, `Creating notifications failed with HTTP ${response.status}`);
      }
    },
  };
}
