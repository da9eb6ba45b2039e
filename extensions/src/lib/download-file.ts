/**
 * Copies a stored Directus file to a private temporary folder, so the streaming readers
 * can work on a path. The caller removes the folder when done.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Knex } from 'knex';
import type { HookContext } from './hook-types.ts';

export interface DownloadedFile {
  path: string;
  fileName: string | null;
  cleanup(): Promise<void>;
}

export async function downloadToTemp(services: HookContext['services'], schema: Awaited<ReturnType<HookContext['getSchema']>>, knex: Knex, fileId: string, prefix: string): Promise<DownloadedFile> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    const asset = (await new services.AssetsService({ schema, knex }).getAsset(fileId)) as { stream: Readable; file: { filename_download?: string } };
    const local = path.join(dir, 'file');
    await pipeline(asset.stream, createWriteStream(local));
    return { path: local, fileName: asset.file.filename_download ?? null, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
