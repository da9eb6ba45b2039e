import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fromRoot = (...parts: string[]) => path.resolve(projectRoot, ...parts);
/** The schema as Directus snapshots it on SQLite (the embedded default). */
export const snapshotFile = fromRoot('snapshots', 'schema.yaml');
/**
 * The same schema as Directus snapshots it on PostgreSQL. Snapshots differ per database
 * vendor (data types, lengths, precision); applying the SQLite one to a PostgreSQL database a
 * second time tries to alter every column and fails, so each vendor applies its own.
 */
export const postgresSnapshotFile = fromRoot('snapshots', 'schema.postgres.yaml');
export const snapshotFileFor = (dbClient: 'sqlite3' | 'pg') => (dbClient === 'pg' ? postgresSnapshotFile : snapshotFile);
