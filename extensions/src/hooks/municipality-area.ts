/**
 * A functional admin cannot save a municipality area that enrichment could not read: the
 * postcode text is checked on create and update of app_settings (the places are a list of
 * names and always readable). The message is Dutch; the log line names no values.
 */
import { parseMunicipalityArea } from '../../../core/routing/municipality-area.ts';
import type { HookContext, Register } from '../lib/hook-types.ts';
import { UserFacingError } from '../lib/user-facing-error.ts';

export function registerMunicipalityAreaHooks({ filter }: Register, { logger }: HookContext) {
  const check = (input: unknown) => {
    const payload = (input ?? {}) as Record<string, unknown>;
    if (!('area_postcodes' in payload) && !('area_places' in payload)) return input;
    const postcodes = payload.area_postcodes;
    const places = payload.area_places;
    if (postcodes !== undefined && postcodes !== null && typeof postcodes !== 'string') return refuse('Postcodegebied: vul postcodes of reeksen in als tekst, bijvoorbeeld "6000-6009, 6030".');
    if (places !== undefined && places !== null && !(Array.isArray(places) && places.every((place) => typeof place === 'string'))) return refuse('Woonplaatsen: vul een lijst met plaatsnamen in.');
    const parsed = parseMunicipalityArea(postcodes as string | null | undefined, places as string[] | null | undefined);
    if (!parsed.ok) return refuse(parsed.message);
    return input;
  };
  const refuse = (message: string): never => {
    logger.warn('Refused app_settings change: the municipality area cannot be read');
    throw new UserFacingError({ message });
  };
  filter('app_settings.items.create', (input) => check(input));
  filter('app_settings.items.update', (input) => check(input));
}
