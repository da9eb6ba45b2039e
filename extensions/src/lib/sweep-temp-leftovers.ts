/**
 * Removes copies of uploads that older versions left in the system temp folder: the
 * intake and source lists used to copy a file into `vs-intake-*` / `vs-source-*`
 * folders (left behind after a kill), and exceljs's streaming reader copied a worksheet
 * stored before its shared strings to `tmp-<pid>-<random>` and never removed it. Both
 * hold personal data (the BSN column included). Runs once when Directus starts.
 *
 * `tmp-<pid>-*` is the naming of the `tmp` package, which any Node program may use, so
 * such a file is only removed when it is certainly ours: a regular file of this user,
 * its process gone, and its content a SpreadsheetML worksheet (what exceljs copied).
 */
import { lstat, open, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const OUR_FOLDERS = /^vs-(intake|source)-[A-Za-z0-9]{6}$/;
const EXCELJS_COPY = /^tmp-(\d+)-[A-Za-z0-9]+$/;
const WORKSHEET_NAMESPACE = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export async function sweepTempLeftovers(tmpDir = os.tmpdir()): Promise<{ removed: number }> {
  let removed = 0;
  for (const name of await readdir(tmpDir)) {
    const full = path.join(tmpDir, name);
    try {
      if (OUR_FOLDERS.test(name) || (await isOrphanedWorksheetCopy(full, name))) {
        await rm(full, { recursive: true, force: true });
        removed += 1;
      }
    } catch {
      // Gone meanwhile or not ours to read: leave it.
    }
  }
  return { removed };
}

async function isOrphanedWorksheetCopy(full: string, name: string): Promise<boolean> {
  const match = EXCELJS_COPY.exec(name);
  if (!match) return false;
  const info = await lstat(full);
  if (!info.isFile() || (process.getuid && info.uid !== process.getuid())) return false;
  if (processAlive(Number(match[1]))) return false;
  const handle = await open(full, 'r');
  try {
    const head = Buffer.alloc(2048);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const text = head.subarray(0, bytesRead).toString('utf8');
    return text.includes('<worksheet') && text.includes(WORKSHEET_NAMESPACE);
  } finally {
    await handle.close();
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
