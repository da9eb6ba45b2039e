import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { sweepTempLeftovers } from './sweep-temp-leftovers.ts';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vs-sweep-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const worksheet = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
// A pid that is certainly not running: above the kernel's pid_max.
const deadPid = 2 ** 22 + 1;

test('old intake and source folders and orphaned exceljs worksheet copies go; everything else stays', async () => {
  await mkdir(path.join(dir, 'vs-intake-AbC123'));
  await writeFile(path.join(dir, 'vs-intake-AbC123', 'file'), 'BSN;Naam');
  await mkdir(path.join(dir, 'vs-source-x1Y2z3'));
  await writeFile(path.join(dir, `tmp-${deadPid}-abcDEF123`), worksheet);
  // Kept: a live process's file, a tmp- file that is no worksheet, other names.
  await writeFile(path.join(dir, `tmp-${process.pid}-live1`), worksheet);
  await writeFile(path.join(dir, `tmp-${deadPid}-notours`), 'some other program');
  await mkdir(path.join(dir, 'vs-intake-something-else'));
  await writeFile(path.join(dir, 'report.xlsx'), worksheet);

  expect(await sweepTempLeftovers(dir)).toEqual({ removed: 3 });
  expect((await readdir(dir)).sort()).toEqual(['report.xlsx', `tmp-${deadPid}-notours`, `tmp-${process.pid}-live1`, 'vs-intake-something-else'].sort());
});
