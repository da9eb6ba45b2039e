/**
 * Reads a stored Directus file into memory, for the intake and source lists: an upload
 * holds personal data and is never copied to disk. Reading stops one byte past `maxBytes`,
 * so an oversize file costs at most that much memory and the reader refuses it as too
 * large.
 */
import type { Readable } from 'node:stream';
import type { Knex } from 'knex';
import type { HookContext } from './hook-types.ts';

export interface StoredFile {
  bytes: Uint8Array;
  fileName: string | null;
}

export async function readStoredFile(services: HookContext['services'], schema: Awaited<ReturnType<HookContext['getSchema']>>, knex: Knex, fileId: string, maxBytes: number): Promise<StoredFile> {
  const asset = (await new services.AssetsService({ schema, knex }).getAsset(fileId)) as { stream: Readable; file: { filename_download?: string } };
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of asset.stream) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      chunks.push(buffer);
      size += buffer.length;
      if (size > maxBytes) break;
    }
  } finally {
    asset.stream.destroy();
  }
  const bytes = Buffer.concat(chunks);
  return { bytes: bytes.subarray(0, Math.min(bytes.length, maxBytes + 1)), fileName: asset.file.filename_download ?? null };
}
