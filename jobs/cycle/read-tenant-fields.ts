/**
 * The tenant's name, rented address and phone as a signal or referral row stores them, read
 * into the shapes of core/documents (feedback rows and AMW overview rows read the same way).
 */
export const textOrNull = (value: unknown): string | null => (value === null || value === undefined || value === '' ? null : String(value));

export function tenantFieldsOf(row: Record<string, unknown>) {
  return {
    initials: String(row.initials ?? ''),
    name_prefix: textOrNull(row.name_prefix),
    surname: String(row.surname ?? ''),
    street: String(row.street ?? ''),
    house_number: Number(row.house_number ?? 0),
    house_letter: textOrNull(row.house_letter),
    house_number_addition: textOrNull(row.house_number_addition),
    postcode: String(row.postcode ?? ''),
    city: textOrNull(row.city),
    phone: textOrNull(row.phone),
  };
}
