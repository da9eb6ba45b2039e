/**
 * The machine-readable tables of PRIVACY.md: a table right after a marker line
 * `<!-- check: name -->`. Each row's cells are returned as text; codes are the values in
 * backticks (`initials`, `` `a`, `b` ``). The drift test compares them with the code's own lists.
 */

export interface CheckedRow {
  cells: string[];
  /** The backticked values of each cell. */
  codes: string[][];
}

const MARKER = /^<!--\s*check:\s*([a-z0-9-]+)\s*-->\s*$/;

function splitRow(line: string): string[] {
  // A pipe inside a cell is written \| in Markdown.
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((cell) => cell.trim().replaceAll('\\|', '|'));
}

const codesOf = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);

/** Every checked table by its name; a name used twice is an error (the test would check only one). */
export function checkedTables(markdown: string): Map<string, CheckedRow[]> {
  const lines = markdown.split(/\r?\n/);
  const tables = new Map<string, CheckedRow[]>();
  for (let i = 0; i < lines.length; i++) {
    const name = MARKER.exec(lines[i]!.trim())?.[1];
    if (!name) continue;
    if (tables.has(name)) throw new Error(`Checked table "${name}" appears twice`);
    let j = i + 1;
    while (j < lines.length && lines[j]!.trim() === '') j++;
    const rows: CheckedRow[] = [];
    // Header and separator first, then the rows until the table ends.
    for (let k = j + 2; k < lines.length && lines[k]!.trim().startsWith('|'); k++) {
      const cells = splitRow(lines[k]!);
      rows.push({ cells, codes: cells.map(codesOf) });
    }
    if (rows.length === 0) throw new Error(`Checked table "${name}" has no rows`);
    tables.set(name, rows);
  }
  return tables;
}
