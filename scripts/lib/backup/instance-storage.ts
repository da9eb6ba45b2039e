/**
 * The database and storage folder of the configured instance, read the way `npm start` reads
 * them (.env, then the environment; scripts/lib/app-config.ts and directus-env.ts).
 */
import { dbSettingsFromEnv } from '../../../jobs/migrate-engine.ts';
import type { DbSettings } from '../../../jobs/db-settings.ts';
import { ConfigError, parseAppConfig } from '../app-config.ts';
import { directusEnv } from '../directus-env.ts';

export interface InstanceStorage {
  db: DbSettings;
  storageRoot: string;
  /** Dutch warning when files live elsewhere than the local folder (S3 and the like). */
  warning: string | null;
}

export function instanceStorage(env: NodeJS.ProcessEnv): InstanceStorage {
  // Only the database and storage settings matter here: a backup job in production needs
  // neither the server's secrets nor its public address, so their production checks are skipped.
  const config = parseAppConfig({ ...env, NODE_ENV: env.NODE_ENV === 'production' ? 'development' : env.NODE_ENV });
  const directus = directusEnv(config, env);
  const locations = (directus.STORAGE_LOCATIONS ?? 'local').split(',').map((location) => location.trim());
  const warning = locations.some((location) => location !== 'local')
    ? `Let op: STORAGE_LOCATIONS is "${directus.STORAGE_LOCATIONS}". Alleen de lokale opslagmap gaat mee in deze back-up; maak van de andere opslag een back-up met de middelen van die dienst (bijvoorbeeld S3-versiebeheer).`
    : null;
  return { db: dbSettingsFromEnv(directus), storageRoot: directus.STORAGE_LOCAL_ROOT!, warning };
}

/**
 * The instance's storage for a command line, or exit 2 with the problems in Dutch. `nothingDone`
 * ends the first line: "er is geen back-up gemaakt", "er is niets teruggezet".
 */
export function instanceStorageOrExit(env: NodeJS.ProcessEnv, nothingDone: string): InstanceStorage {
  try {
    return instanceStorage(env);
  } catch (error) {
    console.error(`De instellingen zijn niet in orde; ${nothingDone}.`);
    if (error instanceof ConfigError) for (const problem of error.problems) console.error(`  - ${problem}`);
    process.exit(2);
  }
}
