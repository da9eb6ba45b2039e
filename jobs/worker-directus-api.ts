/** Directus's REST API as jobs need it, with the worker's service token. */
import type { WorkerDirectusApi } from './job-types.ts';

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

export function createWorkerDirectusApi(baseUrl: string, token: string): WorkerDirectusApi {
  const headers = { authorization: `Bearer ${token}` };
  return {
    async downloadFile(fileId) {
      const response = await fetch(`${baseUrl}/assets/${encodeURIComponent(fileId)}?download`, { headers });
      if (!response.ok) throw new DirectusApiError(response.status, `Downloading a file failed with HTTP ${response.status}`);
      return { bytes: new Uint8Array(await response.arrayBuffer()), fileName: fileNameFrom(response.headers.get('content-disposition')) };
    },
    async deleteFile(fileId) {
      const response = await fetch(`${baseUrl}/files/${encodeURIComponent(fileId)}`, { method: 'DELETE', headers });
      // Already gone (404, or 403: Directus answers 403 for an id that does not exist).
      if (response.ok || response.status === 404 || response.status === 403) return;
      throw new DirectusApiError(response.status, `Deleting a file failed with HTTP ${response.status}`);
    },
  };
}
