import { existsSync } from 'node:fs';
import { fromRoot } from './project-paths.ts';

/** Reads .env when present; variables already set in the environment win. */
export function loadDotEnv(file = fromRoot('.env')): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
