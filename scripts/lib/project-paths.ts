import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fromRoot = (...parts: string[]) => path.resolve(projectRoot, ...parts);
export const snapshotFile = fromRoot('snapshots', 'schema.yaml');
