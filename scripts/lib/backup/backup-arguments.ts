/**
 * Arguments of `npm run backup` and `npm run restore`, with Dutch messages: the commands are
 * run by municipal IT staff.
 */
export const BACKUP_USAGE = 'Gebruik: npm run backup -- --out <nieuwe map>\n       npm run backup -- --deletion-log <bestand>   (alleen het verwijderlog, zonder persoonsgegevens)';
export const RESTORE_USAGE = 'Gebruik: npm run restore -- --from <map met back-up> [--deletions <nieuwere back-up of verwijderlog>]... [--force]';

export type BackupArguments = { mode: 'backup'; out: string } | { mode: 'deletion-log'; file: string };
export interface RestoreArguments {
  from: string;
  deletionLogs: string[];
  force: boolean;
}
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function* options(argv: string[]): Generator<{ flag: string; value: () => string | undefined } | { unexpected: string }> {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      yield { unexpected: arg };
      continue;
    }
    const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
    yield { flag, value: () => inline ?? argv[++i] };
  }
}

export function parseBackupArguments(argv: string[]): Parsed<BackupArguments> {
  let out: string | undefined;
  let log: string | undefined;
  for (const option of options(argv)) {
    if ('unexpected' in option) return { ok: false, message: `Onverwacht argument "${option.unexpected}".\n${BACKUP_USAGE}` };
    if (option.flag === '--out') out = option.value();
    else if (option.flag === '--deletion-log') log = option.value();
    else return { ok: false, message: `Onbekende optie ${option.flag}.\n${BACKUP_USAGE}` };
  }
  if (out && log) return { ok: false, message: `Kies --out of --deletion-log, niet allebei.\n${BACKUP_USAGE}` };
  if (out) return { ok: true, value: { mode: 'backup', out } };
  if (log) return { ok: true, value: { mode: 'deletion-log', file: log } };
  return { ok: false, message: `Geef met --out de (nieuwe) map voor de back-up op.\n${BACKUP_USAGE}` };
}

export function parseRestoreArguments(argv: string[]): Parsed<RestoreArguments> {
  let from: string | undefined;
  const deletionLogs: string[] = [];
  let force = false;
  for (const option of options(argv)) {
    if ('unexpected' in option) return { ok: false, message: `Onverwacht argument "${option.unexpected}".\n${RESTORE_USAGE}` };
    if (option.flag === '--from') from = option.value();
    else if (option.flag === '--deletions') {
      const value = option.value();
      if (!value) return { ok: false, message: `Geef bij --deletions een map of bestand op.\n${RESTORE_USAGE}` };
      deletionLogs.push(value);
    } else if (option.flag === '--force') force = true;
    else return { ok: false, message: `Onbekende optie ${option.flag}.\n${RESTORE_USAGE}` };
  }
  if (!from) return { ok: false, message: `Geef met --from de map met de back-up op.\n${RESTORE_USAGE}` };
  return { ok: true, value: { from, deletionLogs, force } };
}
