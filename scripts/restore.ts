/**
 * `npm run restore -- --from <dir> [--deletions <newer backup or deletion log>]... [--force]`:
 * puts a backup back into an empty instance (the configured database and storage folder),
 * checks rows and files against the manifest, and deletes again everything the deletion logs
 * (the backup's own and the newer ones given) say was deleted. Stop the application first.
 * Exit codes: 0 done; 1 refused or failed; 2 wrong arguments or configuration.
 */
import { parseRestoreArguments } from './lib/backup/backup-arguments.ts';
import { instanceStorageOrExit } from './lib/backup/instance-storage.ts';
import { BackupError } from './lib/backup/manifest.ts';
import { restoreBackup } from './lib/backup/restore-backup.ts';
import { loadDotEnv } from './lib/load-dotenv.ts';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

loadDotEnv();
const parsed = parseRestoreArguments(process.argv.slice(2));
if (!parsed.ok) {
  console.error(parsed.message);
  process.exit(2);
}
const instance = instanceStorageOrExit(process.env, 'er is niets teruggezet');
try {
  if (instance.warning) console.log(instance.warning);
  const { manifest, reapplied } = await restoreBackup({ db: instance.db, storageRoot: instance.storageRoot, ...parsed.value });
  const rows = Object.values(manifest.tables).reduce((sum, count) => sum + count, 0);
  console.log(`Back-up van ${manifest.created_at} teruggezet: ${count(Object.keys(manifest.tables).length, 'tabel', 'tabellen')} (${count(rows, 'rij', 'rijen')}) en ${count(manifest.files.length, 'bestand', 'bestanden')}, gecontroleerd tegen het overzicht.`);
  const again = Object.entries(reapplied.deleted).map(([collection, count]) => `${collection}: ${count}`);
  console.log(again.length > 0 ? `Opnieuw verwijderd (stond in het verwijderlog): ${again.join(', ')}.` : 'Niets opnieuw te verwijderen: niemand uit het verwijderlog staat in de back-up.');
  if (reapplied.logEntriesAdded > 0) console.log(`${count(reapplied.logEntriesAdded, 'regel', 'regels')} uit nieuwere verwijderlogs toegevoegd aan het verwijderlog.`);
  if (reapplied.failed.length > 0) {
    console.error(`Let op: ${count(reapplied.failed.length, 'item kon', 'items konden')} niet opnieuw worden verwijderd; verwijder ze met de hand:`);
    for (const item of reapplied.failed) console.error(`  - ${item.collection} ${item.item}`);
    process.exit(1);
  }
} catch (error) {
  console.error(error instanceof BackupError ? error.message : `Terugzetten is mislukt: ${(error as Error).message}`);
  process.exit(1);
}
