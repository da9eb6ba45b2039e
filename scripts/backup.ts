/**
 * `npm run backup -- --out <dir>`: a consistent copy of the database and the storage folder,
 * with a manifest (rows per table, sha256 per file), while the application may keep running.
 * `npm run backup -- --deletion-log <file>`: only the deletion log (ids, no personal data).
 * Exit codes: 0 done; 1 the backup failed (nothing is left behind); 2 wrong arguments or configuration.
 * The backup holds personal data: see README on encrypting it before it leaves the host.
 */
import { parseBackupArguments } from './lib/backup/backup-arguments.ts';
import { createBackup, exportDeletionLog } from './lib/backup/create-backup.ts';
import { instanceStorageOrExit } from './lib/backup/instance-storage.ts';
import { BackupError } from './lib/backup/manifest.ts';
import { loadDotEnv } from './lib/load-dotenv.ts';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

loadDotEnv();
const parsed = parseBackupArguments(process.argv.slice(2));
if (!parsed.ok) {
  console.error(parsed.message);
  process.exit(2);
}
const instance = instanceStorageOrExit(process.env, 'er is geen back-up gemaakt');
try {
  if (parsed.value.mode === 'deletion-log') {
    const entries = await exportDeletionLog({ db: instance.db, file: parsed.value.file });
    console.log(`Verwijderlog opgeslagen in ${parsed.value.file}: ${count(entries, 'regel', 'regels')} (alleen kenmerken, geen persoonsgegevens).`);
  } else {
    if (instance.warning) console.log(instance.warning);
    const manifest = await createBackup({ db: instance.db, storageRoot: instance.storageRoot, out: parsed.value.out });
    const rows = Object.values(manifest.tables).reduce((sum, count) => sum + count, 0);
    console.log(`Back-up gemaakt in ${parsed.value.out}: ${count(Object.keys(manifest.tables).length, 'tabel', 'tabellen')} (${count(rows, 'rij', 'rijen')}), ${count(manifest.files.length, 'bestand', 'bestanden')}, ${count(manifest.deletion_log_entries, 'regel', 'regels')} verwijderlog.`);
    console.log('De back-up bevat persoonsgegevens: versleutel hem voordat hij deze server verlaat (zie README).');
  }
} catch (error) {
  console.error(error instanceof BackupError ? error.message : `De back-up is mislukt: ${(error as Error).message}`);
  process.exit(1);
}
