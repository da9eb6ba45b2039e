/**
 * Stores a generated document (a letter's PDF, an export) as a Directus file through
 * Directus's API with the worker's token, straight from memory: nothing touches the
 * worker's disk. Directus then serves it at `/assets/<id>` to whoever may read it; an
 * export carries its `partner`, so that partner's users may download it (and no one else's).
 */
import { DirectusApiError } from '../worker-directus-api.ts';

export interface DocumentFileOptions {
  /** The name a download gets, "brieven-2026-11.pdf"; never a person's name. */
  filename: string;
  /** MIME type, "application/pdf". */
  type: string;
  /** Shown in the file library; defaults to the file name. Never a person's name either. */
  title?: string;
  /** The signal partner whose users may download the file (directus_files.partner). */
  partner?: number | null;
  /** A Directus folder id. */
  folder?: string | null;
}

export interface DocumentFile {
  bytes: Uint8Array;
  options: DocumentFileOptions;
}

/** Returns the new file's id. */
export async function uploadDocumentFile(baseUrl: string, token: string, bytes: Uint8Array, options: DocumentFileOptions): Promise<string> {
  const [id] = await uploadDocumentFiles(baseUrl, token, [{ bytes, options }]);
  return id!;
}

/**
 * Stores several files in one request (Directus's POST /files takes many file parts, each after
 * its own fields): a run of 10,000 letters pays the HTTP round trip and the token check once
 * per batch instead of once per letter. Returns the ids in the order of `files`. Directus
 * stores the parts side by side and answers in its own order, so each file is found back by
 * its download name, which must be unique within the batch.
 */
export async function uploadDocumentFiles(baseUrl: string, token: string, files: readonly DocumentFile[]): Promise<string[]> {
  if (files.length === 0) return [];
  const names = files.map((file) => file.options.filename);
  if (new Set(names).size !== names.length) throw new Error('Files uploaded together need distinct file names');
  const form = new FormData();
  for (const { bytes, options } of files) {
    // Directus reads the fields that come before a file part: they go first, per file.
    form.append('filename_download', options.filename);
    form.append('title', options.title ?? options.filename);
    form.append('type', options.type);
    if (options.partner !== undefined && options.partner !== null) form.append('partner', String(options.partner));
    if (options.folder) form.append('folder', options.folder);
    // A copy into a plain ArrayBuffer: Blob takes no view of a possibly shared buffer.
    form.append('file', new Blob([new Uint8Array(bytes)], { type: options.type }), options.filename);
  }
  const response = await fetch(`${baseUrl}/files?fields=id,filename_download`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  if (!response.ok) {
    await response.body?.cancel();
    throw new DirectusApiError(response.status, `Uploading ${files.length === 1 ? 'a file' : `${files.length} files`} failed with HTTP ${response.status}`);
  }
  const body = (await response.json()) as { data?: unknown };
  const records = (Array.isArray(body.data) ? body.data : [body.data]) as Array<{ id?: unknown; filename_download?: unknown } | undefined>;
  const idByName = new Map<unknown, unknown>(records.map((record) => [files.length === 1 ? names[0] : record?.filename_download, record?.id]));
  return names.map((name) => {
    const id = idByName.get(name);
    if (typeof id !== 'string' || id === '') throw new DirectusApiError(response.status, 'Uploading files returned no id for a file');
    return id;
  });
}
