import { describe, expect, it } from 'vitest';
import { parseBackupArguments, parseRestoreArguments } from './backup-arguments.ts';

describe('parseBackupArguments', () => {
  it.each([
    { argv: ['--out', '/b/1'], value: { mode: 'backup', out: '/b/1' } },
    { argv: ['--out=/b/1'], value: { mode: 'backup', out: '/b/1' } },
    { argv: ['--deletion-log', '/b/log.json'], value: { mode: 'deletion-log', file: '/b/log.json' } },
  ])('$argv', ({ argv, value }) => {
    expect(parseBackupArguments(argv)).toEqual({ ok: true, value });
  });

  it.each([
    { argv: [], message: /--out/ },
    { argv: ['--out', 'a', '--deletion-log', 'b'], message: /niet allebei/ },
    { argv: ['--to', 'a'], message: /Onbekende optie --to/ },
    { argv: ['map'], message: /Onverwacht argument "map"/ },
  ])('refuses $argv in Dutch', ({ argv, message }) => {
    const parsed = parseBackupArguments(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe('parseRestoreArguments', () => {
  it('reads the backup, any number of newer deletion logs and --force', () => {
    expect(parseRestoreArguments(['--from', 'b1', '--deletions', 'b2', '--deletions=log.json', '--force'])).toEqual({ ok: true, value: { from: 'b1', deletionLogs: ['b2', 'log.json'], force: true } });
    expect(parseRestoreArguments(['--from', 'b1'])).toEqual({ ok: true, value: { from: 'b1', deletionLogs: [], force: false } });
  });

  it.each([
    { argv: [], message: /--from/ },
    { argv: ['--from', 'b', '--deletions'], message: /--deletions een map of bestand/ },
    { argv: ['--from', 'b', '--yes'], message: /Onbekende optie --yes/ },
  ])('refuses $argv in Dutch', ({ argv, message }) => {
    const parsed = parseRestoreArguments(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});
