/**
 * The municipality's area (art. 3.1, 12.1): a regional corporation may send its whole
 * region, and a tenant who lives outside the municipality is none of its business. The
 * area is a setting a functional admin types: postcode ranges ("6000-6009, 6030") and/or
 * places ("Weert", "Stramproy"). An address is inside when its four-digit postcode falls
 * in a range OR its place is one of the places. Both empty: no restriction (development
 * with the official BRP test set, whose persons live all over the country).
 */
import { compactFold, foldText } from '../intake/fold-text.ts';

export interface MunicipalityArea {
  postcodeRanges: Array<{ from: number; to: number }>;
  /** Folded: lower case, no diacritics, trimmed ("'s-Hertogenbosch" → "s hertogenbosch"). */
  places: string[];
}

/** No restriction: every address is inside. */
export const UNRESTRICTED_AREA: MunicipalityArea = Object.freeze({ postcodeRanges: [], places: [] }) as MunicipalityArea;

export type ParsedArea = { ok: true; area: MunicipalityArea } | { ok: false; message: string };

const RANGE_WORDS = /\s*(?:t\/m|tot en met|[-–—])\s*/giu;

/**
 * Reads the two settings. The postcode text is four-digit numbers and ranges ("6000-6009"
 * or "6000 t/m 6009"), separated by commas, semicolons, new lines or spaces. Anything
 * else is refused with a Dutch message naming what could not be read: guessing an area
 * would send tenants of other municipalities to the BRP, or keep our own from help.
 */
export function parseMunicipalityArea(postcodes: string | null | undefined, places: readonly string[] | null | undefined): ParsedArea {
  const postcodeRanges: MunicipalityArea['postcodeRanges'] = [];
  const text = (postcodes ?? '').replace(RANGE_WORDS, '-').trim();
  for (const token of text ? text.split(/[\s,;]+/u).filter(Boolean) : []) {
    const match = /^(\d{4})(?:-(\d{4}))?$/.exec(token);
    if (!match) {
      return { ok: false, message: `Postcodegebied: "${token}" is geen postcode van vier cijfers of reeks (zoals 6000-6009). Scheid postcodes met komma's.` };
    }
    const from = Number(match[1]);
    const to = Number(match[2] ?? match[1]);
    if (from < 1000 || to < 1000) return { ok: false, message: `Postcodegebied: "${token}" bevat een postcode die met 0 begint; Nederlandse postcodes lopen van 1000 tot en met 9999.` };
    if (from > to) return { ok: false, message: `Postcodegebied: in "${token}" is het begin groter dan het einde.` };
    postcodeRanges.push({ from, to });
  }
  const folded = (places ?? []).map((place) => (typeof place === 'string' ? foldText(place) : '')).filter(Boolean);
  return { ok: true, area: { postcodeRanges, places: [...new Set(folded)] } };
}

export function isUnrestrictedArea(area: MunicipalityArea): boolean {
  return area.postcodeRanges.length === 0 && area.places.length === 0;
}

/**
 * Whether an address lies in the area. Places compare on letters and digits only, so
 * "'s-Hertogenbosch", "S HERTOGENBOSCH" and "s Hertogenbosch" are the same place.
 */
export function isInMunicipalityArea(area: MunicipalityArea, address: { postcode: string | null; city: string | null }): boolean {
  if (isUnrestrictedArea(area)) return true;
  const digits = /^(\d{4})/.exec((address.postcode ?? '').replace(/\s+/g, ''));
  if (digits) {
    const number = Number(digits[1]);
    if (area.postcodeRanges.some((range) => number >= range.from && number <= range.to)) return true;
  }
  const city = compactFold(address.city ?? '');
  return city !== '' && area.places.some((place) => place.replace(/ /g, '') === city);
}
