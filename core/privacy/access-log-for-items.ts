/**
 * The access log of one person (issue 12, items 2 and 4): given the person's items per
 * collection (the inzage gathers them), the entries that name any of them. `item` holds
 * comma-separated ids; an id matches only as a whole.
 */
export interface AccessLogRow {
  id?: number;
  user: string | null;
  role: string | null;
  collection: string;
  item: string | null;
  action: string;
  route: string | null;
  timestamp: string | number | Date;
}

export type ItemsByCollection = Record<string, readonly string[]>;

export function accessLogForItems<T extends AccessLogRow>(rows: readonly T[], items: ItemsByCollection): T[] {
  const wanted = new Map(Object.entries(items).map(([collection, ids]) => [collection, new Set(ids.map(String))]));
  return rows.filter((row) => {
    const ids = wanted.get(row.collection);
    if (!ids?.size || !row.item) return false;
    return row.item.split(',').some((id) => ids.has(id.trim()));
  });
}
