/**
 * A dwelling as people write it on an envelope: "Markt 60, 9731 HM Weert". Lists and
 * forms show this instead of the household's technical key ("9731HM|60||").
 */
export interface AddressParts {
  street: string | null;
  house_number: number | string | null;
  house_letter: string | null;
  house_number_addition: string | null;
  postcode: string | null;
  city: string | null;
}

export function readableAddress(address: AddressParts): string {
  const letter = (address.house_letter ?? '').trim().toUpperCase();
  const addition = (address.house_number_addition ?? '').trim();
  // NEN 5825: the letter follows the number directly, an addition after a hyphen.
  const number = `${address.house_number ?? ''}${letter}${addition ? `-${addition}` : ''}`;
  const streetLine = [address.street?.trim(), number].filter(Boolean).join(' ');
  const compact = (address.postcode ?? '').replace(/\s/g, '').toUpperCase();
  const postcode = /^\d{4}[A-Z]{2}$/.test(compact) ? `${compact.slice(0, 4)} ${compact.slice(4)}` : compact;
  const placeLine = [postcode, address.city?.trim()].filter(Boolean).join(' ');
  return [streetLine, placeLine].filter(Boolean).join(', ');
}
