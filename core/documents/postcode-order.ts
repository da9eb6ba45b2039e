/**
 * The post room's order: postcode, house number, house letter, addition — the order in which
 * PostNL sorts and the way a letter carrier walks a street. Ties (two households cannot share
 * an address, but a household without a known address key can) are broken by the caller.
 */
export interface PostalAddress {
  postcode: string;
  house_number: number;
  house_letter: string | null;
  house_number_addition: string | null;
}

const compact = (postcode: string) => postcode.replace(/\s/g, '').toUpperCase();
/** "2", "10" and "bis" compared as a person would: 2 before 10, digits before letters. */
const natural = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });
/** Without a letter or addition comes first: 12 before 12A before 12B. */
function compareOptional(a: string | null, b: string | null): number {
  const x = (a ?? '').trim();
  const y = (b ?? '').trim();
  if (x === '' || y === '') return Number(x !== '') - Number(y !== '');
  return natural.compare(x, y);
}

export function comparePostalAddress(a: PostalAddress, b: PostalAddress): number {
  const pa = compact(a.postcode);
  const pb = compact(b.postcode);
  return (pa < pb ? -1 : pa > pb ? 1 : 0) || a.house_number - b.house_number || compareOptional(a.house_letter, b.house_letter) || compareOptional(a.house_number_addition, b.house_number_addition);
}
