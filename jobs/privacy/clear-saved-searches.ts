/**
 * The app remembers what a person typed in a search box or filter (`directus_presets`), and
 * Directus keeps each change of it as a revision. When people are erased, a saved search or
 * filter that names one of them is emptied, and the presets' revisions that name them go.
 * The names are compared in memory only (core/privacy/mentions-name.ts) and never logged.
 */
import type { Knex } from 'knex';
import { foldedNames, mentionsAny } from '../../core/privacy/mentions-name.ts';

type Row = Record<string, unknown>;
const asText = (value: unknown): string | null => (value === null || value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value));

/** Returns how many presets and preset revisions were cleaned. */
export async function clearSavedSearches(knex: Knex, names: Iterable<string | null | undefined>): Promise<number> {
  const folded = foldedNames(names);
  if (folded.length === 0 || !(await knex.schema.hasTable('directus_presets'))) return 0;
  let cleaned = 0;
  const presets = (await knex('directus_presets').select('id', 'search', 'filter').whereNotNull('search').orWhereNotNull('filter')) as Row[];
  for (const preset of presets) {
    const patch: Row = {};
    if (mentionsAny(asText(preset.search), folded)) patch.search = null;
    if (mentionsAny(asText(preset.filter), folded)) patch.filter = null;
    if (Object.keys(patch).length) cleaned += Number(await knex('directus_presets').where({ id: preset.id }).update(patch));
  }
  const revisions = (await knex('directus_revisions').select('id', 'data', 'delta').where({ collection: 'directus_presets' })) as Row[];
  const named = revisions.filter((row) => mentionsAny(asText(row.data), folded) || mentionsAny(asText(row.delta), folded)).map((row) => row.id as number);
  for (let i = 0; i < named.length; i += 500) {
    const part = named.slice(i, i + 500);
    await knex('directus_revisions').whereIn('parent', part).update({ parent: null });
    cleaned += Number(await knex('directus_revisions').whereIn('id', part).delete());
  }
  return cleaned;
}
