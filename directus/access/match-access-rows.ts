/**
 * Which stored role or policy is the model's row for a key: the one carrying the key, or,
 * on an installation provisioned before keys existed, the row with the old fixed id
 * (which then gets its key once). Anything else is left alone.
 */
export interface AccessRow {
  id: string;
  key?: string | null;
}

export interface AccessRowMatch<R extends AccessRow> {
  found: Map<string, R>;
  /** Rows from before the keys: the key to write on them. */
  adopt: Array<{ id: string; key: string }>;
}

export function matchAccessRows<R extends AccessRow>(keys: readonly string[], rows: R[], legacyIds: Record<string, string>): AccessRowMatch<R> {
  const found = new Map<string, R>();
  const adopt: Array<{ id: string; key: string }> = [];
  for (const key of keys) {
    const keyed = rows.find((row) => row.key === key);
    if (keyed) {
      found.set(key, keyed);
      continue;
    }
    const legacy = rows.find((row) => row.id === legacyIds[key] && !row.key);
    if (legacy) {
      found.set(key, legacy);
      adopt.push({ id: legacy.id, key });
    }
  }
  return { found, adopt };
}
