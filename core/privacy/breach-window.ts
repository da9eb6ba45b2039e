/**
 * A data breach (art. 33 AVG, covenant art. 13.3): the Autoriteit Persoonsgegevens must hear
 * of it within 72 hours after it was found, and the register names who was affected. Who was
 * affected is read from the access log in the window investigated: every item read there,
 * and the persons those items are about.
 *
 * Persons are counted as tenants: a signal is one tenant; a case, its referrals, contact
 * attempts and letters, and a household concern every tenant whose signal is on that case or
 * household (their data was shown together). A tenant is known by the signal's tenant key
 * (or its id when it has none), so the same tenant signalled twice counts once.
 */
export const AP_DEADLINE_HOURS = 72;

export function apDeadline(foundAt: string): string | null {
  const found = new Date(foundAt);
  if (Number.isNaN(found.getTime())) return null;
  return new Date(found.getTime() + AP_DEADLINE_HOURS * 3_600_000).toISOString();
}

export interface AccessRow {
  collection: string;
  item: string | null;
}

/** collection → ids read in the window, each id once, sorted. */
export function itemsRead(rows: readonly AccessRow[]): Record<string, string[]> {
  const items = new Map<string, Set<string>>();
  for (const row of rows) {
    for (const id of (row.item ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
      if (!items.has(row.collection)) items.set(row.collection, new Set());
      items.get(row.collection)!.add(id);
    }
  }
  return Object.fromEntries([...items.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([collection, ids]) => [collection, [...ids].sort()]));
}

/** Who a read item is about: tenant keys, found through the item's case or household. */
export interface TenantLinks {
  /** signal id → tenant key */
  signalTenant: Map<string, string>;
  /** case id → tenant keys of its signals */
  caseTenants: Map<string, string[]>;
  /** household id → tenant keys of its signals */
  householdTenants: Map<string, string[]>;
  /** referral / contact attempt / document id → case id */
  itemCase: Map<string, string>;
}

export function affectedPersons(items: Record<string, string[]>, links: TenantLinks): number {
  const tenants = new Set<string>();
  const add = (keys: readonly string[] | undefined) => keys?.forEach((key) => tenants.add(key));
  for (const id of items.signals ?? []) add(links.signalTenant.has(id) ? [links.signalTenant.get(id)!] : [`signal:${id}`]);
  for (const id of items.cases ?? []) add(links.caseTenants.get(id));
  for (const id of items.households ?? []) add(links.householdTenants.get(id));
  for (const collection of ['referrals', 'contact_attempts', 'documents']) {
    for (const id of items[collection] ?? []) {
      const caseId = links.itemCase.get(id);
      if (caseId) add(links.caseTenants.get(caseId));
    }
  }
  for (const collection of ['objections', 'disclosures', 'privacy_requests']) for (const id of items[collection] ?? []) tenants.add(`${collection}:${id}`);
  return tenants.size;
}
