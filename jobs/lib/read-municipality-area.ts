/**
 * The municipality's area as a functional admin set it (app_settings.area_postcodes and
 * area_places). No settings row yet, or both empty: no restriction. A stored value that
 * cannot be read is never guessed at: the caller fails with the Dutch message.
 */
import type { Knex } from 'knex';
import { parseMunicipalityArea, type ParsedArea } from '../../core/routing/municipality-area.ts';

export const UNREADABLE_AREA_MESSAGE = 'Het postcodegebied of de woonplaatsen van de gemeente (Instellingen) zijn niet te lezen';

export async function readMunicipalityArea(knex: Knex): Promise<ParsedArea> {
  const row = (await knex('app_settings').select('area_postcodes', 'area_places').orderBy('id').first()) as { area_postcodes: string | null; area_places: unknown } | undefined;
  if (!row) return parseMunicipalityArea(null, null);
  const places = readPlaces(row.area_places);
  if (places === undefined) return { ok: false, message: 'Woonplaatsen: de opgeslagen waarde is geen lijst van plaatsnamen.' };
  return parseMunicipalityArea(row.area_postcodes, places);
}

/** JSON column: parsed by PostgreSQL's driver, text on SQLite. Undefined: not a list of names. */
function readPlaces(value: unknown): string[] | null | undefined {
  let parsed = value;
  if (typeof value === 'string') {
    if (!value.trim()) return null;
    try {
      parsed = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (parsed === null || parsed === undefined) return null;
  return Array.isArray(parsed) && parsed.every((place) => typeof place === 'string') ? parsed : undefined;
}
